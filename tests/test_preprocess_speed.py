"""Throughput of prepare() on real developer comments (slow: run with -m slow; prints comments/s)."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest

from civility.preprocess import prepare

pytestmark = [pytest.mark.slow, pytest.mark.shared]


def _bodies(shared_data: Path) -> list[str]:
    sources = [
        ("vcu-github-incivility/annotated_comment_level.csv", "comment_body"),
        ("toxicr/code-review-dataset-full.csv", "message"),
    ]
    bodies: list[str] = []
    for name, column in sources:
        with (shared_data / name).open(encoding="utf-8", newline="") as handle:
            bodies += [row[column] for row in csv.DictReader(handle) if row[column]]
    return bodies


def test_prepare_throughput(shared_data: Path) -> None:
    bodies = _bodies(shared_data)
    started = time.process_time()
    for body in bodies:
        prepare(body)
    rate = len(bodies) / (time.process_time() - started)
    print(f"prepare(): {rate:,.0f} comments/s (CPU time) on {len(bodies):,} real comments")
    assert rate > 5_000  # measured ~15-23k/s on a loaded 2-core machine; this floor catches regressions
