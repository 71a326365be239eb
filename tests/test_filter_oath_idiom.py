"""Violent verbs as oaths or idioms of waiting are not threats (`civility.filters.oath_idiom`)."""

from __future__ import annotations

import pytest

from civility.analyzer import Analyzer
from civility.types import Category

HARASSMENT = Category.HARASSMENT


@pytest.fixture(scope="module")
def analyzer(harassment_floor: Analyzer) -> Analyzer:
    """Harassment at its floor cut (`conftest.harassment_floor`), so this filter is what decides."""
    return harassment_floor


@pytest.mark.parametrize(
    "text",
    [
        # code-review comments labelled not toxic in ToxiCR that the shipped model flagged on the verb
        "Shoot! I must be blind because I didn't see the indentation; the extra white lines put me off...",
        "Shoot. That help string is typoed.",
        "oh shoot, I forgot to rebase",
        "Hmm, rats. I wasn't aware that the global reqs didn't support pip.",
        "hang on... limits.h should #define PAGESIZE to PAGE_SIZE",
        "Hang on.. logic might not be good here.",
        "Kill it with fire.",
        "This actually needs to die in a fire. /me adds a TODO to do that...",
        "that API can die in a fire",
        "You are not alone! Hang in there!",
        # someone got there first
        "Beat me to it!",
        "Damn, you beat me to it.",
        "Ha, you beat me to the punch. Closing mine as a duplicate.",
    ],
)
def test_oaths_and_idioms_of_waiting_are_not_flagged(analyzer: Analyzer, text: str) -> None:
    (assessment,) = analyzer.analyze([text])
    assert HARASSMENT not in assessment.flagged, (assessment.scores, assessment.findings)


@pytest.mark.parametrize(
    "text",
    [
        "Shoot! I will shoot you",  # another violent verb outside the oath
        "shoot him",  # an object: not an oath
        "kill them with fire",  # people, not a thing
        "that guy should die in a fire",
        "this idiot can die in a fire",
        "you should die in a fire",
        "You're pieces of shit that need to die in a fire.",  # "that" refers to people
        "hang him",
        "I hope you hang",
        "I will beat you to death",  # not the racing idiom
        "Beat me to it and I will beat you up",  # another violent verb outside the idiom
    ],
)
def test_a_threat_next_to_or_shaped_like_the_idiom_stays_flagged(analyzer: Analyzer, text: str) -> None:
    (assessment,) = analyzer.analyze([text])
    assert HARASSMENT in assessment.flagged, (assessment.scores, assessment.suppressed)


def test_the_reason_names_the_idiom(analyzer: Analyzer) -> None:
    (assessment,) = analyzer.analyze(["Kill it with fire."])
    reason = "oath or an idiom of waiting or racing ('Kill it with fire')"
    assert any(reason in r for r in assessment.suppressed)
