"""Group the ranked queue by thread and by author, so a moderator sees patterns, not just comments.

civility never decides a consequence: the Contributor Covenant's enforcement ladder is listed as
context for the humans who do, next to the facts (how often, where, over what period).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from civility.triage.report import timestamp
from civility.types import Assessment, Category

LADDER: tuple[tuple[str, str], ...] = (
    ("Correction", "unprofessional or unwelcome language: a private, written explanation and a reminder"),
    ("Warning", "a single incident or a series of actions: a warning with consequences for continuing"),
    ("Temporary Ban", "a serious violation, including sustained inappropriate behaviour"),
    ("Permanent Ban", "a pattern of violations, harassment of a person, or attacks on groups of people"),
)
"""The Contributor Covenant 2.1 enforcement ladder (paraphrased), shown for the humans who decide."""


@dataclass(frozen=True)
class ThreadGroup:
    """A conversation with flagged comments; `items` in the order they were written."""

    thread: str
    repo: str | None
    items: tuple[Assessment, ...]
    priority: float
    """The highest priority among the thread's flagged comments."""

    @property
    def heated(self) -> bool:
        """More than one flagged comment: read the thread as one unit."""
        return len(self.items) > 1


@dataclass(frozen=True)
class AuthorGroup:
    """One writer's flagged messages: how many, in how many threads, over what period."""

    author: str
    items: tuple[Assessment, ...]
    threads: tuple[str, ...]
    first: datetime | None
    last: datetime | None
    categories: tuple[tuple[Category, int], ...]
    """Flagged categories with how many of the author's messages were flagged for each."""
    priority: float
    mentioned: tuple[tuple[str, int], ...] = ()
    """People @mentioned in these flagged messages (handle without "@", in how many of them), most
    often first. A person named again and again by one writer's flagged messages is what "sustained
    targeting of a person" looks like; a mention is not proof of a target ("cc @maintainer")."""


def by_thread(items: Sequence[Assessment]) -> tuple[ThreadGroup, ...]:
    """Threads by their highest priority; messages without a thread are left out."""
    groups: dict[tuple[str | None, str], list[Assessment]] = {}
    for item in items:
        if item.message.thread:
            groups.setdefault((item.message.repo, item.message.thread), []).append(item)
    out = [
        ThreadGroup(thread, repo, _chronological(members), max(a.priority for a in members))
        for (repo, thread), members in groups.items()
    ]
    return tuple(sorted(out, key=lambda g: (-round(g.priority, 6), -len(g.items))))


def by_author(items: Sequence[Assessment]) -> tuple[AuthorGroup, ...]:
    """Authors by number of flagged messages, then highest priority; anonymous messages left out."""
    groups: dict[str, list[Assessment]] = {}
    for item in items:
        if item.message.author:
            groups.setdefault(item.message.author, []).append(item)
    return tuple(
        sorted(
            (_author(name, members) for name, members in groups.items()),
            key=lambda g: (-len(g.items), -round(g.priority, 6), g.author),
        )
    )


def _author(name: str, members: list[Assessment]) -> AuthorGroup:
    ordered = _chronological(members)
    dates = [a.message.created_at for a in ordered if a.message.created_at is not None]
    threads = tuple(dict.fromkeys(a.message.thread for a in ordered if a.message.thread))
    counts = {c: sum(c in a.flagged for a in ordered) for c in Category}
    categories = tuple((c, n) for c, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n)
    priority = max(a.priority for a in ordered)
    first, last = min(dates, default=None), max(dates, default=None)
    return AuthorGroup(name, ordered, threads, first, last, categories, priority, _mentioned(name, ordered))


def _mentioned(author: str, items: Sequence[Assessment]) -> tuple[tuple[str, int], ...]:
    """Handles @mentioned (preprocessing's `mention` spans: not in code or quotes) per message, the
    author's own left out, by how many of the messages mention them, then by name. GitHub handles
    ignore case, so "@Bob" and "@bob" are one person, shown as first written."""
    counts: dict[str, int] = {}
    shown: dict[str, str] = {}
    for item in items:
        text = item.message.text
        handles = {text[s.start + 1 : s.end] for s in item.masked if s.kind == "mention"}
        for key in {h.lower(): h for h in handles}.keys() - {author.lower()}:
            shown.setdefault(key, next(h for h in handles if h.lower() == key))
            counts[key] = counts.get(key, 0) + 1
    return tuple((shown[k], n) for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _chronological(members: list[Assessment]) -> tuple[Assessment, ...]:
    return tuple(sorted(members, key=timestamp))
