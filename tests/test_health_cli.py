"""`civility health` end to end on the sample exports, with the shipped model."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from civility.cli import main

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "samples"
BAD = REPO / "tests" / "data" / "bad"


def test_health_writes_aggregates_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "health"
    assert main(["health", str(SAMPLES), "--by", "thread", "--min-cell", "3", "-o", str(out)]) == 0
    assert "scanned 24, skipped 0, failed inputs 0" in capsys.readouterr().err
    groups = pd.read_csv(out / "groups.csv")
    assert groups["group"].iloc[-1] == "(all)" and groups["messages"].iloc[-1] == 24
    assert "example/widgets#42" in set(groups["group"])
    assert groups.loc[groups["group"] == "example/widgets#42", "messages"].item() == 14
    everything = "".join(p.read_text(encoding="utf-8", errors="replace") for p in out.iterdir())
    for private in ("grumpy-gus", "anon-7731", "idiot", "555-01", "example.com"):
        assert private not in everything  # no author names, no text, no private information


def test_default_min_cell_suppresses_small_threads(tmp_path: Path) -> None:
    assert main(["health", str(SAMPLES), "--by", "thread", "-o", str(tmp_path)]) == 0
    groups = pd.read_csv(tmp_path / "groups.csv").set_index("group")
    assert groups.loc["example/widgets#42", "suppressed"] == False  # noqa: E712 (14 messages)
    small = groups.drop(index=["example/widgets#42", "(all)"])
    assert small["suppressed"].all() and small["messages"].isna().all()


def test_a_failed_input_is_named_and_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inputs = tmp_path / "in"
    shutil.copytree(SAMPLES, inputs)
    shutil.copy(BAD / "binary.jsonl", inputs / "binary.jsonl")
    assert main(["health", str(inputs), "-o", str(tmp_path / "out"), "--min-cell", "1"]) == 2
    err = capsys.readouterr().err
    assert "scanned 24" in err and "failed inputs 1" in err and "binary.jsonl" in err
    assert "binary.jsonl" in (tmp_path / "out" / "summary.md").read_text(encoding="utf-8")


def test_a_glob_that_matches_nothing_is_a_usage_error(tmp_path: Path) -> None:
    assert main(["health", str(tmp_path / "nothing-*.jsonl"), "-o", str(tmp_path / "out")]) == 2


def test_min_cell_must_be_positive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["health", str(SAMPLES), "--min-cell", "0", "-o", str(tmp_path)]) == 2
    assert "--min-cell must be at least 1" in capsys.readouterr().err
