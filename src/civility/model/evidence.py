"""Evidence: the words whose exact contributions drove a category's score.

The scored range is the whole message or the window that won (see `NgramScorer`); each word's
contribution is its unigram, its character n-grams and half of each bigram it is part of. The strongest
positive words become evidence spans in the prepared text (the caller maps them to raw offsets).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from civility.model import ngrams
from civility.model.features import MAX_WORDS
from civility.model.scorer import NgramScorer

MAX_EVIDENCE_WORDS = 3
MIN_SHARE = 0.35
"""A word is evidence when its contribution is at least this share of the strongest word's."""


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int
    """Offsets into the prepared text."""
    word: str
    contribution: float


def evidence(scorer: NgramScorer, text: str, head: int, featurizer: ngrams.Featurizer) -> list[Evidence]:
    """Up to MAX_EVIDENCE_WORDS strongest positive words in the range that produced the head's score."""
    doc = ngrams.segment_words(text, MAX_WORDS)  # exactly what the detector scored
    window = scorer.best_window(doc, head, featurizer) if doc else (0, 0)
    return evidence_of_heads(scorer, text, doc, [(head, window)], featurizer)[0]


def evidence_of_heads(
    scorer: NgramScorer,
    text: str,
    doc: ngrams.Words,
    windows: Sequence[tuple[int, tuple[int, int]]],
    featurizer: ngrams.Featurizer,
) -> list[list[Evidence]]:
    """`evidence` of several (head, winning word range) of one scored document, in that order.

    The detector already knows each head's range (`Scored.window`); heads that share a range share
    one featurisation of it, and the word offsets are found once."""
    if not doc:
        return [[] for _ in windows]
    spans = ngrams.word_spans(text, len(doc))
    out: dict[int, list[Evidence]] = {}
    for (lo, hi), heads in _by_window(windows).items():
        values = scorer.contributions(doc[lo:hi], heads, featurizer)
        for head, row in zip(heads, values, strict=True):
            out[head] = _strongest(text, spans[lo:hi], row)
    return [out[head] for head, _ in windows]


def _by_window(windows: Sequence[tuple[int, tuple[int, int]]]) -> dict[tuple[int, int], list[int]]:
    groups: dict[tuple[int, int], list[int]] = {}
    for head, window in windows:
        groups.setdefault(window, []).append(head)
    return groups


def _strongest(text: str, spans: Sequence[tuple[int, int]], values: np.ndarray) -> list[Evidence]:
    found = [Evidence(a, b, text[a:b], v) for (a, b), v in zip(spans, values.tolist(), strict=True) if v > 0]
    if not found:
        return []
    found.sort(key=lambda e: (-e.contribution, e.start))
    top = found[0].contribution
    return [e for e in found[:MAX_EVIDENCE_WORDS] if e.contribution >= MIN_SHARE * top]
