"""The per-partition work of the process engines: read one input file (or range of one: a byte range
of whole lines for JSONL, parsed alone; a record range of the reader's stream otherwise), assess it in
batches, and return its results or only its health counters.

Both the Dask engine (one task per partition on a cluster) and the local engine's file pool
(`local.health_files`) run these functions in their worker processes, so the two give identical results.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any

from civility.batching import batches
from civility.config import Config
from civility.engine.partitions import Partition, byte_ranged
from civility.types import Assessment, Message, Skipped

if TYPE_CHECKING:
    from civility.analyzer import Analyzer
    from civility.health.accumulate import HealthAccumulator

_ANALYZERS: dict[str, Analyzer] = {}


def analyzer_for(config: Config) -> Analyzer:
    """This process's analyzer for `config`, built on first use (the model loads once per process)."""
    key = repr(config)
    if key not in _ANALYZERS:
        from civility.analyzer import Analyzer

        _ANALYZERS[key] = Analyzer(config)
    return _ANALYZERS[key]


def scan_partition(
    path: str | Partition, config: Config, input_format: str | None, text_column: str | None
) -> list[Assessment | Skipped]:
    """The results for one input file or record range."""
    return [item for batch in assessed_batches(path, config, input_format, text_column) for item in batch]


def health_partition(
    path: str | Partition, by: str, config: Config, input_format: str | None, text_column: str | None
) -> HealthAccumulator:
    """The health counters for one input file or record range (only counters leave the worker)."""
    from civility.health.accumulate import HealthAccumulator

    counters = HealthAccumulator(by)
    for batch in assessed_batches(path, config, input_format, text_column):
        counters.update(batch)
    return counters


def merge_counters(by: str, results: Iterable[tuple[str | Partition, Any]]) -> HealthAccumulator:
    """One partition's counters after another, merged in order; a partition whose task raised (its
    result is the exception) is counted as one failed input, and the others still count."""
    from civility.engine.partitions import failed_partition
    from civility.health.accumulate import HealthAccumulator

    total = HealthAccumulator(by)
    for path, result in results:
        if isinstance(result, BaseException):
            total.add(failed_partition(path, result))
        else:
            total.merge(result)
    return total


def assessed_batches(
    path: str | Partition, config: Config, input_format: str | None, text_column: str | None
) -> Iterator[list[Assessment | Skipped]]:
    """Results of one partition, batched as the local engine batches (`batching.batches`); record
    indices of a byte range count from 0 (`partitions.whole_file_results` shifts them)."""
    from civility.engine.local import assess_chunk

    part = path if isinstance(path, Partition) else Partition(path)
    analyzer = analyzer_for(config)
    for chunk in batches(partition_records(part, input_format, text_column), config.batch_size):
        yield assess_chunk(analyzer, chunk)


def partition_records(
    part: Partition, input_format: str | None, text_column: str | None
) -> Iterator[Message | Skipped]:
    """The records of one partition: a byte range of a file read as JSONL is read from its first line
    on; anything else (record ranges, another explicit format) is the whole file's reader stream cut to
    `[start, stop)`, records outside the range being read but not assessed. `split` makes byte ranges
    only for files read as JSONL (`partitions.byte_ranged`), and the client shifts their record
    indices, so this reads a byte range only under that same condition and refuses a mismatch."""
    from civility.exports import read_jsonl_range, read_messages

    if part.byte_start is not None:
        if not byte_ranged(part.path, input_format):
            raise ValueError(f"{part}: a byte range, but the file is read as {input_format}, not JSONL")
        return read_jsonl_range(
            part.path, part.byte_start, part.byte_stop, part.first_line, text_column, checked=True
        )
    stream = read_messages([part.path], format=input_format, text_column=text_column)
    return islice(stream, part.start, part.stop)
