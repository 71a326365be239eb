"""Fitting: one logistic regression per category on pooled static vectors, thresholds from out-of-fold scores.

Every step is deterministic for a given corpus order and seed (lbfgs, fixed fold assignment), which is
what lets `civility train` rebuild the shipped model bit-for-bit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from civility.model.corpus import COLUMNS
from civility.model.scorer import TokenTable


@dataclass(frozen=True)
class FitConfig:
    seed: int = 13
    C: float = 0.5
    window: int = 12
    inner_folds: int = 3
    source_weights: dict[str, float] = field(default_factory=lambda: {"seeds": 5.0})
    threshold_beta: float = 1.0
    """F-beta maximised when choosing thresholds on out-of-fold scores (1.0 = F1)."""


@dataclass(frozen=True)
class Heads:
    weights: np.ndarray
    """float32 [heads, dims], already divided by the feature scale."""
    bias: np.ndarray
    """float32 [heads]."""

    def table(self, matrix: np.ndarray, window: int) -> TokenTable:
        return TokenTable((matrix @ self.weights.T).astype(np.float32), self.bias.astype(np.float32), window)


def sample_weights(sources: Sequence[str], config: FitConfig) -> np.ndarray:
    return np.array([config.source_weights.get(s, 1.0) for s in sources], dtype=np.float64)


def fit_heads(x: np.ndarray, labels: np.ndarray, weights: np.ndarray, config: FitConfig) -> Heads:
    """One standardised LR per label column, trained on the rows where that label is known."""
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    z = (x - mean) / scale
    ws, bs = [], []
    for column in range(labels.shape[1]):
        known = labels[:, column] >= 0
        y = labels[known, column]
        if y.min() == y.max():
            ws.append(np.zeros(x.shape[1]))
            bs.append(-10.0 if y.max() == 0 else 10.0)
            continue
        model = LogisticRegression(C=config.C, max_iter=300, random_state=config.seed)
        model.fit(z[known], y, sample_weight=weights[known])
        w = model.coef_[0] / scale
        ws.append(w)
        bs.append(float(model.intercept_[0] - w @ mean))
    return Heads(np.array(ws, dtype=np.float32), np.array(bs, dtype=np.float32))


def oof_scores(
    x: np.ndarray,
    ids: Sequence[np.ndarray],
    labels: np.ndarray,
    sources: Sequence[str],
    matrix: np.ndarray,
    config: FitConfig,
) -> np.ndarray:
    """Out-of-fold probabilities [rows, heads], scored exactly as at run time (windows included)."""
    strata = np.array(
        [f"{s}:{''.join(map(str, row))}" for s, row in zip(sources, labels.tolist(), strict=True)]
    )
    _, strata_codes = np.unique(strata, return_inverse=True)
    folds = _fold_ids(strata_codes, config.inner_folds, config.seed)
    weights = sample_weights(sources, config)
    out = np.zeros(labels.shape, dtype=np.float32)
    for k in range(config.inner_folds):
        test = folds == k
        heads = fit_heads(x[~test], labels[~test], weights[~test], config)
        out[test] = heads.table(matrix, config.window).probabilities(
            [ids[int(i)] for i in np.flatnonzero(test)]
        )
    return out


def _fold_ids(strata: np.ndarray, folds: int, seed: int) -> np.ndarray:
    """Stratified fold number per row; rare strata fall back to round-robin so every row gets a fold."""
    counts = np.bincount(strata)
    ok = counts[strata] >= folds
    fold = np.zeros(len(strata), dtype=np.int64)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    idx = np.flatnonzero(ok)
    for k, (_, test) in enumerate(splitter.split(idx, strata[idx])):
        fold[idx[test]] = k
    rare = np.flatnonzero(~ok)
    fold[rare] = np.arange(rare.size) % folds
    return fold


def choose_threshold(y: np.ndarray, p: np.ndarray, beta: float = 1.0) -> float:
    """The probability cut that maximises F-beta on (y, p); 0.5 when there are no positives."""
    if y.sum() == 0:
        return 0.5
    order = np.argsort(-p, kind="stable")
    ys, ps = y[order], p[order]
    tp = np.cumsum(ys)
    precision, recall = tp / np.arange(1, len(ys) + 1), tp / ys.sum()
    b2 = beta * beta
    f = (1 + b2) * precision * recall / np.maximum(b2 * precision + recall, 1e-12)
    best = int(np.argmax(f))
    return float(np.clip(ps[best], 0.05, 0.95))


def thresholds(labels: np.ndarray, oof: np.ndarray, beta: float = 1.0) -> dict[str, float]:
    out = {}
    for column, category in enumerate(COLUMNS):
        known = labels[:, column] >= 0
        out[category.value] = round(choose_threshold(labels[known, column], oof[known, column], beta), 4)
    return out
