"""The triage report: flagged messages ranked for human review, with the scan's counts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from civility.engine import ScanSummary
from civility.types import Assessment, Category, Skipped

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Report:
    """Everything a renderer needs; renderers never see unredacted text unless `show_private`."""

    items: tuple[Assessment, ...]
    """Flagged messages, highest priority first (severity × score, ties broken by recency)."""
    summary: ScanSummary
    skipped: tuple[Skipped, ...] = ()
    thresholds: Mapping[Category, float] = field(default_factory=dict)
    show_private: bool = False
    status: Mapping[str, str] = field(default_factory=dict)
    """Baseline status per message id (`new`, `unreviewed`, `confirmed`, `dismissed`) with a baseline."""
    dismissed: int = 0
    """Flagged messages left out of `items` because a human dismissed them in the baseline."""


def rank(assessments: Iterable[Assessment]) -> tuple[Assessment, ...]:
    """Flagged assessments by priority (descending), then most recent first, then input order."""
    flagged = [a for a in assessments if a.flagged]
    return tuple(sorted(flagged, key=lambda a: (-round(a.priority, 6), -timestamp(a))))


def timestamp(assessment: Assessment) -> float:
    """Seconds since 1970 of the message's creation (naive times taken as UTC); 0 when unknown."""
    created = assessment.message.created_at
    if created is None:
        return 0.0
    if created.tzinfo is None:
        created = created.replace(tzinfo=UTC)
    return (created - _EPOCH).total_seconds()
