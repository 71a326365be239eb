"""Partitioned inputs: one partition per input file, or per record range of a big file.

A big JSONL file is split into byte ranges of whole lines, so each worker parses only its own lines;
`whole_file_results` gives their results the whole file's record indices.

Inputs may be files, folders (every export inside, sorted, recursive) or glob patterns
(`exports/2024-*.jsonl`, `data/**/*.parquet`); `hf:` dataset names pass through as one partition.
"""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar, cast

from civility.errors import InputError
from civility.types import Assessment, Message, Skipped, SourceLocation

GLOB_CHARS = "*?["
FAILED_PARTITION = "partition failed"
ROWS_PER_PARTITION = 100_000
"""Files with more records than this (Parquet rows, JSONL/CSV lines) are split into several partitions."""
Item = TypeVar("Item", Assessment | Skipped, Message | Skipped)
"""What a partition gives: results (assessed), or records (only read)."""
JSONL_SUFFIXES = (".jsonl", ".ndjson")
"""Files split into byte ranges of whole lines (the others into record ranges)."""


@dataclass(frozen=True)
class Partition:
    """Records `start` (inclusive) to `stop` (exclusive; None: to the end) of one input, in reader order.

    A range of a big JSONL file is a range of whole lines instead: `start` and `stop` are then line
    indices and `byte_start`/`byte_stop` (None: to the end) their byte offsets, so a worker seeks to its
    lines and parses only those (see `shift_records` for the record indices)."""

    path: str
    start: int = 0
    stop: int | None = None
    byte_start: int | None = None
    byte_stop: int | None = None

    @property
    def first_line(self) -> int:
        """1-based line number of the line at `byte_start` (derived, so it cannot disagree with `start`)."""
        return self.start + 1

    def __str__(self) -> str:
        if self.start == 0 and self.stop is None:
            return self.path
        if self.byte_start is not None:
            return f"{self.path} (lines {self.first_line}-{'end' if self.stop is None else self.stop})"
        return f"{self.path} (records {self.start}-{'end' if self.stop is None else self.stop - 1})"


def split(
    files: Iterable[str], rows: int = ROWS_PER_PARTITION, input_format: str | None = None
) -> list[Partition]:
    """One partition per file, or several ranges for a big JSONL, CSV or Parquet file.

    CSV and Parquet ranges are positions in the reader's stream (messages and skipped records alike): a
    worker reads the file with the same reader and assesses only its range. A file read as JSONL
    (`byte_ranged`) is split into byte ranges of whole lines, found in the same pass that counts its
    lines: a worker parses only its own lines. Either way results and locations are exactly the ones a
    whole-file scan gives (after `whole_file_results`). The last range is open-ended, so an estimate
    never loses records. A file to be cut into byte ranges is checked for UTF-8 here, once; one that
    fails stays whole, and its worker reports it as a whole-file read does.
    """
    if rows < 1:
        raise ValueError(f"rows per partition must be at least 1, not {rows}")
    out: list[Partition] = []
    for path in files:
        count, offsets = _count_records(path, rows)
        if not byte_ranged(path, input_format):
            offsets = None
        elif count > rows and not _readable_text(path):
            count = 0  # one partition: its worker reads the whole file and reports why, once
        if count <= rows:
            out.append(Partition(path))
            continue
        starts = list(range(0, count, rows))
        stops = [*starts[1:], None]
        if offsets is None:
            out += [Partition(path, a, b) for a, b in zip(starts, stops, strict=True)]
            continue
        firsts = offsets[: len(starts)]  # one more when the count is a multiple of `rows` (the end)
        lines = zip(starts, stops, firsts, [*firsts[1:], None], strict=True)
        out += [Partition(path, a, b, byte_start=s, byte_stop=e) for a, b, s, e in lines]
    return out


def byte_ranged(path: str, input_format: str | None) -> bool:
    """Whether a big `path` is split into byte ranges: a .jsonl/.ndjson file read as JSONL (the format
    `read_messages` picks by suffix, or an explicit `jsonl`). Decided here once, so that the worker that
    reads a range and the client that shifts its record indices cannot disagree."""
    return Path(path).suffix.lower() in JSONL_SUFFIXES and input_format in (None, "jsonl")


