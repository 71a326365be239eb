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


Windows = Sequence[tuple[int, tuple[int, int]]]
"""(head, the word range [start, end) that produced its score) of one document."""


def evidence(scorer: NgramScorer, text: str, head: int, featurizer: ngrams.Featurizer) -> list[Evidence]:
    """Up to MAX_EVIDENCE_WORDS strongest positive words in the range that produced the head's score."""
    doc = ngrams.segment_words(text, MAX_WORDS)  # exactly what the detector scored
    window = scorer.best_window(doc, head, featurizer) if doc else (0, 0)
    return evidence_batch(scorer, [(text, doc, [(head, window)])], featurizer)[0][0]


def evidence_batch(
    scorer: NgramScorer, items: Sequence[tuple[str, ngrams.Words, Windows]], featurizer: ngrams.Featurizer
) -> list[list[list[Evidence]]]:
    """`evidence` of each (text, its words, heads with their winning ranges), per item and head.

    The detector already knows each head's range (`Scored.window`); heads of a document that share a
    range share its features, and the contributions of a whole batch are computed in one pass."""
    requests = [
        (k, window, heads)
        for k, (_, doc, windows) in enumerate(items)
        if doc
        for window, heads in _by_window(windows).items()
    ]
    values = scorer.contributions(
        [(items[k][1][lo:hi], heads) for k, (lo, hi), heads in requests], featurizer
    )
    spans = {k: ngrams.word_spans(items[k][0], len(items[k][1])) for k, _, _ in requests}
    found: dict[tuple[int, int], list[Evidence]] = {}
    for (k, (lo, hi), heads), rows in zip(requests, values, strict=True):
        for head, row in zip(heads, rows, strict=True):
            found[k, head] = _strongest(items[k][0], spans[k][lo:hi], row)
    return [[found.get((k, head), []) for head, _ in windows] for k, (_, _, windows) in enumerate(items)]


def _by_window(windows: Windows) -> dict[tuple[int, int], list[int]]:
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
