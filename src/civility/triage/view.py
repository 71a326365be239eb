"""Small display helpers shared by the Markdown, HTML and terminal reports."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime

from civility.triage.report import Report
from civility.types import Assessment


def stamp(when: datetime | None) -> str:
    """`2024-05-01 12:00 UTC` (naive times are taken as UTC), or `undated`."""
    if when is None:
        return "undated"
    aware = when if when.tzinfo is not None else when.replace(tzinfo=UTC)
    return aware.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def day(when: datetime | None) -> str:
    return stamp(when)[:10] if when is not None else "?"


def period(first: datetime | None, last: datetime | None) -> str:
    """`2024-05-01 – 2024-06-02`, one day when both are the same, `undated` when unknown."""
    if first is None or last is None:
        return "undated"
    return day(first) if day(first) == day(last) else f"{day(first)} – {day(last)}"


def where_parts(item: Assessment) -> list[tuple[str, str]]:
    """(kind, text) pairs: repo, thread, author (with @), date, source; for display only."""
    m = item.message
    parts = [
        ("repo", m.repo),
        ("thread", f"thread #{m.thread}" if m.thread else None),
        ("author", f"@{m.author}" if m.author else None),
        ("date", stamp(m.created_at) if m.created_at else None),
        ("id", f"id {m.id}"),
    ]
    return [(kind, text) for kind, text in parts if text]


def status_of(report: Report, item: Assessment) -> str | None:
    """Baseline status (`new`, `unreviewed`, `confirmed`, `dismissed`) when a baseline was given."""
    if not report.status:
        return None
    return report.status.get(item.message.id, "new")


def printable(text: str) -> str:
    """`text` safe for a terminal: control and invisible format characters (ANSI escapes, bidi
    overrides, zero-width joiners) shown as `\\x1b`-style escapes instead of acting on the screen."""
    return "".join(
        ch if ch in "\n\t" or unicodedata.category(ch) not in _HIDDEN else _escape(ch) for ch in text
    )


_HIDDEN = {"Cc", "Cf", "Co", "Cs", "Zl", "Zp"}


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
