"""Column-name guessing and the generic record → Message mapping used by JSONL, CSV, Parquet and datasets."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from civility.errors import InputError
from civility.types import Message, Skipped, SourceLocation

TEXT_COLUMNS = ("body", "text", "comment_body", "message", "comment")
"""Tried in this order when no text column is given."""

FIELD_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "id": ("id", "comment_id", "message_id", "_id"),
    "thread": ("thread", "thread_id", "issue_number", "pr_number", "number", "issue", "conversation_id"),
    "author": ("author", "author_login", "user_login", "login", "user", "username"),
    "created_at": ("created_at", "createdAt", "created", "date", "timestamp"),
    "url": ("html_url", "url", "link"),
    "repo": ("repo", "repository", "repo_name", "full_name"),
    "note": ("civility_note", "note"),
}
"""Optional metadata fields, each found under the first of these names that the record has."""


def find_column(columns: Iterable[str], candidates: Iterable[str]) -> str | None:
    """The first candidate present in `columns` (exact name first, then case-insensitively)."""
    names = list(columns)
    lowered = {name.lower(): name for name in names}
    for candidate in candidates:
        if candidate in names:
            return candidate
        if candidate.lower() in lowered:
            return lowered[candidate.lower()]
    return None


def text_column_for(columns: Iterable[str], text_column: str | None, where: str) -> str:
    """The text column to read, or InputError listing what exists and how to choose."""
    names = list(columns)
    found = find_column(names, [text_column] if text_column else TEXT_COLUMNS)
    if found is not None:
        return found
    wanted = repr(text_column) if text_column else "one of " + ", ".join(TEXT_COLUMNS)
    have = ", ".join(names[:20]) or "none"
    raise InputError(f"{where}: no text column ({wanted}); columns are: {have}; pass --text-column NAME")


def scalar(value: Any) -> str | None:
    """A metadata value as text: nested user/repo objects give their login or full name."""
    if isinstance(value, Mapping):
        value = value.get("login") or value.get("full_name") or value.get("name")
    if value is None or value == "":
        return None
    return str(value)


def parse_time(value: Any) -> datetime | None:
    """ISO 8601 text ('Z' allowed), epoch seconds, or a datetime; None when absent or unparseable."""
    if isinstance(value, datetime):
        return value
    if hasattr(value, "to_pydatetime"):
        return value.to_pydatetime()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, tz=UTC)
    if isinstance(value, str) and value.strip():
        try:
            return datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def check_text(value: Any, column: str, where: SourceLocation, message_id: str | None) -> Skipped | None:
    """A Skipped when the text field is missing, empty or not text; None when it can be scanned."""
    if isinstance(value, str) and value.strip():
        return None
    if value is None or (isinstance(value, str)):
        reason = f"no text in {column!r}; nothing to scan (fill the field or drop the record)"
    else:
        reason = f"{column!r} is {type(value).__name__}, expected text; fix the export"
    return Skipped(location=where, reason=reason, message_id=message_id)


def record_to_message(
    record: Mapping[str, Any], where: SourceLocation, text_column: str | None
) -> Message | Skipped:
    """Map a flat record onto a Message, guessing metadata columns by their common names."""
    names, column = _layout(tuple(record.keys()), text_column)
    fields = {key: None if name is None else record[name] for key, name in names.items()}
    message_id = scalar(fields["id"]) or str(where)
    if column is None:
        wanted = repr(text_column) if text_column else "any of " + ", ".join(TEXT_COLUMNS)
        return Skipped(where, f"record has no text field ({wanted}); pass --text-column NAME", message_id)
    problem = check_text(record[column], column, where, message_id)
    if problem is not None:
        return problem
    return Message(
        id=message_id,
        text=record[column],
        thread=scalar(fields["thread"]),
        author=scalar(fields["author"]),
        created_at=parse_time(fields["created_at"]),
        url=scalar(fields["url"]),
        repo=scalar(fields["repo"]),
        source=where,
        note=scalar(fields["note"]),
    )


@lru_cache(maxsize=256)
def _layout(keys: tuple[str, ...], text_column: str | None) -> tuple[dict[str, str | None], str | None]:
    """The column of each metadata field and the text column for records with these keys, in this
    order; the records of one export nearly always share their keys, so this runs once per file
    instead of eight column searches per record."""
    names = {key: find_column(keys, candidates) for key, candidates in FIELD_COLUMNS.items()}
    return names, find_column(keys, [text_column] if text_column else TEXT_COLUMNS)
