"""`civility scan PATH...`: read exports, assess every message, print a ranked triage report."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from civility.commands.common import add_config_options, config_from_args, open_output, progress
from civility.engine import ENGINES, Tally, scan
from civility.errors import ConfigError
from civility.triage.formats import FORMATS, render
from civility.triage.report import Report, rank
from civility.types import Assessment, Skipped


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("scan", help="scan exports and print a ranked report for human review")
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="export files or folders (GitHub JSON, JSONL, CSV, Parquet)"
    )
    parser.add_argument(
        "--format", "-f", default="table", choices=FORMATS, help="output format (default: table)"
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write the report here instead of standard output"
    )
    parser.add_argument(
        "--baseline", metavar="FILE", help="mark findings as new or known against this baseline"
    )
    parser.add_argument(
        "--update-baseline",
        action="store_true",
        help="with --baseline FILE: add new findings as unreviewed (creating FILE), drop ones no longer "
        "found in the scanned files; the previous FILE is kept as FILE.bak",
    )
    parser.add_argument(
        "--fail-on-findings", action="store_true", help="exit 1 when new findings are flagged"
    )
    parser.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help="worker processes (default 1)")
    parser.add_argument(
        "--engine", choices=ENGINES, default="local", help="local processes or a Dask cluster"
    )
    parser.add_argument(
        "--scheduler", metavar="ADDRESS", help="Dask scheduler address (default: a local cluster)"
    )
    parser.add_argument(
        "--output-dir",
        metavar="DIR",
        help="also write per-message scores (no text) as one Parquet file per input file into DIR",
    )
    add_config_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from civility.analyzer import Analyzer

    config = config_from_args(args)
    analyzer = Analyzer(config)
    results = scan(
        args.paths,
        config=config,
        input_format=args.input_format,
        text_column=args.text_column,
        jobs=args.jobs,
        engine=args.engine,
        scheduler=args.scheduler,
        analyzer=analyzer,
    )
    if args.output_dir:
        from civility.engine.outputs import write_partitioned

        results = write_partitioned(results, args.output_dir)
    tally = Tally()
    files: set[str] = set()
    flagged = [
        a
        for a in _counted(progress(results, "scanning"), tally, files)
        if isinstance(a, Assessment) and a.flagged
    ]
    summary = tally.summary()
    report = Report(
        rank(flagged), summary, tuple(tally.skipped), dict(analyzer.thresholds), args.show_private
    )
    report = _with_baseline(report, args, files, config)
    with open_output(args.output) as stream:
        render(report, args.format, stream)
    if args.format != "table" or args.output:
        _print_summary(report)
    if (summary.scanned == 0 and summary.skipped > 0) or _partition_failed(tally):
        return 2
    new = [a for a in report.items if report.status.get(a.message.id, "new") == "new"]
    return 1 if args.fail_on_findings and new else 0


def _counted(
    results: Iterable[Assessment | Skipped], tally: Tally, files: set[str]
) -> Iterator[Assessment | Skipped]:
    for item in results:
        tally.count(item)
        source = item.location if isinstance(item, Skipped) else item.message.source
        if source is not None:
            files.add(source.path)
        yield item


def _partition_failed(tally: Tally) -> bool:
    """Whether an engine task failed (Dask, after retries): the scan is then known to be incomplete."""
    from civility.engine.partitions import FAILED_PARTITION

    return any(s.reason.startswith(FAILED_PARTITION) for s in tally.skipped)


def _with_baseline(report: Report, args: argparse.Namespace, files: set[str], config: Any) -> Report:
    if args.baseline is None:
        if args.update_baseline:
            raise ConfigError("--update-baseline needs --baseline FILE (e.g. .civility-baseline.json)")
        return report
    from civility.detectors.registry import DETECTOR_NAMES
    from civility.filters.registry import active_filter_names
    from civility.triage.known import for_scan

    detectors = [d for d in DETECTOR_NAMES if d not in config.disabled_detectors]
    filters = active_filter_names(config)
    path = Path(args.baseline)
    return for_scan(
        report, path, update=args.update_baseline, files=files, detectors=detectors, filters=filters
    )


def _print_summary(report: Report) -> None:
    from civility.engine.partitions import is_failed_input

    s = report.summary
    failed = sum(is_failed_input(skipped) for skipped in report.skipped)
    print(
        f"civility: read {s.read}, scanned {s.scanned}, skipped {s.skipped}, flagged {s.flagged}"
        f" (failed inputs {failed})",
        file=sys.stderr,
    )
    for skipped in report.skipped:
        print(f"civility: skipped {skipped}", file=sys.stderr)
