"""`civility train` is reproducible: the same data and seed give the same model, bit for bit."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from civility.model import sources
from civility.model.fit import FitConfig
from civility.model.ngrams import Featurizer
from civility.model.train import encode_corpus, fit

CONFIG = FitConfig(seed=7, inner_folds=2, bits=14, source_weights={"seeds": 1.0})
"""Small and fast: at the shipped seed weight, liblinear needs seconds per head on these few
separable rows (an effective C of 10)."""


def test_two_trainings_give_identical_models_and_predictions() -> None:
    data = encode_corpus(sources.load(["seeds"]), CONFIG)
    first, second = fit(data, CONFIG), fit(data, CONFIG)
    for name in ("coef_words", "coef_chars", "coef_pieces", "idf_words", "idf_chars", "bias"):
        assert np.array_equal(getattr(first.scorer, name), getattr(second.scorer, name))
    assert first.thresholds == second.thresholds
    probe, featurizer = data.counts.words[:50], Featurizer(CONFIG.bits)
    assert np.array_equal(
        first.scorer.probabilities(probe, featurizer), second.scorer.probabilities(probe, featurizer)
    )


def test_a_different_seed_changes_the_folds_not_the_heads() -> None:
    data = encode_corpus(sources.load(["seeds"]), CONFIG)
    a = fit(data, replace(CONFIG, seed=1))
    b = fit(data, replace(CONFIG, seed=2))
    assert np.allclose(a.scorer.coef_words, b.scorer.coef_words, atol=1e-3)
