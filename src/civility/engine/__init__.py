"""Execution engines: run the same per-batch scan in-process, on local processes, or on Dask.

`scan(paths, ...)` streams `Assessment`s and `Skipped` records; `Tally` counts them so that
`scanned + skipped == read` can be printed and checked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from civility.config import Config
from civility.filters import reason_kind
from civility.types import Assessment, Category, Skipped

if TYPE_CHECKING:
    from civility.analyzer import Analyzer

ENGINES = ("local", "dask")


@dataclass(frozen=True)
class ScanSummary:
    """Counts for the header of every report."""

    read: int
    """Records read from the inputs (every one is either scanned or skipped)."""
    scanned: int
    skipped: int
    flagged: int
    """Messages with at least one flagged category."""
    per_category: dict[Category, int] = field(default_factory=dict)
    skipped_reasons: dict[str, int] = field(default_factory=dict)
    """Skipped records per short reason."""
    set_aside: int = 0
    """Messages not flagged in which the filters set evidence aside (`Assessment.suppressed`): what a
    moderator never sees, counted so the filters' work is visible."""
    set_aside_kinds: dict[str, int] = field(default_factory=dict)
    """Those messages per kind of frame ("aimed at the writer"); a message counts once per kind."""


class Tally:
    """Counts a stream of results as it passes through."""

    def __init__(self) -> None:
        self.scanned = 0
        self.skipped: list[Skipped] = []
        self.flagged = 0
        self.per_category: Counter[Category] = Counter()
        self.set_aside = 0
        self.set_aside_kinds: Counter[str] = Counter()

    def count(self, item: Assessment | Skipped) -> None:
        if isinstance(item, Skipped):
            self.skipped.append(item)
            return
        self.scanned += 1
        if item.flagged:
            self.flagged += 1
            self.per_category.update(item.flagged)
        elif item.suppressed:
            self.set_aside += 1
            self.set_aside_kinds.update({reason_kind(r) for r in item.suppressed})

    def summary(self) -> ScanSummary:
        reasons = Counter(_short_reason(s.reason) for s in self.skipped)
        return ScanSummary(
            read=self.scanned + len(self.skipped),
            scanned=self.scanned,
            skipped=len(self.skipped),
            flagged=self.flagged,
            per_category={c: self.per_category[c] for c in Category if self.per_category[c]},
            skipped_reasons=dict(reasons.most_common()),
            set_aside=self.set_aside,
            set_aside_kinds=dict(self.set_aside_kinds.most_common()),
        )


def scan(
    paths: Sequence[str | Path],
    *,
    config: Config | None = None,
    input_format: str | None = None,
    text_column: str | None = None,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    analyzer: Analyzer | None = None,
    light: bool = False,
) -> Iterator[Assessment | Skipped]:
    """Read `paths` and assess every message, yielding results in input order.

    Pass an `analyzer` already built from `config` to avoid loading the model again (local engine).
    `light=True` is for callers that only count (health): local workers then send back assessments
    without text and evidence (`local.light_assessment`), which is much cheaper to pickle.
    """
    from civility.exports import read_messages

    config = config or Config()
    if engine == "dask":
        from civility.engine.dask import scan_dask

        yield from scan_dask(
            paths, config=config, input_format=input_format, text_column=text_column, scheduler=scheduler
        )
        return
    from civility.engine.local import scan_records

    records = read_messages([str(p) for p in paths], format=input_format, text_column=text_column)
    yield from scan_records(records, config=config, jobs=jobs, analyzer=analyzer, light=light)


def as_skipped(assessment: Assessment) -> Skipped:
    """A not-assessed message (too long, not English) reported as a skipped record."""
    from civility.types import SourceLocation

    location = assessment.message.source or SourceLocation(path="<input>", record=None)
    return Skipped(location, assessment.reason or "not assessed", assessment.message.id)


def _short_reason(reason: str) -> str:
    return reason.split(";")[0].split(" (")[0][:80]


def count_all(items: Iterable[Assessment | Skipped]) -> Tally:
    tally = Tally()
    for item in items:
        tally.count(item)
    return tally
