"""Partitioned inputs and outputs (no cluster needed): listing, failure records, per-file Parquet parts."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

from civility.engine.outputs import score_row, write_partitioned
from civility.engine.partitions import Partition, failed_partition, is_failed_input, partitions, split
from civility.errors import InputError
from civility.types import Assessment, Category, Message, Skipped, SourceLocation


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for name in (
        "b/2024-02.jsonl",
        "b/2024-01.jsonl",
        "a-b/x.csv",
        "a/x.parquet",
        "a/notes.txt",
        ".git/c.json",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("", encoding="utf-8")
    return tmp_path


def test_folders_are_listed_like_the_readers_list_them(tree: Path) -> None:
    from civility.exports import read_messages

    listed = partitions([tree])
    assert [Path(p).relative_to(tree).as_posix() for p in listed] == [
        "a/x.parquet", "a-b/x.csv", "b/2024-01.jsonl", "b/2024-02.jsonl",
    ]  # fmt: skip
    read_order = [s.location.path for s in read_messages([tree]) if isinstance(s, Skipped)]
    assert read_order == listed  # every file here is empty, so each yields one Skipped, in order


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [("b/*.jsonl", ["b/2024-01.jsonl", "b/2024-02.jsonl"]), ("**/x.*", ["a-b/x.csv", "a/x.parquet"])],
)
def test_globs_expand_sorted(tree: Path, pattern: str, expected: list[str]) -> None:
    assert [Path(p).relative_to(tree).as_posix() for p in partitions([str(tree / pattern)])] == expected


def test_files_and_hub_names_pass_through_and_empty_globs_are_errors(tree: Path) -> None:
    assert partitions(["hf:org/name:train", str(tree / "a" / "notes.txt")]) == [
        "hf:org/name:train",
        str(tree / "a" / "notes.txt"),
    ]
    with pytest.raises(InputError, match="matches no files"):
        partitions([str(tree / "nothing-*.jsonl")])


def test_failed_partition_is_a_whole_input_skip() -> None:
    failed = failed_partition("exports/part-3.jsonl", MemoryError("worker ran out of memory"))
    assert is_failed_input(failed) and str(failed).startswith("exports/part-3.jsonl: partition failed")
    assert not is_failed_input(Skipped(SourceLocation("x.jsonl", line=4), "invalid JSON"))


def _assessment(i: int, path: str) -> Assessment:
    message = Message(
        id=f"m{i}", text=f"private text {i}", thread=None if i % 2 else "7", author="ana",
        created_at=datetime(2024, 5, 1, tzinfo=UTC), source=SourceLocation(path, line=i + 1),
    )  # fmt: skip
    flagged = frozenset({Category.INSULT, Category.PROFANITY}) if i == 1 else frozenset()
    return Assessment(message, dict.fromkeys(Category, 0.25), flagged=flagged)


def test_write_partitioned_writes_one_parquet_per_input_without_text(tmp_path: Path) -> None:
    items: list[Assessment | Skipped] = [_assessment(i, "one.jsonl") for i in range(3)]
    items.append(Skipped(SourceLocation("two.jsonl", line=1), "invalid JSON"))
    items += [_assessment(i, "two.jsonl") for i in range(3, 8)]
    passed = list(write_partitioned(items, tmp_path, rows_per_batch=2))
    assert passed == items
    first, second = (pd.read_parquet(tmp_path / f"part-0000{i}.parquet") for i in (0, 1))
    assert (len(first), len(second)) == (3, 5)
    assert (
        "text" not in first.columns
        and not first.astype(str).apply(lambda c: c.str.contains("private")).any().any()
    )
    assert first.loc[1, "flagged"] == "insult,profanity" and first.loc[0, "score_insult"] == 0.25
    assert pd.read_csv(tmp_path / "partitions.csv")["input"].tolist() == ["one.jsonl", "two.jsonl"]
    assert list(first.columns) == list(score_row(items[0]))  # type: ignore[arg-type]


SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


def _jsonl(tmp_path: Path, lines: int) -> Path:
    sample = (SAMPLES / "review-comments.jsonl").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "big.jsonl"
    rows = [sample[i % len(sample)] for i in range(lines)]
    rows[7] = "{not json"  # a bad record inside the second range keeps its place and line number
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("lines", "rows", "ranges"),
    [
        (25, 10, [(0, 10), (10, 20), (20, None)]),
        (20, 10, [(0, 10), (10, None)]),
        (10, 10, [(0, None)]),
    ],
)
def test_split_big_files_into_record_ranges(
    tmp_path: Path, lines: int, rows: int, ranges: list[tuple[int, int | None]]
) -> None:
    path = _jsonl(tmp_path, lines)
    assert [(p.start, p.stop) for p in split([str(path)], rows)] == ranges
    pd.DataFrame({"body": ["LGTM", "ship it", "thanks"]}).to_parquet(tmp_path / "x.parquet")
    assert split([str(tmp_path / "x.parquet"), str(SAMPLES / "issue-thread.json")], 2) == [
        Partition(str(tmp_path / "x.parquet"), 0, 2),
        Partition(str(tmp_path / "x.parquet"), 2, None),
        Partition(str(SAMPLES / "issue-thread.json")),  # GitHub JSON arrays are not split
    ]
    assert str(Partition("a.jsonl", 10, 20)) == "a.jsonl (records 10-19)"


def test_record_ranges_give_exactly_the_whole_file_results(tmp_path: Path) -> None:
    from civility.config import Config
    from civility.engine import scan
    from civility.engine.dask import scan_partition

    path = _jsonl(tmp_path, 23)
    parts = split([str(path)], 5)
    assert len(parts) == 5
    ranged = [item for part in parts for item in scan_partition(part, Config(), None, None)]
    assert ranged == list(scan([path], config=Config()))
