"""Golden files for every report format, rendered from fixed assessments (tests/golden/cases.py).

After an intended renderer change: `python scripts/regen_golden.py`, then review `git diff tests/golden`.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"
sys.path.insert(0, str(GOLDEN.parents[1] / "scripts"))
sys.path.insert(0, str(GOLDEN))

from cases import PRIVATE_VALUES, sample_report  # noqa: E402
from regen_golden import CASES, golden_path, rendered  # noqa: E402

from civility.triage.formats import FORMATS, render  # noqa: E402


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("fmt", FORMATS)
def test_output_matches_golden_file(fmt: str, case: str) -> None:
    expected = golden_path(fmt, case).read_bytes().decode("utf-8")
    assert rendered(fmt, case) == expected, (
        f"{case}.{fmt} changed: run `python scripts/regen_golden.py` if intended"
    )


def test_every_format_has_a_golden_file() -> None:
    expected = {golden_path(f, c).name for f in FORMATS for c in CASES}
    assert expected == {p.name for p in GOLDEN.iterdir() if p.suffix != ".py" and p.is_file()}


@pytest.mark.parametrize("fmt", FORMATS)
def test_private_information_is_redacted_in_every_format_unless_asked(fmt: str) -> None:
    hidden, shown = rendered(fmt, "private"), rendered(fmt, "private", show_private=True)
    for value in PRIVATE_VALUES:
        assert value not in hidden, f"{value} leaked into {fmt}"
        assert value in shown.replace("`", "") or fmt == "table", f"--show-private did not reveal {value}"
    assert "j***@e***.com" in hidden


def test_jsonl_keeps_the_design_fields_in_priority_order() -> None:
    lines = [json.loads(line) for line in rendered("jsonl").splitlines()]
    assert [r["id"] for r in lines] == ["1003", "1001", "1004", "1002", "row-7"]
    for record in lines:
        assert {"id", "thread", "author", "url", "scores", "findings", "priority"} <= set(record)
        assert {"category", "start", "end", "score", "evidence"} <= set(record["findings"][0])


def test_csv_has_one_row_per_flagged_finding() -> None:
    rows = list(csv.DictReader(io.StringIO(rendered("csv"))))
    assert [(r["id"], r["category"], r["evidence"]) for r in rows][:3] == [
        ("1003", "harassment", "you will regret it"),
        ("1003", "insult", "you will regret it"),
        ("1001", "insult", "idiot"),
    ]


@pytest.mark.parametrize(
    ("fmt", "needle"),
    [
        ("md", "## By thread"),
        ("md", "heated: read it as one unit"),
        ("md", "| `@alice` | 2 | 2 | 2024-05-01 – 2024-05-03 | insult 2, harassment 1 |"),
        ("md", "**Permanent Ban**"),
        ("html", 'id="threshold"'),
        ("html", "(heated: read it as one unit)"),
        ("html", "<b>Temporary Ban</b>"),
        ("table", "skipped issue-thread.json:line 27"),
    ],
)
def test_reports_group_by_thread_and_author_with_the_ladder_as_context(fmt: str, needle: str) -> None:
    assert needle in rendered(fmt)


def test_markdown_never_pings_links_or_renders_user_markup() -> None:
    text = rendered("md")
    assert "@alice?" not in text and "`@alice`" in text  # a mention inside code does not notify
    assert "<script>" not in text and "\\<script\\>" in text
    assert "](javascript:" not in text and "<javascript:" not in text


def test_html_is_self_contained_and_escapes_comment_text() -> None:
    page = rendered("html")
    assert "<script>document.title" not in page and "&lt;script&gt;document.title" in page
    assert 'href="javascript:' not in page.lower()
    assert "@mallory&lt;b&gt;" in page
    assert page.count("<script") == 1  # the page's own script, allowed by hash in the CSP
    for remote in ("http://", "https://"):
        loaded = [line for line in page.splitlines() if f'src="{remote}' in line or f"url({remote}" in line]
        assert loaded == []


def test_empty_report_renders_in_every_format() -> None:
    from dataclasses import replace

    empty = replace(sample_report(), items=())
    for fmt in FORMATS:
        stream = io.StringIO()
        render(empty, fmt, stream)
        assert fmt in ("jsonl", "csv") or "flagged" in stream.getvalue()
