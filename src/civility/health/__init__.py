"""Community-health aggregates for researchers: rates, intervals, concentration and response times.

    from civility import health
    tables = health.measure(["exports/"], by="month")        # scan and count, streaming
    health.write_report(tables, "out/health")                 # CSV, Parquet, PNG, SVG, Markdown, HTML

Or count results you already have: `health.accumulate(assessments, by="repo")` then `health.build_tables`.
Only aggregates leave this module: no text, no author names, and small groups are suppressed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from civility.config import Config
from civility.health.accumulate import HealthAccumulator, count_per_input
from civility.health.groups import GROUPINGS
from civility.health.tables import MIN_CELL, HealthTables, build_tables
from civility.health.write import write_report
from civility.types import Assessment, Skipped

__all__ = [
    "GROUPINGS",
    "MIN_CELL",
    "HealthAccumulator",
    "HealthTables",
    "accumulate",
    "build_tables",
    "measure",
    "write_report",
]


def accumulate(results: Iterable[Assessment | Skipped], by: str = "month") -> HealthAccumulator:
    """Count a stream of scan results per group, keeping counters only."""
    return HealthAccumulator(by).update(results)


def measure(
    paths: Sequence[str | Path],
    *,
    by: str = "month",
    min_cell: int = MIN_CELL,
    config: Config | None = None,
    input_format: str | None = None,
    text_column: str | None = None,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
) -> HealthTables:
    """Scan `paths` with the chosen engine and return the health tables."""
    config = config or Config()
    if engine == "dask":
        from civility.engine.dask import health_dask

        counters = health_dask(
            paths,
            by=by,
            config=config,
            input_format=input_format,
            text_column=text_column,
            scheduler=scheduler,
        )
    else:
        counters = _local_counters(paths, by, config, input_format, text_column, jobs)
    return build_tables(counters, min_cell)


def _local_counters(
    paths: Sequence[str | Path],
    by: str,
    config: Config,
    input_format: str | None,
    text_column: str | None,
    jobs: int,
) -> HealthAccumulator:
    """Counters from the local engine: workers read whole files when there are enough similar ones
    (only counters travel back); otherwise this process reads and workers assess its batches. Either
    way each file is counted apart and merged in order, so `jobs` never changes a number."""
    from civility.engine import scan
    from civility.engine.local import balanced, health_files
    from civility.engine.partitions import partitions

    files = partitions(paths)
    if balanced(files, jobs):
        return health_files(
            files, by=by, config=config, jobs=jobs, input_format=input_format, text_column=text_column
        )
    results = scan(
        files,
        config=config,
        input_format=input_format,
        text_column=text_column,
        jobs=jobs,
        light=True,  # the counters read metadata and flags only: workers need not send text back
    )
    return count_per_input(results, by)
