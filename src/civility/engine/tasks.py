"""The per-partition work of the process engines: read one input file (or record range), assess it in
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
from civility.engine.partitions import Partition
from civility.types import Assessment, Skipped

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
    """Results of one partition, batched as the local engine batches (`batching.batches`)."""
    from civility.engine.local import assess_chunk
    from civility.exports import read_messages

    part = path if isinstance(path, Partition) else Partition(path)
    analyzer = analyzer_for(config)
    stream = read_messages([part.path], format=input_format, text_column=text_column)
    records = islice(stream, part.start, part.stop)  # the same reader; records outside are not assessed
    for chunk in batches(records, config.batch_size):
        yield assess_chunk(analyzer, chunk)
