"""GitHub exports: REST API JSON (`gh api [--paginate] ...`) of issues, pull requests, issue comments and
PR review comments, and `gh issue view/pr view --json ...` objects with nested `comments`.

Text: a comment is its `body`; an issue or pull request is `title + "\\n\\n" + body` (just the title when
the body is empty), so titles are scanned too and offsets index that combined text. Ids: issue comments
`issuecomment-<id>`, review comments `discussion_r<id>` (GitHub's own anchors), issues and pull requests
`<owner/name>#<number>`. JSON that is not GitHub-shaped is read like JSONL records (see columns.py).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from civility.errors import InputError
from civility.exports.checks import ENCODING, check_text_file
from civility.exports.columns import check_text, parse_time, record_to_message, scalar
from civility.exports.ghfields import number_of, repo_of, topic_text
from civility.exports.ghview import view
from civility.exports.jsonstream import JSONSyntaxError, iter_values
from civility.types import Message, Skipped, SourceLocation


def read(path: Path, text_column: str | None = None) -> Iterator[Message | Skipped]:
    """Stream the messages of a GitHub JSON export; bad records become Skipped with their line."""
    check_text_file(path)
    index = 0
    with path.open(encoding=ENCODING, newline="") as fh:
        try:
            for line, value in iter_values(fh):
                for item in records(value, SourceLocation(str(path), line, index), text_column):
                    yield item
                    index += 1
        except JSONSyntaxError as exc:
            if index == 0 and not exc.in_array:
                raise InputError(f"{path}: not JSON ({exc}); check it is a JSON export") from None
            reason = (
                f"invalid JSON ({exc}); fix the file or export it again: the rest of the file was not read"
            )
            yield Skipped(SourceLocation(str(path), exc.line, index), reason)


def records(value: Any, where: SourceLocation, text_column: str | None) -> Iterator[Message | Skipped]:
    """The messages in one decoded JSON value (one record, a `gh ... view` object, or search results)."""
    if not isinstance(value, Mapping):
        kind = type(value).__name__
        yield Skipped(where, f"expected a JSON object, found {kind}; remove the value or fix the export")
    elif isinstance(value.get("items"), list):
        for number, item in enumerate(value["items"]):
            yield from records(
                item, SourceLocation(where.path, where.line, (where.record or 0) + number), text_column
            )
    elif isinstance(value.get("comments"), list):
        yield from view(value, where)
    elif _is_github(value):
        yield _rest(value, where)
    else:
        yield record_to_message(value, where, text_column)


def _is_github(record: Mapping[str, Any]) -> bool:
    return "html_url" in record and isinstance(record.get("user"), Mapping | None) and "body" in record


def _rest(record: Mapping[str, Any], where: SourceLocation) -> Message | Skipped:
    url = scalar(record.get("html_url"))
    repo = repo_of(record)
    is_topic = "title" in record and "number" in record
    number = record.get("number") if is_topic else number_of(record)
    thread = None if number is None else str(number)
    if is_topic:
        message_id = f"{repo or ''}#{number}"
    else:
        kind = (
            "discussion_r" if "pull_request_review_id" in record or "diff_hunk" in record else "issuecomment-"
        )
        message_id = f"{kind}{record.get('id')}"
    text = topic_text(record) if is_topic else record.get("body")
    problem = check_text(text, "body", where, message_id)
    return problem or Message(
        id=message_id,
        text=str(text),
        thread=thread,
        author=scalar(record.get("user")),
        created_at=parse_time(record.get("created_at")),
        url=url,
        repo=repo,
        source=where,
        note=scalar(record.get("civility_note") or record.get("note")),
    )
