"""Laughter is never evidence (`civility.filters.laughter`)."""

from __future__ import annotations

import pytest

from civility.analyzer import Analyzer
from civility.filters.laughter import is_laughter
from civility.types import Category


@pytest.mark.parametrize(
    ("word", "laughs"),
    [
        ("lol", True), ("LOL", True), ("looool", True), ("lolz", True), ("lulz", True),
        ("haha", True), ("Hahaha", True), ("ahaha", True), ("hehe", True), ("ha ha", True),
        ("lmao", True), ("lmfao", True), ("rofl", True), ("xD", True), ("XD", True),
        ("Hah", True), ("heh", True),
        # not laughter: words, a hex pair, a single syllable
        ("lollipop", False), ("hash", False), ("xd", False), ("ha", False), ("hahn", False),
        ("aha", False), ("hello", False), ("hell", False), ("lo", False),
    ],
)  # fmt: skip
def test_what_counts_as_laughter(word: str, laughs: bool) -> None:
    assert is_laughter(word) is laughs


@pytest.mark.parametrize(
    "text",
    [
        # friendly laughter the shipped model flagged insult on the laughter alone
        "haha",
        "lol",
        "haha lol thanks",
        "Hah",
        "Hahaha, good catch. I always forget that one.",
        "lol, I just hit the same bug five minutes ago",
    ],
)
def test_laughter_alone_does_not_flag(analyzer: Analyzer, text: str) -> None:
    (assessment,) = analyzer.analyze([text])
    assert not assessment.flagged, (assessment.scores, assessment.findings)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("lol you are an idiot", Category.INSULT),  # the laugh goes, the insult stays
        ("haha what a moron", Category.INSULT),
        ("lmao shut up", Category.INSULT),
        ("lol fuck this", Category.PROFANITY),
    ],
)
def test_other_evidence_next_to_laughter_stays(analyzer: Analyzer, text: str, category: Category) -> None:
    (assessment,) = analyzer.analyze([text])
    assert category in assessment.flagged, (assessment.scores, assessment.suppressed)


def test_the_reason_names_the_laugh(analyzer: Analyzer) -> None:
    (assessment,) = analyzer.analyze(["haha"])
    assert "insult at 0..4 is laughter ('haha')" in assessment.suppressed
