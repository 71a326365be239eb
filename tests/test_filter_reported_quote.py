"""A quotation reported with disapproval, or quoted to be filtered, is talked about, not said."""

from __future__ import annotations

import pytest

from civility.analyzer import Analyzer
from civility.filters.reported_quote import QUOTED_TO_REPORT, reported_quote
from civility.types import Category
from conftest import FindingAt, flagged_among


@pytest.mark.parametrize(
    ("text", "word", "dropped"),
    [
        ('I reported the comment that said "idiot" to the moderators.', "idiot", True),
        ('We removed the comment where a user wrote "you are a moron".', "moron", True),
        ('Someone replied "fuck off" to a newcomer; that is exactly what our CoC forbids.', "fuck", True),
        ('Someone replied "fuck off" to a newcomer; that is exactly what our CoC forbids.', "forbids", True),
        ('Telling someone "dumbass" is harassment.', "dumbass", True),
        ('Words like "fuck off" have no place in this project.', "fuck", True),
        ('The spam filter should block "bitch" and "slut".', "slut", True),
        ("the regex matches 'shithead' too", "shithead", True),
        # Speech received reports itself.
        ('Being told "go back to your country" made me want to quit.', "country", True),
        ('I was called "a useless girl" in the review.', "useless", True),
        ('Someone sent me "fuck off" after I opened the issue.', "fuck", True),
        ('Got told: "you are an idiot" twice this week.', "idiot", True),
        ('I told him "you are an idiot" and I meant it.', "idiot", False),  # the writer speaking
        ('You were called "idiot" for a reason, idiot.', "idiot", False),  # the reader outside
        # No cue: a quotation alone is not a report.
        ('He said "idiot" and walked off.', "idiot", False),
        ('As the cowardly loser said, "logic is hard".', "loser", False),  # outside the quotation
        # A bare negation is not a condemnation.
        ('Don\'t say "thanks", you moron.', "moron", False),
        ('They never said "stupid", they said "stupider".', "stupid", False),
        # The reader outside the quotation keeps the finding.
        ('I reported that "idiot" comment, and it was about you, idiot.', "idiot", False),
        # "ban" and "flag" take people: not filtering verbs here.
        ('We should ban all "refugees".', "refugees", False),
        # An unclosed or very long quotation is not a reported word.
        ('I reported him for saying "idiot', "idiot", False),
        ("it's the idiot's fault, reported", "idiot", False),  # apostrophes are not quotation marks
    ],
)
def test_the_filter_on_one_finding(text: str, word: str, dropped: bool, finding_at: FindingAt) -> None:
    reason = reported_quote(*finding_at(text, word))
    assert (reason is not None) == dropped, reason


@pytest.mark.parametrize(
    "text", ['I reported the comment that said "kill yourself".', 'I was told "kill yourself" today.']
)
def test_a_reported_threat_is_not_dropped(text: str, finding_at: FindingAt) -> None:
    assert reported_quote(*finding_at(text, "kill", Category.HARASSMENT)) is None


def test_a_threat_quoted_as_data_is_dropped(finding_at: FindingAt) -> None:
    text = 'The spam filter should block "kill yourself" and "slut" in titles.'
    assert reported_quote(*finding_at(text, "kill", Category.HARASSMENT)) is not None
    assert reported_quote(*finding_at(text, "slut", Category.HARASSMENT)) is not None


def test_private_information_is_never_dropped(finding_at: FindingAt) -> None:
    text = 'The filter should block "jane@example.com".'
    assert reported_quote(*finding_at(text, "jane", Category.PRIVATE_INFO, detector="email")) is None


def test_the_reason_names_the_frame(finding_at: FindingAt) -> None:
    reason = reported_quote(*finding_at('I reported the comment that said "idiot".', "idiot"))
    assert reason is not None and QUOTED_TO_REPORT in reason and "'reported'" in reason


NAMES = ("idiot", "moron", "stupid", "retard", "bitch", "faggot", "asshole", "loser", "dumbass")
"""Names and slurs: they fit every frame, the name-calling ones ("call people {w}") too."""
UTTERANCES = ("fuck off", "go back to your country")
"""Things said, not names: they go only in the frames that quote ('replied "{w}"', a quoted reply).
"Please don't call people go back to your country" is not a sentence anyone writes; the model
scored it identity_attack 0.26 (8 Dec) while the quoted and the reported forms stay clean."""
QUOTING = (
    'Calling someone "{w}" is not acceptable here.',
    'I reported the comment that said "{w}" to the moderators.',
    'Words like "{w}" have no place in this project.',
    'We removed the comment where a user wrote "{w}".',
    'Telling someone "{w}" is harassment and will get you banned.',
    'The spam filter should block "{w}".',
    "> {w}\n\nThat is not OK, please keep it civil.",
    'Someone replied "{w}" to a first-time contributor; that is exactly what our CoC forbids.',
    'Being told "{w}" made me want to quit open source.',
    'Please don\'t tell people "{w}", it violates our code of conduct.',
)
NAMING = (
    "Please don't call people {w}, it violates our code of conduct.",
    "He called me a {w} in the last thread and I have reported it.",
    "> you are a {w}\n\nThat is not OK, please keep it civil.",
    "Being called a {w} made me want to quit open source.",
)
SWEEP = [frame.format(w=word) for frame in QUOTING + NAMING for word in NAMES] + [
    frame.format(w=said) for frame in QUOTING for said in UTTERANCES
]


def test_moderators_condemning_abuse_are_not_flagged(analyzer: Analyzer) -> None:
    """The issue's hard negative, people condemning or reporting abuse, in every frame and word.
    Harassment is left out: threats are never dropped by a mention filter (by design)."""
    assert flagged_among(analyzer, SWEEP, ignore=frozenset({Category.HARASSMENT})) == []
