"""The local engine: batches assessed in this process, or in `jobs` worker processes."""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

from civility.config import Config
from civility.engine import as_skipped
from civility.types import Assessment, Message, Skipped

_WORKER_ANALYZER = None


def scan_records(
    records: Iterable[Message | Skipped], *, config: Config, jobs: int = 1
) -> Iterator[Assessment | Skipped]:
    """Assess the messages among `records`, passing skipped records through, in input order."""
    chunks = _chunks(records, config.batch_size)
    if jobs <= 1:
        from civility.analyzer import Analyzer

        analyzer = Analyzer(config)
        for chunk in chunks:
            yield from _assess_chunk(analyzer, chunk)
        return
    context = mp.get_context("fork")
    with context.Pool(jobs, initializer=_init_worker, initargs=(config,)) as pool:
        for results in pool.imap(_worker_assess, chunks, chunksize=1):
            yield from results


def _chunks(records: Iterable[Message | Skipped], size: int) -> Iterator[list[Message | Skipped]]:
    iterator = iter(records)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _assess_chunk(analyzer: object, chunk: Sequence[Message | Skipped]) -> list[Assessment | Skipped]:
    messages = [r for r in chunk if isinstance(r, Message)]
    assessed = iter(analyzer.assess_batch(messages))  # type: ignore[attr-defined]
    out: list[Assessment | Skipped] = []
    for record in chunk:
        if isinstance(record, Skipped):
            out.append(record)
            continue
        assessment = next(assessed)
        out.append(assessment if assessment.assessed else as_skipped(assessment))
    return out


def _init_worker(config: Config) -> None:
    global _WORKER_ANALYZER
    from civility.analyzer import Analyzer

    _WORKER_ANALYZER = Analyzer(config)


def _worker_assess(chunk: list[Message | Skipped]) -> list[Assessment | Skipped]:
    return _assess_chunk(_WORKER_ANALYZER, chunk)
