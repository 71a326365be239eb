"""The Analyzer's plumbing: batching, filters, thresholds and not-assessed messages.

These run a small keyword detector (a real `RuleDetector`) so the plumbing is tested independently of the
trained model; the model's own behaviour is tested in test_model*.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

import pytest

from civility.analyzer import Analyzer
from civility.config import Config
from civility.detectors.base import Detection, Detector, Document, RuleDetector
from civility.types import Category, Explanation, Finding, Message


class KeywordDetector(RuleDetector):
    """Flags the word 'idiot' as an insult (score 0.9) and 'jerk' (score 0.4)."""

    name = "keyword"
    categories = (Category.INSULT,)
    scores_from_findings = True
    _words: ClassVar[dict[str, float]] = {"idiot": 0.9, "jerk": 0.4}

    def detect_one(self, doc: Document) -> Detection:
        findings = tuple(
            Finding(
                Category.INSULT,
                m.start(),
                m.end(),
                self._words[m.group().lower()],
                Explanation(self.name, f"the word {m.group()!r}"),
            )
            for m in re.finditer(r"\b(?:idiot|jerk)\b", doc.raw, re.I)
        )
        return Detection({Category.INSULT: max((f.score for f in findings), default=0.0)}, findings)


class CountingDetector(Detector):
    name = "counting"
    categories = (Category.PROFANITY,)

    def __init__(self) -> None:
        self.batches: list[int] = []

    def detect(self, docs: Sequence[Document]) -> list[Detection]:
        self.batches.append(len(docs))
        return [Detection({Category.PROFANITY: 0.0}) for _ in docs]


def analyze(texts: list[str | Message], config: Config | None = None) -> list:
    return list(Analyzer(config, detectors=[KeywordDetector()]).analyze(texts))


@pytest.mark.parametrize(
    ("text", "flagged", "suppressed"),
    [
        ("you are an idiot", {Category.INSULT}, ""),
        ("what a jerk", set(), ""),  # below the 0.5 default threshold
        ("LGTM, thanks!", set(), ""),
        ("```\nidiot = compute()\n```\nLooks fine.", set(), "inside code block"),
        ("> you are an idiot\n\nPlease don't quote that again.", set(), "inside quote"),
    ],
)
def test_flags_and_masked_span_filter(text: str, flagged: set[Category], suppressed: str) -> None:
    (assessment,) = analyze([text])
    assert assessment.flagged == flagged
    assert set(assessment.scores) == set(Category)
    assert all(0.0 <= s <= 1.0 for s in assessment.scores.values())
    if suppressed:
        assert suppressed in " ".join(assessment.suppressed)
        assert assessment.scores[Category.INSULT] == 0.0  # rule scores come from surviving findings


def test_finding_offsets_index_the_raw_text() -> None:
    (assessment,) = analyze(["Honestly, you IDIOT."])
    (finding,) = assessment.findings
    assert "Honestly, you IDIOT."[finding.start : finding.end] == "IDIOT"


def test_threshold_override_flags_a_weaker_finding() -> None:
    config = Config(thresholds={Category.INSULT: 0.3})
    (assessment,) = analyze(["what a jerk"], config)
    assert assessment.flagged == {Category.INSULT}


@pytest.mark.parametrize(
    ("note", "flagged"),
    [
        ("civility: ignore", set()),
        ("reviewed; civility: ignore insult", set()),
        ("civility: ignore profanity", {Category.INSULT}),
        ("looks bad", {Category.INSULT}),
    ],
)
def test_inline_ignore_in_the_moderator_note(note: str, flagged: set[Category]) -> None:
    (assessment,) = analyze([Message(id="1", text="you are an idiot", note=note)])
    assert assessment.flagged == flagged


def test_allowlist_drops_matching_evidence() -> None:
    (assessment,) = analyze(["you are an idiot"], Config(allowlist=("idiot",)))
    assert assessment.flagged == set()
    assert "allow-list" in assessment.suppressed[0]


def test_enormous_message_is_not_assessed_with_a_reason() -> None:
    (assessment,) = analyze(["idiot " * 50_000], Config(max_chars=100_000))
    assert not assessment.assessed
    assert "300,000 characters" in (assessment.reason or "")
    assert not assessment.flagged


def test_batches_are_of_the_configured_size() -> None:
    counting = CountingDetector()
    results = list(Analyzer(Config(batch_size=3), detectors=[counting]).analyze(["ok"] * 7))
    assert len(results) == 7
    assert counting.batches == [3, 3, 1]


def test_strings_get_positional_ids() -> None:
    assert [a.message.id for a in analyze(["a", "b"])] == ["0", "1"]
