"""Short praise of the reader ("you are fun") is not an insult; sarcasm with a cue keeps its flag."""

from __future__ import annotations

import pytest

from civility.analyzer import Analyzer
from civility.filters.reader_praise import PRAISES_THE_READER, praised_reader, reader_praise
from civility.types import Category
from conftest import FindingAt, flagged_among


@pytest.mark.parametrize(
    ("text", "word", "category", "dropped"),
    [
        ("you are fun", "fun", Category.INSULT, True),
        ("you are fun", "you", Category.INSULT, True),  # a function word of the compliment's sentence
        ("You're smart!", "smart", Category.INSULT, True),
        ("Honestly, you are a fun person to work with.", "Honestly", Category.INSULT, True),
        ("Thanks, you're a genius!", "genius", Category.INSULT, True),
        ("you are a fun maintainer", "fun", Category.INSULT, True),  # a role after the praise
        ("you are a fun idiot", "idiot", Category.INSULT, False),  # nouns are roles, not any word
        # a cue of sarcasm, another target, or other evidence
        ("You're so smart, of course it works on your machine.", "smart", Category.INSULT, False),
        ("you think you're so smart", "smart", Category.INSULT, False),
        ("if you're so clever, fix it yourself", "clever", Category.INSULT, False),
        ("yeah right, you're a genius", "genius", Category.INSULT, False),
        ("you are a smart ass", "smart", Category.INSULT, False),  # not a role
        ("you are fun, idiot", "idiot", Category.INSULT, False),
        ("he is fun", "fun", Category.INSULT, False),
        ("you're so hot", "hot", Category.SEXUAL, False),
        ("you are fun", "fun", Category.HARASSMENT, False),
        # praise of the reader's work
        ("Good job.", "job", Category.INSULT, True),
        ("Thanks, good job!", "Thanks", Category.INSULT, True),
        ("Great work, folks!", "work", Category.INSULT, True),
        ("LGTM, well done @octocat.", "done", Category.INSULT, True),
        ("Good job asshole!", "asshole", Category.INSULT, False),
        ("Good job, idiot.", "idiot", Category.INSULT, False),
        ("Good job breaking the build again.", "job", Category.INSULT, False),  # the clause goes on
        ("Nice job... not.", "job", Category.INSULT, False),
        ("Great job, you think.", "job", Category.INSULT, False),  # a cue of sarcasm
    ],
)
def test_the_filter_on_one_finding(
    text: str, word: str, category: Category, dropped: bool, finding_at: FindingAt
) -> None:
    reason = reader_praise(*finding_at(text, word, category))
    assert (reason is not None) == dropped, reason


def test_the_reason_names_the_phrase(finding_at: FindingAt) -> None:
    reason = reader_praise(*finding_at("you are fun", "fun", Category.INSULT))
    assert reason is not None and PRAISES_THE_READER in reason and "'you are fun'" in reason


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Great release. You are amazing!", "You are amazing"),
        ("you are really smart to add a test", None),  # the clause goes on
        ("you're so smart, not", None),
        ("She's a great comedian. Whereas you are a great....nothing.", None),  # trailing off: irony
        ("LGTM, nice work.", "nice work"),
        ("You did a really good job!", "really good job"),
        ("Great job, @octocat!", "Great job, @octocat"),
        ("Good job on using factory girl", None),
        ("Good job smelly.....", None),
    ],
)
def test_praised_reader_finds_the_phrase_the_filter_acts_on(text: str, phrase: str | None) -> None:
    assert praised_reader(text) == phrase


PRAISE = [
    *("fun", "smart", "clever", "kind", "nice", "awesome", "cool", "great", "amazing", "brilliant"),
    *("funny", "sweet", "lovely", "helpful", "talented", "generous", "patient", "thoughtful"),
    *("fantastic", "a genius", "the best", "a star", "a hero", "a legend", "a lifesaver", "really smart"),
    *("so kind", "a great person", "a nice person", "an amazing maintainer", "a fun person to work with"),
]
FRAMES = [
    "you are {}",
    "You're {}!",
    "Thanks, you are {}.",
    "you are {}, thanks for the fix",
    "You are {} :)",
    "Honestly, you are {}.",
]
WORK = ["good job", "great job", "nice work", "great work", "nice catch", "good catch", "well done"]
WORK_FRAMES = ["{}.", "{}!", "Thanks, {}!", "{}, thanks for the fix.", "LGTM, {}.", "Merged, {} everyone."]
SWEEP = [frame.format(praise) for frame in FRAMES for praise in PRAISE] + [
    frame.format(work).replace(". ", ". ").capitalize() if frame.startswith("{}") else frame.format(work)
    for frame in WORK_FRAMES
    for work in WORK
]
"""What `benchmarks/filter_sweeps.py` counts with and without this filter."""


def test_praise_of_the_reader_is_not_flagged_as_an_insult() -> None:
    flagged = flagged_among(Analyzer(), SWEEP)
    assert flagged == []


@pytest.mark.parametrize(
    "text",
    [
        "You're so smart, of course it works on your machine.",
        "you are fun, idiot",
        "Good job, idiot.",
        "you are a stupid lawyer",
        "you are pathetic",
    ],
)
def test_insults_and_cued_sarcasm_stay_flagged(text: str) -> None:
    assert Category.INSULT in next(Analyzer().analyze([text])).flagged
