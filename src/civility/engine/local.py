"""The local engine: batches assessed in this process, or in `jobs` worker processes.

Two ways to use the workers. `scan_records` reads in this process and sends batches out (results come
back in order: what a report needs). `health_files` sends whole input files out and gets counters back,
so the parent neither parses records nor unpickles results; it is used when the files are many and
even enough to keep every worker busy (`balanced`).
"""

from __future__ import annotations

import gc
import heapq
import multiprocessing as mp
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import chain
from typing import TYPE_CHECKING

from civility.batching import batches
from civility.config import Config
from civility.engine import as_skipped
from civility.types import Assessment, Message, Skipped

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

    from civility.analyzer import Analyzer
    from civility.health.accumulate import HealthAccumulator

_WORKER_ANALYZER: Analyzer | None = None
WORKER_GC_THRESHOLD = 10_000
"""Allocations between two young-generation collections in a worker (Python's default: 700)."""


def scan_records(
    records: Iterable[Message | Skipped],
    *,
    config: Config,
    jobs: int = 1,
    analyzer: Analyzer | None = None,
    light: bool = False,
) -> Iterator[Assessment | Skipped]:
    """Assess the messages among `records`, passing skipped records through, in input order.

    With `jobs > 1`, forked workers inherit the parent's analyzer (the model is loaded once), and with
    `light` they send back only what counting needs (see `light_assessment`), not text and evidence.
    """
    from civility.analyzer import Analyzer

    analyzer = analyzer or Analyzer(config)
    chunks = batches(records, config.batch_size)
    if jobs <= 1:
        with _frozen_heap():
            for chunk in chunks:
                yield from assess_chunk(analyzer, chunk)
        return
    global _WORKER_ANALYZER
    _WORKER_ANALYZER = analyzer
    worker = _worker_assess_light if light else _worker_assess
    gc.collect()  # before the fork: the workers share these pages, and collections would copy them
    with _frozen_heap(), _forked_pool(jobs) as pool:
        yield from chain.from_iterable(pool.imap(worker, chunks, chunksize=1))


@contextmanager
def _frozen_heap() -> Iterator[None]:
    """Everything alive when a scan starts (modules, the model, caches) frozen out of the cyclic
    garbage collector until the scan ends, in this process and in workers forked meanwhile.

    None of it becomes garbage during a scan, yet every full collection walked all of it (~180,000
    objects, ~0.1 s each): about 7% of a one-process scan's CPU, and a third of the parent's with
    `jobs > 1` (it unpickles the results). Frozen workers also do not copy the pages they share."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _forked_pool(jobs: int) -> Pool:
    """`jobs` workers forked from this process (call it inside `_frozen_heap`)."""
    return mp.get_context("fork").Pool(jobs, initializer=_collect_less_often)


def _collect_less_often() -> None:
    """Worker start-up: young-generation collections every WORKER_GC_THRESHOLD allocations.

    A batch allocates hundreds of thousands of short-lived tuples, lists and match objects, which
    reference counting frees; at the default threshold the collector still runs ~13 times a batch to
    find (almost) no cycles, ~2% of a worker's CPU. Everything older is frozen (see `_frozen_heap`),
    so a less frequent collection only scans a few thousand more young objects."""
    gc.set_threshold(WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])


def health_files(
    files: Sequence[str],
    *,
    by: str,
    config: Config,
    jobs: int,
    input_format: str | None = None,
    text_column: str | None = None,
) -> HealthAccumulator:
    """Health counters of `files`, one file per task on `jobs` forked workers, merged in input order.

    The workers run `tasks.health_partition`, as Dask workers do, so the counters equal the Dask
    engine's. A file whose task raises is reported as one failed input; the other files go on."""
    from civility.engine import tasks

    tasks.analyzer_for(config)  # loaded here, before the fork: every worker inherits it
    work = [(path, by, config, input_format, text_column) for path in files]
    gc.collect()
    with _frozen_heap(), _forked_pool(jobs) as pool:
        results = zip(files, pool.imap(_worker_health, work, chunksize=1), strict=True)
        return tasks.merge_counters(by, results)


def _worker_health(
    args: tuple[str, str, Config, str | None, str | None],
) -> HealthAccumulator | BaseException:
    from civility.engine.tasks import health_partition

    try:
        return health_partition(*args)
    except Exception as exc:  # reported as a failed input by the parent, like a failed Dask partition
        return exc


def balanced(files: Sequence[str], jobs: int, slack: float = 1.1) -> bool:
    """Whether `jobs` workers taking whole files in order (each the next file when free) would finish
    within `slack` times a perfect split of the bytes: many similar files, not one big and a few small.
    Sizes are file sizes; anything that is not a local file (a dataset name) makes the answer no."""
    if jobs <= 1 or len(files) < jobs or not all(os.path.isfile(f) for f in files):
        return False
    sizes = [os.path.getsize(f) for f in files]
    finish = [0] * jobs
    for size in sizes:
        heapq.heappush(finish, heapq.heappop(finish) + size)
    return max(finish) <= slack * sum(sizes) / jobs


def assess_chunk(analyzer: Analyzer, chunk: Sequence[Message | Skipped]) -> list[Assessment | Skipped]:
    """Assess the messages of one chunk; skipped records pass through in place (the engines' unit)."""
    messages = [r for r in chunk if isinstance(r, Message)]
    assessed = iter(analyzer.assess_batch(messages))
    out: list[Assessment | Skipped] = []
    for record in chunk:
        if isinstance(record, Skipped):
            out.append(record)
            continue
        assessment = next(assessed)
        out.append(assessment if assessment.assessed else as_skipped(assessment))
    return out


def light_assessment(assessment: Assessment) -> Assessment:
    """The assessment without what only reports show: the message keeps its metadata but not its text
    or note; scores, flagged categories, language and `assessed` stay; findings, masks and suppression
    reasons go. Health counters read nothing else, and this pickles ~10x faster."""
    m = assessment.message
    message = Message(m.id, "", m.thread, m.author, m.created_at, m.url, m.repo, m.source)
    return Assessment(
        message, assessment.scores, flagged=assessment.flagged, language=assessment.language,
        assessed=assessment.assessed, reason=assessment.reason,
    )  # fmt: skip


def _worker_assess(chunk: list[Message | Skipped]) -> list[Assessment | Skipped]:
    assert _WORKER_ANALYZER is not None, "worker started without an analyzer"
    return assess_chunk(_WORKER_ANALYZER, chunk)


def _worker_assess_light(chunk: list[Message | Skipped]) -> list[Assessment | Skipped]:
    return [light_assessment(r) if isinstance(r, Assessment) else r for r in _worker_assess(chunk)]
