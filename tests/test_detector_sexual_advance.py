"""Sexual advances aimed at a person (`civility.detectors.sexual_advance`): matches, spans, non-matches."""

from __future__ import annotations

import pytest

from civility.analyzer import Analyzer
from civility.config import Config
from civility.detectors.sexual_advance import SexualAdvanceDetector
from civility.preprocess import prepare
from civility.types import Category


def matched(text: str) -> list[str]:
    prepared = prepare(text).text
    return [prepared[start:end] for _, start, end in SexualAdvanceDetector().named(prepared)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("send me nudes", "send me nudes"),
        ("send me a dick pic", "send me a dick pic"),
        ("hey, send some sexy pics and I'll merge your PR", "send some sexy pics"),
        ("show me your boobs", "show me your boobs"),
        ("I want to fuck you", "I want to fuck you"),
        ("I'd love to have sex with you", "I'd love to have sex with you"),
        ("let's have sex tonight", "let's have sex"),
        ("wanna make out after the meetup?", "wanna make out"),
        ("I want to bend you over my desk", "I want to bend you"),
        ("suck my dick", "suck my dick"),
        ("sit on my face", "sit on my face"),
        ("are you single?", "are you single"),
        ("what are you wearing right now?", "what are you wearing"),
        ("nice PR. do you have a boyfriend?", "do you have a boyfriend"),
        ("can I have your number, beautiful?", "have your number, beautiful"),
        ("give me your phone number, babe", "give me your phone number, babe"),
        ("hey sexy, want to go out with me?", "hey sexy, want to go out with me"),
        (
            "you're too pretty to be a programmer, let's get a drink sometime",
            "you're too pretty to be a programmer, let's get a drink",
        ),
    ],
)
def test_advances_match_with_their_span(text: str, span: str) -> None:
    assert matched(text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "I'm gonna fuck you up",  # a threat (`civility.detectors.threat`), not an advance
        "I'll fuck you over in the next release",
        "let's hook up next week to go over the roadmap",
        "I could kiss you for this fix",
        "send me the logs",
        "show me your config",
        "please send me a screenshot of the crash",
        "are you single-threaded here?",
        "what are you wearing to the conference, the team shirt?",
        "let's sleep on it",
        "I don't send nudes to anyone",
        "she didn't want to have sex",
        "I sleep with my laptop open",
        "the game's sprites need bigger boobs for the new armour set",  # content, not aimed at anyone
        "calm your tits, it's a WIP",
        "let's grab a drink after the conference to talk about the roadmap",
        "this is a pretty hot code path, let's get a drink to celebrate the fix",
        "that's a beautiful API; can I have your number to set up a call?",
        "the number of beautiful graphs in this PR is amazing",
        "this is pure code porn",
        # reported or condemned
        'someone DMed her "are you single?", I reported it',
        "he said he wants to have sex with you",
        "asking people to send nudes is harassment and gets you banned",
        # code and quoted replies are masked
        "```\nsend_me_nudes = False\n```",
        "> are you single?\n\nthis is not OK, please stop",
    ],
)
def test_hard_negatives_do_not_match(text: str) -> None:
    assert matched(text) == []


def test_the_analyzer_flags_what_the_model_misses_and_can_disable_it() -> None:
    text = "let's have sex tonight"
    assert Category.SEXUAL in next(Analyzer().analyze([text])).flagged
    config = Config(disabled_detectors=frozenset({"sexual_advance"}))
    assert not next(Analyzer(config).analyze([text])).flagged


def test_a_quoted_advance_in_a_blocklist_is_data() -> None:
    (assessment,) = Analyzer().analyze(['the spam filter should block "send me nudes"'])
    assert Category.SEXUAL not in assessment.flagged
