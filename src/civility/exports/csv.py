"""CSV and TSV with a header row. The text column is configurable (default: the first of body, text,
comment_body, message, comment); metadata columns are found by common names (see columns.py).

Each record's line is the physical line where it starts, so multi-line quoted fields count correctly.
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


def read(path: Path, text_column: str | None = None) -> Iterator[Message | Skipped]:
    """Stream the rows of a CSV (or TSV, by extension) as messages; bad rows become Skipped."""
    check_text_file(path)
    csv.field_size_limit(FIELD_LIMIT)
    delimiter = "\t" if path.suffix.lower() in (".tsv", ".tab") else ","
    with path.open(encoding=ENCODING, newline="") as fh:
        reader = csv.reader(fh, delimiter=delimiter)
        header = next(reader, None)
        if not header:
            raise InputError(f"{path}: no header row; the first line must name the columns")
        column = text_column_for(header, text_column, str(path))
        start, index = reader.line_num + 1, 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield Skipped(SourceLocation(str(path), start, index), f"malformed CSV ({exc}); fix this row")
                return
            where = SourceLocation(str(path), start, index)
            start = reader.line_num + 1
            if not row:
                continue
            index += 1
            yield record_to_message(dict(zip(header, row, strict=False)), where, column)
