"""An evaluation run: the training mix encoded once, refitted on subsets, scored on held-out rows.

Thresholds: out-of-fold scores of the whole mix are computed once (the same k-fold as `civility
train`); each refit chooses its thresholds on those scores restricted to its own training rows, so
no threshold is chosen on a row it is evaluated on. (The out-of-fold models themselves saw other
folds, which is the usual, documented approximation of fully nested CV; it saves 3 fits per refit.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from civility.model import sources
from civility.model.calibration import raw_probabilities
from civility.model.corpus import COLUMNS, UNKNOWN
from civility.model.fit import FitConfig, oof_scores
from civility.model.ngrams import Featurizer
from civility.model.persist import Artifact
from civility.model.train import Encoded, encode_corpus, finish, fit
from civility.types import Category

SGID_COLUMNS = (COLUMNS.index(Category.SEXUAL), COLUMNS.index(Category.IDENTITY_ATTACK))


@dataclass(frozen=True)
class Scored:
    """Probabilities and flags (score ≥ the refit's threshold) for some rows of the training mix."""

    rows: np.ndarray
    probs: np.ndarray
    flags: np.ndarray
    analyzer: np.ndarray | None = None
    """What the whole analyzer flags with the refit as its model (`civility.model.product`), if run."""
    uncalibrated: np.ndarray | None = None
    """The probabilities before Platt scaling, when the refit is calibrated (for the card's comparison)."""


class Experiment:
    def __init__(self, names: Sequence[str], config: FitConfig) -> None:
        self.names = tuple(names)
        self.config = config
        self.featurizer = Featurizer(config.bits, pieces=config.uses_static)
        self.data: Encoded = encode_corpus(sources.load(names), config)
        self.labels = self.data.corpus.labels
        self.sources = np.array(self.data.corpus.sources)
        self._oof: np.ndarray | None = None

    def fit(self, train: np.ndarray) -> Artifact:
        """A refit on the `train` rows, with cuts (and calibration) chosen on their out-of-fold scores."""
        artifact = fit(self.data.select(train), self.config, with_thresholds=False)
        names = self.sources[train].tolist()
        return finish(artifact.scorer, self.labels[train], self.oof()[train], names, self.config)

    def oof(self) -> np.ndarray:
        if self._oof is None:
            self._oof = oof_scores(self.data.counts, self.labels, self.data.corpus.sources, self.config)
        return self._oof

    def score(self, artifact: Artifact, rows: np.ndarray) -> Scored:
        words = [self.data.counts.words[int(i)] for i in rows]
        scored = artifact.scorer.scored(words, self.featurizer)
        probs = scored.probabilities
        calibration = artifact.scorer.calibration
        raw = None if calibration is None else raw_probabilities(scored.logits, calibration)
        return Scored(rows, probs, probs >= thresholds_vector(artifact), uncalibrated=raw)

    def mask(self, name: str) -> np.ndarray:
        return self.sources == name


def thresholds_vector(artifact: Artifact) -> np.ndarray:
    return np.array([artifact.thresholds[c] for c in COLUMNS], dtype=np.float32)


def gold_toxic(labels: np.ndarray) -> np.ndarray:
    """Binary-labelled sets (ToxiCR, STRUDEL, SGID4SE): clean rows are all-0, toxic rows carry no 0."""
    return ~(labels == 0).any(axis=1)


def gold_uncivil(labels: np.ndarray) -> np.ndarray:
    """VCU / Ferreira: civil rows are 0 for all five categories; anything else is uncivil."""
    return ~(labels == 0).all(axis=1)


def headline(source: str, labels: np.ndarray, flags: np.ndarray) -> tuple[str, Any, Any]:
    """The binary task a set is known for: (name, gold, predicted)."""
    if source == "sgid4se":
        return "SGID (sexual or identity_attack)", gold_toxic(labels), flags[:, SGID_COLUMNS].any(axis=1)
    if source in ("vcu", "ferreira"):
        return "uncivil (any category)", gold_uncivil(labels), flags.any(axis=1)
    if source in ("toxicr", "strudel"):
        return "toxic (any category)", gold_toxic(labels), flags.any(axis=1)
    if source == "hatexplain":  # its own task: hate speech against normal and offensive posts
        column = COLUMNS.index(Category.IDENTITY_ATTACK)
        known = labels[:, column] != UNKNOWN
        return "identity_attack (hate speech)", labels[known, column] == 1, flags[known, column]
    known_clean = np.asarray((labels == 0).all(axis=1))
    any_pos = np.asarray((labels == 1).any(axis=1))
    usable = known_clean | any_pos
    return "any category", any_pos[usable], np.asarray(flags.any(axis=1))[usable]
