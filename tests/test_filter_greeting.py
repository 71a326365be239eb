"""A greeting is never evidence (`civility.filters.greeting`)."""

from __future__ import annotations

import pytest

from civility.analyzer import Analyzer
from civility.filters.greeting import IS_A_GREETING, greeting
from civility.types import Category
from conftest import FindingAt

GREETING_ALONE = [
    # developer messages the model flagged sexual on the greeting alone (in-sample, ToxiCR and VCU)
    # until negative pieces (7 Dec) taught it that a clean message's sentences are clean
    ("Hey,\n \n I guess this line should be right bellow import socket.", "Hey"),
    ("yo,\n \n Class names should be camel cased", "yo"),
    ("hey! , I would be happy to help.\nPlease assign me this issue under hacktoberfest.", "hey"),
    ("### Description\nHey! Contributor,\nThis issue is for adding the guide for project boards.", "Hey"),
    ("Yo! This is a funny one where Java doesn't know what Scala is doing.", "Yo"),
]


@pytest.mark.parametrize(("text", "word"), GREETING_ALONE)
def test_a_greeting_alone_does_not_flag(analyzer: Analyzer, text: str, word: str) -> None:
    (assessment,) = analyzer.analyze([text])
    assert not assessment.flagged, (assessment.scores, assessment.findings)


@pytest.mark.parametrize(("text", "word"), GREETING_ALONE)
def test_a_model_finding_on_the_greeting_is_dropped(text: str, word: str, finding_at: FindingAt) -> None:
    """The filter itself, whatever today's model scores: a model that flags the greeting loses it."""
    reason = greeting(*finding_at(text, word, Category.SEXUAL))
    assert reason is not None and IS_A_GREETING in reason


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("hey sexy", Category.SEXUAL),  # the greeting leads into the remark: kept
        ("Hey, send me nudes", Category.SEXUAL),  # the greeting goes, the request stays
        ("yo momma so fat", Category.INSULT),
        ("hey idiot, read the docs", Category.INSULT),
        ("Hi all. You are all morons.", Category.INSULT),
    ],
)
def test_other_evidence_next_to_a_greeting_stays(analyzer: Analyzer, text: str, category: Category) -> None:
    (assessment,) = analyzer.analyze([text])
    assert category in assessment.flagged, (assessment.scores, assessment.suppressed)


def test_the_reason_names_the_greeting(finding_at: FindingAt) -> None:
    reason = greeting(*finding_at("yo,\n \n Class names should be camel cased", "yo", Category.SEXUAL))
    assert reason == "sexual at 0..2 is a greeting ('yo')"
