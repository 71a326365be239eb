"""`civility review BASELINE [--export PATH...]`: a human decides about each unreviewed finding."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from civility.commands.common import add_config_options, config_from_args


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "review",
        help="walk unreviewed findings of a baseline: confirm / dismiss / skip, saved after each answer",
    )
    parser.add_argument(
        "baseline", metavar="BASELINE", help="the baseline file, e.g. .civility-baseline.json"
    )
    parser.add_argument(
        "--export",
        nargs="+",
        default=[],
        metavar="PATH",
        help="the export file(s) the baseline covers: shows each finding in context (redacted) and adds "
        "findings not yet in the baseline as unreviewed",
    )
    add_config_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from civility.baseline import load, save
    from civility.triage.known import load_or_empty
    from civility.triage.review import review

    path = Path(args.baseline)
    baseline = load_or_empty(path) if args.export else load(path)
    contexts: dict[str, Any] = {}
    if args.export:
        baseline, contexts = _with_exports(baseline, args)
    save(baseline, path, backup=True)  # the file as it was before this session stays in BASELINE.bak
    try:
        review(path, baseline, contexts, _ask, sys.stdout, args.show_private)
    except KeyboardInterrupt:
        print(
            f"\ncivility: review interrupted; every answer given so far is saved in {path}: "
            f"run `civility review {path}` again to continue",
            file=sys.stderr,
        )
        return 2
    return 0


def _with_exports(baseline: Any, args: argparse.Namespace) -> tuple[Any, dict[str, Any]]:
    from civility.engine import scan
    from civility.errors import InputError
    from civility.triage.fingerprint import keyed
    from civility.triage.known import FILTERS, detectors_run, updated
    from civility.types import Assessment, Skipped

    config = config_from_args(args)
    flagged, files = [], set()
    for item in scan(
        args.export, config=config, input_format=args.input_format, text_column=args.text_column
    ):
        if isinstance(item, Skipped) and item.location.line is None and item.location.record is None:
            raise InputError(f"{item.location.path}: {item.reason}")
        if isinstance(item, Assessment):
            files.add(item.message.source.path if item.message.source else "")
            if item.flagged:
                flagged.append(item)
    contexts = {k.fingerprint: k for a in flagged for k in keyed(a)}
    ran = detectors_run(config.disabled_detectors)
    root = Path(args.baseline).parent
    return updated(baseline, flagged, files or set(args.export), ran, FILTERS, root=root), contexts


def _ask(prompt: str) -> str | None:
    sys.stdout.write(prompt)
    sys.stdout.flush()
    line = sys.stdin.readline()
    return line if line else None
