"""Violent verbs in idioms of sending or kindness are not threats (`civility.filters.errand_idiom`)."""

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
        "I'll shoot you an email tomorrow",
        "I'll shoot you a quick note with the details",
        "can you shoot me a link to the design doc?",
        "we'll kill you with kindness",
        "shooting you a DM now",
    ],
)
def test_idioms_of_sending_or_kindness_are_not_flagged(analyzer: Analyzer, text: str) -> None:
    (assessment,) = analyzer.analyze([text])
    assert HARASSMENT not in assessment.flagged, (assessment.scores, assessment.findings)


@pytest.mark.parametrize(
    "text",
    [
        "I'll shoot you an email and then I will shoot you",  # another violent verb outside the idiom
        "I will shoot you",
        "I'll kill you, with or without kindness",
    ],
)
def test_a_threat_next_to_the_idiom_stays_flagged(analyzer: Analyzer, text: str) -> None:
    (assessment,) = analyzer.analyze([text])
    assert HARASSMENT in assessment.flagged, (assessment.scores, assessment.suppressed)
