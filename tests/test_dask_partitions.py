"""Partitioned inputs and outputs (no cluster needed): listing, line and record ranges, failure records,
per-file Parquet parts."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

from civility.engine.outputs import score_row, write_partitioned
from civility.engine.partitions import (
    Partition,
    failed_partition,
    is_failed_input,
    partitions,
    split,
    whole_file_results,
)
from civility.engine.tasks import partition_records
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
    if lines > 12:  # one line, three records: the records after it are numbered past the line count
        rows[12] = '{"items": [' + ", ".join(sample[:3]) + "]}"
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
def test_split_big_files_into_line_and_record_ranges(
    tmp_path: Path, lines: int, rows: int, ranges: list[tuple[int, int | None]]
) -> None:
    path = _jsonl(tmp_path, lines)
    parts = split([str(path)], rows)
    assert [(p.start, p.stop) for p in parts] == ranges
    data = path.read_bytes()
    line_starts = [0, *(i + 1 for i, byte in enumerate(data) if byte == ord("\n"))]
    byte_ranges = [(line_starts[a], None if b is None else line_starts[b]) for a, b in ranges]
    if len(ranges) == 1:
        byte_ranges = [(None, None)]  # not split
    assert [(p.byte_start, p.byte_stop) for p in parts] == byte_ranges
    as_github = split([str(path)], rows, "github")  # another reader: record ranges of its stream
    assert [(p.start, p.stop, p.byte_start) for p in as_github] == [(a, b, None) for a, b in ranges]
    pd.DataFrame({"body": ["LGTM", "ship it", "thanks"]}).to_parquet(tmp_path / "x.parquet")
    assert split([str(tmp_path / "x.parquet"), str(SAMPLES / "issue-thread.json")], 2) == [
        Partition(str(tmp_path / "x.parquet"), 0, 2),
        Partition(str(tmp_path / "x.parquet"), 2, None),
        Partition(str(SAMPLES / "issue-thread.json")),  # GitHub JSON arrays are not split
    ]
    assert str(Partition("a.jsonl", 10, 20)) == "a.jsonl (records 10-19)"
    assert str(Partition("a.jsonl", 10, 20, byte_start=512, byte_stop=1024)) == "a.jsonl (lines 11-20)"
    assert str(Partition("a.jsonl", 20, None, byte_start=1024)) == "a.jsonl (lines 21-end)"


def test_record_ranges_give_exactly_the_whole_file_results(tmp_path: Path) -> None:
    from civility.config import Config
    from civility.engine import scan
    from civility.engine.dask import scan_partition

    path = _jsonl(tmp_path, 23)
    parts = split([str(path)], 5)
    assert len(parts) == 5 and all(p.byte_start is not None for p in parts)
    results = ((part, scan_partition(part, Config(), None, None)) for part in parts)
    ranged = list(whole_file_results(results))  # what the Dask client does with the workers' results
    assert ranged == list(scan([path], config=Config()))
    assert ranged[-1].message.source == SourceLocation(str(path), 23, 24)  # type: ignore[union-attr]


def _line(i: int) -> str:
    """A record; every other one without an id, so its id is its location (line number)."""
    return json.dumps({"id": f"c{i}", "body": f"comment {i}"} if i % 2 else {"body": f"comment {i}"})


def _lines(n: int, **replaced: str) -> list[str]:
    lines = [_line(i) for i in range(n)]
    for index, text in replaced.items():
        lines[int(index.removeprefix("at"))] = text
    return lines


def _file(lines: list[str], end: str = "\n", last: str = "\n") -> bytes:
    return (end.join(lines) + last).encode()


ITEMS = json.dumps({"items": [{"id": "i1", "body": "one"}, 5, {"body": "three"}]})
VIEW = json.dumps({"title": "Bug", "body": "b", "number": 9, "comments": [{"body": "me too"}, {"body": ""}]})
BOM = "\ufeff"
UNICODE = json.dumps({"body": "naïve ✓ 😀"}, ensure_ascii=False)
LAYOUTS: dict[str, bytes] = {  # 9 or 10 lines, split in ranges of 3 lines (boundaries before lines 3, 6, 9)
    "BOM at file start": BOM.encode() + _file(_lines(9)),
    "BOMs after the file start stay (invalid JSON)": _file(_lines(9, at1=BOM + _line(1), at3=BOM + _line(3))),
    "bad JSON at a boundary": _file(_lines(9, at3="{not json", at6="[1, 2")),
    "bad JSON inside a range": _file(_lines(9, at4="{not json")),
    "blank lines at boundaries": _file(_lines(10, at2="", at3="  \t", at6="", at9="")),
    "no trailing newline": _file(_lines(10), last=""),
    "CRLF line ends": _file(_lines(9, at3="", at5="{bad"), end="\r\n", last="\r\n"),
    "items lists (several records from one line)": _file(_lines(9, at1=ITEMS, at3=ITEMS)),
    "gh view objects and non-objects": _file(_lines(9, at2=VIEW, at4="[1]", at6=VIEW)),
    "non-ASCII text": _file(_lines(9, at3=UNICODE, at5=UNICODE)),
}


def _read_in_ranges(
    path: Path, rows: int, input_format: str | None = None
) -> tuple[list[Partition], list[Message | Skipped], list[Message | Skipped]]:
    """The partitions, every partition's records as the Dask client puts them together, and the
    records of the whole file (read without scoring)."""
    from civility.engine.tasks import partition_records
    from civility.exports import read_messages

    parts = split([str(path)], rows, input_format)
    results = ((p, list(partition_records(p, input_format, None))) for p in parts)
    whole = list(read_messages([str(path)], format=input_format))
    return parts, list(whole_file_results(results)), whole


@pytest.mark.parametrize("layout", LAYOUTS)
def test_byte_ranges_read_exactly_the_whole_file_records(tmp_path: Path, layout: str) -> None:
    path = tmp_path / "big.jsonl"
    path.write_bytes(LAYOUTS[layout])
    parts, ranged, whole = _read_in_ranges(path, 3)
    assert len(parts) >= 3 and all(p.byte_start is not None for p in parts)
    assert ranged == whole  # texts, ids, line numbers, record indices, skipped reasons
    records = [r.source.record if isinstance(r, Message) else r.location.record for r in ranged]
    assert records == list(range(len(ranged)))


def test_a_bad_file_is_not_split_and_is_reported_once(tmp_path: Path) -> None:
    """The client checks a big JSONL file once before cutting it, so range workers do not each decode
    the whole file; a file that fails stays one partition and is reported as a whole-file read does."""
    path = tmp_path / "big.ndjson"
    lines = _lines(9)
    lines[5] = json.dumps({"body": "café"}, ensure_ascii=False)
    path.write_bytes(_file(lines).decode().encode("latin-1"))
    parts, ranged, whole = _read_in_ranges(path, 3)
    assert parts == [Partition(str(path))]
    assert ranged == whole and len(ranged) == 1 and is_failed_input(ranged[0])  # type: ignore[arg-type]
    assert "not UTF-8" in ranged[0].reason  # type: ignore[union-attr]


def test_a_range_of_a_checked_file_does_not_decode_the_rest(tmp_path: Path) -> None:
    """A range worker reads only its own bytes: a bad byte outside its range (the file changed after
    it was split) does not fail it, and one inside it fails that partition, not silently."""
    path = tmp_path / "big.jsonl"
    path.write_bytes(_file(_lines(9)))
    parts = split([str(path)], 3)
    data = path.read_bytes()
    bad_at = parts[2].byte_start or 0
    path.write_bytes(data[:bad_at] + b"\xe9" + data[bad_at + 1 :])
    first = list(partition_records(parts[0], None, None))
    assert [type(r) for r in first] == [Message] * 3
    with pytest.raises(UnicodeDecodeError):
        list(partition_records(parts[2], None, None))


@pytest.mark.parametrize(
    ("name", "input_format", "byte_ranges"),
    [
        ("big.txt", "jsonl", None),  # only .jsonl/.ndjson are split: a .txt is one partition
        ("big.jsonl", "jsonl", True),
        ("big.jsonl", "github", False),  # read by another reader: record ranges of its stream
    ],
)
def test_explicit_formats(tmp_path: Path, name: str, input_format: str, byte_ranges: bool | None) -> None:
    path = tmp_path / name
    path.write_bytes(_file(_lines(9, at4="{not json")))
    parts, ranged, whole = _read_in_ranges(path, 3, input_format)
    if byte_ranges is None:
        assert parts == [Partition(str(path))]
    else:
        assert len(parts) == 3 and all((p.byte_start is not None) == byte_ranges for p in parts)
    assert ranged == whole


def test_a_byte_range_is_only_read_as_jsonl(tmp_path: Path) -> None:
    from civility.engine.tasks import partition_records

    part = Partition(str(tmp_path / "a.jsonl"), 3, 6, byte_start=10, byte_stop=20)
    with pytest.raises(ValueError, match="read as github, not JSONL"):
        partition_records(part, "github", None)


def test_after_a_failed_byte_range_record_indices_are_unknown_not_wrong(tmp_path: Path) -> None:
    from civility.engine.tasks import partition_records

    path = tmp_path / "big.jsonl"
    path.write_bytes(_file(_lines(9, at1=ITEMS)))
    parts = split([str(path)], 3)
    results: list[tuple[Partition, list[Message | Skipped] | BaseException]] = [
        (p, MemoryError("worker died") if k == 1 else list(partition_records(p, None, None)))
        for k, p in enumerate(parts)
    ]
    ranged = list(whole_file_results(results))
    failed = [r for r in ranged if isinstance(r, Skipped) and is_failed_input(r)]
    assert [str(f.location) for f in failed] == [f"{path} (lines 4-6)"]
    after = [r.source for r in ranged[ranged.index(failed[0]) + 1 :] if isinstance(r, Message)]
    assert [(s.line, s.record) for s in after if s] == [(7, None), (8, None), (9, None)]


def test_a_file_given_twice_is_numbered_from_the_start_twice(tmp_path: Path) -> None:
    from civility.engine.tasks import partition_records
    from civility.exports import read_messages

    path = tmp_path / "big.jsonl"
    path.write_bytes(_file(_lines(9, at1=ITEMS)))
    parts = split([str(path), str(path)], 3)
    ranged = whole_file_results((p, list(partition_records(p, None, None))) for p in parts)
    assert list(ranged) == list(read_messages([str(path), str(path)]))
