"""Platt scaling per head (`civility.model.calibration`): scores read as probabilities, flags unchanged."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from civility.model.calibration import Platt, mapped_cuts, platt, reliability
from civility.model.corpus import COLUMNS
from civility.model.features import document_words, prepared_texts
from civility.model.ngrams import Featurizer
from civility.model.persist import DEFAULT_MODEL, load


def _logistic_sample(slope: float, intercept: float, n: int = 40_000) -> tuple[np.ndarray, np.ndarray]:
    """Raw scores whose true probability is sigmoid(slope * logit + intercept), and labels drawn from it."""
    rng = np.random.default_rng(7)
    z = rng.normal(-2.0, 2.0, n)
    truth = 1.0 / (1.0 + np.exp(-(slope * z + intercept)))
    return 1.0 / (1.0 + np.exp(-z)), rng.random(n) < truth


@pytest.mark.parametrize(("slope", "intercept"), [(1.0, 0.0), (0.6, -0.5), (1.5, 2.0)])
def test_platt_recovers_the_scaling_that_made_the_labels(slope: float, intercept: float) -> None:
    scores, labels = _logistic_sample(slope, intercept)
    fitted = platt(labels, scores)
    assert fitted.slope == pytest.approx(slope, abs=0.06)
    assert fitted.intercept == pytest.approx(intercept, abs=0.1)
    assert reliability(labels, fitted.probability(scores)).ece < 0.01


def test_miscalibrated_scores_improve() -> None:
    scores, labels = _logistic_sample(1.5, 2.0)  # raw scores far below the observed rates
    before, after = (
        reliability(labels, scores),
        reliability(labels, platt(labels, scores).probability(scores)),
    )
    assert after.ece < before.ece / 5 and after.brier < before.brier


@pytest.mark.parametrize("labels", [np.zeros(50, bool), np.ones(50, bool)])
def test_one_class_keeps_the_raw_scale(labels: np.ndarray) -> None:
    fitted = platt(labels, np.linspace(0.01, 0.99, 50))
    assert (fitted.slope, fitted.intercept) == (1.0, 0.0)


def test_mapped_cuts_keep_the_flags() -> None:
    """The map is increasing, so a score is over its cut on one scale exactly when it is on the other
    (up to the cut's 4-decimal rounding)."""
    scores, labels = _logistic_sample(1.5, 2.0)
    fitted = platt(labels, scores)
    cuts = {c.value: 0.2 for c in COLUMNS}
    mapped = mapped_cuts(cuts, [fitted] * len(COLUMNS))
    calibrated = fitted.probability(scores)
    away = np.abs(calibrated - mapped["insult"]) > 1e-4
    assert np.array_equal((scores >= 0.2)[away], (calibrated >= mapped["insult"])[away])


def test_reliability_of_perfect_bins_is_zero() -> None:
    p = np.array([0.15] * 20 + [0.85] * 20)
    y = np.array([1] * 3 + [0] * 17 + [1] * 17 + [0] * 3)
    assert reliability(y, p).ece == pytest.approx(0.0)


def test_the_shipped_scores_are_its_raw_scores_mapped() -> None:
    """Calibration folds into the logits: evidence shares, rankings and flags do not move."""
    shipped = load(DEFAULT_MODEL)
    assert shipped.scorer.calibration is not None
    raw = replace(shipped.scorer, calibration=None)
    texts = ["you are an idiot", "kill the process", "I am a gay developer", "this is shit", "thanks!"]
    words = document_words(prepared_texts(texts))
    featurizer = Featurizer(shipped.scorer.bits)
    calibrated, uncalibrated = (
        shipped.scorer.probabilities(words, featurizer),
        raw.probabilities(words, featurizer),
    )
    for head in range(len(COLUMNS)):
        slope, intercept = (float(v) for v in shipped.scorer.calibration[:, head])
        expected = Platt(slope, intercept).probability(uncalibrated[:, head])
        assert calibrated[:, head] == pytest.approx(expected, abs=1e-4)
        order = np.argsort(uncalibrated[:, head], kind="stable")
        assert (np.diff(calibrated[order, head]) >= 0).all()  # the ranking does not move
