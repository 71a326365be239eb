"""The Dask engine: the local engine's per-batch scan, mapped over input partitions on a cluster.

One task per input file, or per range of a big file (see `partitions.split`: byte ranges of whole lines
for JSONL, whose record indices the client shifts, record ranges otherwise). Each worker
builds its `Analyzer` once per configuration and runs `assess_chunk` on batches of
`config.batch_size`, exactly as the local engine does, so both engines give identical results.
Results come back in input order with at most a few partitions in flight (memory stays bounded); a
partition whose task fails (after `RETRIES` retries, which also cover lost workers) is reported as one
failed-input `Skipped` naming the file, and the other partitions go on.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from civility.config import Config
from civility.engine.partitions import (
    ROWS_PER_PARTITION,
    Partition,
    partitions,
    split,
    whole_file_results,
)
from civility.engine.tasks import health_partition, merge_counters, scan_partition
from civility.types import Assessment, Skipped

if TYPE_CHECKING:
    from distributed import Client

    from civility.health.accumulate import HealthAccumulator

WORKERS = 2
"""Workers of the default LocalCluster (one thread each: the scan is CPU-bound Python)."""
RETRIES = 2
"""Times Dask reruns a partition whose worker died or whose task raised."""


FORKSERVER_PRELOAD = ("distributed", "numpy", "pandas", "civility.engine.worker_imports")
"""Modules the forkserver imports once before forking the LocalCluster's worker processes."""


@contextlib.contextmanager
def connect(scheduler: str | None = None, workers: int = WORKERS) -> Iterator[Client]:
    """A client of the cluster at `scheduler`, or of a new LocalCluster of `workers` processes.

    Local workers are forked from a forkserver that has imported civility and its libraries, so they
    share those pages (~250 MB a worker when each imported them itself)."""
    import dask
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"}):
        _preload_forkserver()
        with (
            LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client


def _preload_forkserver() -> None:
    """Have the forkserver import `FORKSERVER_PRELOAD` (only effective before it first starts)."""
    from distributed.utils import get_mp_context

    get_mp_context().set_forkserver_preload(list(FORKSERVER_PRELOAD))


def scan_dask(
    paths: Sequence[str | Path],
    *,
    config: Config,
    input_format: str | None = None,
    text_column: str | None = None,
    scheduler: str | None = None,
    workers: int = WORKERS,
    rows_per_partition: int = ROWS_PER_PARTITION,
) -> Iterator[Assessment | Skipped]:
    """Assess every message of `paths` on Dask, yielding results in input order (like the local engine)."""
    files = split(partitions(paths), rows_per_partition, input_format)
    with connect(scheduler, workers) as client:
        results: Iterator[tuple[Partition, list[Assessment | Skipped] | BaseException]]
        results = ordered_map(client, scan_partition, files, config, input_format, text_column)
        yield from whole_file_results(results)  # record indices of byte ranges shifted, failures reported


def health_dask(
    paths: Sequence[str | Path],
    *,
    by: str,
    config: Config,
    input_format: str | None = None,
    text_column: str | None = None,
    scheduler: str | None = None,
    workers: int = WORKERS,
    rows_per_partition: int = ROWS_PER_PARTITION,
) -> HealthAccumulator:
    """Health counters for `paths`: each worker counts its partitions, the client merges the counters."""
    files = split(partitions(paths), rows_per_partition, input_format)
    with connect(scheduler, workers) as client:
        results = ordered_map(client, health_partition, files, by, config, input_format, text_column)
        return merge_counters(by, results)


def ordered_map(
    client: Client, function: Callable[..., Any], items: Iterable[Any], *args: Any
) -> Iterator[tuple[Any, Any]]:
    """`(item, function(item, *args))` in input order, the result replaced by the exception on failure.

    Keeps two tasks per worker in flight, so finished partitions never pile up in memory.
    """
    window = 2 * max(1, len(client.scheduler_info().get("workers", {})))
    pending: deque[tuple[Any, Any]] = deque()
    todo = iter(items)

    def submit(item: Any) -> None:
        pending.append((item, client.submit(function, item, *args, retries=RETRIES, pure=False)))

    for item in islice(todo, window):
        submit(item)
    while pending:
        item, future = pending.popleft()
        if (following := next(todo, None)) is not None:
            submit(following)
        try:
            result = future.result()
        except Exception as exc:
            result = exc
        future.release()
        yield item, result
