"""Naive-Bayes feature scaling (NB-LR): the log-count ratios, the scale folded into the coefficients,
and the fit knobs around them (smoothing, presence ratios, interpolation, balanced heads)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from civility.model.fit import FitConfig, _fit_column, _fit_head, balanced, nb_ratios

# columns: only in positives, only in negatives, as frequent in both, in nothing
X = sparse.csr_matrix(
    np.array(
        [
            [1.0, 0.0, 0.5, 0.0],
            [1.0, 0.0, 0.5, 0.0],
            [0.0, 1.0, 0.5, 0.0],
            [0.0, 1.0, 0.5, 0.0],
        ]
    )
)
Y = np.array([1, 1, 0, 0])


@pytest.mark.parametrize(
    ("column", "sign"),
    [(0, 1), (1, -1), (2, 0), (3, 0)],
    ids=["positive evidence", "negative evidence", "uninformative", "never seen"],
)
def test_ratio_sign_follows_the_evidence(column: int, sign: int) -> None:
    ratio = nb_ratios(X, Y, np.ones(4))[column]
    assert np.sign(np.round(ratio, 12)) == sign


def test_row_weights_count_like_repeated_rows() -> None:
    weighted = nb_ratios(X, Y, np.array([2.0, 1.0, 1.0, 1.0]))
    repeated = nb_ratios(sparse.vstack([X[:1], X]).tocsr(), np.array([1, *Y]), np.ones(5))
    assert np.allclose(weighted, repeated)


def test_the_scale_is_folded_into_the_coefficients() -> None:
    rng = np.random.default_rng(3)
    x = sparse.random(200, 30, density=0.2, random_state=4, format="csr")
    y = (rng.random(200) < 0.3).astype(int)
    weights = np.ones(200)
    scale = nb_ratios(x, y, weights)
    coef, bias = _fit_column(x, y, weights, c=4.0, seed=13, scale=scale)
    model = LogisticRegression(C=4.0, solver="liblinear", max_iter=1000, random_state=13)
    model.fit(x @ sparse.diags(scale), y, sample_weight=weights)
    assert np.allclose(x @ coef + bias, model.decision_function(x @ sparse.diags(scale)))


def test_more_smoothing_pulls_the_ratios_towards_zero() -> None:
    light, heavy = (np.abs(nb_ratios(X, Y, np.ones(4), alpha=a)) for a in (0.25, 4.0))
    assert np.all(heavy[:2] < light[:2])


def test_presence_ratios_ignore_how_large_a_value_is() -> None:
    doubled = X.multiply(np.array([[2.0, 1.0, 1.0, 1.0]]).T).tocsr()
    assert np.allclose(
        nb_ratios(doubled, Y, np.ones(4), binary=True), nb_ratios(X, Y, np.ones(4), binary=True)
    )
    assert not np.allclose(nb_ratios(doubled, Y, np.ones(4)), nb_ratios(X, Y, np.ones(4)))


@pytest.mark.parametrize("beta", [0.0, 0.5, 1.0])
def test_interpolation_mixes_the_plain_and_the_scaled_fit(beta: float) -> None:
    rng = np.random.default_rng(5)
    x = sparse.random(150, 20, density=0.25, random_state=6, format="csr")
    y = (rng.random(150) < 0.4).astype(int)
    w = np.ones(150)
    config = FitConfig(nb_scale=True, nb_interpolation=beta, seed=13)
    coef, bias = _fit_head(x, y, w, (4.0, config.nb_alpha), config, x.shape[1])
    scaled = _fit_column(x, y, w, 4.0, 13, nb_ratios(x, y, w, config.nb_alpha))
    plain = _fit_column(x, y, w, 4.0, 13)
    assert np.allclose(coef, beta * scaled[0] + (1 - beta) * plain[0])
    assert bias == pytest.approx(beta * scaled[1] + (1 - beta) * plain[1])


@pytest.mark.parametrize(
    ("weights", "y", "expected"),
    [
        ([1.0, 1.0, 1.0, 1.0], [1, 0, 0, 0], [3.0, 1.0, 1.0, 1.0]),
        ([2.0, 1.0, 1.0, 1.0], [1, 1, 0, 0], [4 / 3, 2 / 3, 1.0, 1.0]),
        ([1.0, 1.0, 5.0], [1, 0, -1], [1.0, 1.0, 5.0]),
        ([1.0, 1.0], [0, 0], [1.0, 1.0]),
    ],
    ids=[
        "rare positives weighted up",
        "common positives weighted down",
        "unknown rows ignored",
        "no positives",
    ],
)
def test_balanced_gives_both_classes_the_same_weight(
    weights: list[float], y: list[int], expected: list[float]
) -> None:
    assert np.allclose(balanced(np.array(weights), np.array(y)), expected)


def test_char_weight_folds_into_the_coefficients() -> None:
    """Scaling the character block is a change of penalty, not of scoring: the stored coefficients
    score the unscaled features, and at weight 1 nothing changes."""
    rng = np.random.default_rng(3)
    x = sparse.csr_matrix(rng.random((150, 10)) * (rng.random((150, 10)) < 0.3))
    y = (x[:, 0].toarray().ravel() + x[:, 7].toarray().ravel() > 0.4).astype(int)
    w = np.ones(150)
    plain = _fit_head(x, y, w, (4.0, 2.0), FitConfig(seed=13), 5)
    same = _fit_head(x, y, w, (4.0, 2.0), FitConfig(seed=13, char_weight=1.0), 5)
    damped = _fit_head(x, y, w, (4.0, 2.0), FitConfig(seed=13, char_weight=0.5), 5)
    np.testing.assert_array_equal(plain[0], same[0])
    assert np.abs(damped[0][5:]).sum() < np.abs(plain[0][5:]).sum()
