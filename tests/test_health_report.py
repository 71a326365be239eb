"""The health report on disk: every file written, aggregates only, and hostile group names escaped."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from civility import health
from civility.types import Assessment, Category, Message

HOSTILE_REPO = '<script>alert("x")</script>|[click](https://example.com)'


def results(repos: tuple[str, ...]) -> list[Assessment]:
    out = []
    for i in range(60):
        flagged = frozenset({Category.INSULT}) if i % 7 == 0 else frozenset()
        month = 1 + i % 3
        message = Message(
            id=str(i),
            text=f"private words number {i}",
            thread=str(i // 5),
            author=f"person-{i % 9}",
            created_at=pd.Timestamp(f"2024-{month:02d}-0{1 + i % 5}T10:00:00Z").to_pydatetime(),
            repo=repos[i % len(repos)],
        )
        out.append(Assessment(message, dict.fromkeys(Category, 0.1), flagged=flagged))
    return out


@pytest.mark.parametrize(
    ("by", "plots"),
    [
        ("month", {"category_rates", "rates_over_time"}),
        ("quarter", {"category_rates", "rates_over_time"}),
        ("repo", {"category_rates", "group_comparison"}),
        ("thread", {"category_rates", "group_comparison"}),
        ("category", {"category_rates"}),
    ],
)
def test_report_files(tmp_path: Path, by: str, plots: set[str]) -> None:
    tables = health.build_tables(health.accumulate(results(("example/a", "example/b")), by))
    written = health.write_report(tables, tmp_path / "out")
    names = {p.name for p in written}
    tables_files = {f"{t}.{ext}" for t in ("groups", "rates") for ext in ("csv", "parquet")}
    plot_files = {f"{p}.{ext}" for p in plots for ext in ("png", "svg")}
    assert names == tables_files | plot_files | {"summary.md", "summary.html"}
    assert all(p.stat().st_size > 0 for p in written)
    assert (tmp_path / "out" / "category_rates.png").read_bytes()[:4] == b"\x89PNG"
    parquet = pd.read_parquet(tmp_path / "out" / "groups.parquet")
    assert list(parquet["group"]) == list(tables.groups["group"])


def test_outputs_hold_no_text_and_no_author(tmp_path: Path) -> None:
    tables = health.build_tables(health.accumulate(results(("example/a",)), "repo"))
    written = health.write_report(tables, tmp_path)
    for path in written:
        content = path.read_bytes().decode("utf-8", errors="replace")
        assert "private words" not in content and "person-" not in content, path.name


def test_hostile_group_names_are_escaped(tmp_path: Path) -> None:
    tables = health.build_tables(health.accumulate(results((HOSTILE_REPO,)), "repo"))
    health.write_report(tables, tmp_path)
    page = (tmp_path / "summary.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page
    markdown = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert "<script>" not in markdown and "\\[click\\]" in markdown and "\\|" in markdown
