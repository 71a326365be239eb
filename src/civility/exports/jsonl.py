"""JSON Lines / NDJSON: one JSON object per line, read line by line.

Records shaped like GitHub API objects (as `gh api ... --jq '.[]'` writes them) get the GitHub mapping;
other records are mapped by column names (see columns.py). A malformed line is skipped with its line number.
`read_range` reads only a byte range of whole lines (a Dask partition of a big file) with the same
per-line logic, so a worker parses its own lines and not every line before them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from civility.exports.checks import ENCODING, check_text_file
from civility.exports.github import records
from civility.exports.jsonstream import TOO_DEEP
from civility.types import Message, Skipped, SourceLocation


def read(path: Path, text_column: str | None = None) -> Iterator[Message | Skipped]:
    """Stream the messages of a JSONL file; blank lines are ignored, bad lines become Skipped."""
    check_text_file(path)
    with path.open(encoding=ENCODING, newline="\n") as fh:  # split on '\n' only, like `wc -l`
        yield from _parse_lines(str(path), enumerate(fh, start=1), text_column)


def read_range(
    path: Path,
    byte_start: int,
    byte_stop: int | None,
    first_line: int,
    text_column: str | None = None,
    *,
    checked: bool = False,
) -> Iterator[Message | Skipped]:
    """Stream the messages of the whole lines from `byte_start` (the start of line `first_line`) up to
    `byte_stop` (None: the end of the file), as `read` gives them except that record indices count
    from 0 at `byte_start`: the caller adds the records before the range (`partitions.shift_records`).

    The whole file is checked first (`check_text_file`), so a bad file fails every range alike, unless
    `checked` says the caller already checked it: `partitions.split` checks a file once before cutting
    it into ranges, so N workers do not each decode the whole file (a bad byte found in a range after
    that, the file having changed, raises `UnicodeDecodeError` and fails that partition)."""
    if not checked:
        check_text_file(path)
    with path.open("rb") as fh:
        fh.seek(byte_start)
        lines = _decoded(_lines_until(fh, byte_start, byte_stop), at_file_start=byte_start == 0)
        yield from _parse_lines(str(path), enumerate(lines, start=first_line), text_column)


def _lines_until(lines: Iterable[bytes], position: int, stop: int | None) -> Iterator[bytes]:
    """The lines (split on b'\\n', read from byte `position`) that start before byte `stop`."""
    for raw in lines:
        if stop is not None and position >= stop:
            return
        yield raw
        position += len(raw)


def _decoded(raws: Iterator[bytes], at_file_start: bool) -> Iterator[str]:
    """The lines as text. A BOM is dropped only from the file's first line, as `read`'s utf-8-sig
    decoding does (one later in the file stays, and makes that line invalid JSON in both readers)."""
    if at_file_start:
        yield from (raw.decode(ENCODING) for raw in islice(raws, 1))
    yield from (raw.decode("utf-8") for raw in raws)


def _parse_lines(
    path: str, numbered: Iterable[tuple[int, str]], text_column: str | None
) -> Iterator[Message | Skipped]:
    """The records of `(line number, line)` pairs, numbered from 0 in order; shared by both readers."""
    index = 0
    for line_number, line in numbered:
        if not line.strip():
            continue
        where = SourceLocation(path, line_number, index)
        try:
            value = json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as exc:
            reason = f"invalid JSON at column {exc.colno}: {exc.msg}; fix or remove this line"
            yield Skipped(where, reason)
            index += 1
            continue
        except RecursionError:
            yield Skipped(where, f"{TOO_DEEP}; fix or remove this line")
            index += 1
            continue
        for item in records(value, where, text_column):
            yield item
            index += 1
