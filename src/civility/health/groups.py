"""How messages are grouped for the health tables: by month, quarter, repository, thread or not at all."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from civility.types import Message

GROUPINGS = ("month", "quarter", "repo", "category", "thread")
"""Valid values of `by` / `--by`."""

UNKNOWN = "unknown"


def group_key(by: str) -> Callable[[Message], str]:
    """The function naming a message's group for grouping `by`."""
    return _KEYS[by]


def _month(message: Message) -> str:
    when = _utc(message.created_at)
    return f"{when.year}-{when.month:02d}" if when else UNKNOWN


def _quarter(message: Message) -> str:
    when = _utc(message.created_at)
    return f"{when.year}-Q{(when.month - 1) // 3 + 1}" if when else UNKNOWN


def _utc(when: datetime | None) -> datetime | None:
    return when.astimezone(UTC) if when is not None and when.tzinfo else when


def _thread(message: Message) -> str:
    if not message.thread:
        return UNKNOWN
    return f"{message.repo}#{message.thread}" if message.repo else message.thread


_KEYS: dict[str, Callable[[Message], str]] = {
    "month": _month,
    "quarter": _quarter,
    "repo": lambda m: m.repo or UNKNOWN,
    "category": lambda m: "all",
    "thread": _thread,
}
