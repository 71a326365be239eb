"""Insults the writer aims at themself are self-deprecation, not attacks (`self_directed`).

Two tables: the filter alone on a finding at a given word (independent of the model), and the shipped
model end to end, where self-deprecation must not be flagged while insults at others stay flagged.
"""

from __future__ import annotations

import pytest

from civility.analyzer import Analyzer
from civility.filters.self_directed import AIMED_AT_THE_WRITER, self_directed
from civility.types import Category
from conftest import FindingAt, flagged_among


@pytest.mark.parametrize(
    ("text", "word", "dropped"),
    [
        ("sorry, stupid mistake on my part", "stupid", True),
        ("I'm such an idiot, I forgot to push the tag.", "idiot", True),
        ("I am an idiot, the config was in the wrong folder.", "idiot", True),
        ("Im so dumb, it was the cache all along", "dumb", True),
        ("I was being dumb, it works after a rebuild.", "dumb", True),
        ("I feel like an idiot for missing that.", "idiot", True),
        ("I’ve been a complete moron about the locking here.", "moron", True),
        ("Stupid me, I ran the old binary.", "Stupid", True),
        ("Silly me. Fixed in the next commit.", "Silly", True),
        ("ugh, my dumb mistake, fixed now", "dumb", True),
        ("that was a dumb typo of mine", "dumb", True),
        ("my bad, stupid typo", "stupid", True),
        ("oops, dumb mistake, fixed", "dumb", True),
        ("what an idiot I am, the test was skipped", "idiot", True),
        ("ok I'm officially a moron: forgot to rebase", "moron", True),
        ("Ugh, stupid me. Pushed the wrong branch.", "Ugh", True),  # a groan next to the frame
        ("Ugh, I am an idiot. Please ignore.", "Ugh", True),
        # Kept: someone else is the target, or the frame is not the writer's.
        ("you are such an idiot", "idiot", False),
        ("I'm an idiot for trusting you morons with this.", "idiot", False),  # the reader is addressed
        ("I'm not the idiot here.", "idiot", False),  # negated: aimed at someone else
        ("He is such an idiot, I'm sorry.", "idiot", False),
        ("I'm surrounded by idiots.", "idiots", False),
        ("I am sick of idiots who never read the docs.", "idiots", False),
        ("my stupid coworker broke the build", "stupid", False),  # a person, not a slip
        ("stupid mistake by the maintainer", "stupid", False),
        ("Stupid maintainers, as usual.", "Stupid", False),
        ("idiots like me and the reviewer missed it", "idiots", False),  # "me" is not right after
        ("the idiot I am talking to never reads", "idiot", False),  # "I am" does not close the clause
        ("Oh, that reminds me... your patch is stupid", "Oh", False),  # the reader is addressed
        ("Oh, that reminds me... the maintainer is stupid", "Oh", False),  # "reminds me" is no frame
        ("Ugh, what a stupid design", "Ugh", False),  # no first-person frame in the sentence
        ("stupid typo in the release notes", "stupid", False),  # no apology: whose typo?
    ],
)
def test_the_filter_on_one_finding(text: str, word: str, dropped: bool, finding_at: FindingAt) -> None:
    reason = self_directed(*finding_at(text, word))
    assert (reason is not None) == dropped, reason


@pytest.mark.parametrize("category", [Category.PROFANITY, Category.HARASSMENT, Category.IDENTITY_ATTACK])
def test_only_insults_are_dropped(category: Category, finding_at: FindingAt) -> None:
    assert self_directed(*finding_at("I'm such a fucking idiot, sorry.", "idiot", category)) is None


def test_the_reason_names_the_frame_not_the_word(finding_at: FindingAt) -> None:
    reason = self_directed(*finding_at("Stupid me, I ran the old binary.", "Stupid"))
    assert reason is not None and "the writer as object" in reason and "Stupid" not in reason


SELF_DEPRECATION = [
    "sorry, stupid mistake on my part",
    "I'm such an idiot, I forgot to push the tag.",
    "Stupid me, I ran the old binary.",
    "Ugh, stupid me. Pushed the wrong branch.",
    "my bad, idiotic typo",
    "what a dumbass I am, the test was skipped",
    "ok I'm officially a dumbass: forgot to rebase",
]
AT_OTHERS = [
    "you are such an idiot",
    "I'm an idiot for trusting you morons with this.",
    "He is such an idiot, the build is broken again.",
    "Ugh, what a moron, he pushed to main again.",
]


@pytest.mark.parametrize("text", SELF_DEPRECATION)
def test_self_deprecation_is_not_flagged(analyzer: Analyzer, text: str) -> None:
    (assessment,) = analyzer.analyze([text])
    assert Category.INSULT not in assessment.flagged, assessment.scores
    assert any(AIMED_AT_THE_WRITER in r for r in assessment.suppressed) or not assessment.findings


@pytest.mark.parametrize("text", AT_OTHERS)
def test_insults_at_others_are_still_flagged(analyzer: Analyzer, text: str) -> None:
    (assessment,) = analyzer.analyze([text])
    assert Category.INSULT in assessment.flagged, assessment.scores


ADJECTIVES = (
    "stupid",
    "dumb",
    "silly",
    "idiotic",
    "moronic",
    "braindead",
    "careless",
    "lazy",
    "sloppy",
    "dense",
)
NOUNS = ("idiot", "moron", "dummy", "fool", "dumbass", "clown")
ADJECTIVE_FRAMES = (
    "sorry, {w} mistake on my part",
    "my bad, {w} typo",
    "I was being {w}, fixed in the next commit",
    "Ugh, {w} me. Pushed the wrong branch.",
    "I feel so {w} for missing this",
)
NOUN_FRAMES = (
    "I'm such a {w}, I forgot to push the tag",
    "what a {w} I am, the test was skipped",
    "I feel like a {w} for not reading the docs",
    "ok I'm officially a {w}: forgot to rebase",
)
SWEEP = [f.format(w=w) for f in ADJECTIVE_FRAMES for w in ADJECTIVES] + [
    f.format(w=w) for f in NOUN_FRAMES for w in NOUNS
]


def test_self_deprecation_sweep(analyzer: Analyzer) -> None:
    """Every self-deprecating frame with every word (a sweep, not a sample). Known misses kept visible:
    the model scores "sloppy" as identity_attack, which this filter (insults only) does not drop.
    ("Ugh, braindead me." was just over the profanity cut until negative pieces, 7 Dec.)"""
    assert flagged_among(analyzer, SWEEP) == [
        ("my bad, sloppy typo", [Category.IDENTITY_ATTACK]),
        ("Ugh, sloppy me. Pushed the wrong branch.", [Category.IDENTITY_ATTACK]),
        ("I feel so sloppy for missing this", [Category.IDENTITY_ATTACK]),
    ]
