"""Batches are capped by records and by characters; no record is lost, reordered or split, and
batching never changes a result."""

from __future__ import annotations

import pytest

from civility import Analyzer
from civility.batching import batches
from civility.types import Message, Skipped, SourceLocation


def message(chars: int, n: int = 0) -> Message:
    return Message(id=str(n), text="x" * chars)


@pytest.mark.parametrize(
    ("lengths", "size", "chars", "expected"),
    [
        ([10] * 7, 3, 1_000, [3, 3, 1]),  # the record cap
        ([400, 400, 400, 400], 10, 1_000, [2, 2]),  # the character cap
        ([5_000, 10, 10], 10, 1_000, [1, 2]),  # a record over the cap is a batch of its own
        ([10, 5_000, 10], 10, 1_000, [1, 1, 1]),
        ([1_000], 10, 1_000, [1]),  # exactly at the cap
        ([], 10, 1_000, []),
    ],
)
def test_batch_sizes(lengths: list[int], size: int, chars: int, expected: list[int]) -> None:
    items = [message(k, n) for n, k in enumerate(lengths)]
    found = list(batches(items, size, chars))
    assert [len(b) for b in found] == expected
    assert [m for b in found for m in b] == items


def test_skipped_records_and_strings() -> None:
    skipped = Skipped(SourceLocation("a.jsonl", 3), "invalid JSON")
    items: list[object] = ["y" * 600, skipped, skipped, "y" * 600]
    assert [len(b) for b in batches(items, 10, 1_000)] == [3, 1]  # skipped records carry no text


def test_long_messages_score_the_same_in_small_and_large_batches() -> None:
    comment = "This patch is garbage and you clearly did not test it. You are an idiot. "
    texts = [comment * 150, "thanks, looks good", comment * 40, "you are an idiot"]
    analyzer = Analyzer()
    whole = list(analyzer.analyze(texts, batch_size=1))
    assert whole == list(analyzer.analyze(texts))  # one per batch, or all four in one
    assert whole[0].flagged and not whole[1].flagged
