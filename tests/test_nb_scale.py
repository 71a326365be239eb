"""Naive-Bayes feature scaling (NB-LR): the log-count ratios, and the scale folded into the coefficients."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from civility.model.fit import _fit_column, nb_ratios

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
    coef, bias = _fit_column(x, y, weights, c=4.0, seed=13, nb=True)
    scale = nb_ratios(x, y, weights)
    model = LogisticRegression(C=4.0, solver="liblinear", max_iter=1000, random_state=13)
    model.fit(x @ sparse.diags(scale), y, sample_weight=weights)
    assert np.allclose(x @ coef + bias, model.decision_function(x @ sparse.diags(scale)))
