"""Evidence: the words whose exact contributions drove a category's score.

The scored range is the whole message or the window that won (see `NgramScorer`); each word's
contribution is its unigram, its character n-grams and half of each bigram it is part of. The strongest
positive words become evidence spans in the prepared text (the caller maps them to raw offsets).
"""

from __future__ import annotations

from dataclasses import dataclass

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
    doc, spans = ngrams.segment(text, MAX_WORDS)  # exactly what the detector scored
    if not doc:
        return []
    lo, hi = scorer.best_window(doc, head, featurizer)
    values = scorer.word_contributions(doc[lo:hi], head, featurizer)
    found = [
        Evidence(spans[lo + i][0], spans[lo + i][1], text[spans[lo + i][0] : spans[lo + i][1]], float(v))
        for i, v in enumerate(values)
        if v > 0
    ]
    if not found:
        return []
    found.sort(key=lambda e: (-e.contribution, e.start))
    top = found[0].contribution
    return [e for e in found[:MAX_EVIDENCE_WORDS] if e.contribution >= MIN_SHARE * top]
