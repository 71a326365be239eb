"""Turn per-group counters into the published tables, suppressing groups under the minimum size."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from civility.health.accumulate import GroupState, HealthAccumulator
from civility.health.stats import median, top_share, wilson
from civility.types import Category

if TYPE_CHECKING:
    import pandas as pd

MIN_CELL = 10
"""Groups with fewer messages than this are suppressed (their numbers are blanked)."""

OVERALL = "(all)"

GROUP_COLUMNS = (
    "messages",
    "flagged_messages",
    "flagged_rate",
    "flagged_ci_low",
    "flagged_ci_high",
    "threads",
    "threads_flagged_share",
    "authors",
    "flags_top1pct_authors_share",
    "flags_top10pct_authors_share",
    "flagged_threads_with_reply",
    "median_hours_to_next_reply",
)
RATE_COLUMNS = ("messages", "flagged", "rate", "ci_low", "ci_high")


@dataclass(frozen=True)
class HealthTables:
    """The aggregate tables: one row per group, and one row per group and category."""

    by: str
    groups: pd.DataFrame
    """group, suppressed and GROUP_COLUMNS; the last row is the overall total."""
    rates: pd.DataFrame
    """group, category, suppressed and RATE_COLUMNS: the flagged rate per category with a 95% Wilson CI."""
    min_cell: int
    skipped: int
    failed: tuple[str, ...]


def build_tables(acc: HealthAccumulator, min_cell: int = MIN_CELL) -> HealthTables:
    """The tables for everything `acc` counted; groups are sorted by name, the overall row last."""
    import pandas as pd

    named = sorted(acc.groups.items()) if acc.by != "category" else []
    named.append((OVERALL, acc.overall))
    groups = [{"group": name, **_group_row(state, min_cell)} for name, state in named]
    rates = [
        {"group": name, "category": category.value, **_rate_row(state, category, min_cell)}
        for name, state in named
        for category in Category
    ]
    return HealthTables(
        acc.by, pd.DataFrame(groups), pd.DataFrame(rates), min_cell, acc.skipped, tuple(acc.failed)
    )


def _group_row(state: GroupState, min_cell: int) -> dict[str, object]:
    if state.messages < min_cell:
        return {"suppressed": True, **dict.fromkeys(GROUP_COLUMNS)}
    low, high = wilson(state.flagged, state.messages)
    flagged_threads = [t for t in state.threads.values() if t.flagged]
    waits = [
        (t.next_reply - t.first_flag) / 3600
        for t in flagged_threads
        if t.first_flag is not None and t.next_reply is not None
    ]
    flags = state.author_flags.values()
    return {
        "suppressed": False,
        "messages": state.messages,
        "flagged_messages": state.flagged,
        "flagged_rate": state.flagged / state.messages,
        "flagged_ci_low": low,
        "flagged_ci_high": high,
        "threads": len(state.threads),
        "threads_flagged_share": len(flagged_threads) / len(state.threads) if state.threads else None,
        "authors": len(state.authors),
        "flags_top1pct_authors_share": top_share(flags, len(state.authors), 0.01),
        "flags_top10pct_authors_share": top_share(flags, len(state.authors), 0.10),
        "flagged_threads_with_reply": len(waits),
        "median_hours_to_next_reply": median(waits),
    }


def _rate_row(state: GroupState, category: Category, min_cell: int) -> dict[str, object]:
    if state.messages < min_cell:
        return {"suppressed": True, **dict.fromkeys(RATE_COLUMNS)}
    flagged = state.per_category[category]
    low, high = wilson(flagged, state.messages)
    return {
        "suppressed": False,
        "messages": state.messages,
        "flagged": flagged,
        "rate": flagged / state.messages,
        "ci_low": low,
        "ci_high": high,
    }
