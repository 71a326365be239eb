"""Swearing is not an identity attack unless a group is named; its vulgarity is still reported
(`civility.filters.swear_without_group`)."""

from __future__ import annotations

import pytest

from civility.analyzer import Analyzer
from civility.filters.swear_without_group import NAMES_NO_GROUP, names_a_group
from civility.types import Category

IDENTITY = Category.IDENTITY_ATTACK


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("fuck trans people", True),
        ("go back to your country", True),
        ("typical muslims", True),
        ("You people never learn.", True),
        ("What the hell is this shit.", False),
        ("wtf is this? mock in production code!", False),
        ("kind of shitty API-wise", False),
    ],
)
def test_names_a_group(text: str, named: bool) -> None:
    assert names_a_group(text) == named


@pytest.mark.parametrize(
    "text",
    [
        # the README sample's release rant: identity_attack 0.37 on "shit" and "fucking" before
        "What the hell is this shit. Every fucking release breaks my build and you clowns just keep"
        " shipping this crap. Fix your damn code.",
        "What the hell is this shit.",  # 0.23, cut 0.20
        "wtf is this? mock in production code!",  # ToxiCR: flagged on "wtf" in sample
        "WTF is this?! Windows-detection logic? Can we do it smarter?",
        "ahh fuck",
    ],
)
def test_swearing_at_no_group_is_not_an_identity_attack(analyzer: Analyzer, text: str) -> None:
    (assessment,) = analyzer.analyze([text])
    assert IDENTITY not in assessment.flagged, (assessment.scores, assessment.findings)


def test_the_rant_keeps_its_insult_and_profanity(analyzer: Analyzer) -> None:
    rant = "What the hell is this shit. Every fucking release breaks my build and you clowns ship crap."
    (assessment,) = analyzer.analyze([rant])
    assert {Category.INSULT, Category.PROFANITY} <= assessment.flagged
    assert any(NAMES_NO_GROUP in reason for reason in assessment.suppressed), assessment.suppressed


@pytest.mark.parametrize(
    "text",
    [
        "fuck trans people",  # the group is named: the swear stays evidence
        "fucking muslims ruin everything",
        "go back to your fucking country",
        "women are too fucking stupid to code",
        "Do it you pussy bitch!",  # words for bodies, sex or gender are not generic swears
        "you are a fucking retard",  # a slur for a kind of person is a group named
    ],
)
def test_an_attack_on_a_group_that_swears_stays(analyzer: Analyzer, text: str) -> None:
    (assessment,) = analyzer.analyze([text])
    assert not any(NAMES_NO_GROUP in reason for reason in assessment.suppressed), assessment.suppressed
