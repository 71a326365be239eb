"""Options and helpers shared by several subcommands."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO, TypeVar

from civility.config import Config, load_config, parse_threshold
from civility.errors import InputError

T = TypeVar("T")


def add_static_weight(parser: argparse.ArgumentParser) -> None:
    """--static-weight for `train` and `evaluate` (the fit configuration's `static_weight`)."""
    parser.add_argument(
        "--static-weight",
        type=float,
        default=None,
        metavar="W",
        help="share of the log-odds of the identity_attack, harassment and sexual heads from static "
        "word-piece embeddings (default 0: n-grams only; see docs/ARCHITECTURE.md)",
    )


def add_config_options(parser: argparse.ArgumentParser) -> None:
    """--config, --threshold, --show-private, --input-format, --text-column."""
    parser.add_argument(
        "--config", metavar="FILE", help="civility.toml or pyproject.toml to read settings from"
    )
    parser.add_argument(
        "--threshold",
        action="append",
        default=[],
        metavar="CATEGORY=VALUE",
        help="override a category's flagging threshold, e.g. --threshold insult=0.7 (repeatable)",
    )
    parser.add_argument(
        "--show-private",
        action="store_true",
        help="print private information unredacted (off by default: outputs never spread it)",
    )
    parser.add_argument(
        "--input-format",
        metavar="FORMAT",
        help="input format when the extension does not say: github, jsonl, csv, parquet, hf, mbox",
    )
    parser.add_argument(
        "--text-column", metavar="NAME", help="column or field holding the text (JSONL, CSV, ...)"
    )


def config_from_args(args: argparse.Namespace) -> Config:
    config = load_config(Path(args.config) if args.config else None)
    overrides = dict(parse_threshold(t) for t in args.threshold)
    return config.with_thresholds(overrides) if overrides else config


@contextlib.contextmanager
def open_output(path: str | None) -> Iterator[TextIO]:
    """The file at `path` (UTF-8) or standard output."""
    if path is None or path == "-":
        yield sys.stdout
        return
    try:
        with open(path, "w", encoding="utf-8", newline="") as stream:
            yield stream
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror}") from None


def progress(items: Iterable[T], label: str) -> Iterator[T]:
    """`items`, with a live counter on an interactive terminal; silent in pipes and CI."""
    if not sys.stderr.isatty() or os.environ.get("CI"):
        yield from items
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns: list[Any] = [
        SpinnerColumn(),
        TextColumn("{task.description} {task.completed:,} messages"),
        TimeElapsedColumn(),
    ]
    with Progress(*columns, transient=True, console=Console(stderr=True)) as bar:
        task = bar.add_task(label, total=None)
        for item in items:
            bar.advance(task)
            yield item
