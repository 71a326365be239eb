"""`civility scan` end to end, as a moderator runs it: real model, real sample export, real bad input."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "samples" / "issue-thread.json"
BAD = REPO / "tests" / "data" / "bad"
SUMMARY = re.compile(r"read (\d+), scanned (\d+), skipped (\d+), flagged (\d+)")


def civility(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "civility", *args], capture_output=True, text=True, cwd=REPO, timeout=300
    )


def counts(stderr: str) -> tuple[int, int, int, int]:
    match = SUMMARY.search(stderr)
    assert match, stderr
    read, scanned, skipped, flagged = map(int, match.groups())
    return read, scanned, skipped, flagged


@pytest.fixture(scope="module")
def sample_jsonl() -> list[dict]:
    result = civility("scan", str(SAMPLE), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_jsonl_has_one_object_per_flagged_message_with_the_contract_fields(sample_jsonl: list[dict]) -> None:
    assert sample_jsonl, "the sample thread has uncivil comments"
    for record in sample_jsonl:
        assert {"id", "thread", "author", "url", "scores", "findings", "priority"} <= set(record)
        assert record["flagged"] and record["findings"]
        for finding in record["findings"]:
            assert {"category", "start", "end", "score", "evidence"} <= set(finding)


def test_ranking_is_by_priority(sample_jsonl: list[dict]) -> None:
    priorities = [r["priority"] for r in sample_jsonl]
    assert priorities == sorted(priorities, reverse=True)


def test_clean_comments_bots_and_hard_negatives_are_not_flagged(sample_jsonl: list[dict]) -> None:
    flagged_authors = {r["author"] for r in sample_jsonl}
    assert "dependabot[bot]" not in flagged_authors
    assert "priya-n" not in flagged_authors  # a workaround with code and a log


def test_private_information_is_redacted_by_default(sample_jsonl: list[dict]) -> None:
    text = json.dumps(sample_jsonl)
    raw = SAMPLE.read_text(encoding="utf-8")
    for phone in re.findall(r"\(?\d{3}\)?[ -]\d{3}-\d{4}", raw):
        assert phone not in text


def test_summary_counts_add_up_over_the_bad_input_corpus(tmp_path: Path) -> None:
    huge = tmp_path / "huge.jsonl"
    huge.write_text(
        json.dumps({"id": "big", "body": "log line\n" * 1_200_000})
        + "\n"
        + json.dumps({"id": "ok", "body": "LGTM"})
        + "\n",
        encoding="utf-8",
    )
    result = civility("scan", str(SAMPLE), *sorted(map(str, BAD.iterdir())), str(huge), "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)["summary"]
    read, scanned, skipped, _ = counts(result.stderr)
    assert read == scanned + skipped == report["read"]
    assert skipped == len(report["skipped_records"])
    reasons = {s["location"].split(":")[0]: s["reason"] for s in report["skipped_records"]}
    for bad in BAD.iterdir():
        if bad.name not in {"one-broken-line.jsonl", "no-body.json"}:
            assert str(bad) in reasons, f"{bad.name} should be reported as skipped"
    assert "over the 200,000 limit" in reasons[str(huge)]


def test_nothing_scannable_is_exit_code_2() -> None:
    result = civility("scan", str(BAD / "binary.jsonl"), str(BAD / "empty.jsonl"))
    assert result.returncode == 2, result.stderr + result.stdout
    assert "binary.jsonl" in result.stdout + result.stderr


def test_fail_on_findings_exits_1() -> None:
    assert civility("scan", str(SAMPLE), "--fail-on-findings", "-f", "csv").returncode == 1


def test_two_jobs_give_the_same_report_as_one(sample_jsonl: list[dict]) -> None:
    result = civility("scan", str(SAMPLE), "--format", "jsonl", "--jobs", "2")
    assert [json.loads(line) for line in result.stdout.splitlines()] == sample_jsonl


def test_messages_the_filters_set_aside_are_counted_in_every_summary(tmp_path: Path) -> None:
    """A moderator sees how many unflagged messages had evidence dropped, and by which frame."""
    export = tmp_path / "thread.jsonl"
    bodies = ["Ugh. The CI is red again.", "what a clever fix!", "you are an idiot"]
    export.write_text("".join(json.dumps({"id": str(i), "body": b}) + "\n" for i, b in enumerate(bodies)))
    table = civility("scan", str(export))
    assert "set aside by filters, not flagged: 2 messages" in table.stdout
    assert "a groan or an exclamation 1" in table.stdout
    assert "judges a thing, not a person 1" in table.stdout
    summary = json.loads(civility("scan", str(export), "--format", "json").stdout)["summary"]
    assert summary["flagged"] == 1
    assert summary["set_aside"] == 2
    assert summary["set_aside_kinds"] == {
        "a groan or an exclamation": 1,
        "judges a thing, not a person": 1,
    }
    assert (
        "**Set aside by filters (not flagged):** 2 messages"
        in civility("scan", str(export), "--format", "md").stdout
    )
