"""Feature augmentation for developer talk (`FitConfig.domain_copy`): developer-talk rows carry a second
copy of their features, and the stored head is shared weights plus that copy's correction."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from civility.model.fit import FitConfig, _fit_head, nb_ratios

# Column 0 is a word web posts use to insult and developers use harmlessly ("damn" in code review);
# column 1 is an insult everywhere; column 2 a word that is always clean.
# Each row is the three features, then the label.
WEB = [[1, 0, 0, 1], [1, 0, 0, 1], [0, 1, 0, 1], [0, 0, 1, 0], [0, 0, 1, 0]]
DEVELOPER = [[1, 0, 0, 0], [1, 0, 0, 0], [1, 0, 1, 0], [0, 1, 0, 1], [0, 0, 1, 0]]
ROWS = np.array(WEB * 4 + DEVELOPER * 4, dtype=float)
X = sparse.csr_matrix(ROWS[:, :3])
Y = ROWS[:, 3].astype(int)
IS_DEVELOPER = np.array([False] * 20 + [True] * 20)


def head(copy: float, nb_scale: bool) -> tuple[np.ndarray, float]:
    config = FitConfig(domain_copy=copy, nb_scale=nb_scale)
    developer = IS_DEVELOPER if copy > 0 else None
    return _fit_head(X, Y, np.ones(len(Y)), (4.0, 1.0), config, width=3, developer=developer)


@pytest.mark.parametrize("nb_scale", [False, True], ids=["plain", "naive-Bayes scaled"])
def test_the_copy_learns_what_only_developer_talk_says(nb_scale: bool) -> None:
    shared, _ = head(0.0, nb_scale)
    adapted, _ = head(1.0, nb_scale)
    assert adapted[0] < shared[0], "the developers' harmless use of the word lowers its weight"
    assert adapted[1] > 0, "an insult everywhere stays evidence"


@pytest.mark.parametrize("nb_scale", [False, True], ids=["plain", "naive-Bayes scaled"])
def test_the_stored_head_scores_developer_rows_as_the_augmented_model_does(nb_scale: bool) -> None:
    coef, bias = head(1.0, nb_scale)
    augmented = sparse.hstack([X, sparse.diags(IS_DEVELOPER.astype(float)) @ X], format="csr")
    scale = np.ones(6)
    if nb_scale:
        weights = np.ones(len(Y))
        dev = np.flatnonzero(IS_DEVELOPER)
        scale = np.concatenate([nb_ratios(X, Y, weights), nb_ratios(X[dev], Y[dev], weights[dev])])
    model = LogisticRegression(C=4.0, solver="liblinear", max_iter=1000, random_state=13)
    model.fit(augmented @ sparse.diags(scale), Y)
    dev_rows = augmented[IS_DEVELOPER] @ sparse.diags(scale)
    assert np.allclose(X[IS_DEVELOPER] @ coef + bias, model.decision_function(dev_rows))


def test_the_stored_head_keeps_the_width_of_the_features() -> None:
    coef, _ = head(1.0, True)
    assert coef.shape == (3,)


def test_no_copy_is_the_plain_fit() -> None:
    plain = _fit_head(X, Y, np.ones(len(Y)), (4.0, 1.0), FitConfig(), width=3)
    coef, bias = head(0.0, True)
    assert np.array_equal(plain[0], coef) and plain[1] == bias
