"""`gh issue view` / `gh pr view --json title,body,author,comments,url,number`: the topic, then its comments.

Comment ids come from the `#issuecomment-<n>` anchor of their URL (as in REST exports), else their node id.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from civility.exports.columns import check_text, parse_time, scalar
from civility.exports.ghfields import ANCHOR, number_of, repo_of, topic_text
from civility.types import Message, Skipped, SourceLocation


def view(record: Mapping[str, Any], where: SourceLocation) -> Iterator[Message | Skipped]:
    """`gh issue view --json title,body,author,comments,url,number`: the issue, then each comment."""
    url = scalar(record.get("url"))
    repo = repo_of(record)
    thread = scalar(record.get("number")) or number_of(record)
    topic_id = f"{repo or ''}#{thread}"
    text = topic_text(record)
    problem = check_text(text, "body", where, topic_id)
    if "title" in record or "body" in record:
        yield problem or Message(
            topic_id,
            text,
            thread,
            scalar(record.get("author")),
            parse_time(record.get("createdAt")),
            url,
            repo,
            where,
        )
    for number, comment in enumerate(record["comments"], start=1):
        at = SourceLocation(where.path, where.line, (where.record or 0) + number)
        if not isinstance(comment, Mapping):
            yield Skipped(at, f"comment is {type(comment).__name__}, expected an object; fix the export")
            continue
        curl = scalar(comment.get("url"))
        anchor = ANCHOR.search(curl or "")
        cid = anchor.group(1) if anchor else scalar(comment.get("id")) or f"{topic_id}/{number}"
        body = comment.get("body")
        yield check_text(body, "body", at, cid) or Message(
            cid,
            str(body),
            thread,
            scalar(comment.get("author")),
            parse_time(comment.get("createdAt")),
            curl,
            repo,
            at,
        )
