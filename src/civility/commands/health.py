"""`civility health PATH... [--by month|quarter|repo|category|thread] -o DIR`: aggregate tables and plots."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from civility.commands.common import add_config_options, config_from_args
from civility.engine import ENGINES
from civility.errors import ConfigError
from civility.health import GROUPINGS, MIN_CELL, measure, write_report


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "health", help="community-health tables, plots and a summary for researchers (aggregates only)"
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="export files, folders or globs (GitHub JSON, JSONL, CSV, Parquet)",
    )
    parser.add_argument("--by", choices=GROUPINGS, default="month", help="how to group (default: month)")
    parser.add_argument(
        "-o",
        "--output-dir",
        "--output",
        dest="output_dir",
        default="health",
        metavar="DIR",
        help="folder for the CSV/Parquet tables, PNG/SVG plots and summary.md/html (default: ./health)",
    )
    parser.add_argument(
        "--min-cell",
        type=int,
        default=MIN_CELL,
        metavar="N",
        help=f"suppress groups with fewer than N messages (default {MIN_CELL})",
    )
    parser.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help="worker processes (default 1)")
    parser.add_argument(
        "--engine", choices=ENGINES, default="local", help="local processes or a Dask cluster"
    )
    parser.add_argument(
        "--scheduler", metavar="ADDRESS", help="Dask scheduler address (default: a local cluster)"
    )
    add_config_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.min_cell < 1:
        raise ConfigError(f"--min-cell must be at least 1, got {args.min_cell}")
    tables = measure(
        args.paths,
        by=args.by,
        min_cell=args.min_cell,
        config=config_from_args(args),
        input_format=args.input_format,
        text_column=args.text_column,
        jobs=args.jobs,
        engine=args.engine,
        scheduler=args.scheduler,
    )
    write_report(tables, args.output_dir)
    overall = tables.groups.iloc[-1]
    scanned = 0 if overall["suppressed"] else int(overall["messages"])
    print(
        f"civility: scanned {scanned}, skipped {tables.skipped}, failed inputs {len(tables.failed)}; "
        f"wrote {args.output_dir}/summary.html",
        file=sys.stderr,
    )
    for reason in tables.failed:
        print(f"civility: failed {reason}", file=sys.stderr)
    return 2 if tables.failed or scanned == 0 else 0
