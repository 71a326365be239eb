"""Streaming counters for community health: one pass over assessments, per-group state only.

Nothing here keeps a message or its text: a group holds counts, the set of author names it has seen
(for the concentration shares), flag counts per author, and three timestamps per thread.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from civility.engine.partitions import is_failed_input
from civility.health.groups import GROUPINGS, group_key
from civility.types import Assessment, Category, Skipped


@dataclass
class ThreadState:
    """What the response-time metric needs of one thread: its first flag and the earliest later reply.

    Exact when a thread's messages arrive in time order (exports are) or when a thread is split across
    partitions by time; otherwise a reply that arrived before an earlier flag can be missed.
    """

    flagged: bool = False
    first_flag: float | None = None
    next_reply: float | None = None
    earliest: float | None = None

    def see(self, when: float | None, flagged: bool) -> None:
        self.merge(ThreadState(flagged, when if flagged else None, None, when))

    def merge(self, other: ThreadState) -> None:
        flags = [t for t in (self.first_flag, other.first_flag) if t is not None]
        first = min(flags, default=None)
        if first is not None:
            candidates = (
                self.next_reply,
                other.next_reply,
                self.first_flag,
                other.first_flag,
                self.earliest,
                other.earliest,
            )
            later = [t for t in candidates if t is not None and t > first]
            self.next_reply = min(later, default=None)
        self.first_flag = first
        self.flagged = self.flagged or other.flagged
        times = [t for t in (self.earliest, other.earliest) if t is not None]
        self.earliest = min(times, default=None)


@dataclass
class GroupState:
    """Counters for one group (a month, a repository, a thread...)."""

    messages: int = 0
    flagged: int = 0
    per_category: Counter[Category] = field(default_factory=Counter)
    authors: set[str] = field(default_factory=set)
    author_flags: Counter[str] = field(default_factory=Counter)
    threads: dict[tuple[str | None, str], ThreadState] = field(default_factory=dict)

    def add(self, assessment: Assessment) -> None:
        message = assessment.message
        flagged = bool(assessment.flagged)
        self.messages += 1
        self.flagged += flagged
        self.per_category.update(assessment.flagged)
        if message.author:
            self.authors.add(message.author)
            if flagged:
                self.author_flags[message.author] += 1
        if message.thread:
            state = self.threads.setdefault((message.repo, message.thread), ThreadState())
            state.see(timestamp(message.created_at), flagged)

    def merge(self, other: GroupState) -> None:
        self.messages += other.messages
        self.flagged += other.flagged
        self.per_category.update(other.per_category)
        self.authors |= other.authors
        self.author_flags.update(other.author_flags)
        for key, state in other.threads.items():
            self.threads.setdefault(key, ThreadState()).merge(state)


def timestamp(when: datetime | None) -> float | None:
    """Seconds since the epoch; a naive datetime is taken as UTC."""
    if when is None:
        return None
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp()


class HealthAccumulator:
    """Per-group counters fed one result at a time; mergeable, so partitions can be counted apart."""

    def __init__(self, by: str = "month") -> None:
        if by not in GROUPINGS:
            raise ValueError(f"unknown grouping {by!r}; choose one of: {', '.join(GROUPINGS)}")
        self.by = by
        self.groups: dict[str, GroupState] = {}
        self.overall = GroupState()
        self.skipped = 0
        self.failed: list[str] = []
        """Inputs (partitions, files) that could not be read at all, with the reason."""

    def add(self, item: Assessment | Skipped) -> None:
        if isinstance(item, Skipped):
            if is_failed_input(item):
                self.failed.append(str(item))
            else:
                self.skipped += 1
            return
        self.groups.setdefault(group_key(self.by)(item.message), GroupState()).add(item)
        self.overall.add(item)

    def update(self, items: Iterable[Assessment | Skipped]) -> HealthAccumulator:
        for item in items:
            self.add(item)
        return self

    def merge(self, other: HealthAccumulator) -> HealthAccumulator:
        if other.by != self.by:
            raise ValueError(f"cannot merge counters grouped by {other.by!r} into {self.by!r}")
        for key, state in other.groups.items():
            self.groups.setdefault(key, GroupState()).merge(state)
        self.overall.merge(other.overall)
        self.skipped += other.skipped
        self.failed.extend(other.failed)
        return self


def count_per_input(items: Iterable[Assessment | Skipped], by: str = "month") -> HealthAccumulator:
    """Counters of each input file apart, merged in input order: what the file pool and Dask count.

    Merging per file instead of per message changes nothing but the thread response time of a thread
    whose messages straddle files out of time order (see `ThreadState`); counting this way everywhere
    makes `--jobs 1`, `--jobs N` and Dask (unsplit files) agree exactly."""
    total = HealthAccumulator(by)
    current: HealthAccumulator | None = None
    path: str | None = None
    for item in items:
        where = _input_path(item)
        if current is None or where != path:
            if current is not None:
                total.merge(current)
            current, path = HealthAccumulator(by), where
        current.add(item)
    return total.merge(current) if current is not None else total


def _input_path(item: Assessment | Skipped) -> str | None:
    if isinstance(item, Skipped):
        return item.location.path
    return item.message.source.path if item.message.source else None
