"""A groan or an exclamation ("Ugh.", "OMG", "oh god") is not evidence of any category."""

from __future__ import annotations

import pytest

from civility.analyzer import Analyzer
from civility.filters.groan import IS_A_GROAN, groan, groan_phrase
from civility.types import Category
from conftest import FindingAt


@pytest.mark.parametrize(
    ("text", "word", "category", "dropped"),
    [
        ("Ugh.", "Ugh", Category.INSULT, True),
        ("Ughhh, flaky test.", "Ughhh", Category.INSULT, True),
        ("OMG", "OMG", Category.INSULT, True),
        ("Oh god, this is slow.", "god", Category.INSULT, True),
        ("Oh god, this is slow.", "Oh", Category.INSULT, True),
        ("Oh my god, this works!", "god", Category.IDENTITY_ATTACK, True),
        # other evidence, profanity, and "god" not in an exclamation
        ("Ugh, you are an idiot.", "idiot", Category.INSULT, False),
        ("omfg", "omfg", Category.PROFANITY, False),
        ("you think you're god", "god", Category.INSULT, False),
        ("this is a god object", "god", Category.INSULT, False),
        ("Ugh.", "Ugh", Category.PROFANITY, False),
        ("laugh", "laugh", Category.INSULT, False),
    ],
)
def test_the_filter_on_one_finding(
    text: str, word: str, category: Category, dropped: bool, finding_at: FindingAt
) -> None:
    reason = groan(*finding_at(text, word, category))
    assert (reason is not None) == dropped, reason


def test_the_reason_names_the_groan(finding_at: FindingAt) -> None:
    reason = groan(*finding_at("Ugh, the CI is red again.", "Ugh", Category.INSULT))
    assert reason is not None and IS_A_GROAN in reason and "'Ugh'" in reason


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("Ugh, the CI is red again.", "Ugh"), ("oh my god it works", "oh my god"), ("a god object", None)],
)
def test_groan_phrase(text: str, phrase: str | None) -> None:
    assert groan_phrase(text) == phrase


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Ugh.", set()),
        ("Ugh, the CI is red again.", set()),
        ("OMG", set()),
        ("Oh god, this is slow.", set()),
        ("Ugh, you are an idiot.", {Category.INSULT}),
        ("Oh god, not this moron again.", {Category.INSULT}),
        ("Damn, forgot the header.", {Category.PROFANITY}),
    ],
)
def test_what_the_analyzer_flags(text: str, flagged: set[Category]) -> None:
    assert next(Analyzer().analyze([text])).flagged == flagged
