"""Swearing in surprise or delight insults no one; its vulgarity is still reported
(`civility.filters.swear_exclamation`)."""

from __future__ import annotations

import pytest

from civility.analyzer import Analyzer
from civility.filters.swear_exclamation import IN_AN_EXCLAMATION, exclamation_phrase
from civility.types import Category

INSULT, PROFANITY = Category.INSULT, Category.PROFANITY


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Holy crap, this is fast now!", "Holy crap"),
        ("holy shit it works", "holy shit"),
        ("Heck yeah.  :)", "Heck yeah"),
        ("Oh hell no, not another config format.", "Oh hell no"),
        ("Fuck yeah, it finally works!", "Fuck yeah"),
        ("Agree. What the heck is this.", "What the heck"),
        ("what the hell does 'fidelity' mean in a log context?", "what the hell"),
        ("Shit!", "Shit"),
        ("Oh fuck!!", "Oh fuck"),
        ("Oh crap, my bad. Fixed.", "Oh crap"),
        ("Tests pass.\nDamn it, forgot the docs.", "Damn it"),
        ("Well shit.", "Well shit"),
        # not an exclamation at no one
        ("Fuck you!", None),
        ("You shit!", None),
        ("Shit code, as usual.", None),
        ("What the hell are you doing?", None),  # speaks to the reader
        ("what the fuck is wrong with you idiots", None),
        ("go to hell, no one wants you here", None),  # "hell" does not open the sentence
        ("Hell is other people's code.", None),
    ],
)
def test_the_phrase(text: str, phrase: str | None) -> None:
    assert exclamation_phrase(text) == phrase


@pytest.mark.parametrize(
    "text",
    [
        "Holy crap, this is fast now!",  # insult 0.26 on "crap" before the filter (an older model)
        "What the heck is going on with CI?",  # insult 0.73 on "heck"
        "Agree. What the heck is this.",  # ToxiCR: not toxic
        "Heck yeah.  :)",  # ToxiCR: not toxic
        "Shit!",  # insult 0.91, identity_attack 0.19 before
        "Oh fuck!! I pushed to main.",
        "Crap, forgot to rebase.",
        # disguised swears: the filter reads them decoded, as the model does
        "sh**!",  # insult 0.91, identity_attack 0.19 before the filter read decoded text
        "Oh sh**, my bad.",  # insult 0.72 on "Oh" and "sh**"
        "f***!!",  # insult 0.79
        "What the h*ll is going on with CI?",
    ],
)
def test_an_exclamation_is_not_an_insult(analyzer: Analyzer, text: str) -> None:
    (assessment,) = analyzer.analyze([text])
    assert INSULT not in assessment.flagged, (assessment.scores, assessment.findings)


def test_its_vulgarity_is_still_reported(analyzer: Analyzer) -> None:
    (assessment,) = analyzer.analyze(["Oh fuck!! I pushed to main."])
    assert assessment.flagged == frozenset({PROFANITY})
    assert any(IN_AN_EXCLAMATION in reason for reason in assessment.suppressed), assessment.suppressed


@pytest.mark.parametrize(
    "text",
    [
        "Holy crap, you are dumb.",  # other evidence outside the exclamation
        "Shit, you broke the build again, idiot.",
        "Fuck you!",
        "You sh**!",
        "what the fuck is wrong with you idiots",
        "What the hell is this shit. Every release breaks my build and you clowns keep shipping crap.",
    ],
)
def test_an_insult_next_to_an_exclamation_stays_flagged(analyzer: Analyzer, text: str) -> None:
    (assessment,) = analyzer.analyze([text])
    assert INSULT in assessment.flagged, (assessment.scores, assessment.suppressed)
