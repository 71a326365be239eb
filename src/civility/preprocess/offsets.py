"""OffsetMap: maps positions in the text the model sees back to positions in the raw message.

Stored as segments, not one entry per character: a *linear* segment maps derived characters
`d..d+n` one-to-one onto raw `r..r+n` (unchanged text), a *block* segment maps every one of its
derived characters onto the same raw range (a masked span become one space, a ligature become two
letters). An unchanged 10 MB message is one segment.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class OffsetMap:
    """`raw_index[i]` is the raw-text position of character `i` of the derived text.

    A derived character made from several raw characters (a de-obfuscated `f u c k`, a decomposed
    ligature) points at the first of them; `raw_end[i]` is one past the last raw character it came from.
    """

    _starts: array  # derived start of each segment, ascending
    _raw: array  # raw start of each segment
    _raw_stop: array  # linear: raw start + length; block: raw end shared by all its characters
    _linear: bytes  # 1 for a linear segment, 0 for a block
    _length: int
    raw_length: int

    @classmethod
    def build(cls, pairs: Iterable[tuple[int, int]], raw_length: int) -> OffsetMap:
        """From one `(raw_start, raw_end)` pair per derived character."""
        builder = OffsetBuilder()
        for start, end in pairs:
            builder.add(start, end, 1)
        return builder.finish(raw_length)

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        if length == 0:
            return cls(array("q"), array("q"), array("q"), b"", 0, 0)
        return cls(array("q", (0,)), array("q", (0,)), array("q", (length,)), b"\x01", length, length)

    def __len__(self) -> int:
        return self._length

    @property
    def raw_index(self) -> array:
        """One raw start per derived character (materialised on demand: O(len) memory)."""
        out = array("q")
        for start, end, raw, stop, linear in self.segments():
            out.extend(range(raw, stop) if linear else (raw,) * (end - start))
        return out

    @property
    def raw_end(self) -> array:
        """One raw end per derived character (materialised on demand: O(len) memory)."""
        out = array("q")
        for start, end, raw, stop, linear in self.segments():
            out.extend(range(raw + 1, stop + 1) if linear else (stop,) * (end - start))
        return out

    def char(self, i: int) -> tuple[int, int]:
        """The raw span derived character `i` came from."""
        k = bisect_right(self._starts, i) - 1
        if self._linear[k]:
            pos = self._raw[k] + i - self._starts[k]
            return pos, pos + 1
        return self._raw[k], self._raw_stop[k]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The raw span covering derived characters `start` (inclusive) to `end` (exclusive)."""
        if not 0 <= start <= end <= self._length:
            raise IndexError(f"span {start}..{end} outside derived text of length {self._length}")
        if start == end:
            return (self.char(start)[0],) * 2 if start < self._length else (self.raw_length,) * 2
        first, last = bisect_right(self._starts, start) - 1, bisect_right(self._starts, end - 1) - 1
        stop = max(self._raw_stop[first:last] or (0,))
        return self.char(start)[0], max(stop, self.char(end - 1)[1])

    def segments(self) -> Iterable[tuple[int, int, int, int, bool]]:
        """`(derived_start, derived_end, raw_start, raw_stop, linear)` for each segment."""
        bounds = [*self._starts, self._length]
        for k in range(len(self._starts)):
            yield bounds[k], bounds[k + 1], self._raw[k], self._raw_stop[k], bool(self._linear[k])


class OffsetBuilder:
    """Appends derived characters left to right, merging neighbours into segments."""

    def __init__(self) -> None:
        self._starts, self._raw, self._stop = array("q"), array("q"), array("q")
        self._linear = bytearray()
        self._length = 0

    def linear(self, raw_start: int, count: int) -> None:
        """`count` derived characters copied one-to-one from `raw[raw_start:]`."""
        if count <= 0:
            return
        if self._linear and self._linear[-1] and self._stop[-1] == raw_start:
            self._stop[-1] = raw_start + count
        else:
            self._push(raw_start, raw_start + count, 1)
        self._length += count

    def add(self, raw_start: int, raw_end: int, count: int) -> None:
        """`count` derived characters that all come from `raw[raw_start:raw_end]`."""
        if count == 1 and raw_end == raw_start + 1:
            self.linear(raw_start, 1)
            return
        if count <= 0:
            return
        last = len(self._linear) - 1
        if not (
            last >= 0
            and not self._linear[last]
            and (self._raw[last], self._stop[last]) == (raw_start, raw_end)
        ):
            self._push(raw_start, raw_end, 0)
        self._length += count

    def extend(self, source: OffsetMap, start: int, end: int) -> None:
        """Derived characters `start..end` of `source`, keeping their raw spans."""
        k = max(bisect_right(source._starts, start) - 1, 0)
        while start < end:
            seg_end = source._starts[k + 1] if k + 1 < len(source._starts) else source._length
            take = min(end, seg_end) - start
            if source._linear[k]:
                self.linear(source._raw[k] + start - source._starts[k], take)
            else:
                self.add(source._raw[k], source._raw_stop[k], take)
            start += take
            k += 1

    def _push(self, raw_start: int, raw_stop: int, linear: int) -> None:
        self._starts.append(self._length)
        self._raw.append(raw_start)
        self._stop.append(raw_stop)
        self._linear.append(linear)

    def finish(self, raw_length: int) -> OffsetMap:
        return OffsetMap(self._starts, self._raw, self._stop, bytes(self._linear), self._length, raw_length)
