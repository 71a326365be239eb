"""OffsetMap: maps positions in the text the model sees back to positions in the raw message."""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class OffsetMap:
    """`raw_index[i]` is the raw-text position of character `i` of the derived text.

    A derived character made from several raw characters (a de-obfuscated `f*ck`, a decomposed
    ligature) points at the first of them; `raw_end[i]` is one past the last raw character it came from.
    """

    raw_index: array  # array('q')
    raw_end: array  # array('q')
    raw_length: int

    @classmethod
    def build(cls, pairs: Iterable[tuple[int, int]], raw_length: int) -> OffsetMap:
        """From one `(raw_start, raw_end)` pair per derived character."""
        starts, ends = array("q"), array("q")
        for start, end in pairs:
            starts.append(start)
            ends.append(end)
        return cls(starts, ends, raw_length)

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls(array("q", range(length)), array("q", range(1, length + 1)), length)

    def __len__(self) -> int:
        return len(self.raw_index)

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The raw span covering derived characters `start` (inclusive) to `end` (exclusive)."""
        if not 0 <= start <= end <= len(self.raw_index):
            raise IndexError(f"span {start}..{end} outside derived text of length {len(self.raw_index)}")
        if start == end:
            pos = self.raw_index[start] if start < len(self.raw_index) else self.raw_length
            return pos, pos
        return self.raw_index[start], max(self.raw_end[start:end])
