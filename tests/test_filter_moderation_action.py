"""Moderation and triage announcements are not harassment; threats dressed as them still are."""

from __future__ import annotations

import pytest

from civility.analyzer import Analyzer
from civility.filters.moderation_action import ANNOUNCES_AN_ACTION, moderation_action, moderation_phrase
from civility.types import Category
from conftest import FindingAt

HARASSMENT, INSULT = Category.HARASSMENT, Category.INSULT


@pytest.mark.parametrize(
    ("text", "word", "category", "dropped"),
    [
        ("If you continue, you will be banned from this repository.", "banned", HARASSMENT, True),
        ("Closing until then.", "until", HARASSMENT, True),
        ("Sorry, I'm closing this until you fill the template.", "until", HARASSMENT, True),  # an apology
        ("I'm closing the issue until you fill the template.", "you", HARASSMENT, True),
        ("Please keep it civil, or I will have to lock this issue.", "will", HARASSMENT, True),
        ("This is your final warning.", "final", HARASSMENT, True),
        ("Further comments like this will get you blocked.", "blocked", HARASSMENT, True),
        # a cue of a threat, another category, or no action in the sentence
        ("Close this issue again and you will regret it.", "regret", HARASSMENT, False),
        ("Lock this thread one more time and you'll be sorry.", "sorry", HARASSMENT, False),
        ("I'll get you banned from every project you touch.", "banned", HARASSMENT, False),
        ("Close this issue or I will kill you.", "kill", HARASSMENT, False),
        ("Close this issue, idiot.", "idiot", INSULT, False),
        ("Closed. You will pay for this.", "pay", HARASSMENT, False),  # the next sentence
        ("Lock her up.", "Lock", HARASSMENT, False),  # a call to jail someone
        ("She needs to be locked up in a padded cell.", "locked", HARASSMENT, False),
        ("Case closed.", "closed", HARASSMENT, False),  # closing nothing of the thread's
        ("Come out of the closet, we'll bury you.", "bury", HARASSMENT, False),
        ("Block her fucking number.", "Block", HARASSMENT, False),  # advice about a third person
        ("Any further personal attacks will result in a ban.", "ban", HARASSMENT, False),  # "attacks" vetoes
        ("I will block you if this continues.", "block", HARASSMENT, True),
    ],
)
def test_the_filter_on_one_finding(
    text: str, word: str, category: Category, dropped: bool, finding_at: FindingAt
) -> None:
    reason = moderation_action(*finding_at(text, word, category))
    assert (reason is not None) == dropped, reason


def test_the_reason_names_the_action(finding_at: FindingAt) -> None:
    reason = moderation_action(*finding_at("Closing until then.", "until", HARASSMENT))
    assert reason is not None and ANNOUNCES_AN_ACTION in reason and "'Closing'" in reason


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Thanks! Closing until then.", "Closing"),
        ("Close this again and you will regret it.", None),
        ("Nothing to see here.", None),
    ],
)
def test_moderation_phrase(text: str, phrase: str | None) -> None:
    assert moderation_phrase(text) == phrase


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("If you continue, you will be banned from this repository.", set()),
        ("I'm closing the issue until you fill the template.", set()),
        ("Please keep it civil, or I will have to lock this issue.", set()),
        ("Close this issue, idiot.", {INSULT}),
        ("Block me and I will find you.", {HARASSMENT}),  # the threat rules
    ],
)
def test_what_the_analyzer_flags(text: str, flagged: set[Category]) -> None:
    assert next(Analyzer().analyze([text])).flagged >= flagged
    if not flagged:
        assert next(Analyzer().analyze([text])).flagged == set()
