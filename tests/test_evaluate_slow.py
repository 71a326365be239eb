"""`civility evaluate` end to end on a subset (ToxiCR CV and two LODO sets): slow, needs the shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

from civility.cli import main


@pytest.mark.slow
def test_quick_evaluation_prints_protocol_and_numbers(
    shared_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["evaluate", "--quick", "--cv", "3", "--data", "toxicr", "strudel", "vcu", "seeds"]) == 0
    out = capsys.readouterr().out
    assert "### Protocol" in out
    assert "3-fold stratified" in out
    assert "| toxicr | toxic (any category) |" in out
    assert "Leave one dataset out" in out
    assert "whole analyzer F1 / P / R" in out
    toxicr_row = next(line for line in out.splitlines() if line.startswith("| toxicr | toxic (any"))
    assert "n/a" not in toxicr_row.split("|")[8], "every fold runs the whole analyzer on its test rows"
    folds_row = next(line for line in out.splitlines() if line.startswith("| toxicr | 0."))
    assert len(folds_row.split("|")[2].split()) == 3, "one model F1 per fold of the 3-fold CV"
    assert "Jigsaw bias madlibs" in out
    assert "### Calibration" in out
    insult_row = next(line for line in out.splitlines() if line.startswith("| insult | "))
    assert len(insult_row.split("|")) == 8, "rows, mean score, rate, Brier and ECE for the insult head"
    assert "Character-level span F1" in out


def test_unknown_task_is_rejected() -> None:
    with pytest.raises(SystemExit):
        main(["evaluate", "--task", "nope"])
