"""Run-time scoring: per category, a logistic regression over hashed word and character n-grams, plus
one over the mean static embedding of the text's word pieces (`civility.model.static`).

logit(doc) = bias + max over pieces p of [coef_words · tfidf_words(p) + coef_chars · tfidf_chars(p)]
             + mean over the doc's word pieces t of coef_pieces[t]                  (see `ngrams`),
then, when the scorer is calibrated, slope × logit + intercept (Platt scaling, per head).
The pieces p are the whole document and, when it has several sentences, each sentence, and a sentence
longer than `window` words on windows of that many words (stride window // 2, plus the last one): the
largest n-gram score wins, so one insult inside a long, friendly comment is not diluted away (the
whole document is not among the pieces when it is longer than `whole_limit` words). The
embedding term is the whole document's: a mean over a few words of a short sentence or window is
noisy, and taking a maximum over noisy terms raised every score (measured: ToxiCR F1 0.841 -> 0.806
in the card when the mix was made per piece).
Every term of that sum belongs to a word (bigrams split half and half between their two words), which
gives each word's exact contribution for the evidence.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property

import numpy as np
from scipy import sparse

from civility.model import ngrams
from civility.model.static import mean_rows


@dataclass(frozen=True)
class Scored:
    """A batch's logits, and the raw score of every piece (whole documents first, then the sentences
    and windows of each document in order), from which the winning word range is read."""

    logits: np.ndarray
    """float32 [documents, heads], bias included."""
    raw: np.ndarray
    """float32 [pieces, heads], bias excluded: row d is document d, then every document's own pieces."""
    start: np.ndarray
    end: np.ndarray
    """Word range of each piece."""
    first: np.ndarray
    """Document d's own pieces are rows first[d]:first[d + 1]."""
    bias: np.ndarray
    """float32 [heads]: added to a piece's raw score to give its own logit."""

    @property
    def probabilities(self) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self.logits))

    def window(self, doc: int, head: int) -> tuple[int, int]:
        """Word range [start, end) that produced the head's score: the first best of the whole document
        and its pieces, in that order (as scored, so no second featurisation)."""
        lo, hi = int(self.first[doc]), int(self.first[doc + 1])
        if lo == hi:
            return 0, int(self.end[doc])
        rows = np.concatenate([[doc], np.arange(lo, hi)])
        best = int(rows[int(np.argmax(self.raw[rows, head]))])
        return int(self.start[best]), int(self.end[best])

    def other_ranges(
        self, doc: int, head: int, cut: float, taken: tuple[int, int] | None, limit: int
    ) -> list[tuple[tuple[int, int], float]]:
        """Up to `limit` more sentences or windows of the document whose own probability reaches `cut`,
        strongest first, none overlapping `taken` (the winning range; None when the whole document won)
        or one another; with each probability. A range that overlaps a stronger one is left out."""
        lo, hi = int(self.first[doc]), int(self.first[doc + 1])
        logit_cut = float(np.log(cut / (1.0 - cut))) if 0.0 < cut < 1.0 else np.inf
        logits = self.raw[lo:hi, head] + self.bias[head]
        chosen: list[tuple[int, int]] = [taken] if taken is not None else []
        out: list[tuple[tuple[int, int], float]] = []
        for k in np.argsort(-logits, kind="stable"):
            if len(out) >= limit or logits[k] < logit_cut:
                break
            a, b = int(self.start[lo + k]), int(self.end[lo + k])
            if all(b <= s or e <= a for s, e in chosen):
                chosen.append((a, b))
                out.append(((a, b), float(1.0 / (1.0 + np.exp(-logits[k])))))
        return out


