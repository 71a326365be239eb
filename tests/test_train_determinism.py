"""`civility train` is reproducible: the same data and seed give the same model, bit for bit."""

from __future__ import annotations

import numpy as np

from civility.model import sources
from civility.model.fit import FitConfig
from civility.model.persist import DEFAULT_DIR
from civility.model.train import encode_corpus, fit
from civility.model.vectors import load_vectors


def test_two_trainings_give_identical_models_and_predictions() -> None:
    vectors = load_vectors(DEFAULT_DIR)
    data = encode_corpus(sources.load(["seeds"]), vectors)
    config = FitConfig(seed=7, inner_folds=2, bow_C=FitConfig.bow_C or 1.0)
    first, second = fit(data, vectors, config), fit(data, vectors, config)
    assert np.array_equal(first.scorer.table, second.scorer.table)
    assert np.array_equal(first.scorer.bias, second.scorer.bias)
    assert first.thresholds == second.thresholds
    probe = data.ids[:50]
    assert np.array_equal(first.scorer.probabilities(probe), second.scorer.probabilities(probe))


def test_a_different_seed_changes_the_folds_not_the_data() -> None:
    vectors = load_vectors(DEFAULT_DIR)
    data = encode_corpus(sources.load(["seeds"]), vectors)
    a = fit(data, vectors, FitConfig(seed=1, inner_folds=2))
    b = fit(data, vectors, FitConfig(seed=2, inner_folds=2))
    assert np.array_equal(a.scorer.table, b.scorer.table)  # lbfgs on the same rows: same heads
