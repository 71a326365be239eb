"""GitHub JSON: REST issues, pull requests, issue and review comments, `gh ... view --json` objects,
back-to-back paginated arrays, and the sample thread in data/samples."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from civility.exports import read_messages
from civility.exports.jsonstream import JSONSyntaxError, iter_values
from civility.types import Message, Skipped

EXPORTS = Path(__file__).parent / "data" / "exports"
SAMPLES = Path(__file__).parents[1] / "data" / "samples"


def _messages(path: Path) -> list[Message]:
    items = list(read_messages(path))
    assert not [i for i in items if isinstance(i, Skipped)]
    return [i for i in items if isinstance(i, Message)]


def test_paginated_arrays_back_to_back() -> None:
    messages = _messages(EXPORTS / "paginated.json")
    assert [(m.id, m.text, m.source.line if m.source else None) for m in messages] == [
        ("issuecomment-101", "page one, first", 2),
        ("issuecomment-102", "page one, second", 14),
        ("issuecomment-103", "page two, only", 27),
    ]
    assert [(m.thread, m.repo, m.author) for m in messages] == [
        ("7", "example/widgets", "ana"),
        ("7", "example/widgets", "ben"),
        ("7", "example/widgets", "cy"),
    ]


# field, expected value for each message in nested/pull-and-review.json
PULL_AND_REVIEW = [
    ("id", ["example/widgets#10", "discussion_r777"]),
    ("text", ["Fix FAQ link", "Use a relative link."]),
    ("thread", ["10", "10"]),
    ("author", ["ben", "cy"]),
    (
        "url",
        [
            "https://github.com/example/widgets/pull/10",
            "https://github.com/example/widgets/pull/10#discussion_r777",
        ],
    ),
    ("repo", ["example/widgets", "example/widgets"]),
    (
        "created_at",
        [
            datetime(2024, 5, 2, 9, 30, tzinfo=timezone(timedelta(hours=2))),
            datetime(2024, 5, 2, 9, 45, tzinfo=UTC),
        ],
    ),
]


@pytest.mark.parametrize(("field", "expected"), PULL_AND_REVIEW, ids=[f for f, _ in PULL_AND_REVIEW])
def test_pull_request_and_review_comment_mapping(field: str, expected: list[object]) -> None:
    messages = _messages(EXPORTS / "nested" / "pull-and-review.json")
    assert [getattr(m, field) for m in messages] == expected


def test_gh_issue_view_shape() -> None:
    messages = _messages(EXPORTS / "gh-issue-view.json")
    assert [(m.id, m.text, m.author, m.thread, m.repo) for m in messages] == [
        (
            "example/widgets#9",
            "Docs: broken link\n\nThe link to the FAQ 404s.",
            "ana",
            "9",
            "example/widgets",
        ),
        ("issuecomment-9001", "Fixed in #10.", "ben", "9", "example/widgets"),
        ("issuecomment-9002", "Thanks!", "cy", "9", "example/widgets"),
    ]
    assert messages[1].created_at == datetime(2024, 5, 2, 9, tzinfo=UTC)
    assert [m.source.record for m in messages if m.source] == [0, 1, 2]


def test_sample_thread_is_read_whole_with_offsets_into_title_and_body() -> None:
    messages = _messages(SAMPLES / "issue-thread.json")
    assert len(messages) == 14
    issue = messages[0]
    assert issue.text.startswith("Export crashes on widget names with accents\n\nExporting a widget")
    assert issue.text.index("Traceback") > 0
    assert len({m.id for m in messages}) == 14
    assert {m.repo for m in messages} == {"example/widgets"} and {m.thread for m in messages} == {"42"}
    assert all(m.created_at and m.created_at.tzinfo for m in messages)
    assert "dependabot[bot]" in {m.author for m in messages}


def test_review_comment_sample_jsonl_gets_github_mapping() -> None:
    messages = _messages(SAMPLES / "review-comments.jsonl")
    assert len(messages) == 5
    assert all(m.id.startswith("discussion_r") and m.thread == "57" for m in messages)
    assert [m.source.line for m in messages if m.source] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[1, 2][3]\n[]{"a": [4]}', [(1, 1), (1, 2), (1, 3), (2, {"a": [4]})]),
        ('\n\n  [\n {"x": 1},\n\n {"x": 2}\n]', [(4, {"x": 1}), (6, {"x": 2})]),
        ('{"a": 1}\n{"a": 2}\n', [(1, {"a": 1}), (2, {"a": 2})]),
        ("[ ]  [\n]", []),
        ('[123456789, "x\\u00e9", true, null]', [(1, 123456789), (1, "xé"), (1, True), (1, None)]),
    ],
)
def test_iter_values_streams_with_lines(text: str, expected: list[tuple[int, object]]) -> None:
    assert list(iter_values(io.StringIO(text))) == expected


def test_iter_values_across_window_edges(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("civility.exports.jsonstream.CHUNK", 7)
    text = '[{"body": "a long string \\u00e9 that crosses edges"},\n 12345678901234, true,\n"\\n"]'
    assert list(iter_values(io.StringIO(text))) == [
        (1, {"body": "a long string é that crosses edges"}),
        (2, 12345678901234),
        (2, True),
        (3, "\n"),
    ]


@pytest.mark.parametrize(
    ("text", "line", "in_array"),
    [("[1, 2,\n oops]", 2, True), ("nope", 1, False), ('[{"a": 1}\n{"b": 2}]', 2, True), ("[1, 2", 1, True)],
)
def test_iter_values_reports_line_of_syntax_error(text: str, line: int, in_array: bool) -> None:
    with pytest.raises(JSONSyntaxError) as info:
        list(iter_values(io.StringIO(text)))
    assert (info.value.line, info.value.in_array) == (line, in_array)
