"""Evidence: the words whose exact contributions drove a category's score.

The scored range is the whole message or the window that won (see `NgramScorer`); each word's
contribution is its unigram, its character n-grams and half of each bigram it is part of. The strongest
positive words become evidence spans in the prepared text (the caller maps them to raw offsets).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from civility.model import ngrams
from civility.model.scorer import NgramScorer

MAX_EVIDENCE_WORDS = 3
MIN_SHARE = 0.35
"""A word is evidence when its contribution is at least this share of the strongest word's."""
GROUP_WORDS = 20_000
"""Words whose contributions are computed in one pass (~20 arrays of ~20 numbers a word)."""


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
    doc = ngrams.segment_words(text, len(text))  # every word, as the detector scores them
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
    values = [
        rows
        for group in _groups([(items[k][1][lo:hi], heads) for k, (lo, hi), heads in requests])
        for rows in scorer.contributions(group, featurizer)
    ]
    strongest: dict[tuple[int, int], list[tuple[int, float]]] = {}
    for (k, (lo, _), heads), rows in zip(requests, values, strict=True):
        for head, row in zip(heads, rows, strict=True):
            strongest[k, head] = [(lo + i, v) for i, v in _strongest(row)]
    spans = _spans_of(items, strongest)
    return [
        [[_evidence(text, spans[k, i], v) for i, v in strongest.get((k, head), [])] for head, _ in windows]
        for k, (text, _, windows) in enumerate(items)
    ]


def _evidence(text: str, span: tuple[int, int], value: float) -> Evidence:
    return Evidence(span[0], span[1], text[span[0] : span[1]], value)


def _spans_of(
    items: Sequence[tuple[str, ngrams.Words, Windows]],
    strongest: dict[tuple[int, int], list[tuple[int, float]]],
) -> dict[tuple[int, int], tuple[int, int]]:
    """Offsets of the words that are evidence, from one scan of each text up to the last of them (items
    that share a text, several ranges of one message, share the scan)."""
    wanted: dict[int, set[int]] = {}
    for (k, _), words in strongest.items():
        wanted.setdefault(k, set()).update(i for i, _ in words)
    last: dict[int, int] = {}  # id of a text -> the last word index any of its items needs
    for k, indices in wanted.items():
        if indices:
            key = id(items[k][0])
            last[key] = max(last.get(key, -1), max(indices))
    texts = {id(text): text for text, _, _ in items}
    scans = {key: ngrams.word_spans(texts[key], n + 1) for key, n in last.items()}
    return {(k, i): scans[id(items[k][0])][i] for k, indices in wanted.items() for i in indices}


def _groups(requests: list[tuple[list[str], list[int]]]) -> Iterator[list[tuple[list[str], list[int]]]]:
    """Consecutive runs of requests with at most GROUP_WORDS words between them (bounded memory)."""
    group: list[tuple[list[str], list[int]]] = []
    words = 0
    for request in requests:
        if group and words + len(request[0]) > GROUP_WORDS:
            yield group
            group, words = [], 0
        group.append(request)
        words += len(request[0])
    if group:
        yield group


def _by_window(windows: Windows) -> dict[tuple[int, int], list[int]]:
    groups: dict[tuple[int, int], list[int]] = {}
    for head, window in windows:
        groups.setdefault(window, []).append(head)
    return groups


def _strongest(values: np.ndarray) -> list[tuple[int, float]]:
    """(word index, contribution) of the evidence words: the strongest positive ones, ties by position."""
    positive = np.flatnonzero(values > 0)
    if not positive.size:
        return []
    order = positive[np.argsort(-values[positive], kind="stable")][:MAX_EVIDENCE_WORDS]
    found = list(zip(order.tolist(), values[order].tolist(), strict=True))
    top = found[0][1]
    return [(i, v) for i, v in found if v >= MIN_SHARE * top]
