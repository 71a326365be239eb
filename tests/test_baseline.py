"""Baseline: fingerprints stable across unrelated edits, verdicts kept, never the text, bad files refused."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "golden"))

from cases import assessments, sample_report

from civility.baseline import Baseline, load, save
from civility.errors import BaselineError
from civility.triage.fingerprint import file_key, keyed
from civility.triage.known import apply_baseline, check_files, for_scan, status, updated
from civility.types import Assessment, Category, Explanation, Finding, Message, SourceLocation

WHEN = "2024-06-01T12:00:00Z"
RULE = Explanation("private_info", "an email address", pattern="email")


def _one(text: str = "you are an idiot", **changes: object) -> Assessment:
    message = Message("c1", text, "7", "alice", None, None, "example/widgets", SourceLocation("a.json", 3))
    message = replace(message, **changes)  # type: ignore[arg-type]
    start = text.find("idiot")
    findings = (
        (Finding(Category.INSULT, start, start + 5, 0.9, Explanation("model", "x")),) if start >= 0 else ()
    )
    scores = {c: (0.9 if c is Category.INSULT else 0.0) for c in Category}
    return Assessment(message, scores, findings, frozenset({Category.INSULT}))


def _fp(a: Assessment) -> set[str]:
    return {k.fingerprint for k in keyed(a)}


@pytest.mark.parametrize(
    ("edited", "same"),
    [
        (_one(source=SourceLocation("a.json", 99)), True),  # the message moved in the file
        (_one(source=SourceLocation("other-name.json", 3)), True),  # file renamed
        (_one(created_at=None, url="https://example.com/x"), True),  # metadata re-exported
        (
            replace(_one(), scores={c: 0.6 if c is Category.INSULT else 0.0 for c in Category}),
            True,
        ),  # retrained
        (_one("you are an  IDIOT"), True),  # case and whitespace are normalised
        (_one("you are an idiot!"), False),  # the flagged message itself was edited: a human must look
        (_one(thread="8"), False),
        (_one(id="c2"), False),
    ],
)
def test_fingerprint_survives_unrelated_edits_only(edited: Assessment, same: bool) -> None:
    assert (_fp(edited) == _fp(_one())) is same


def test_one_fingerprint_per_message_category_and_per_private_value() -> None:
    text = "idiot idiot, mail a@example.com or b@example.com"
    a = _one(text)
    emails = [
        Finding(Category.PRIVATE_INFO, text.index(v), text.index(v) + 13, 0.9, RULE)
        for v in ("a@example.com", "b@example.com")
    ]
    a = replace(
        a, findings=(*a.findings, *emails), flagged=frozenset({Category.INSULT, Category.PRIVATE_INFO})
    )
    assert sorted(k.category.value for k in keyed(a)) == ["insult", "private_info", "private_info"]


def test_saved_baseline_holds_fingerprints_and_verdicts_never_text(tmp_path: Path) -> None:
    path = tmp_path / ".civility-baseline.json"
    items = assessments()
    save(updated(Baseline(), items, ["issue-thread.json"], ["model"], ["allowlist"], WHEN), path)
    raw = path.read_text(encoding="utf-8")
    data = json.loads(raw)
    assert data["version"] == 1 and data["generated_by"].startswith("civility ")
    assert data["detectors"] == ["model"] and data["filters"] == ["allowlist"]
    assert len(data["files"]) == 1 and "issue-thread" not in raw
    assert {f["verdict"] for f in data["findings"]} == {"unreviewed"}
    assert set(data["findings"][0]) == {
        "fingerprint",
        "category",
        "message_id",
        "thread",
        "file",
        "verdict",
        "note",
        "added_at",
        "reviewed_at",
    }
    for word in ("idiot", "moron", "regret", "shit", "damn", "alice", "script"):
        assert word not in raw, word
    assert set(load(path).entries) == set(
        updated(Baseline(), items, ["issue-thread.json"], when=WHEN).entries
    )


def test_verdicts_survive_an_update_and_gone_findings_are_dropped(tmp_path: Path) -> None:
    items = assessments()
    first = updated(Baseline(), items, ["issue-thread.json"], when=WHEN)
    target = first.entries[0].fingerprint
    reviewed = first.with_verdict(target, "dismissed", "quoted in a code of conduct reminder", WHEN)
    kept_item = next(a for a in items if target in _fp(a))
    again = updated(reviewed, [kept_item], ["issue-thread.json"], when=WHEN)
    assert [(e.fingerprint, e.verdict, e.note) for e in again.entries] == [
        (target, "dismissed", "quoted in a code of conduct reminder")
    ]
    other_file = updated(reviewed, [], ["another.json"], when=WHEN)
    assert len(other_file.entries) == len(first.entries)  # entries of files not scanned stay


def test_report_statuses_and_dismissed_leave_the_queue() -> None:
    report = sample_report()
    base = updated(Baseline(), report.items[:3], ["issue-thread.json"], when=WHEN)
    first = keyed(report.items[0])
    for key in first:
        base = base.with_verdict(key.fingerprint, "dismissed", None, WHEN)
    confirmed = keyed(report.items[1])[0].fingerprint
    base = base.with_verdict(confirmed, "confirmed", None, WHEN)
    shown = apply_baseline(report, base)
    assert [shown.status[a.message.id] for a in shown.items] == ["confirmed", "unreviewed", "new", "new"]
    assert shown.dismissed == 1 and report.items[0] not in shown.items
    assert status(Baseline(), report.items[0]) == "new"


BAD = [
    ("not json", "{oops", "not a readable civility baseline"),
    ("not a baseline", '{"hello": 1}', "not a civility baseline"),
    ("no version", '{"findings": []}', "no valid 'version'"),
    ("future version", '{"version": 2, "findings": []}', "newer civility"),
    (
        "bad verdict",
        '{"version": 1, "findings": [{"fingerprint": "' + "a" * 64 + '", "category": "insult", '
        '"message_id": "1", "verdict": "maybe"}]}',
        "unknown verdict",
    ),
    (
        "bad category",
        '{"version": 1, "findings": [{"fingerprint": "' + "a" * 64 + '", "category": "rude", '
        '"message_id": "1"}]}',
        "unknown category",
    ),
    (
        "text smuggled in",
        '{"version": 1, "findings": [{"fingerprint": "' + "a" * 64 + '", "category": "insult", '
        '"message_id": "1", "text": "you idiot"}]}',
        "corrupt",
    ),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_baselines_are_refused_and_never_overwritten(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / "b.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BaselineError, match=message) as error:
        for_scan(sample_report(), path, update=True, files=["issue-thread.json"])
    assert str(path) in str(error.value)
    assert path.read_text(encoding="utf-8") == content
    assert not path.with_name("b.json.bak").exists()


def test_missing_baseline_without_update_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(BaselineError, match="--update-baseline"):
        for_scan(sample_report(), tmp_path / "typo.json", update=False, files=["issue-thread.json"])


def test_baseline_for_other_files_is_refused_unless_updating(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    save(updated(Baseline(), assessments(), ["issue-thread.json"], when=WHEN, root=tmp_path), path)
    with pytest.raises(BaselineError, match="other export files"):
        check_files(load(path), ["mailing-list.csv"], path)
    check_files(load(path), ["issue-thread.json", "mailing-list.csv"], path)


def test_file_keys_are_relative_to_the_baseline_not_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "repo"
    (root / "exports" / "a").mkdir(parents=True)
    monkeypatch.chdir(root)
    key = file_key("exports/a/comments.json", root)
    monkeypatch.chdir(root / "exports")
    assert file_key("a/comments.json", root) == key == file_key(root / "exports/a/comments.json", root)
    assert file_key("b/comments.json", root) != key  # same name in another folder: another file


def test_update_keeps_a_backup_and_reports_against_the_old_baseline(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    first = for_scan(sample_report(), path, update=True, files=["issue-thread.json"])
    assert set(first.status.values()) == {"new"} and not path.with_name("b.json.bak").exists()
    second = for_scan(sample_report(), path, update=True, files=["issue-thread.json"])
    assert set(second.status.values()) == {"unreviewed"}
    assert path.with_name("b.json.bak").exists()
    leftovers = [p.name for p in tmp_path.iterdir() if p.name not in ("b.json", "b.json.bak")]
    assert leftovers == []  # the atomic write leaves no temporary files


def test_old_versions_go_through_the_upgrade_functions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The mechanism a version 2 will use: UPGRADES[1] turns v1 data into v2, and saving writes v2."""
    from civility import baseline as module
    from civility.triage import upgrades

    path = tmp_path / "b.json"
    save(updated(Baseline(), assessments(), ["issue-thread.json"], when=WHEN), path)

    def to_2(data: dict[str, object]) -> dict[str, object]:
        return {**data, "reviewers": []}

    monkeypatch.setattr(upgrades, "CURRENT_VERSION", 2)
    monkeypatch.setattr(module, "CURRENT_VERSION", 2)
    monkeypatch.setitem(upgrades.UPGRADES, 1, to_2)
    upgraded = load(path)
    assert upgraded.extra == {"reviewers": []} and len(upgraded.entries) == 6
    save(upgraded, path, backup=True)
    assert json.loads(path.read_text())["version"] == 2
    assert json.loads(path.with_name("b.json.bak").read_text())["version"] == 1
