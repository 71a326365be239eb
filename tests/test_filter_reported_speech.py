"""A victim reporting what was said about them, or a moderator denying an insult of anyone, is not
name-calling (`reported_speech`, `denied_insult`)."""

from __future__ import annotations

import pytest

from civility.analyzer import Analyzer
from civility.filters.denial import DENIED_OF_EVERYONE, denied_insult
from civility.filters.reported_speech import REPORTED_ABOUT_THE_WRITER, reported_speech
from civility.types import Category
from conftest import FindingAt, flagged_among


@pytest.mark.parametrize(
    ("text", "word", "dropped"),
    [
        ("A user told me I was a bitch; I have reported the account.", "bitch", True),
        ("Someone wrote that I am a moron and I reported it.", "moron", True),
        ("He keeps saying I'm an idiot in every thread. Can a moderator step in?", "idiot", True),
        ("Being told you are worthless is not acceptable here.", "worthless", True),
        ("Being called a retard made me want to quit open source.", "retard", True),
        # No cue: a report needs a condemnation, a moderator or a harm.
        ("He said I'm an idiot and he is right.", "idiot", False),
        # The reader elsewhere in the sentence.
        ("He told me I was a moron, reported, and you are one too.", "moron", False),
        # Not about the writer.
        ("I told him he was a moron and I reported him.", "moron", False),
    ],
)
def test_reported_speech_on_one_finding(text: str, word: str, dropped: bool, finding_at: FindingAt) -> None:
    reason = reported_speech(*finding_at(text, word))
    assert (reason is not None) == dropped, reason
    assert reason is None or REPORTED_ABOUT_THE_WRITER in reason


def test_a_reported_threat_is_not_dropped(finding_at: FindingAt) -> None:
    text = "He told me I was dead meat, I reported it."
    assert reported_speech(*finding_at(text, "dead", Category.HARASSMENT)) is None


@pytest.mark.parametrize(
    ("text", "word", "dropped"),
    [
        ("Nobody here is an idiot, please stay civil.", "idiot", True),
        ("Nobody here is an idiot, please stay civil.", "Nobody", True),  # the frame carries weight too
        ("No one is stupid for asking a question.", "stupid", True),
        ("None of us are morons, we just disagree.", "morons", True),
        ("Nobody in this thread is a bitch.", "bitch", True),
        ("Nobody here is as stupid as you.", "stupid", False),  # the reader, and "as" is the word
        ("Nobody is stupid enough to ship that.", "stupid", False),  # a hedge ToxiCR labels toxic
        ("Everybody here is an idiot.", "idiot", False),
    ],
)
def test_denial_on_one_finding(text: str, word: str, dropped: bool, finding_at: FindingAt) -> None:
    reason = denied_insult(*finding_at(text, word))
    assert (reason is not None) == dropped, reason
    assert reason is None or DENIED_OF_EVERYONE in reason


WORDS = ("an idiot", "a moron", "stupid", "a retard", "a bitch", "a loser", "worthless")
FRAMES = (
    "Someone wrote that I am {w} and I reported it.",
    "A user told me I was {w}; I have reported the account.",
    "He keeps saying I'm {w} in every thread. Can a moderator step in?",
    "I was told I'm {w} for asking a question, which is against our code of conduct.",
    "Being told you are {w} is not acceptable here.",
    "Nobody here is {w}, please stay civil.",
    "No one should be called {w} for filing a bug.",
)
SWEEP = [frame.format(w=word) for frame in FRAMES for word in WORDS]


def test_victims_and_moderators_are_not_flagged(analyzer: Analyzer) -> None:
    """Victims' reports and moderators' denials, every frame with every word (a sweep, not a sample)."""
    flagged = flagged_among(analyzer, SWEEP)
    # "Nobody here is a bitch, please stay civil." was a known miss until 6 Dec: "civil" outlived the
    # denied word as evidence; the second look now scores a category whose strongest word was set
    # aside without it (`second_look.weakened_categories`).
    assert flagged == []
