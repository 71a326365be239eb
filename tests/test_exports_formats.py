"""JSONL, CSV/TSV, Parquet and `datasets` readers, format detection, and directories."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import datasets
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from civility.errors import InputError
from civility.exports import FORMATS, detect_format, read_dataset, read_messages
from civility.types import Message, Skipped, SourceLocation

EXPORTS = Path(__file__).parent / "data" / "exports"
SAMPLES = Path(__file__).parents[1] / "data" / "samples"

ROWS = [
    {
        "comment_id": "c1",
        "comment_body": "first",
        "user": "ana",
        "issue_number": 3,
        "date": "2024-01-02T03:04:05Z",
    },
    {
        "comment_id": "c2",
        "comment_body": "second",
        "user": "ben",
        "issue_number": 3,
        "note": "civility: ignore",
    },
    {"comment_id": "c3", "comment_body": "", "user": "cy", "issue_number": 4},
]


def _items(paths: object, **kwargs: object) -> list[Message | Skipped]:
    return list(read_messages(paths, **kwargs))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("path", "format", "expected"),
    [
        ("a.json", None, "github"),
        ("a.JSONL", None, "jsonl"),
        ("a.ndjson", None, "jsonl"),
        ("a.csv", None, "csv"),
        ("a.tsv", None, "csv"),
        ("a.parquet", None, "parquet"),
        ("hf:example/comments", None, "hf"),
        ("a.txt", "jsonl", "jsonl"),
        ("a.json", "hf", "hf"),
    ],
)
def test_detect_format(path: str, format: str | None, expected: str) -> None:
    assert detect_format(path, format) == expected
    assert expected in FORMATS


@pytest.mark.parametrize(
    ("path", "format", "words"),
    [
        ("a.txt", None, "unknown file type"),
        ("a.txt", None, "--input-format"),
        ("a.csv", "xml", "choose one of"),
        ("-", None, "standard input is not supported"),
        ("-", "jsonl", "save the export to a file"),
    ],
)
def test_detect_format_errors_list_the_choices(path: str, format: str | None, words: str) -> None:
    with pytest.raises(InputError, match=words):
        detect_format(path, format)


def test_samples_csv_mapping_with_multiline_rows_and_note() -> None:
    messages = [m for m in _items(SAMPLES / "comments.csv") if isinstance(m, Message)]
    assert [(m.id, m.thread, m.author, m.source.line if m.source else None) for m in messages] == [
        ("ml-1001", "release-3.3", "maya-okafor", 2),
        ("ml-1002", "release-3.3", "rant-account", 3),
        ("ml-1003", "release-3.3", "devon-lee", 4),
        ("ml-1004", "release-3.3", "priya-n", 9),
        ("ml-1005", "release-3.3", "tom-brandt", 11),
    ]
    assert messages[2].text.endswith("Only cp311 wheels are there.")
    assert messages[3].note == "civility: ignore (quotes ml-1002 to condemn it)" and messages[0].note is None
    assert messages[0].created_at == datetime(2024, 3, 10, 12, tzinfo=UTC)
    assert (
        messages[0].url == "https://lists.example.com/widgets/1001" and messages[0].repo == "example/widgets"
    )


def _write(tmp_path: Path, kind: str) -> Path:
    if kind == "jsonl":
        import json

        path = tmp_path / "rows.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    elif kind == "csv":
        path = tmp_path / "rows.csv"
        header = ["comment_id", "comment_body", "user", "issue_number", "date", "note"]
        lines = [",".join(header)] + [",".join(str(r.get(h, "")) for h in header) for r in ROWS]
        path.write_text("\n".join(lines) + "\n")
    else:
        path = tmp_path / "rows.parquet"
        keys = {key: None for row in ROWS for key in row}  # from_pylist infers columns from row 0 only
        pq.write_table(pa.Table.from_pylist([keys | row for row in ROWS]), path, row_group_size=2)
    return path


@pytest.mark.parametrize("kind", ["jsonl", "csv", "parquet"])
def test_column_guessing_is_the_same_in_every_format(tmp_path: Path, kind: str) -> None:
    path = _write(tmp_path, kind)
    items = _items(path)
    messages = [i for i in items if isinstance(i, Message)]
    assert [(m.id, m.text, m.author, m.thread, m.note) for m in messages] == [
        ("c1", "first", "ana", "3", None),
        ("c2", "second", "ben", "3", "civility: ignore"),
    ]
    assert messages[0].created_at == datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    [skipped] = [i for i in items if isinstance(i, Skipped)]
    line = {"jsonl": 3, "csv": 4, "parquet": None}[kind]
    assert skipped.location == SourceLocation(str(path), line, 2) and skipped.message_id == "c3"


@pytest.mark.parametrize("kind", ["jsonl", "csv", "parquet"])
def test_text_column_option(tmp_path: Path, kind: str) -> None:
    path = _write(tmp_path, kind)
    messages = [m for m in _items(path, text_column="user") if isinstance(m, Message)]
    assert [m.text for m in messages] == ["ana", "ben", "cy"]


@pytest.mark.parametrize("kind", ["csv", "parquet"])
def test_missing_text_column_skips_the_whole_file(tmp_path: Path, kind: str) -> None:
    path = _write(tmp_path, kind)
    [skipped] = _items(path, text_column="body")
    assert isinstance(skipped, Skipped) and skipped.location == SourceLocation(str(path))
    assert "no text column ('body')" in skipped.reason and "comment_body" in skipped.reason


def test_directory_is_read_recursively_in_sorted_order() -> None:
    items = _items(EXPORTS)
    assert not [i for i in items if isinstance(i, Skipped)]
    files = [Path(i.source.path).relative_to(EXPORTS).as_posix() for i in items if i.source]
    assert (
        files
        == ["gh-issue-view.json"] * 3
        + ["nested/notes.tsv"]
        + ["nested/pull-and-review.json"] * 2
        + ["paginated.json"] * 3
    )
    tsv = items[3]
    assert isinstance(tsv, Message) and (tsv.text, tsv.author, tsv.note) == (
        "hello",
        "dee",
        "civility: ignore",
    )


def test_format_override_applies_to_every_file(tmp_path: Path) -> None:
    path = tmp_path / "comments.txt"
    path.write_text('{"text": "one"}\n{"text": "two"}\n')
    assert [m.text for m in _items(path, format="jsonl") if isinstance(m, Message)] == ["one", "two"]


def test_read_dataset_in_memory() -> None:
    ds = datasets.Dataset.from_list(
        [{"comment": "hi there", "login": "ana"}, {"comment": None, "login": "ben"}]
    )
    items = list(read_dataset(ds, name="mine"))
    assert isinstance(items[0], Message) and (items[0].text, items[0].author) == ("hi there", "ana")
    assert items[0].source == SourceLocation("mine", record=0)
    assert isinstance(items[1], Skipped) and str(items[1]).startswith("mine:record 1:")


def test_read_dataset_dict_reads_every_split() -> None:
    dd = datasets.DatasetDict({"train": datasets.Dataset.from_dict({"text": ["a", "b"]}),
                               "test": datasets.Dataset.from_dict({"text": ["c"]})})  # fmt: skip
    items = list(read_dataset(dd, name="dd"))
    assert [(i.text, i.source.path) for i in items if isinstance(i, Message) and i.source] == [
        ("a", "dd[train]"),
        ("b", "dd[train]"),
        ("c", "dd[test]"),
    ]


@pytest.mark.parametrize("kind", ["jsonl", "csv", "parquet"])
def test_hf_format_loads_local_files_through_datasets(tmp_path: Path, kind: str) -> None:
    path = _write(tmp_path, kind)
    messages = [m for m in _items(path, format="hf") if isinstance(m, Message)]
    assert [(m.id, m.text, m.author) for m in messages] == [("c1", "first", "ana"), ("c2", "second", "ben")]


def test_hub_name_fails_offline_with_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    with pytest.raises(InputError, match="is not available offline; download it first or pass a local file"):
        list(read_messages("hf:example-org/not-downloaded-comments"))


def test_hub_name_fails_fast_offline_in_a_fresh_process(tmp_path: Path) -> None:
    """Fast means no network attempt at all (a retrying download is what makes an offline lookup hang),
    so the fresh process records every socket it opens through an audit hook, instead of timing itself
    (wall time fails under load and proves nothing about the network)."""
    code = (
        "import sys\n"
        "net = []\n"
        "watched = {'socket.connect', 'socket.getaddrinfo'}\n"
        "sys.addaudithook(lambda event, args: net.append(event) if event in watched else None)\n"
        "from civility.exports import read_messages\n"
        "try:\n    list(read_messages(['hf:example-org/not-downloaded']))\n"
        "except Exception as e:\n    print(type(e).__name__, e)\n"
        "print('network:', sorted(set(net)))\n"
    )
    env = {**os.environ, "HF_DATASETS_OFFLINE": "1", "HF_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert "InputError example-org/not-downloaded: hub dataset is not available offline" in out.stdout
    assert "network: []" in out.stdout, out.stdout


def test_empty_directory_is_reported(tmp_path: Path) -> None:
    (tmp_path / "readme.txt").write_text("no exports here")
    [skipped] = _items(tmp_path)
    assert isinstance(skipped, Skipped) and skipped.location == SourceLocation(str(tmp_path))
    assert "no export files" in skipped.reason


def test_not_parquet_is_skipped_whole(tmp_path: Path) -> None:
    path = tmp_path / "fake.parquet"
    path.write_text("body\nthis is a CSV with the wrong extension\n")
    [skipped] = _items(path)
    assert isinstance(skipped, Skipped) and "not a readable Parquet file" in skipped.reason


def test_hidden_directories_are_not_read(tmp_path: Path) -> None:
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "old.jsonl").write_text('{"body": "cached"}\n')
    (tmp_path / "b.jsonl").write_text('{"body": "visible"}\n')
    assert [m.text for m in _items(tmp_path) if isinstance(m, Message)] == ["visible"]
