"""Report renderers, one module per output format, chosen by name."""

from __future__ import annotations

import importlib
from typing import TextIO

from civility.errors import ConfigError
from civility.triage.report import Report

FORMATS = ("table", "jsonl", "json", "csv", "md", "html")


def render(report: Report, fmt: str, stream: TextIO) -> None:
    """Write `report` to `stream` in format `fmt` (one of FORMATS)."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown output format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    module = importlib.import_module(f"civility.triage.formats.{fmt}_format")
    module.render(report, stream)
