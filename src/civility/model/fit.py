"""Fitting: one logistic regression per category on pooled static vectors, thresholds from out-of-fold scores.

Every step is deterministic for a given corpus order and seed (lbfgs, fixed fold assignment), which is
what lets `civility train` rebuild the shipped model bit-for-bit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from civility.model.corpus import COLUMNS
from civility.model.scorer import TokenTable

BAG_SCALE = 8.0
"""Token frequencies (1/length per token) are multiplied by this for the bag-of-tokens LR, which
conditions lbfgs well; the weights are scaled back so the per-token table stays exact."""


DEVELOPER_TALK = ("toxicr", "strudel", "vcu", "ferreira", "sgid4se", "seeds")


@dataclass(frozen=True)
class FitConfig:
    seed: int = 13
    C: float = 0.5
    window: int = 12
    inner_folds: int = 3
    source_weights: dict[str, float] = field(default_factory=lambda: {"seeds": 10.0})
    threshold_beta: float = 0.5
    """F-beta maximised when choosing thresholds on out-of-fold scores. 0.5 favours precision: a
    moderator reads every flag, and real traffic has far fewer positives than the training sets."""
    bow_C: float = 1.0
    """C of the second LR on the bag of tokens (0 = embeddings only); its logits are averaged in."""
    mix: float = 0.5
    """Weight of the embedding head in the average with the bag-of-tokens head."""
    threshold_sources: tuple[str, ...] = DEVELOPER_TALK
    """Choose thresholds on out-of-fold rows of these sources (developer talk) when they hold ≥ 20
    positives of the category; otherwise on all rows."""


@dataclass(frozen=True)
class Heads:
    weights: np.ndarray
    """float32 [heads, dims], already divided by the feature scale."""
    bias: np.ndarray
    """float32 [heads]."""
    token_weights: np.ndarray | None = None
    """float32 [heads, vocabulary] of the bag-of-tokens head, if any."""
    token_bias: np.ndarray | None = None
    mix: float = 1.0

    def table(self, matrix: np.ndarray, window: int) -> TokenTable:
        table, bias = matrix @ self.weights.T, self.bias
        if self.token_weights is not None and self.token_bias is not None:
            table = self.mix * table + (1 - self.mix) * self.token_weights.T
            bias = self.mix * bias + (1 - self.mix) * self.token_bias
        return TokenTable(table.astype(np.float32), bias.astype(np.float32), window)


def sample_weights(sources: Sequence[str], config: FitConfig) -> np.ndarray:
    return np.array([config.source_weights.get(s, 1.0) for s in sources], dtype=np.float64)


def fit_heads(
    x: np.ndarray, bag: sparse.csr_matrix, labels: np.ndarray, weights: np.ndarray, config: FitConfig
) -> Heads:
    """Per label column: a standardised LR on pooled vectors, and optionally one on the bag of tokens."""
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    w, b = _fit_columns((x - mean) / scale, labels, weights, config.C, config.seed)
    w = w / scale
    b = b - w @ mean
    if not config.bow_C:
        return Heads(w.astype(np.float32), b.astype(np.float32))
    u, c = _fit_columns(bag * BAG_SCALE, labels, weights, config.bow_C, config.seed)
    u = u * BAG_SCALE
    return Heads(
        w.astype(np.float32), b.astype(np.float32), u.astype(np.float32), c.astype(np.float32), config.mix
    )


def _fit_columns(
    z: np.ndarray | sparse.csr_matrix, labels: np.ndarray, weights: np.ndarray, C: float, seed: int
) -> tuple[np.ndarray, np.ndarray]:
    ws, bs = [], []
    for column in range(labels.shape[1]):
        known = labels[:, column] >= 0
        y = labels[known, column]
        if y.size == 0 or y.min() == y.max():
            ws.append(np.zeros(z.shape[1]))
            bs.append(-10.0 if y.size == 0 or y.max() == 0 else 10.0)
            continue
        model = LogisticRegression(C=C, max_iter=300, random_state=seed)
        model.fit(z[known], y, sample_weight=weights[known])
        ws.append(model.coef_[0])
        bs.append(float(model.intercept_[0]))
    return np.array(ws, dtype=np.float64), np.array(bs, dtype=np.float64)


def oof_scores(
    x: np.ndarray,
    bag: sparse.csr_matrix,
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
        heads = fit_heads(x[~test], bag[~test], labels[~test], weights[~test], config)
        rows = [ids[int(i)] for i in np.flatnonzero(test)]
        out[test] = heads.table(matrix, config.window).probabilities(rows)
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


def thresholds(
    labels: np.ndarray, oof: np.ndarray, sources: Sequence[str], config: FitConfig
) -> dict[str, float]:
    """Per category: the F-beta-optimal cut on out-of-fold scores (developer-talk rows when enough)."""
    preferred = np.isin(np.asarray(sources), config.threshold_sources)
    out = {}
    for column, category in enumerate(COLUMNS):
        known = labels[:, column] >= 0
        local = known & preferred
        if (labels[local, column] == 1).sum() >= 20:
            known = local
        cut = choose_threshold(labels[known, column], oof[known, column], config.threshold_beta)
        out[category.value] = round(cut, 4)
    return out
