"""The `civility` command: parses arguments, calls the library, maps errors to exit codes.

Each subcommand lives in `civility.commands.<name>` with `register(subparsers)`, which adds its parser
and sets `run=` to a function `(args) -> int`. This module only wires them together.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from civility import __version__
from civility.errors import CivilityError

COMMANDS = ("scan", "review", "hook", "health", "train", "evaluate")

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_BASELINE_UPDATED = 0, 1, 2, 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="civility",
        description="Find potentially unwelcoming language in open-source discussions for human review.",
    )
    parser.add_argument("--version", action="version", version=f"civility {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        importlib.import_module(f"civility.commands.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except CivilityError as exc:
        print(f"civility: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("civility: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
