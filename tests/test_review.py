"""`civility review`: a human's answers, typed one at a time, land in the baseline at once."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "golden"))

from cases import assessments

from civility.baseline import Baseline, load, save
from civility.triage.fingerprint import Keyed, keyed
from civility.triage.known import updated
from civility.triage.review import review

WHEN = "2024-06-01T12:00:00Z"


@pytest.fixture
def queue(tmp_path: Path) -> tuple[Path, dict[str, Keyed]]:
    """A baseline with the golden cases' findings unreviewed, and their context."""
    items = assessments()
    path = tmp_path / ".civility-baseline.json"
    save(updated(Baseline(), items, ["issue-thread.json"], when=WHEN), path)
    return path, {k.fingerprint: k for a in items for k in keyed(a)}


def _answers(*lines: str | None) -> tuple[list[str], object]:
    prompts: list[str] = []
    feed: Iterator[str | None] = iter(lines)

    def ask(prompt: str) -> str | None:
        prompts.append(prompt)
        return next(feed, None)

    return prompts, ask


def _verdicts(path: Path) -> list[tuple[str, str | None]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [(f["verdict"], f["note"]) for f in data["findings"] if f["verdict"] != "unreviewed"]


def test_answers_are_saved_in_priority_order_with_notes(queue: tuple[Path, dict[str, Keyed]]) -> None:
    path, contexts = queue
    prompts, ask = _answers("d", "a threat, but in a quoted CoC example", "maybe", "s", "c", "", "q")
    out = io.StringIO()
    review(path, load(path), contexts, ask, out)  # type: ignore[arg-type]
    assert sorted(_verdicts(path)) == [
        ("confirmed", None),
        ("dismissed", "a threat, but in a quoted CoC example"),
    ]
    text = out.getvalue()
    first = text.index("[1/6] harassment")  # the highest-priority message comes first
    assert first < text.index("[2/6] insult") < text.index("[3/6] insult")
    assert "»you will regret it«" in text  # evidence marked in context
    assert "⟦inline code: `rm -rf /`⟧" in text  # masked code set apart
    assert prompts.count("[c]onfirm  [d]ismiss  [s]kip  [q]uit > ") == 5  # "maybe" is asked again
    assert "review stopped: confirmed 1, dismissed 1, skip 1; 4 left unreviewed" in text


def test_end_of_input_keeps_every_answer_given(queue: tuple[Path, dict[str, Keyed]]) -> None:
    path, contexts = queue
    _, ask = _answers("c", "seen, talked to them")
    review(path, load(path), contexts, ask, io.StringIO())  # type: ignore[arg-type]
    assert _verdicts(path) == [("confirmed", "seen, talked to them")]


def test_an_interrupted_review_loses_nothing_already_answered(queue: tuple[Path, dict[str, Keyed]]) -> None:
    path, contexts = queue
    answers = iter(["d", "", "c"])

    def ask(prompt: str) -> str | None:
        line = next(answers, None)
        if line is None:
            raise KeyboardInterrupt
        return line

    with pytest.raises(KeyboardInterrupt):
        review(path, load(path), contexts, ask, io.StringIO())
    assert _verdicts(path) == [("dismissed", None)]
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left behind


def test_without_exports_only_the_baseline_facts_are_shown(queue: tuple[Path, dict[str, Keyed]]) -> None:
    path, _ = queue
    _, ask = _answers("s")
    out = io.StringIO()
    review(path, load(path), {}, ask, out)  # type: ignore[arg-type]
    assert "no context: pass --export" in out.getvalue()
    assert "regret" not in out.getvalue() and "idiot" not in out.getvalue()