@dataclass(frozen=True)
class NgramScorer:
    idf_words: np.ndarray
    """float32 [buckets]."""
    idf_chars: np.ndarray
    coef_words: np.ndarray
    """float32 [heads, buckets]."""
    coef_chars: np.ndarray
    bias: np.ndarray
    """float32 [heads]."""
    window: int = 0
    """Window length in words for the max-over-windows score; 0 scores whole documents only."""
    coef_pieces: np.ndarray | None = None
    """float32 [heads, word pieces]: each token's weight in the mean-embedding term; None: no such term."""
    calibration: np.ndarray | None = None
    """float32 [2, heads]: Platt scaling, a slope and an intercept per head applied to every logit (the
    document's and each piece's), so that a score reads as a probability (`calibration.platt`); None:
    the logistic regression's own outputs."""
    whole_limit: int = 0
    """A document longer than this many words is scored on its sentences and windows only, not as a
    whole; 0 always scores the whole document too. The heads learned the whole-message term from
    messages of a few dozen words (99% of the training mix is under 200), and on a document far longer
    than that the term measures length more than content (see `FitConfig.whole_limit`)."""

    @property
    def bits(self) -> int:
        return int(self.idf_words.shape[0]).bit_length() - 1

    def logits(self, docs: Sequence[Sequence[str]], featurizer: ngrams.Featurizer) -> np.ndarray:
        """[documents, heads] logits: the whole document's, or its best sentence's or window's if larger."""
        return self.scored(docs, featurizer).logits

    def probabilities(self, docs: Sequence[Sequence[str]], featurizer: ngrams.Featurizer) -> np.ndarray:
        return self.scored(docs, featurizer).probabilities

    def scored(self, docs: Sequence[Sequence[str]], featurizer: ngrams.Featurizer) -> Scored:
        """The logits, keeping every piece's score so that evidence need not score the document again."""
        owner, start, end = self._pieces(docs)
        counts = featurizer.counts_ranges(docs, owner, start, end, piece_rows=len(docs))
        raw = self._ngram_scores(counts)
        first = np.searchsorted(owner[len(docs) :], np.arange(len(docs) + 1)) + len(docs)
        self._drop_long_wholes(raw, end[: len(docs)], first)
        if self.calibration is not None:  # a positive slope: the maximum over pieces is unchanged
            raw *= self.calibration[0]
        out = raw[: len(docs)].copy()
        if len(owner) > len(docs):
            np.maximum.at(out, owner[len(docs) :], raw[len(docs) :])
        if self.coef_pieces is not None:
            term = np.asarray(mean_rows(counts.pieces) @ self._columns[2], dtype=np.float32)
            out += term if self.calibration is None else term * self.calibration[0]
        return Scored(out + self.logit_bias, raw, start, end, first, self.logit_bias)

    def calibrated(self, slope: np.ndarray, intercept: np.ndarray) -> NgramScorer:
        """This scorer with Platt scaling: every raw logit z becomes slope * z + intercept, per head. It
        replaces any scaling the scorer had, so fit it on raw (uncalibrated) scores."""
        if np.any(np.asarray(slope) <= 0):
            raise ValueError("calibration slopes must be positive (a calibration must keep the ranking)")
        return replace(self, calibration=np.array([slope, intercept], dtype=np.float32))

    @cached_property
    def logit_bias(self) -> np.ndarray:
        """The bias as applied to a logit: calibrated when the scorer carries a calibration."""
        if self.calibration is None:
            return self.bias
        return (self.bias * self.calibration[0] + self.calibration[1]).astype(np.float32)

    def best_window(self, doc: Sequence[str], head: int, featurizer: ngrams.Featurizer) -> tuple[int, int]:
        """Word range [start, end) that produced the head's score: the whole doc, a sentence or a window."""
        return self.scored([doc], featurizer).window(0, head)

    def word_contributions(self, doc: Sequence[str], head: int, featurizer: ngrams.Featurizer) -> np.ndarray:
        """Each word's exact share of the head's logit (`logit_bias` excluded) for `doc` scored as a whole."""
        return self.contributions([(doc, [head])], featurizer)[0][0]

    def contributions(
        self, requests: Sequence[tuple[Sequence[str], Sequence[int]]], featurizer: ngrams.Featurizer
    ) -> list[np.ndarray]:
        """[heads, words] `word_contributions` of each (document, heads), all in one vectorised pass.

        A feature's contribution (weight × coefficient) is split evenly over its occurrences, and each
        occurrence goes to its word (a bigram's half to each of its two words). Every number is computed
        as for one document and head alone (elementwise, or summed over that document only, in the same
        order), so batching changes no bit of the result."""
        docs = [doc for doc, _ in requests]
        lengths = np.array([len(d) for d in docs], dtype=np.int64)
        owner = np.repeat(np.arange(len(docs)), lengths)
        words, chars, pieces = featurizer.attributions(docs)
        blocks: list[_Block | _MeanBlock] = [
            _Block(features, owner, len(docs), idf, coef)
            for features, idf, coef in zip(
                (words, chars),
                (self.idf_words, self.idf_chars),
                (self.coef_words, self.coef_chars),
                strict=True,
            )
        ]
        if self.coef_pieces is not None:
            blocks.append(_MeanBlock(pieces, owner, len(docs), self.coef_pieces))
        values: dict[int, np.ndarray] = {}
        for head in sorted({h for _, heads in requests for h in heads}):
            values[head] = np.zeros(int(lengths.sum()), dtype=np.float64)
            for block in blocks:
                values[head] += block.per_word(head, values[head].size)
            if self.calibration is not None:
                values[head] *= float(self.calibration[0, head])
        bounds = np.cumsum(lengths) - lengths
        return [
            np.array([values[h][a : a + len(doc)] for h in heads]).reshape(len(heads), len(doc))
            for (doc, heads), a in zip(requests, bounds.tolist(), strict=True)
        ]

    def _pieces(self, docs: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(owner, start, end) word ranges: every whole document first, then sentences and windows."""
        owner, start = list(range(len(docs))), [0] * len(docs)
        end = [len(d) for d in docs]
        for i, doc in enumerate(docs):
            for a, b in piece_ranges(doc, self.window):
                owner.append(i)
                start.append(a)
                end.append(b)
        as_array = np.asarray
        return as_array(owner, np.int64), as_array(start, np.int64), as_array(end, np.int64)

    def _drop_long_wholes(self, raw: np.ndarray, lengths: np.ndarray, first: np.ndarray) -> None:
        """Take the whole-document row of every document over `whole_limit` words (`lengths`) that has
        pieces (`first`, as in `Scored`) out of the maximum (set to -inf in place), so that its best
        sentence or window gives its score."""
        if not self.whole_limit:
            return
        has_pieces = first[1:] > first[:-1]
        raw[: lengths.size][(lengths > self.whole_limit) & has_pieces] = -np.inf

    def _ngram_scores(self, counts: ngrams.Batch) -> np.ndarray:
        words = ngrams.weight(counts.words, self.idf_words)
        chars = ngrams.weight(counts.chars, self.idf_chars)
        return np.asarray(words @ self._columns[0] + chars @ self._columns[1], dtype=np.float32)

    @cached_property
    def _columns(self) -> tuple[np.ndarray, ...]:
        """Coefficients as contiguous [features, heads] arrays (a transposed view is copied per product)."""
        blocks = [self.coef_words, self.coef_chars]
        if self.coef_pieces is not None:
            blocks.append(self.coef_pieces)
        return tuple(np.ascontiguousarray(b.T) for b in blocks)


def piece_ranges(doc: Sequence[str], window: int) -> list[tuple[int, int]]:
    """The word ranges a document is scored on besides itself: its sentences (when there are several)
    and windows of `window` words over each sentence longer than that (stride window // 2, plus the
    last one; no windows when `window` is 0)."""
    bounds = [0, *getattr(doc, "breaks", ()), len(doc)]
    sentences = [(a, b) for a, b in itertools.pairwise(bounds) if b > a]
    out = sentences if len(sentences) > 1 else []
    for a, b in sentences:
        out += _windows(a, b, window)
    return out


def _windows(start: int, end: int, window: int) -> list[tuple[int, int]]:
    if not window or end - start <= window:
        return []
    stride = max(window // 2, 1)
    firsts = [*range(start, end - window, stride), end - window]
    return [(s, s + window) for s in firsts]


class _Block:
    """One feature block of several documents: each document's weighted features (as `ngrams.weight`,
    L2-normalised per document), ready to be multiplied by any head's coefficients."""

    def __init__(
        self, features: ngrams.Attribution, owner: np.ndarray, docs: int, idf: np.ndarray, coef: np.ndarray
    ) -> None:
        shift = idf.shape[0].bit_length()
        doc = owner[features.position[: features.occurrences.size]]
        keys, tf = np.unique((doc << shift) | features.occurrences, return_counts=True)
        self.buckets = keys & ((1 << shift) - 1)
        weights = (1.0 + np.log(tf.astype(np.float32))) * idf[self.buckets]
        squares = weights * weights
        starts = np.searchsorted(keys >> shift, np.arange(docs + 1))
        norms = np.array(
            [max(float(np.sqrt(np.sum(squares[a:b]))), 1e-12) for a, b in itertools.pairwise(starts)],
            dtype=np.float32,
        )
        weights /= np.repeat(norms, np.diff(starts))
        self.weights = weights.astype(np.float64)
        self.slot = np.searchsorted(keys, (owner[features.position] << shift) | features.bucket)
        self.position, self.tf, self.share, self.coef = features.position, tf, features.share, coef

    def per_word(self, head: int, words: int) -> np.ndarray:
        contribution = self.weights * self.coef[head, self.buckets]
        per_occurrence = self.share * contribution[self.slot] / self.tf[self.slot]
        return np.bincount(self.position, weights=per_occurrence, minlength=words)


class _MeanBlock:
    """The word-piece block of several documents: each token occurrence counts 1 / (the document's
    tokens), so a word's share is the sum of its tokens' weights over the document's token count.
    (Evidence asks for the words of the winning sentence or window, so there the share is taken over
    that range's tokens: larger than its share of the whole text's term, which only ranks words.)"""

    def __init__(self, features: ngrams.Attribution, owner: np.ndarray, docs: int, coef: np.ndarray) -> None:
        doc = owner[features.position]
        tokens = np.bincount(doc, minlength=docs).astype(np.float64)
        self.scale = 1.0 / np.maximum(tokens, 1.0)[doc]
        self.position, self.token, self.coef = features.position, features.bucket, coef

    def per_word(self, head: int, words: int) -> np.ndarray:
        values = self.coef[head, self.token].astype(np.float64) * self.scale
        return np.bincount(self.position, weights=values, minlength=words)


def stack(counts: ngrams.Batch, idf_words: np.ndarray, idf_chars: np.ndarray) -> sparse.csr_matrix:
    """The training design matrix: both weighted blocks side by side."""
    return sparse.hstack(
        [ngrams.weight(counts.words, idf_words), ngrams.weight(counts.chars, idf_chars)], format="csr"
    )
