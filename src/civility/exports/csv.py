"""CSV and TSV with a header row. The text column is configurable (default: the first of body, text,
comment_body, message, comment); metadata columns are found by common names (see columns.py).

Each record's line is the physical line where it starts, so multi-line quoted fields count correctly.

Rows are parsed strictly. The csv module's lenient mode reads a quote that is never closed as the
start of one field running to the end of the file, so every later record was silently folded into one
comment's body; strict mode reports that (and a quote followed by text, `"abc"def`) as an error. A
malformed row is skipped with its line and reading goes on from the next line; a quote still open at
the end of the file is reported with the lines it swallowed.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from civility.errors import InputError
from civility.exports.checks import ENCODING, check_text_file
from civility.exports.columns import record_to_message, text_column_for
from civility.types import Message, Skipped, SourceLocation

FIELD_LIMIT = 1 << 30
"""Raised from the csv module's 128 KiB default so that very long comments can be read."""

_OPEN_AT_END = "unexpected end of data"
"""The csv module's message (strict mode) when the file ends inside a quoted field."""


def read(path: Path, text_column: str | None = None) -> Iterator[Message | Skipped]:
    """Stream the rows of a CSV (or TSV, by extension) as messages; bad rows become Skipped."""
    check_text_file(path)
    csv.field_size_limit(FIELD_LIMIT)
    delimiter = "\t" if path.suffix.lower() in (".tsv", ".tab") else ","
    with path.open(encoding=ENCODING, newline="") as fh:
        reader = csv.reader(fh, delimiter=delimiter, strict=True)
        header = _header(reader, path)
        column = text_column_for(header, text_column, str(path))
        start, index = reader.line_num + 1, 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                reason = _malformed(exc, start, reader.line_num)
                yield Skipped(SourceLocation(str(path), start, index), reason)
                start, index = reader.line_num + 1, index + 1
                continue
            where = SourceLocation(str(path), start, index)
            start = reader.line_num + 1
            if not row:
                continue
            index += 1
            yield record_to_message(dict(zip(header, row, strict=False)), where, column)


def _header(reader: Iterator[list[str]], path: Path) -> list[str]:
    try:
        header = next(reader, None)
    except csv.Error as exc:
        message = f"{path}: malformed header row ({exc}); the first line must name the columns"
        raise InputError(message) from exc
    if not header:
        raise InputError(f"{path}: no header row; the first line must name the columns")
    return header


def _malformed(exc: csv.Error, start: int, end: int) -> str:
    if _OPEN_AT_END in str(exc):
        lines = f"line {start} was" if end <= start else f"lines {start}-{end} (to the end of the file) were"
        return (
            f"malformed CSV: a quoted field opened here is never closed, so {lines} not read; "
            'close the quote, or double a quote inside a field ("")'
        )
    return f'malformed CSV ({exc}); quote the field, doubling any quote inside it (""), or fix this row'
