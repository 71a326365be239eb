"""`civility hook FILE...`: the pre-commit entry (0 nothing new, 1 new findings, 3 baseline updated)."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path
from typing import Any

from civility.commands.common import add_config_options, config_from_args


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "hook",
        help="pre-commit entry: exit 0 nothing new, 1 new findings, 3 baseline updated, 2 bad input",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="discussion export files to check")
    parser.add_argument(
        "--baseline",
        metavar="FILE",
        help="reviewed findings (default: .civility-baseline.json in the repository root)",
    )
    parser.add_argument(
        "--fail-on-unreviewed",
        action="store_true",
        help="also fail while findings in the baseline are still unreviewed",
    )
    add_config_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from civility.hook import DEFAULT_BASELINE, run_hook

    baseline = Path(args.baseline) if args.baseline else _repo_root() / DEFAULT_BASELINE
    config = config_from_args(args)
    return run_hook(args.files, baseline, config, sys.stdout, args.fail_on_unreviewed)


def _repo_root() -> Path:
    try:
        done = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True, check=True, timeout=10
        )
        return Path(done.stdout.strip())
    except (OSError, subprocess.SubprocessError):
        return Path.cwd()
