"""Calibration: Platt scaling per head, so that a score reads as a probability.

A head's raw score is a logistic regression's output, but not a probability of anything a moderator
can use: the fit reweighs rows (seeds x10, web sets down, identity-term balancing), smooths naive-Bayes
ratios and takes the maximum over a message's sentences and windows, all of which move scores away
from observed rates. Platt scaling (Platt 1999) fits `P(label | z) = sigmoid(slope * z + intercept)`
on the logits `z` of the out-of-fold scores that `civility train` already computes for its thresholds,
on the same rows the head's cut is chosen on (`fit.threshold_rows`: developer talk when it holds at
least 20 positives of the head, otherwise every known row), counting each row once, with Platt's
smoothed targets ((positives + 1) / (positives + 2) and 1 / (negatives + 2)) against over-confidence
on few positives. A calibrated score of 0.3 then means that about 30% of such messages carried the
label in those rows. The map is strictly increasing, so rankings, evidence and flags are unchanged:
the cut chosen on the raw scores is mapped through it. The slope and intercept are folded into every
logit the scorer computes (`NgramScorer.calibrated`), which costs nothing at run time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np
from scipy.optimize import minimize

from civility.model.corpus import COLUMNS
from civility.model.persist import Artifact
from civility.model.scorer import NgramScorer

RowsOf = Callable[[int], np.ndarray]
"""The boolean row mask a head is calibrated on, given its column."""
EPSILON = 1e-6
"""Scores are clipped to [EPSILON, 1 - EPSILON] before taking logits."""


@dataclass(frozen=True)
class Platt:
    """One head's Platt scaling."""

    slope: float
    intercept: float

    def probability(self, p: np.ndarray | float) -> np.ndarray:
        """Calibrated probabilities for raw scores `p`."""
        z = logit(np.asarray(p, dtype=np.float64))
        return 1.0 / (1.0 + np.exp(-(self.slope * z + self.intercept)))


def logit(p: np.ndarray) -> np.ndarray:
    clipped = np.clip(p, EPSILON, 1.0 - EPSILON)
    return np.log(clipped / (1.0 - clipped))


def platt(y: np.ndarray, p: np.ndarray) -> Platt:
    """Platt scaling of raw scores `p` for binary labels `y` (identity when a class is missing)."""
    y = np.asarray(y, dtype=np.float64)
    positives = int(y.sum())
    if positives == 0 or positives == len(y):
        return Platt(1.0, 0.0)
    negatives = len(y) - positives
    target = np.where(y == 1, (positives + 1) / (positives + 2), 1.0 / (negatives + 2))
    z = logit(np.asarray(p, dtype=np.float64))

    def loss(params: np.ndarray) -> tuple[float, np.ndarray]:
        f = params[0] * z + params[1]
        residual = 1.0 / (1.0 + np.exp(-f)) - target
        value = float(np.sum(np.logaddexp(0.0, f) - target * f))
        return value, np.array([np.dot(residual, z), residual.sum()])

    result = minimize(loss, np.array([1.0, 0.0]), jac=True, method="L-BFGS-B")
    slope, intercept = (float(v) for v in result.x)
    if not slope > 0:  # scores that do not rank the rows: keep the raw scale rather than flip it
        return Platt(1.0, 0.0)
    return Platt(slope, intercept)


def calibrate(
    scorer: NgramScorer, cuts: dict[str, float], labels: np.ndarray, oof: np.ndarray, rows_of: RowsOf
) -> tuple[NgramScorer, dict[str, float]]:
    """`scorer` with one Platt scaling per head, fitted on the out-of-fold scores `oof` of the rows
    `rows_of(column)` selects, and the raw-score `cuts` carried onto the calibrated scale (same flags,
    up to 4-decimal rounding)."""
    scalings = [platt(labels[rows_of(k), k] == 1, oof[rows_of(k), k]) for k in range(len(COLUMNS))]
    slopes, intercepts = np.array([s.slope for s in scalings]), np.array([s.intercept for s in scalings])
    return scorer.calibrated(slopes, intercepts), mapped_cuts(cuts, scalings)


def mapped_cuts(cuts: dict[str, float], scalings: Sequence[Platt]) -> dict[str, float]:
    """The raw-score cuts carried onto the calibrated scale (same flags, up to 4-decimal rounding)."""
    return {
        c.value: round(float(s.probability(cuts[c.value])), 4) for c, s in zip(COLUMNS, scalings, strict=True)
    }


def raw_probabilities(calibrated_logits: np.ndarray, calibration: np.ndarray) -> np.ndarray:
    """The probabilities before Platt scaling of logits a calibrated scorer computed ([..., heads])."""
    return 1.0 / (1.0 + np.exp(-(calibrated_logits - calibration[1]) / calibration[0]))


def uncalibrated(artifact: Artifact) -> Artifact:
    """The same model on the raw scale: Platt scaling removed, each cut carried back (same flags)."""
    calibration = artifact.scorer.calibration
    if calibration is None:
        return artifact
    cuts = np.array([artifact.thresholds[c] for c in COLUMNS], dtype=np.float64)
    raw_cuts = raw_probabilities(logit(cuts), calibration)
    return replace(
        artifact,
        scorer=replace(artifact.scorer, calibration=None),
        thresholds={c: float(t) for c, t in zip(COLUMNS, raw_cuts, strict=True)},
    )


@dataclass(frozen=True)
class Reliability:
    """How well probabilities match observed rates on labelled rows."""

    rows: int
    positives: int
    brier: float
    """Mean squared difference between probability and label (lower is better)."""
    ece: float
    """Expected calibration error: over 10 equal-width probability bins, the row-weighted mean gap
    between the bin's mean probability and its positive rate."""
    mean_probability: float
    positive_rate: float


def reliability(y: np.ndarray, p: np.ndarray, bins: int = 10) -> Reliability:
    y, p = np.asarray(y, dtype=np.float64), np.asarray(p, dtype=np.float64)
    which = np.minimum((p * bins).astype(np.int64), bins - 1)
    gap = 0.0
    for b in range(bins):
        members = which == b
        if members.any():
            gap += members.sum() * abs(p[members].mean() - y[members].mean())
    n = max(len(y), 1)
    return Reliability(
        len(y),
        int(y.sum()),
        float(np.mean((p - y) ** 2)) if len(y) else 0.0,
        gap / n,
        float(p.mean()) if len(y) else 0.0,
        float(y.mean()) if len(y) else 0.0,
    )
