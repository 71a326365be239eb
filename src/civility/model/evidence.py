"""Evidence: the words whose exact contributions drove a category's score.

Tokens are grouped into words (sub-word pieces and de-obfuscated pieces that touch each other), each
word's contribution is the sum of its tokens' table entries divided by the scored span's length, and
the strongest positive words become evidence spans in the prepared text (the caller maps them to raw).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from civility.model.scorer import TokenTable

MAX_WORDS = 3
MIN_SHARE = 0.35
"""A word is evidence when its contribution is at least this share of the strongest word's."""


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int
    """Offsets into the prepared text."""
    word: str
    contribution: float


def words(offsets: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token ranges [first, last+1) whose character spans touch (one word, possibly several pieces)."""
    groups: list[tuple[int, int]] = []
    for i, (start, _) in enumerate(offsets):
        if groups and offsets[i - 1][1] == start:
            groups[-1] = (groups[-1][0], i + 1)
        else:
            groups.append((i, i + 1))
    return groups


def evidence(
    scorer: TokenTable, ids: np.ndarray, offsets: Sequence[tuple[int, int]], head: int, text: str
) -> list[Evidence]:
    """Up to MAX_WORDS strongest positive words in the span that produced the head's score."""
    if len(ids) == 0:
        return []
    lo, hi = scorer.best_span(ids, head)
    contrib = scorer.table[ids, head].astype(np.float64) / max(hi - lo, 1)
    found = []
    for first, last in words(offsets):
        if last <= lo or first >= hi:
            continue
        value = float(contrib[max(first, lo) : min(last, hi)].sum())
        start, end = _trim(text, offsets[first][0], offsets[last - 1][1])
        if start == end:
            continue
        found.append(Evidence(start, end, text[start:end], value))
    found = [e for e in found if e.contribution > 0]
    if not found:
        return []
    found.sort(key=lambda e: (-e.contribution, e.start))
    top = found[0].contribution
    return [e for e in found[:MAX_WORDS] if e.contribution >= MIN_SHARE * top]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop punctuation at the edges of a word ("moron." → "moron"); keep it inside ("f*ck")."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end
