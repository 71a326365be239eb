"""The card's fold-to-fold table: each fold's F1 in order, with its range and spread (no data needed)."""

from __future__ import annotations

import pytest

from civility.model.evaluate import Report
from civility.model.metrics import binary
from civility.model.protocols import Result
from civility.model.report import fold_spread

OVERALL = binary([1, 0, 1, 0], [1, 0, 0, 0])


def _report(*results: Result) -> Report:
    return Report(names=("strudel",), folds=3, seed=13, rows=4, cv=list(results))


@pytest.mark.parametrize(
    ("result", "row"),
    [
        (
            Result(
                "strudel",
                "3-fold CV",
                "toxic",
                OVERALL,
                fold_f1=(0.4, 0.5, 0.6),
                fold_analyzer_f1=(0.5, 0.5, 0.5),
            ),
            "| strudel | 0.400 0.500 0.600 | 0.400 – 0.600 | 0.082 | 0.500 0.500 0.500 |",
        ),
        (
            Result("toxicr", "3-fold CV", "toxic", OVERALL, fold_f1=(0.9, 0.9, 0.9)),
            "| toxicr | 0.900 0.900 0.900 | 0.900 – 0.900 | 0.000 | n/a |",
        ),
    ],
)
def test_each_fold_is_listed_with_range_and_spread(result: Result, row: str) -> None:
    assert row in fold_spread(_report(result))


def test_no_table_without_per_fold_numbers() -> None:
    assert fold_spread(_report(Result("strudel", "LODO", "toxic", OVERALL))) == []
