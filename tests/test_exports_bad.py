"""The bad-input corpus: every unreadable file or record becomes one Skipped that names the file and the
line (or says the whole file), the rest is read, and messages + skipped == records read."""

from __future__ import annotations

from pathlib import Path

import pytest

from civility.exports import read_messages
from civility.types import Message, Skipped

BAD = Path(__file__).parent / "data" / "bad"
GOOD = Path(__file__).parent / "data" / "exports" / "paginated.json"

# file, records read, messages expected, [(line or None for the whole file, words in the reason)]
CASES = [
    ("malformed.json", 3, 2, [(4, "invalid JSON")]),
    ("not-json.json", 1, 0, [(None, "not JSON")]),
    ("one-broken-line.jsonl", 4, 3, [(3, "invalid JSON")]),
    ("no-text-column.csv", 1, 0, [(None, "--text-column")]),
    ("latin1.csv", 1, 0, [(None, "iconv -f latin1 -t utf-8")]),
    ("binary.jsonl", 1, 0, [(None, "binary file")]),
    ("empty.jsonl", 1, 0, [(None, "empty")]),
    (
        "no-body.json",
        6,
        1,
        [(3, "no text"), (4, "no text"), (5, "is int"), (6, "expected a JSON object"), (7, "no text field")],
    ),
    ("does-not-exist.json", 1, 0, [(None, "no such file")]),
    ("deeply-nested.jsonl", 3, 2, [(2, "nested too deeply")]),
    ("deeply-nested.json", 2, 1, [(2, "nested too deeply")]),
    ("unclosed-quote.csv", 2, 1, [(3, "lines 3-5 (to the end of the file) were not read")]),
    ("stray-quote.csv", 4, 3, [(3, "',' expected after '\"'")]),
]


def _split(items: list[Message | Skipped]) -> tuple[list[Message], list[Skipped]]:
    return [i for i in items if isinstance(i, Message)], [i for i in items if isinstance(i, Skipped)]


@pytest.mark.parametrize(("name", "records", "n_messages", "expected"), CASES, ids=[c[0] for c in CASES])
def test_bad_inputs_are_skipped_with_location(
    name: str, records: int, n_messages: int, expected: list
) -> None:
    messages, skipped = _split(list(read_messages(BAD / name)))
    assert len(messages) == n_messages
    assert len(messages) + len(skipped) == records
    assert [(s.location.line, s.location.path) for s in skipped] == [
        (line, str(BAD / name)) for line, _ in expected
    ]
    for item, (line, words) in zip(skipped, expected, strict=True):
        assert words in item.reason
        assert str(item).startswith(f"{BAD / name}:" + (f"line {line}:" if line else ""))


def test_latin1_reports_byte_offset_and_line() -> None:
    [skipped] = list(read_messages(BAD / "latin1.csv"))
    assert isinstance(skipped, Skipped)
    assert "byte 0xe9 at byte offset 31 (line 3)" in skipped.reason


def test_a_bad_file_does_not_sink_the_others() -> None:
    paths = [BAD / "binary.jsonl", GOOD, BAD / "empty.jsonl", BAD / "one-broken-line.jsonl"]
    messages, skipped = _split(list(read_messages(paths)))
    assert [m.id for m in messages] == [
        "issuecomment-101", "issuecomment-102", "issuecomment-103", "a1", "a2", "a4",
    ]  # fmt: skip
    assert [Path(s.location.path).name for s in skipped] == [
        "binary.jsonl",
        "empty.jsonl",
        "one-broken-line.jsonl",
    ]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("bom.jsonl", b'\xef\xbb\xbf{"body": "starts with a BOM"}\n'),
        ("bom.csv", b"\xef\xbb\xbfbody\nstarts with a BOM\n"),
        ("crlf.csv", b"body\r\nwindows line endings\r\n"),
    ],
)
def test_utf8_with_bom_and_crlf_are_read(tmp_path: Path, name: str, content: bytes) -> None:
    (tmp_path / name).write_bytes(content)
    [message] = list(read_messages(tmp_path / name))
    assert isinstance(message, Message)
    assert message.text in ("starts with a BOM", "windows line endings")


def test_utf16_gets_its_own_hint(tmp_path: Path) -> None:
    (tmp_path / "u16.jsonl").write_bytes('{"body": "hi"}\n'.encode("utf-16"))
    [skipped] = list(read_messages(tmp_path / "u16.jsonl"))
    assert isinstance(skipped, Skipped) and "iconv -f utf-16" in skipped.reason


@pytest.mark.parametrize("fmt", ["github", "jsonl", "csv"])
def test_ten_megabyte_comment_is_read_in_full(tmp_path: Path, fmt: str) -> None:
    body = ("All work and no play makes Jack a dull boy. " * 240_000)[:10_000_000]
    small = '"small one"'
    files = {
        "github": ("big.json", f'[{{"body": "{body}"}},\n{{"body": {small}}}]'),
        "jsonl": ("big.jsonl", f'{{"body": "{body}"}}\n{{"body": {small}}}\n'),
        "csv": ("big.csv", f'body\n"{body}"\n{small}\n'),
    }
    name, text = files[fmt]
    (tmp_path / name).write_text(text, encoding="utf-8")
    messages, skipped = _split(list(read_messages(tmp_path / name)))
    assert not skipped
    assert [len(m.text) for m in messages] == [10_000_000, 9]
    assert [m.source.line for m in messages if m.source] == ([2, 3] if fmt == "csv" else [1, 2])
