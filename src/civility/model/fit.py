"""Fitting: one logistic regression per category on hashed n-grams, thresholds from out-of-fold scores.

Every step is deterministic for a given corpus order and seed (liblinear with a fixed random_state,
fixed fold assignment), which is what lets `civility train` rebuild the shipped model bit-for-bit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from civility.model import identity, ngrams
from civility.model.corpus import COLUMNS
from civility.model.scorer import NgramScorer, stack
from civility.types import Category

DEVELOPER_TALK = ("toxicr", "strudel", "vcu", "ferreira", "sgid4se", "seeds")


@dataclass(frozen=True)
class FitConfig:
    seed: int = 13
    C: float = 1.0
    """Inverse L2 regularisation strength of the logistic regressions (liblinear)."""
    C_by_head: dict[str, float] = field(
        default_factory=lambda: {
            Category.INSULT.value: 4.0,
            Category.IDENTITY_ATTACK.value: 4.0,
            Category.SEXUAL.value: 4.0,
            Category.PROFANITY.value: 4.0,
        }
    )
    """Weaker regularisation for the heads with thousands of developer-talk positives (ToxiCR's toxic
    comments): at C=4 the insult-or-profanity flag reached ToxiCR F1 0.87 (5-fold CV, two folds, best
    cut) where C=1 gave 0.83, and SGID4SE's sexual-or-identity flag 0.69 where C=1 gave 0.66; harassment,
    the rarest head, keeps C=1."""
    bits: int = 18
    """2**bits hash buckets per feature block (words, characters)."""
    window: int = 24
    inner_folds: int = 3
    source_weights: dict[str, float] = field(default_factory=lambda: {"seeds": 10.0})
    other_weight: float = 0.3
    """Weight of rows from sources outside developer talk (news, Twitter, Gab, Reddit, YouTube)."""
    other_weight_by_head: dict[str, float] = field(
        default_factory=lambda: {Category.INSULT.value: 0.1, Category.PROFANITY.value: 0.1}
    )
    """Lower weights for heads the SE sets already hold thousands of positives for: web insults and
    swearing follow other norms (at full weight they lowered ToxiCR F1 in CV), but without them the
    head misses common insults that code review rarely uses ("moron")."""
    identity_balance_cap: float = 20.0
    """Identity-term balancing (`civility.model.identity`): the largest factor a negative row mentioning
    a group can be weighted up by; 0 turns balancing off. Measured (one fold, shipped cuts): Jigsaw
    madlibs false positives 4.0% → 1.6% ("gay" 30% → under 5%), ToxiCR F1 unchanged."""
    threshold_beta: float = 1.0
    """F-beta maximised when choosing thresholds on out-of-fold scores."""
    threshold_sources: tuple[str, ...] = DEVELOPER_TALK
    """Choose thresholds on out-of-fold rows of these sources (developer talk) when they hold ≥ 20
    positives of the category; otherwise on all rows."""


@dataclass(frozen=True)
class Counts:
    """Hashed n-gram counts of a corpus, and each document's words (for window scoring)."""

    batch: ngrams.Batch
    words: list[Sequence[str]]

    def rows(self, idx: np.ndarray) -> Counts:
        batch = ngrams.Batch(self.batch.words[idx], self.batch.chars[idx])
        return Counts(batch, [self.words[int(i)] for i in idx])


def count(words: Sequence[Sequence[str]], bits: int) -> Counts:
    return Counts(ngrams.Featurizer(bits).counts(words), list(words))


def sample_weights(sources: Sequence[str], config: FitConfig, other: float | None = None) -> np.ndarray:
    developer = np.isin(np.asarray(sources), DEVELOPER_TALK)
    base = np.where(developer, 1.0, config.other_weight if other is None else other)
    named = [config.source_weights.get(s) for s in sources]
    return np.array([b if w is None else w for b, w in zip(base, named, strict=True)], dtype=np.float64)


def fit_heads(counts: Counts, labels: np.ndarray, sources: Sequence[str], config: FitConfig) -> NgramScorer:
    """Per label column, a logistic regression on rows where that label is known (and allowed)."""
    n = labels.shape[0]
    idf_w = ngrams.idf_weights(ngrams.document_frequency(counts.batch.words), n)
    idf_c = ngrams.idf_weights(ngrams.document_frequency(counts.batch.chars), n)
    x = stack(counts.batch, idf_w, idf_c)
    by_term = identity.mentions(counts.words) if config.identity_balance_cap > 0 else {}
    coefs, biases = [], []
    for column, category in enumerate(COLUMNS):
        known = labels[:, column] >= 0
        weights = sample_weights(sources, config, config.other_weight_by_head.get(category.value)) * known
        weights = identity.balance(weights, labels[:, column], by_term, config.identity_balance_cap)
        c = config.C_by_head.get(category.value, config.C)
        coef, bias = _fit_column(x[known], labels[known, column], weights[known], c, config.seed)
        coefs.append(coef)
        biases.append(bias)
    width = idf_w.shape[0]
    coef = _half(np.array(coefs))
    return NgramScorer(
        _half(idf_w),
        _half(idf_c),
        coef[:, :width],
        coef[:, width:],
        np.array(biases, np.float32),
        config.window,
    )


def _half(values: np.ndarray) -> np.ndarray:
    """float16 precision (what the model file stores), so a fitted scorer equals the loaded one."""
    return values.astype(np.float16).astype(np.float32)


def _fit_column(
    x: sparse.csr_matrix, y: np.ndarray, weights: np.ndarray, c: float, seed: int
) -> tuple[np.ndarray, float]:
    if y.size == 0 or y.min() == y.max():
        return np.zeros(x.shape[1]), (-10.0 if y.size == 0 or y.max() == 0 else 10.0)
    model = LogisticRegression(C=c, solver="liblinear", max_iter=1000, random_state=seed)
    model.fit(x, y, sample_weight=weights)
    return model.coef_[0], float(model.intercept_[0])


def oof_scores(counts: Counts, labels: np.ndarray, sources: Sequence[str], config: FitConfig) -> np.ndarray:
    """Out-of-fold probabilities [rows, heads], scored exactly as at run time (windows included)."""
    strata = np.array(
        [f"{s}:{''.join(map(str, row))}" for s, row in zip(sources, labels.tolist(), strict=True)]
    )
    _, strata_codes = np.unique(strata, return_inverse=True)
    folds = _fold_ids(strata_codes, config.inner_folds, config.seed)
    source_array = np.asarray(sources)
    out = np.zeros(labels.shape, dtype=np.float32)
    featurizer = ngrams.Featurizer(config.bits)
    for k in range(config.inner_folds):
        test = folds == k
        train = np.flatnonzero(~test)
        scorer = fit_heads(counts.rows(train), labels[train], source_array[train].tolist(), config)
        out[test] = scorer.probabilities([counts.words[int(i)] for i in np.flatnonzero(test)], featurizer)
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
