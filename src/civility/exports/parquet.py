"""Parquet files, read batch by batch with pyarrow (never the whole table)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from civility.errors import InputError
from civility.exports.checks import check_file
from civility.exports.columns import record_to_message, text_column_for
from civility.types import Message, Skipped, SourceLocation

BATCH_ROWS = 1024


def read(path: Path, text_column: str | None = None) -> Iterator[Message | Skipped]:
    """Stream a Parquet file's rows as messages; records are located by 0-based row index."""
    check_file(path)
    try:
        table = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        raise InputError(f"{path}: not a readable Parquet file ({exc}); check the file") from None
    column = text_column_for(table.schema_arrow.names, text_column, str(path))
    index = 0
    try:
        for batch in table.iter_batches(batch_size=BATCH_ROWS):
            for row in batch.to_pylist():
                yield record_to_message(row, SourceLocation(str(path), record=index), column)
                index += 1
    except pa.ArrowException as exc:
        reason = f"unreadable row group ({exc}); the rest of the file was not read: rewrite or re-export it"
        yield Skipped(SourceLocation(str(path), record=index), reason)