def _readable_text(path: str) -> bool:
    """Whether a file about to be cut into byte ranges passes `check_text_file`, checked here once so
    that its range workers need not each decode the whole file (`jsonl.read_range(checked=True)`)."""
    from civility.exports.checks import check_text_file

    try:
        check_text_file(Path(path))
    except InputError:
        return False
    return True


def _count_records(path: str, rows: int) -> tuple[int, list[int] | None]:
    """Parquet rows from the footer; lines for JSONL/CSV (an estimate: blank lines, several records on
    one line); 0 (do not split) otherwise. With lines, the byte offsets of lines 0, rows, 2 * rows ..."""
    suffix = Path(path).suffix.lower()
    try:
        if suffix in (".parquet", ".pq"):
            import pyarrow.parquet as pq

            return int(pq.ParquetFile(path).metadata.num_rows), None
        if suffix in (*JSONL_SUFFIXES, ".csv", ".tsv"):
            return _line_offsets(path, rows)
    except Exception:  # unreadable here: one partition, and the reader on the worker reports why
        return 0, None
    return 0, None


def _line_offsets(path: str, rows: int) -> tuple[int, list[int]]:
    """The newlines in `path`, and the byte offset where each of lines 0, rows, 2 * rows ... starts
    (the offset after the (k * rows)-th newline), in one pass of 1 MiB blocks."""
    lines, position, offsets = 0, 0, [0]
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            newlines = block.count(b"\n")
            found, at = lines, -1  # newlines seen so far, and the last one found in this block
            while len(offsets) * rows <= lines + newlines:
                while found < len(offsets) * rows:
                    at, found = block.index(b"\n", at + 1), found + 1
                offsets.append(position + at + 1)
            lines += newlines
            position += len(block)
    return lines, offsets


def whole_file_results(
    results: Iterable[tuple[Partition, Sequence[Item] | BaseException]],
) -> Iterator[Item | Skipped]:
    """The results of partitions, given in input order (as `dask.ordered_map` gives them), as a scan of
    the whole files gives them: record indices of byte ranges shifted (`shift_records`), and a partition
    whose task raised reported as one failed input (`failed_partition`), the others kept. Results are
    assessments, or records (`tasks.partition_records`) where nothing is scored (tests, benchmarks)."""
    before: int | None = 0  # results of the current file in its partitions so far; None: unknown
    for part, result in results:
        if part.start == 0:
            before = 0
        if isinstance(result, BaseException):
            yield failed_partition(part, result)
            before = None
            continue
        yield from result if part.byte_start is None else shift_records(result, before)
        before = None if before is None else before + len(result)


def shift_records(items: Sequence[Item], before: int | None) -> Sequence[Item]:
    """The results of one byte range with the record indices of the whole file.

    A worker reading a byte range numbers its records from 0 (it cannot know how many records the
    lines before it hold: a line may give several, or none), and a whole-file scan gives exactly one
    result per record, so the `before` results of the file's earlier ranges are the records before this
    one. After a failed range that count is unknown (`before` None): the indices become None rather
    than wrong (line numbers, which locations show, are exact regardless)."""
    if before == 0:
        return items
    return [_shifted(item, before) for item in items]


def _shifted(item: Item, before: int | None) -> Item:
    if isinstance(item, Skipped):
        return replace(item, location=_moved(item.location, before))
    if isinstance(item, Message):  # mypy cannot rule out a class deriving from Message and Assessment
        return cast(Item, _with_source(item, before))
    return replace(item, message=_with_source(item.message, before))


def _with_source(message: Message, before: int | None) -> Message:
    return message if message.source is None else replace(message, source=_moved(message.source, before))


def _moved(location: SourceLocation, before: int | None) -> SourceLocation:
    if location.record is None:
        return location
    return replace(location, record=None if before is None else location.record + before)


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
