"""`civility hook` and `civility review` end to end, as a project runs them: real model, real exports.

The story: a clean export passes; an uncivil comment fails with the finding shown; a human dismisses it
in `civility review` (answers typed on stdin); the same files pass; removing the comment prunes the
baseline (exit 3: stage it). Bad input exits 2 and never touches the baseline.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from civility.cli import main
from civility.config import Config
from civility.filters.registry import active_filter_names

UNCIVIL = "You are a complete idiot, this patch is garbage."
CLEAN = [
    {
        "id": "c1",
        "thread": "3",
        "author": "dana",
        "created_at": "2024-05-01T10:00:00Z",
        "body": "Thanks for the fix, the tests pass on my machine now.",
    },
    {
        "id": "c2",
        "thread": "3",
        "author": "eli",
        "created_at": "2024-05-01T11:00:00Z",
        "body": "Could you add a changelog entry before we merge? `kill -9` the old worker first.",
    },
]
RUDE = {"id": "c3", "thread": "3", "author": "grumpy", "created_at": "2024-05-02T09:00:00Z", "body": UNCIVIL}


def _export(path: Path, records: list[dict[str, str]]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _review(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], answers: str, *argv: str
) -> str:
    monkeypatch.setattr("sys.stdin", io.StringIO(answers))
    code, out = _run(capsys, "review", *argv)
    assert code == 0, out
    return out


def test_the_moderators_story(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    baseline = tmp_path / ".civility-baseline.json"
    export = _export(tmp_path / "thread-3.jsonl", CLEAN)
    assert _run(capsys, "hook", export, "--baseline", str(baseline)) == (0, "")
    assert not baseline.exists()  # clean files never create a baseline

    _export(tmp_path / "thread-3.jsonl", [*CLEAN, RUDE])
    code, out = _run(capsys, "hook", export, "--baseline", str(baseline))
    assert code == 1
    assert "1 new finding(s)" in out and "insult" in out and "@grumpy" in out and "idiot" in out
    assert "civility review" in out and not baseline.exists()  # the hook never writes findings itself

    shown = _review(
        monkeypatch, capsys, "d\nsarcasm between friends, agreed in chat\n", str(baseline), "--export", export
    )
    assert "»idiot«" in shown and "saved: dismissed" in shown
    entry = json.loads(baseline.read_text())["findings"][0]
    assert (entry["verdict"], entry["note"], entry["message_id"]) == (
        "dismissed",
        "sarcasm between friends, agreed in chat",
        "c3",
    )
    assert UNCIVIL not in baseline.read_text()
    assert _run(capsys, "hook", export, "--baseline", str(baseline)) == (0, "")

    _export(tmp_path / "thread-3.jsonl", CLEAN)  # the comment was deleted upstream and re-exported
    code, out = _run(capsys, "hook", export, "--baseline", str(baseline))
    assert code == 3 and "stage it" in out
    assert json.loads(baseline.read_text())["findings"] == []
    assert _run(capsys, "hook", export, "--baseline", str(baseline)) == (0, "")


def test_unreviewed_findings_fail_only_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    baseline = tmp_path / "b.json"
    export = _export(tmp_path / "t.jsonl", [*CLEAN, RUDE])
    code, _ = _run(capsys, "scan", export, "--baseline", str(baseline), "--update-baseline", "-f", "jsonl")
    assert code == 0
    assert json.loads(baseline.read_text())["filters"] == active_filter_names(Config())
    assert _run(capsys, "hook", export, "--baseline", str(baseline))[0] == 0
    code, out = _run(capsys, "hook", export, "--baseline", str(baseline), "--fail-on-unreviewed")
    assert code == 1 and "1 unreviewed finding(s)" in out


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("notes.txt", "just some notes"),
        ("broken.json", "{not json"),
        ("image.csv", "\x00\x01\x02PNG"),
        ("package.json", '{"name": "widgets", "version": "1.0.0", "dependencies": {}}'),
        ("settings.json", '[{"a": 1}, {"b": 2}]'),
    ],
)
def test_a_file_that_is_not_an_export_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: str
) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    code, out = _run(capsys, "hook", str(tmp_path / name), "--baseline", str(tmp_path / "b.json"))
    assert code == 2 and name in out
    assert not (tmp_path / "b.json").exists()


def test_a_corrupt_baseline_exits_2_and_is_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = tmp_path / "b.json"
    baseline.write_text('{"version": 7, "findings": []}', encoding="utf-8")
    export = _export(tmp_path / "t.jsonl", [*CLEAN, RUDE])
    for argv in (
        ("hook", export, "--baseline", str(baseline)),
        ("scan", export, "--baseline", str(baseline), "--update-baseline"),
        ("review", str(baseline), "--export", export),
    ):
        code, out = _run(capsys, *argv)
        assert code == 2 and "newer civility" in out, argv
    assert baseline.read_text() == '{"version": 7, "findings": []}'


def test_scan_marks_new_and_known_and_hides_dismissed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    baseline = tmp_path / "b.json"
    other = {**RUDE, "id": "c4", "author": "grumpy", "body": "What the hell is this shit, seriously."}
    export = _export(tmp_path / "t.jsonl", [*CLEAN, RUDE])
    _run(capsys, "scan", export, "--baseline", str(baseline), "--update-baseline")
    _review(monkeypatch, capsys, "d\n\n", str(baseline), "--export", export)
    _export(tmp_path / "t.jsonl", [*CLEAN, RUDE, other])
    code, out = _run(capsys, "scan", export, "--baseline", str(baseline), "-f", "jsonl", "--fail-on-findings")
    records = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert [(r["id"], r["status"]) for r in records] == [("c4", "new")] and code == 1
    code, out = _run(capsys, "scan", export, "--baseline", str(baseline), "-f", "md")
    assert "(new)" in out and "idiot" not in out


def test_inline_ignore_note_and_config_allowlist_suppress(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    noted = {**RUDE, "note": "civility: ignore (quoted to condemn it)"}
    export = _export(tmp_path / "t.jsonl", [*CLEAN, noted])
    assert _run(capsys, "hook", export, "--baseline", str(tmp_path / "b.json")) == (0, "")
    export = _export(tmp_path / "u.jsonl", [*CLEAN, RUDE])
    config = tmp_path / "civility.toml"
    # both evidence words: the model reads "this patch is garbage" as an insult too (ToxiCR's labels)
    config.write_text('allowlist = ["idiots?", "garbage"]\n', encoding="utf-8")
    assert _run(capsys, "hook", export, "--baseline", str(tmp_path / "b.json"), "--config", str(config)) == (
        0,
        "",
    )
    assert _run(capsys, "hook", export, "--baseline", str(tmp_path / "b.json"))[0] == 1


def test_update_baseline_needs_a_baseline_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export = _export(tmp_path / "t.jsonl", CLEAN)
    code, out = _run(capsys, "scan", export, "--update-baseline")
    assert code == 2 and "--update-baseline needs --baseline FILE" in out


def test_the_hook_line_masks_contact_details_it_was_not_asked_to_flag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = "You complete idiot, mail me at jane.doe@example.com or call +1 415 555 0132 if you disagree."
    export = _export(tmp_path / "issues.jsonl", [{**RUDE, "body": body}])
    code, out = _run(capsys, "hook", export, "--baseline", str(tmp_path / "b.json"))
    assert code == 1 and "insult" in out
    assert "jane.doe" not in out and "555 0132" not in out, out
