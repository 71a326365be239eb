"""Partitioned inputs and outputs: one partition per input file, written back one file per partition.

Inputs may be files, folders (every export inside, sorted, recursive) or glob patterns
(`exports/2024-*.jsonl`, `data/**/*.parquet`); `hf:` dataset names pass through as one partition.
"""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from civility.errors import InputError
from civility.types import Assessment, Category, Skipped, SourceLocation

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
    # The readers' own folder listing, so both engines see the same files in the same order.
    from civility.exports import _expand

    out: list[str] = []
    for path in map(str, paths):
        if any(ch in path for ch in GLOB_CHARS) and not path.startswith("hf:") and not Path(path).exists():
            found = sorted(p for p in glob.glob(path, recursive=True) if Path(p).is_file())
            if not found:
                raise InputError(f"{path}: the pattern matches no files; check the path and quoting")
            out.extend(found)
        else:
            out.extend(str(p) for p in _expand([path]))
    return out


def is_failed_input(item: Skipped) -> bool:
    """Whether a Skipped stands for a whole input (file or partition) rather than one record."""
    return item.location.line is None and item.location.record is None


def failed_partition(path: str | Partition, error: BaseException) -> Skipped:
    """The record reported for a partition whose task raised (after Dask's retries)."""
    reason = f"{FAILED_PARTITION} ({type(error).__name__}: {error}); the other partitions were scanned"
    return Skipped(SourceLocation(str(path)), reason + "; fix or remove this file and scan it again")


def score_row(assessment: Assessment) -> dict[str, Any]:
    """The per-message output row: metadata and scores, never the text or evidence."""
    message = assessment.message
    row: dict[str, Any] = {
        "id": message.id,
        "thread": message.thread,
        "author": message.author,
        "repo": message.repo,
        "url": message.url,
        "created_at": message.created_at.isoformat() if message.created_at else None,
        "source": str(message.source) if message.source else None,
    }
    row.update({f"score_{c.value}": float(assessment.scores.get(c, 0.0)) for c in Category})
    row["flagged"] = ",".join(sorted(c.value for c in assessment.flagged))
    return row


def write_partitioned(
    results: Iterable[Assessment | Skipped], folder: str | Path, rows_per_batch: int = 10_000
) -> Iterator[Assessment | Skipped]:
    """Pass `results` through, writing one Parquet of score rows per input file into `folder`.

    Results arrive in input order, so a partition's file is closed when the next one starts; the files
    are numbered in input order (`part-00000.parquet`, ...) and `partitions.csv` maps them to inputs.
    """
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    writer = _PartWriter(out, rows_per_batch)
    try:
        for item in results:
            if isinstance(item, Assessment):
                writer.add(item)
            yield item
    finally:
        writer.close()


class _PartWriter:
    def __init__(self, folder: Path, rows_per_batch: int) -> None:
        self.folder, self.rows_per_batch = folder, rows_per_batch
        self.source: str | None = None
        self.rows: list[dict[str, Any]] = []
        self.writer: Any = None
        self.index: list[tuple[str, str]] = []

    def add(self, assessment: Assessment) -> None:
        source = assessment.message.source.path if assessment.message.source else "<input>"
        if source != self.source:
            self._finish()
            self.source = source
        self.rows.append(score_row(assessment))
        if len(self.rows) >= self.rows_per_batch:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema(
            [(name, pa.float64() if name.startswith("score_") else pa.string()) for name in self.rows[0]]
        )
        if self.writer is None:
            name = f"part-{len(self.index):05d}.parquet"
            self.index.append((name, self.source or ""))
            self.writer = pq.ParquetWriter(self.folder / name, schema)
        self.writer.write_table(pa.Table.from_pylist(self.rows, schema=schema))
        self.rows = []

    def _finish(self) -> None:
        if self.rows:
            self._flush()
        if self.writer is not None:
            self.writer.close()
            self.writer = None

    def close(self) -> None:
        self._finish()
        lines = ["file,input"] + [f"{name},{_csv(source)}" for name, source in self.index]
        (self.folder / "partitions.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _csv(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'
