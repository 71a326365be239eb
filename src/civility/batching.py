"""Batches for the Analyzer: up to `size` records, and no more text than `BATCH_CHARS` in all.

The model scores every sentence and window of a batch at once, so a batch's memory grows with its
text, not its record count: 512 pasted design documents of 15,000 characters each peaked near 1.9 GB.
Capping the characters keeps that near the memory of an ordinary batch, and batching never changes a
result (each message is scored alone; batches only share the work)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from civility.types import Message

BATCH_CHARS = 400_000
"""Characters of text per batch at most (a batch always takes at least one record). Ordinary comments
(a few hundred characters) fill `batch_size` records long before this."""

T = TypeVar("T")


def batches(items: Iterable[T], size: int, chars: int = BATCH_CHARS) -> Iterator[list[T]]:
    """`items` in order, in lists of at most `size` items and about `chars` characters of text."""
    batch: list[T] = []
    total = 0
    for item in items:
        length = _text_length(item)
        if batch and (len(batch) >= size or total + length > chars):
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += length
    if batch:
        yield batch


def _text_length(item: object) -> int:
    if isinstance(item, Message):
        return len(item.text)
    return len(item) if isinstance(item, str) else 0
