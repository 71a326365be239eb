"""Run-time scoring: a linear model over mean-pooled static vectors is a per-token lookup table.

For a head with weights w and bias b, logit(doc) = b + mean over tokens t of (w · v_t), so
`table[t] = w · v_t` gives every token's exact contribution. A document is also scored on sliding
windows of `window` tokens (stride window // 3, plus the last window) and takes the larger logit,
so one insult inside a long, otherwise friendly comment is not averaged away.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from civility.model.features import flatten


@dataclass(frozen=True)
class TokenTable:
    table: np.ndarray
    """float32 [vocabulary, heads]: each token's logit contribution to each head."""
    bias: np.ndarray
    """float32 [heads]."""
    window: int = 0
    """Window length in tokens for the max-over-windows score; 0 scores whole documents only."""

    def logits(self, ids: Sequence[np.ndarray]) -> np.ndarray:
        """[documents, heads] logits: max of the whole-document mean and the best window's mean."""
        n, heads = len(ids), self.table.shape[1]
        out = np.full((n, heads), 0.0, dtype=np.float32)
        flat, starts = flatten(ids)
        if flat.size == 0:
            return out + self.bias
        contrib = self.table[flat]
        csum = np.vstack([np.zeros((1, heads), np.float32), np.cumsum(contrib, axis=0, dtype=np.float64)])
        lengths = np.array([len(i) for i in ids], dtype=np.int64)
        ends = starts + lengths
        nonempty = lengths > 0
        out[nonempty] = (csum[ends[nonempty]] - csum[starts[nonempty]]) / lengths[nonempty, None]
        if self.window:
            out = np.maximum(out, self._windows(csum, starts, lengths))
        return out + self.bias

    def _windows(self, csum: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        w = self.window
        best = np.full((len(lengths), csum.shape[1]), -np.inf, dtype=np.float32)
        long_docs = np.flatnonzero(lengths > w)
        if long_docs.size == 0:
            return best
        stride = max(w // 3, 1)
        counts = (lengths[long_docs] - w) // stride + 2
        doc_of = np.repeat(np.arange(long_docs.size), counts)
        step = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
        last = lengths[long_docs][doc_of] - w
        first = starts[long_docs][doc_of] + np.minimum(step * stride, last)
        means = (csum[first + w] - csum[first]) / w
        seg_starts = np.cumsum(counts) - counts
        best[long_docs] = np.maximum.reduceat(means, seg_starts, axis=0)
        return best

    def probabilities(self, ids: Sequence[np.ndarray]) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self.logits(ids)))

    def best_span(self, ids: np.ndarray, head: int) -> tuple[int, int]:
        """Token range [start, end) that produced the head's score: the whole doc or the best window."""
        n = len(ids)
        if not self.window or n <= self.window:
            return 0, n
        w, stride = self.window, max(self.window // 3, 1)
        csum = np.concatenate([[0.0], np.cumsum(self.table[ids, head].astype(np.float64))])
        firsts = np.minimum(np.arange((n - w) // stride + 2) * stride, n - w)
        means = (csum[firsts + w] - csum[firsts]) / w
        if means.max() <= csum[-1] / n:
            return 0, n
        start = int(firsts[int(np.argmax(means))])
        return start, start + w
