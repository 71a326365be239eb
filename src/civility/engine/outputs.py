"""Partitioned outputs: per-message scores (never the text) as one Parquet file per input file."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from civility.types import Assessment, Category, Skipped


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
