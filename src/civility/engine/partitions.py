"""Partitioned inputs: one partition per input file, or per record range of a big file.

Inputs may be files, folders (every export inside, sorted, recursive) or glob patterns
(`exports/2024-*.jsonl`, `data/**/*.parquet`); `hf:` dataset names pass through as one partition.
"""

from __future__ import annotations

import glob
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from civility.errors import InputError
from civility.types import Skipped, SourceLocation

GLOB_CHARS = "*?["
FAILED_PARTITION = "partition failed"
ROWS_PER_PARTITION = 100_000
"""Files with more records than this (Parquet rows, JSONL/CSV lines) are split into several partitions."""


@dataclass(frozen=True)
class Partition:
    """Records `start` (inclusive) to `stop` (exclusive; None: to the end) of one input, in reader order."""

    path: str
    start: int = 0
    stop: int | None = None

    def __str__(self) -> str:
        if self.start == 0 and self.stop is None:
            return self.path
        return f"{self.path} (records {self.start}-{'end' if self.stop is None else self.stop - 1})"


def split(files: Iterable[str], rows: int = ROWS_PER_PARTITION) -> list[Partition]:
    """One partition per file, or several record ranges for a big JSONL, CSV or Parquet file.

    Ranges are positions in the reader's stream (messages and skipped records alike), so a worker reads
    the file with the same reader and assesses only its range: results and locations are exactly the
    ones a whole-file scan gives. The last range is open-ended, so an estimate never loses records.
    """
    out: list[Partition] = []
    for path in files:
        count = _count_records(path)
        if count <= rows:
            out.append(Partition(path))
            continue
        starts = list(range(0, count, rows))
        out += [Partition(path, a, b) for a, b in zip(starts, [*starts[1:], None], strict=True)]
    return out


def _count_records(path: str) -> int:
    """Parquet rows from the footer; lines for JSONL/CSV (an estimate); 0 (do not split) otherwise."""
    suffix = Path(path).suffix.lower()
    try:
        if suffix in (".parquet", ".pq"):
            import pyarrow.parquet as pq

            return int(pq.ParquetFile(path).metadata.num_rows)
        if suffix in (".jsonl", ".ndjson", ".csv", ".tsv"):
            with open(path, "rb") as fh:
                return sum(block.count(b"\n") for block in iter(lambda: fh.read(1 << 20), b""))
    except Exception:  # unreadable here: one partition, and the reader on the worker reports why
        return 0
    return 0


def partitions(paths: Sequence[str | Path]) -> list[str]:
    """The input files in the local engine's order: globs expanded (sorted), folders listed as the
    readers list them, everything else (files, `hf:` names) as given."""
    from civility.exports import expand_paths

    out: list[str] = []
    for path in map(str, paths):
        if any(ch in path for ch in GLOB_CHARS) and not path.startswith("hf:") and not Path(path).exists():
            found = sorted(p for p in glob.glob(path, recursive=True) if Path(p).is_file())
            if not found:
                raise InputError(f"{path}: the pattern matches no files; check the path and quoting")
            out.extend(found)
        else:
            out.extend(str(p) for p in expand_paths([path]))
    return out


def is_failed_input(item: Skipped) -> bool:
    """Whether a Skipped stands for a whole input (file or partition) rather than one record."""
    return item.location.line is None and item.location.record is None


def failed_partition(path: str | Partition, error: BaseException) -> Skipped:
    """The record reported for a partition whose task raised (after Dask's retries)."""
    reason = f"{FAILED_PARTITION} ({type(error).__name__}: {error}); the other partitions were scanned"
    return Skipped(SourceLocation(str(path)), reason + "; fix or remove this file and scan it again")
