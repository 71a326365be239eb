"""A greeting is never evidence (`civility.filters.greeting`)."""

from __future__ import annotations

import pytest

from civility.analyzer import Analyzer
from civility.types import Category


@pytest.mark.parametrize(
    "text",
    [
        # developer messages the shipped model flagged on the greeting alone (in-sample, ToxiCR and VCU)
        "Hey,\n \n I guess this line should be right bellow import socket.",
        "yo,\n \n Class names should be camel cased",
        "hey! , I would be happy to help.\nPlease assign me this issue under hacktoberfest.",
        "### Description\nHey! Contributor,\nThis issue is for adding the guide for project boards.",
        "Yo! This is a funny one where Java doesn't know what Scala is doing.",
    ],
)
def test_a_greeting_alone_does_not_flag(analyzer: Analyzer, text: str) -> None:
    (assessment,) = analyzer.analyze([text])
    assert not assessment.flagged, (assessment.scores, assessment.findings)
    assert any("is a greeting" in reason for reason in assessment.suppressed)


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


def test_the_reason_names_the_greeting(analyzer: Analyzer) -> None:
    (assessment,) = analyzer.analyze(["yo,\n \n Class names should be camel cased"])
    assert "sexual at 0..2 is a greeting ('yo')" in assessment.suppressed
