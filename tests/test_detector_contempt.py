"""Contempt for a person (`civility.detectors.contempt`): matches, spans, and what must not match."""

from __future__ import annotations

import pytest

from civility.analyzer import Analyzer
from civility.config import Config
from civility.detectors.contempt import ContemptDetector
from civility.preprocess import prepare
from civility.types import Category


def matched(text: str) -> list[tuple[str, str]]:
    prepared = prepare(text).text
    return [(name, prepared[start:end]) for name, start, end in ContemptDetector().named(prepared)]


@pytest.mark.parametrize(
    ("text", "rule", "span"),
    [
        ("you are useless", "worthless", "you are useless"),
        ("You're useless.", "worthless", "You're useless"),
        ("u r useless", "worthless", "u r useless"),
        ("you people are useless", "worthless", "you people are useless"),
        ("you guys are hopeless", "worthless", "you guys are hopeless"),
        (
            "you are completely useless and should stop contributing",
            "worthless",
            "you are completely useless",
        ),
        ("you are a waste of space", "worthless", "you are a waste of space"),
        ("you're a waste of oxygen", "worthless", "you're a waste of oxygen"),
        ("you are a burden to this project", "worthless", "you are a burden"),
        ("Honestly? You are a total failure.", "worthless", "You are a total failure"),
        ("people like you don't belong here", "excluded", "people like you don't belong here"),
        (
            "people like you don't belong in this community",
            "excluded",
            "people like you don't belong in this community",
        ),
        ("You do not belong in open source.", "excluded", "You do not belong in open source"),
        ("your kind isn't welcome here", "excluded", "your kind isn't welcome here"),
        (
            "you people aren't welcome in this project.",
            "excluded",
            "you people aren't welcome in this project",
        ),
        ("Honestly, you don't belong here.", "excluded", "you don't belong here"),
        ("nobody wants you here", "unwelcome", "nobody wants you here"),
        ("no one here likes you.", "unwelcome", "no one here likes you"),
        ("get lost", "unwelcome", "get lost"),
        ("Just go away.", "unwelcome", "Just go away"),
        ("Stop it. Go away and never come back", "unwelcome", "Go away"),
        ("Honestly -- please go away.", "unwelcome", "please go away"),
        ("We are done here; get lost", "unwelcome", "get lost"),
        ("If you can't read the docs, just go away.", "unwelcome", "just go away"),
        ("you should quit programming", "told_to_quit", "you should quit programming"),
        ("you should just give up coding.", "told_to_quit", "you should just give up coding"),
        ("you need to leave this project", "told_to_quit", "you need to leave this project"),
        ("stop being such a baby", "told_to_quit", "stop being such a baby"),
        ("stop acting like a child about the review", "told_to_quit", "stop acting like a child"),
    ],
)
def test_contempt_matches_with_its_rule_and_span(text: str, rule: str, span: str) -> None:
    assert matched(text) == [(rule, span)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "nobody wants you here, get lost",
            [("unwelcome", "nobody wants you here"), ("unwelcome", "get lost")],
        ),
        ("You are a joke, go away.", [("worthless", "You are a joke"), ("unwelcome", "go away")]),
    ],
)
def test_a_clause_after_a_comma_is_its_own_match(text: str, expected: list[tuple[str, str]]) -> None:
    assert matched(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # things, not people
        "this is useless",
        "this flag is useless without --force",
        "The old API is useless now, remove it.",
        "is this check useless?",
        "The test is a failure on Windows.",
        "this buffer is a waste of space",
        "That cache is a burden on memory.",
        # the first person, negated, or less than a verdict on the person
        "I feel like a failure today.",
        "sorry, I'm useless at regex",
        "you are not useless, everyone has a first PR",
        "Don't worry if you're hopeless at rebasing at first.",
        "you are useless to me without the logs",
        "you are hopeless at naming things, but the code is great",
        "I never said you should quit programming",
        # reported or condemned
        "Calling people useless is not OK here.",
        "He told me I was a waste of space, and I reported it.",
        "he said you are useless and I reported it",
        # idioms and everyday technical talk
        "Nobody wants you to rewrite it from scratch.",
        "nobody needs you to be online at night",
        "It's easy to get lost in this codebase.",
        "The warning should go away after the fix.",
        "Does the error go away if you clear the cache?",
        "It doesn't just go away, you have to restart the daemon.",
        "Once the cache is warm, the lag should go away.",
        "Restart it, and the warnings go away, mostly.",
        "Let the job run, get lost in a book for an hour.",
        "You should quit Vim with :q! first.",
        "you should quit the app before upgrading",
        "you should stop the server first",
        "stop being so strict about line length",
        "the child process should stop acting like a daemon",
        "you are a joker in this game, pick a card",
        # belonging that is not exclusion, or an exclusion wondered about or reassured against
        "you don't belong to the admin group, so the button is hidden",
        "That helper doesn't belong in this module.",
        "I felt like I didn't belong here at first.",
        "If you ever feel you are not welcome here, please contact the moderators.",
        "Don't ever feel like you don't belong in open source.",
        "Never think you are not welcome here because you are new.",
        "you are not welcome to push to main directly, open a PR instead",
        # code, logs and quoted replies are masked before the rules run
        "> you are useless\n\nThat was uncalled for.",
        "`you are useless` is in the spam list",
    ],
)
def test_hard_negatives_do_not_match(text: str) -> None:
    assert matched(text) == []


def test_the_analyzer_flags_what_the_model_misses_and_can_disable_it() -> None:
    text = "you are useless"
    assert Category.INSULT in next(Analyzer().analyze([text])).flagged
    config = Config(disabled_detectors=frozenset({"contempt"}))
    assert Category.INSULT not in next(Analyzer(config).analyze([text])).flagged


def test_the_finding_names_the_detector_and_maps_to_raw_offsets() -> None:
    text = "Thanks for nothing. `make`  you are a waste of space"
    assessment = next(Analyzer(Config(disabled_detectors=frozenset({"model"}))).analyze([text]))
    (finding,) = [f for f in assessment.findings if f.explanation.detector == "contempt"]
    assert text[finding.start : finding.end] == "you are a waste of space"
    assert finding.category is Category.INSULT
