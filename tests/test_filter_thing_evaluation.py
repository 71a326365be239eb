"""Praise or judgement of code uses words that insult people; aimed at a thing it is not an insult."""

from __future__ import annotations

import pytest

from civility.analyzer import Analyzer
from civility.filters.thing_evaluation import JUDGES_A_THING, judged_thing, thing_evaluation
from civility.types import Category
from conftest import FindingAt, flagged_among


@pytest.mark.parametrize(
    ("text", "word", "category", "dropped"),
    [
        ("what a clever fix!", "clever", Category.IDENTITY_ATTACK, True),
        ("what a clever fix!", "what", Category.IDENTITY_ATTACK, True),  # the exclamation's function word
        ("what a smart idea!", "smart", Category.INSULT, True),
        ("that's an insane speedup", "insane", Category.INSULT, True),
        ("such a sweet little patch", "sweet", Category.IDENTITY_ATTACK, True),
        ("Sick refactor, thanks!", "Sick", Category.INSULT, True),
        ("What a weird bug.", "weird", Category.INSULT, True),  # a fault in code is a thing too
        ("That's a dirty hack but it works.", "dirty", Category.INSULT, True),
        ("Crazy fast now.", "Crazy", Category.INSULT, True),  # an intensifier of speed
        ("Such an odd behaviour.", "odd", Category.INSULT, True),
        ("Stupidly simple fix, thanks.", "Stupidly", Category.INSULT, True),
        # A person is the target, or the word is not the judgement.
        ("what a clever fix, moron", "moron", Category.INSULT, False),
        ("you are so smart", "smart", Category.INSULT, False),  # no thing
        ("you and your crazy ideas", "crazy", Category.INSULT, False),  # harsh, and the reader is there
        ("what a clever guy", "clever", Category.IDENTITY_ATTACK, False),  # a person
        ("the crazy PR person who got canned", "crazy", Category.INSULT, False),  # a person after the noun
        ("what a sexy fix", "sexy", Category.SEXUAL, False),  # a moderator's call
        ("what a nice fix", "nice", Category.HARASSMENT, False),
        ("what a weird guy", "weird", Category.INSULT, False),  # a person
        ("you are stupidly slow at reviews", "stupidly", Category.INSULT, False),  # the reader is there
        ("you and your weird bugs", "weird", Category.INSULT, False),
        ("a dirty race", "dirty", Category.INSULT, False),  # "race" alone is not a thing here
        ("That dirty hack again, you idiot.", "idiot", Category.INSULT, False),
    ],
)
def test_the_filter_on_one_finding(
    text: str, word: str, category: Category, dropped: bool, finding_at: FindingAt
) -> None:
    reason = thing_evaluation(*finding_at(text, word, category))
    assert (reason is not None) == dropped, reason


def test_the_reason_names_the_phrase(finding_at: FindingAt) -> None:
    reason = thing_evaluation(*finding_at("what a clever fix!", "clever", Category.IDENTITY_ATTACK))
    assert reason is not None and JUDGES_A_THING in reason and "'clever fix'" in reason


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Thanks. What a clever fix!", "clever fix"),
        ("your crazy ideas. a crazy idea", "crazy idea"),  # the first sentence speaks to the reader
        ("you are smart", None),
    ],
)
def test_judged_thing_finds_the_phrase_the_filter_acts_on(text: str, phrase: str | None) -> None:
    assert judged_thing(text) == phrase


ADJECTIVES = [
    "clever",
    "sweet",
    "smart",
    "nice",
    "great",
    "neat",
    "elegant",
    "brilliant",
    "lovely",
    "beautiful",
    "awesome",
    "cool",
    "good",
    "excellent",
    "fantastic",
    "wonderful",
    "amazing",
    "genius",
    "solid",
    "clean",
    "simple",
    "tidy",
    "handy",
    "thoughtful",
    "slick",
    "killer",
    "wicked",
    "sick",
    "insane",
    "crazy",
]
NOUNS = ("fix", "idea", "patch", "solution", "approach", "catch", "trick", "refactor")
FRAMES = ("what a {a} {n}!", "that's a {a} {n}!", "such a {a} {n}", "{A} {n}, thanks!", "This is a {a} {n}.")
SWEEP = [
    frame.format(a=adjective, A=adjective.capitalize(), n=noun)
    for frame in FRAMES
    for adjective in ADJECTIVES
    for noun in NOUNS
]


def test_praise_of_code_is_not_flagged(analyzer: Analyzer) -> None:
    """Every adjective in every praise frame with every noun for code (a sweep, not a sample)."""
    assert flagged_among(analyzer, SWEEP) == []


FAULT_ADJECTIVES = ("weird", "strange", "dirty", "nasty", "annoying", "tricky", "funny", "crazy")
FAULTS = ("bug", "error", "regression", "crash", "race condition", "edge case", "hack", "behaviour")
FAULT_FRAMES = ("What a {a} {n}.", "That's a {a} {n}.", "Such a {a} {n}!", "{A} {n}, but it works.")
INTENSIFIED = ("crazy", "insanely", "ridiculously", "stupidly", "wickedly", "stupid")
QUALITIES = ("fast", "simple", "easy", "good", "small")
INTENSIFIER_FRAMES = ("{A} {q} now.", "It is {a} {q}!", "This is {a} {q}, thanks.")
FAULT_SWEEP = [
    frame.format(a=adjective, A=adjective.capitalize(), n=noun)
    for frame in FAULT_FRAMES
    for adjective in FAULT_ADJECTIVES
    for noun in FAULTS
] + [
    frame.format(a=word, A=word.capitalize(), q=quality)
    for frame in INTENSIFIER_FRAMES
    for word in INTENSIFIED
    for quality in QUALITIES
]


def test_faults_in_code_and_intensified_qualities_are_not_flagged(analyzer: Analyzer) -> None:
    """Every neutral-to-harsh adjective on every fault noun, and every harsh intensifier of a quality.
    ("Such a weird crash!" and "Such a tricky crash!" scored profanity, which this filter never drops,
    until negative pieces, 7 Dec.)"""
    assert flagged_among(analyzer, FAULT_SWEEP) == []


@pytest.mark.parametrize(
    "text",
    [
        "what a clever fix, you moron",
        "you are insane",
        "what a stupid idiot",
        "what a weird guy",
        "That dirty hack again, you idiot.",
    ],
)
def test_insults_next_to_praise_words_are_still_flagged(analyzer: Analyzer, text: str) -> None:
    (assessment,) = analyzer.analyze([text])
    assert Category.INSULT in assessment.flagged, assessment.scores
