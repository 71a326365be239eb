"""Community-health aggregates on hand-built assessments: statistics, grouping, threads, suppression."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import pytest

from civility import health
from civility.health.accumulate import HealthAccumulator, ThreadState
from civility.health.groups import group_key
from civility.health.stats import median, top_share, wilson
from civility.types import Assessment, Category, Message, Skipped, SourceLocation

T0 = datetime(2024, 1, 31, 22, 0, tzinfo=UTC)
ZERO = dict.fromkeys(Category, 0.0)


def assessment(
    i: int,
    *,
    flagged: tuple[Category, ...] = (),
    thread: str | None = "1",
    author: str | None = "ana",
    hours: float = 0.0,
    repo: str | None = "example/widgets",
) -> Assessment:
    message = Message(
        id=str(i),
        text=f"secret text {i}",
        thread=thread,
        author=author,
        created_at=T0 + timedelta(hours=hours),
        repo=repo,
    )
    return Assessment(message, ZERO, flagged=frozenset(flagged))


@pytest.mark.parametrize(
    ("successes", "trials", "low", "high"),
    [(0, 10, 0.0, 0.2775), (5, 10, 0.2366, 0.7634), (10, 10, 0.7225, 1.0), (1, 1000, 0.00018, 0.00565)],
)
def test_wilson_matches_published_values(successes: int, trials: int, low: float, high: float) -> None:
    got = wilson(successes, trials)
    assert got == pytest.approx((low, high), abs=5e-5)


def test_wilson_without_trials_is_nan_and_rejects_impossible_counts() -> None:
    assert all(math.isnan(x) for x in wilson(0, 0))
    with pytest.raises(ValueError, match="between 0 and trials"):
        wilson(11, 10)


@pytest.mark.parametrize(
    ("counts", "population", "fraction", "share"),
    [
        ([8, 1, 1], 100, 0.01, 0.8),  # top 1% of 100 authors = the single most flagged author
        ([8, 1, 1], 100, 0.10, 1.0),  # top 10 authors hold every flag
        ([1] * 50, 50, 0.10, 0.1),  # flags spread evenly: top 10% hold 10%
        ([3, 0, 0], 3, 0.01, 1.0),  # tiny population still gives one author
    ],
)
def test_top_share(counts: list[int], population: int, fraction: float, share: float) -> None:
    assert top_share(counts, population, fraction) == pytest.approx(share)


def test_top_share_and_median_without_data_are_nan() -> None:
    assert math.isnan(top_share([0, 0], 10, 0.1))
    assert math.isnan(median([]))
    assert median([3.0, 1.0, 2.0, 10.0]) == 2.5


@pytest.mark.parametrize(
    ("events", "first_flag", "next_reply"),
    [
        ([(0, False), (3, True), (5, False), (9, False)], 3, 5),  # in order
        ([(3, True), (9, False), (5, False)], 3, 5),  # a reply arrives late in the stream
        ([(3, True), (5, False), (1, True)], 1, 3),  # an earlier flag: the later flag is its reply
        ([(3, True)], 3, None),  # nobody answered
        ([(0, False), (2, False)], None, None),  # never flagged
        ([(4, True), (4, False), (6, False)], 4, 6),  # same-second messages are not replies
    ],
)
def test_thread_first_flag_and_next_reply(
    events: list[tuple[float, bool]], first_flag: float | None, next_reply: float | None
) -> None:
    state = ThreadState()
    for when, flagged in events:
        state.see(when, flagged)
    assert (state.first_flag, state.next_reply) == (first_flag, next_reply)


def test_thread_split_by_time_across_partitions_merges_exactly() -> None:
    early, late = ThreadState(), ThreadState()
    early.see(1, True)
    late.see(2, False)
    late.see(3, True)
    early.merge(late)
    assert (early.first_flag, early.next_reply, early.flagged) == (1, 2, True)


@pytest.mark.parametrize(
    ("by", "when", "repo", "thread", "key"),
    [
        ("month", datetime(2024, 3, 31, 23, 30, tzinfo=UTC), None, None, "2024-03"),
        ("month", datetime(2024, 4, 1, 1, 0, tzinfo=UTC) - timedelta(hours=2), None, None, "2024-03"),
        ("month", datetime(2024, 3, 5), None, None, "2024-03"),  # naive: taken as UTC
        ("month", None, None, None, "unknown"),
        ("quarter", datetime(2024, 4, 1, tzinfo=UTC), None, None, "2024-Q2"),
        ("quarter", datetime(2023, 12, 31, tzinfo=UTC), None, None, "2023-Q4"),
        ("repo", None, "example/widgets", None, "example/widgets"),
        ("repo", None, None, None, "unknown"),
        ("thread", None, "example/widgets", "42", "example/widgets#42"),
        ("thread", None, None, "release-3.3", "release-3.3"),
        ("category", None, "example/widgets", "1", "all"),
    ],
)
def test_group_keys(by: str, when: datetime | None, repo: str | None, thread: str | None, key: str) -> None:
    message = Message(id="1", text="x", created_at=when, repo=repo, thread=thread)
    assert group_key(by)(message) == key


def test_unknown_grouping_lists_the_valid_ones() -> None:
    with pytest.raises(ValueError, match="month, quarter, repo, category, thread"):
        HealthAccumulator("week")


def sample() -> list[Assessment | Skipped]:
    """January: 12 messages in 3 threads, 3 flagged (2 by one author). February: 9 messages (suppressed)."""
    items: list[Assessment | Skipped] = []
    for i in range(12):
        flagged = (Category.INSULT,) if i in (0, 4) else (Category.PROFANITY,) if i == 8 else ()
        author = "troll" if i in (0, 4) else f"dev{i}"
        items.append(assessment(i, flagged=flagged, thread=str(i // 4), author=author, hours=i * 0.1 - 1))
    items += [assessment(100 + i, hours=30 + i, thread="9") for i in range(9)]
    items.append(Skipped(SourceLocation("a.jsonl", line=3), "invalid JSON"))
    items.append(Skipped(SourceLocation("broken.parquet"), "not a readable Parquet file"))
    return items


def test_tables_per_month() -> None:
    tables = health.build_tables(health.accumulate(sample(), "month"))
    jan, feb, overall = tables.groups.to_dict("records")
    assert (jan["group"], jan["messages"], jan["flagged_messages"]) == ("2024-01", 12, 3)
    assert jan["threads"] == 3 and jan["threads_flagged_share"] == pytest.approx(1.0)
    assert jan["flags_top10pct_authors_share"] == pytest.approx(1.0)  # 11 authors: top 2 hold all 3
    assert jan["flags_top1pct_authors_share"] == pytest.approx(2 / 3)
    assert jan["median_hours_to_next_reply"] == pytest.approx(0.1)
    assert feb["group"] == "2024-02" and feb["suppressed"] and math.isnan(feb["messages"])
    assert overall["group"] == "(all)" and overall["messages"] == 21
    assert (tables.skipped, tables.failed) == (1, ("broken.parquet: not a readable Parquet file",))
    insult = tables.rates[(tables.rates["group"] == "2024-01") & (tables.rates["category"] == "insult")]
    assert insult.iloc[0][["flagged", "rate"]].tolist() == [2, pytest.approx(2 / 12)]


@pytest.mark.parametrize(("min_cell", "suppressed"), [(9, False), (10, True)])
def test_min_cell_boundary(min_cell: int, suppressed: bool) -> None:
    tables = health.build_tables(health.accumulate(sample(), "month"), min_cell=min_cell)
    assert bool(tables.groups.iloc[1]["suppressed"]) is suppressed


def test_merging_partitions_equals_one_pass() -> None:
    items = sample()
    whole = health.build_tables(health.accumulate(items, "thread"))
    parts = health.accumulate(items[:5], "thread").merge(health.accumulate(items[5:], "thread"))
    merged = health.build_tables(parts)
    assert whole.groups.equals(merged.groups) and whole.rates.equals(merged.rates)


def test_by_category_has_one_row_per_category() -> None:
    tables = health.build_tables(health.accumulate(sample(), "category"))
    assert list(tables.groups["group"]) == ["(all)"]
    assert list(tables.rates["category"]) == [c.value for c in Category]
