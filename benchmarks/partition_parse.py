"""Lines parsed to read every Dask partition of one big JSONL file: record ranges vs byte ranges.

    PYTHONPATH=src python benchmarks/partition_parse.py --corpus ../main/benchmarks/.work/corpus-1m

Builds one JSONL file of `--lines` real comments (the lines of the scale corpus's part files, see
scale.py, else data/samples/review-comments.jsonl repeated) in a temporary folder, splits it as the Dask
engine does (`partitions.split`, `--rows` lines a range) and reads every partition as a worker does, in
this one process and without scoring: (a) record ranges, the whole-file reader cut with islice (the
code before byte ranges), (b) byte ranges, each read alone but checking the whole file's encoding
first (the code before `split` checked it once), (c) byte ranges of a file checked once. They are read
partition by partition in turn, so all meet the same machine load, and must give identical records
once `whole_file_results` has shifted the byte ranges' record indices.
Writes benchmarks/results/partition_parse.md.
"""

from __future__ import annotations

import argparse
import itertools
import os
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from civility.engine.partitions import ROWS_PER_PARTITION, Partition, split, whole_file_results
from civility.engine.tasks import partition_records
from civility.exports import read_jsonl_range
from civility.types import Message, Skipped

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "partition_parse.md"
SAMPLE = HERE.parent / "data" / "samples" / "review-comments.jsonl"


class Timed:
    """Reads partitions and adds up the wall and CPU seconds spent in the reader alone. `recheck`: each
    byte range checks the whole file's encoding first, as range workers did before `split` checked
    the file once (`jsonl.read_range(checked=False)`)."""

    def __init__(self, recheck: bool = False) -> None:
        self.wall = self.cpu = 0.0
        self.recheck = recheck

    def read(self, parts: Iterable[Partition]) -> Iterator[tuple[Partition, list[Message | Skipped]]]:
        for part in parts:
            wall, cpu = time.perf_counter(), time.process_time()
            records = list(self._records(part))
            self.wall += time.perf_counter() - wall
            self.cpu += time.process_time() - cpu
            yield part, records

    def _records(self, part: Partition) -> Iterator[Message | Skipped]:
        if self.recheck and part.byte_start is not None:
            return read_jsonl_range(part.path, part.byte_start, part.byte_stop, part.first_line)
        return partition_records(part, None, None)


def build(path: Path, corpus: Path | None, lines: int) -> str:
    """Write `lines` lines to `path`; returns where they came from."""
    sources = sorted(corpus.glob("*.jsonl")) if corpus else []
    source_lines: Iterator[str] = (line for source in sources for line in source.open(encoding="utf-8"))
    if not sources:
        source_lines = itertools.cycle(SAMPLE.read_text(encoding="utf-8").splitlines(keepends=True))
    with path.open("w", encoding="utf-8") as out:
        out.writelines(itertools.islice(source_lines, lines))
    return f"the first lines of {corpus}/*.jsonl" if sources else f"{SAMPLE.name}, repeated"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=HERE / ".work" / "corpus-1m")
    parser.add_argument("--lines", type=int, default=400_000)
    parser.add_argument("--rows", type=int, default=ROWS_PER_PARTITION)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.jsonl"
        origin = build(path, args.corpus if args.corpus.is_dir() else None, args.lines)
        started = time.perf_counter()
        ranges = split([str(path)], args.rows)
        split_seconds = time.perf_counter() - started
        record_ranges = [Partition(p.path, p.start, p.stop) for p in ranges]  # what split made before
        old, rechecked, new = Timed(), Timed(recheck=True), Timed()
        items = 0
        read_all = zip(
            whole_file_results(old.read(record_ranges)),
            whole_file_results(rechecked.read(ranges)),
            whole_file_results(new.read(ranges)),
            strict=True,
        )
        for before, again, after in read_all:
            assert before == again == after, f"record ranges and byte ranges differ:\n{before}\n{after}"
            items += 1
        size = path.stat().st_size
    in_ranges = sum((p.stop or args.lines) - p.start for p in ranges)
    lines = {
        "record ranges (islice)": sum(p.stop or args.lines for p in record_ranges),
        "byte ranges, each checking the whole file's encoding": in_ranges,
        "byte ranges of a file `split` checked once": in_ranges,
    }
    report(origin, args, size, len(ranges), split_seconds, items, lines, (old, rechecked, new))


def report(
    origin: str,
    args: argparse.Namespace,
    size: int,
    parts: int,
    split_seconds: float,
    items: int,
    lines: dict[str, int],
    timings: tuple[Timed, Timed, Timed],
) -> None:
    rows = [
        f"| {name} | {parsed:,} | {t.wall:.1f} | {t.cpu:.1f} |"
        for (name, parsed), t in zip(lines.items(), timings, strict=True)
    ]
    text = "\n".join([
        "# Parsing every partition of one big JSONL file",
        "",
        f"Command: `PYTHONPATH=src python benchmarks/partition_parse.py --corpus {args.corpus} "
        f"--lines {args.lines} --rows {args.rows}`.",
        f"One file of {args.lines:,} lines ({size / 1e6:.0f} MB; {origin}) in {parts} partitions; "
        f"`split` (lines and range offsets, then the encoding check once) {split_seconds:.2f} s. Each "
        "partition read as a "
        "worker reads it, no scoring, one process; seconds are the reader's alone, summed over partitions.",
        f"All three gave the same {items:,} records (after shifting the byte ranges' record indices). "
        f"Load average at the end: {os.getloadavg()[0]:.1f} (2 shared cores).",
        "",
        "| partitions read as | lines parsed | wall s | CPU s |",
        "| --- | ---: | ---: | ---: |",
        *rows,
        "",
    ])  # fmt: skip
    RESULTS.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
