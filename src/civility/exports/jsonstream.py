"""Incremental JSON reading: top-level values back to back (`[...][...]` from `gh api --paginate`, or one
object per line), with the elements of top-level arrays yielded one by one, each with its 1-based line.

The buffer holds a bounded window of the file: a record is decoded with `json.JSONDecoder.raw_decode`,
and more text is read only when the record runs past the end of the window.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

CHUNK = 1 << 16
_DECODER = json.JSONDecoder()
_WHITESPACE = " \t\r\n"
TOO_DEEP = "JSON nested too deeply to read (more levels than Python's recursion limit)"


class JSONSyntaxError(ValueError):
    """Invalid JSON at a 1-based line and column; `in_array` says whether a record was being read."""

    def __init__(self, message: str, line: int, column: int, in_array: bool) -> None:
        super().__init__(f"{message} at line {line} column {column}")
        self.line, self.column, self.in_array = line, column, in_array


class _Window:
    def __init__(self, fh: IO[str]) -> None:
        self.fh, self.buf, self.pos, self.eof = fh, "", 0, False
        self.line, self._counted = 1, 0

    def fill(self) -> bool:
        """Read more text (doubling for long records); False at end of file."""
        if self.eof:
            return False
        if self.pos > len(self.buf) // 2:
            self._line_at(self.pos)
            self.buf, self._counted, self.pos = self.buf[self.pos :], 0, 0
        more = self.fh.read(max(CHUNK, len(self.buf)))
        self.eof = not more
        self.buf += more
        return bool(more)

    def peek(self) -> str:
        """The next non-whitespace character, or '' at end of file."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in _WHITESPACE:
                self.pos += 1
            if self.pos < len(self.buf) or not self.fill():
                return self.buf[self.pos : self.pos + 1]

    def _line_at(self, pos: int) -> int:
        self.line += self.buf.count("\n", self._counted, pos)
        self._counted = pos
        return self.line

    def error(self, message: str, pos: int, in_array: bool) -> JSONSyntaxError:
        line = self._line_at(min(pos, len(self.buf)))
        column = pos - (self.buf.rfind("\n", 0, pos) + 1) + 1
        return JSONSyntaxError(message, line, column, in_array)

    def value(self, in_array: bool) -> tuple[int, Any]:
        """Decode the value at the cursor; returns its start line and the value."""
        if self.peek() == "":
            raise self.error("expecting a value", self.pos, in_array)
        start_line = self._line_at(self.pos)
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if not (_maybe_truncated(exc, len(self.buf)) and self.fill()):
                    raise self.error(exc.msg, exc.pos, in_array) from None
                continue
            except RecursionError:
                raise self.error(TOO_DEEP, self.pos, in_array) from None
            if end == len(self.buf) and not self.eof and self.buf[self.pos] not in '[{"':
                self.fill()  # a number or literal cut at the window's edge: decode again
                continue
            self.pos = end
            return start_line, value

    def expect(self, chars: str, in_array: bool) -> str:
        char = self.peek()
        if char == "" or char not in chars:
            raise self.error(f"expecting one of {chars!r}", self.pos, in_array)
        self.pos += 1
        return char


def _maybe_truncated(exc: json.JSONDecodeError, size: int) -> bool:
    return exc.pos >= size - 16 or exc.msg.startswith(("Unterminated string", "Invalid \\uXXXX"))


def iter_values(fh: IO[str]) -> Iterator[tuple[int, Any]]:
    """Yield (line, value) for each top-level value and for each element of a top-level array.

    Raises JSONSyntaxError at the first invalid JSON; values before it have been yielded.
    """
    window = _Window(fh)
    while (char := window.peek()) != "":
        if char != "[":
            yield window.value(in_array=False)
            continue
        window.pos += 1
        if window.peek() == "]":
            window.pos += 1
            continue
        while True:
            yield window.value(in_array=True)
            if window.expect(",]", in_array=True) == "]":
                break
