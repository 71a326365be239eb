"""`Analyzer.score_frame`: pandas in, the same frame out with civility's columns, row for row."""

from __future__ import annotations

import pandas as pd
import pytest

from civility import Analyzer, Category

SCORE_COLUMNS = [f"score_{c.value}" for c in Category]


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


ROWS = [
    # (text, flagged?) real-world style comments, with hard negatives from code review
    ("You are an idiot and this patch is garbage.", True),
    ("LGTM, thanks for the quick fix!", False),
    ("This kills the process when the child hangs; use SIGTERM first.", False),  # violent word, benign
    ("```\nFATAL: kill -9 the stupid daemon\n```\nCould you add a retry?", False),  # hostile only in code
    ("Get lost, you moron.", True),
]


def test_scores_flags_and_keeps_the_frame(analyzer: Analyzer) -> None:
    frame = pd.DataFrame(
        {"body": [t for t, _ in ROWS], "votes": range(len(ROWS))}, index=[f"c{i}" for i in range(len(ROWS))]
    )
    scored = analyzer.score_frame(frame)
    assert list(scored.index) == list(frame.index) and scored["votes"].tolist() == frame["votes"].tolist()
    assert set(SCORE_COLUMNS) | {"flagged", "flagged_categories", "assessed"} <= set(scored.columns)
    assert scored["flagged"].tolist() == [f for _, f in ROWS]
    assert scored[SCORE_COLUMNS].apply(lambda col: col.between(0, 1).all()).all()
    assert "insult" in scored.loc["c0", "flagged_categories"]
    assert "body" in frame.columns and "flagged" not in frame.columns  # the input is not modified


def test_matches_analyze_on_the_same_texts(analyzer: Analyzer) -> None:
    texts = [t for t, _ in ROWS]
    scored = analyzer.score_frame(pd.DataFrame({"text": texts}), text_column="text")
    for (_, row), assessment in zip(scored.iterrows(), analyzer.analyze(texts), strict=True):
        assert [row[f"score_{c.value}"] for c in Category] == [assessment.scores[c] for c in Category]


def test_missing_text_is_zero_and_unflagged(analyzer: Analyzer) -> None:
    scored = analyzer.score_frame(pd.DataFrame({"body": [None, float("nan"), "you moron"]}))
    assert scored["flagged"].tolist() == [False, False, True]
    assert (scored.loc[:1, SCORE_COLUMNS] == 0).all().all()


def test_a_missing_column_names_the_columns(analyzer: Analyzer) -> None:
    from civility.errors import InputError

    with pytest.raises(InputError, match=r"no column 'body'.*\['comment'\].*text_column"):
        analyzer.score_frame(pd.DataFrame({"comment": ["hi"]}))
