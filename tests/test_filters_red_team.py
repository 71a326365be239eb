"""Attacks written inside the frames the run-time filters forgive stay flagged.

Each filter drops evidence in a narrow frame (praise of code, a machine as object, a report, a denial,
self-deprecation, a quoted word). An abuser can write inside those frames; these are the cases where
the attack must survive, by the category that carries it.
"""

from __future__ import annotations

import pytest

from civility.analyzer import Analyzer
from civility.types import Category

INSULT, HARASSMENT, SEXUAL = Category.INSULT, Category.HARASSMENT, Category.SEXUAL
IDENTITY_ATTACK = Category.IDENTITY_ATTACK


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("what a clever fix, too bad you're an idiot", INSULT),  # thing_evaluation
        ("what a great patch, you worthless piece of shit", INSULT),
        ("Nice catch, dumbass.", INSULT),
        ("Nobody here is as stupid as you", INSULT),  # denial
        ("I reported you because you are a moron", INSULT),  # reported_speech, reported_quote
        ("He said I'm a moron. He's right, and so are you, moron.", INSULT),
        ("the spam filter should block you, idiot", INSULT),
        ('Words like "idiot" describe you perfectly', INSULT),  # condemned_mention
        ("I'm an idiot? No, you are the idiot", INSULT),  # self_directed
        ("Ugh, you are so stupid", INSULT),
        ("Oops, stupid typo. Unlike your stupid face.", INSULT),
        ("you are fun, you idiot", INSULT),  # reader_praise
        ("Thanks, you are fun. Shame you are a moron.", INSULT),
        ("You're so smart, of course it works on your machine.", INSULT),
        ("you should kill yourself, and also kill the process", HARASSMENT),  # technical_target
        ("I will kill the process and then I will find where you live", HARASSMENT),
        ("kill the job, then kill yourself", HARASSMENT),
        # the threat rules (`civility.detectors.threat`) inside the same frames
        ("sorry, stupid typo on my part. Revert it again and I'll rape you", HARASSMENT),
        ("what a clever fix. I know where you live, by the way", HARASSMENT),
        ("I will purge the cache and then I will break your legs", HARASSMENT),
        ('He said "nice patch". People like you should be shot.', HARASSMENT),
        ("Nobody here is stupid. Muslims should be killed though.", HARASSMENT),
        # the sexual-advance rules (`civility.detectors.sexual_advance`)
        ("what a clever fix! send me nudes", SEXUAL),
        ("sorry, stupid typo on my part. are you single?", SEXUAL),
        # the dehumanization rules (`civility.detectors.dehumanization`)
        ("what a clever fix. muslims are animals though", IDENTITY_ATTACK),
        ("I will kill the process; immigrants are vermin", IDENTITY_ATTACK),
        # the discredit rules (`civility.detectors.discredit`)
        ("what a clever fix. you only got commit access because you're a woman", IDENTITY_ATTACK),
        ('He said "nice patch". She is just a diversity hire.', IDENTITY_ATTACK),
        # the contempt rules (`civility.detectors.contempt`) and career threats (`threat`)
        ("what a clever fix! now get lost.", INSULT),
        ("sorry, stupid typo on my part. You are useless, though.", INSULT),
        ("Nice patch. I'll make sure nobody ever hires you again.", HARASSMENT),
    ],
)
def test_an_attack_in_a_forgiven_frame_is_still_flagged(
    analyzer: Analyzer, text: str, category: Category
) -> None:
    (assessment,) = analyzer.analyze([text])
    assert category in assessment.flagged, (assessment.scores, assessment.suppressed)
