"""Name-calling that a sentence condemns or reports is mentioned, not used (`condemned_mention`).

Two tables: the filter alone on a finding at a given word (independent of the model), and the
shipped model end to end, where the filter must remove the flag on moderators' and victims' words
while insults wearing the same frame ("calling *you* an idiot") stay flagged.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from civility.analyzer import Analyzer
from civility.filters.mention import condemned_mention
from civility.types import Category
from conftest import FindingAt


@pytest.mark.parametrize(
    ("text", "word", "dropped"),
    [
        ("Calling contributors idiots is not OK.", "idiots", True),
        ("Please stop calling other contributors morons, it is not acceptable here.", "morons", True),
        ("Someone called the maintainer an idiot in #42, I reported it.", "idiot", True),
        ("Don’t call people dumb, explain what is wrong with the patch instead.", "dumb", True),
        ('Name-calling like "idiot" or "moron" will get you banned from this tracker.', "moron", True),
        ("Calling people stupid is against our code of conduct.", "stupid", True),
        ("Stop calling me an idiot, you moron.", "idiot", True),  # the victim reporting it
        ("Stop calling me an idiot, you moron.", "moron", False),  # the reply's own insult
        ("I'm not calling you an idiot, but I could.", "idiot", False),  # the reader is named
        ("Don't call me stupid, you idiot.", "idiot", False),
        ("I'd never call him an idiot, he is a moron.", "moron", False),  # frames stop at commas
        ("People call him a moron because he is one.", "moron", False),  # no disapproval
        # A negation must govern the verb: here "do not" is about something else (a HateXplain shape).
        ("if you can't say something nice, do not say anything, just call them morons", "morons", False),
        ("No one should be called a moron for filing a bug.", "moron", True),
        # the passive, with nothing between "called" and the name
        ("No one should be called stupid for filing a bug.", "stupid", True),
        ("Nobody deserves to be called dumb here.", "dumb", True),
        ("He was called stupid for filing a bug.", "stupid", False),  # reported without a judgement
        ("You should be called stupid for this.", "stupid", False),  # no negation governs the call
        ("You shouldn't call people idiots here.", "idiots", True),
        ("Don't call people stupid names.", "stupid", True),
        # The evidence is the one called, not the name, when another word follows it.
        ("it might be time to stop calling the morons dumb", "morons", False),
        ("Calling him an idiot is fine by me.", "idiot", False),
        ("It is not OK that you are such an idiot.", "idiot", False),  # no name-calling frame
        ("Don't ever call me again, idiot.", "idiot", False),
        # A quoted example after a word for words is talked about, not said; no disapproval needed.
        ('The regex matches words like "fuck" so the filter catches them.', "fuck", True),
        ('The word "bitch" in the test fixture comes from the spam corpus.', "bitch", True),
        ("Slurs such as “retard” are in the blocklist file.", "retard", True),
        ('The blocklist now matches words like "fuck" and "shit".', "shit", True),
        ('The blocklist now matches words like "fuck" and "shit".', "words", True),  # the frame's noun
        ("Those words are garbage.", "words", False),
        ('the word "idiot" describes you perfectly', "idiot", False),  # speaks to the reader
        ('he is a total "idiot"', "idiot", False),  # scare quotes, no word for words
        ("words like idiot get thrown around here", "idiot", False),  # not quoted, no disapproval
    ],
)
def test_the_filter_on_one_finding(text: str, word: str, dropped: bool, finding_at: FindingAt) -> None:
    reason = condemned_mention(*finding_at(text, word))
    assert (reason is not None) == dropped, reason


def test_threats_are_never_dropped(finding_at: FindingAt) -> None:
    text = "Please don't call him a dead man, that is not OK."
    assert condemned_mention(*finding_at(text, "dead", Category.HARASSMENT)) is None


def test_the_reason_names_the_cue_not_the_word(finding_at: FindingAt) -> None:
    reason = condemned_mention(*finding_at("Calling contributors idiots is not OK.", "idiots"))
    assert reason is not None and "not OK" in reason and "idiots" not in reason


def _sample_condemnation(repo_root: Path) -> str:
    records = json.loads((repo_root / "data" / "samples" / "issue-thread.json").read_text(encoding="utf-8"))
    return next(r["body"] for r in records if "Calling contributors idiots" in (r.get("body") or ""))


CONDEMNED = [
    "Calling contributors idiots is not OK.",
    "Calling people stupid is against our code of conduct.",
    "Someone called the maintainer an idiot in #42, I reported it.",
    'Name-calling like "idiot" or "moron" will get you banned from this tracker.',
]
USED = [
    "Stop calling me an idiot, you moron.",
    "I'm not calling you an idiot, but this patch is idiotic.",
    "People call him a moron because he is one.",
    "You are an idiot and calling you one is not against any code of conduct.",
]


@pytest.mark.parametrize("text", CONDEMNED)
def test_condemning_name_calling_is_not_flagged(analyzer: Analyzer, text: str) -> None:
    (assessment,) = analyzer.analyze([text])
    assert Category.INSULT not in assessment.flagged
    assert any("mentioned, not used" in r for r in assessment.suppressed) or not assessment.findings


@pytest.mark.parametrize("text", USED)
def test_name_calling_in_the_same_frames_is_still_flagged(analyzer: Analyzer, text: str) -> None:
    (assessment,) = analyzer.analyze([text])
    assert Category.INSULT in assessment.flagged


def test_the_sample_moderator_reply_is_not_flagged(analyzer: Analyzer, repo_root: Path) -> None:
    (assessment,) = analyzer.analyze([_sample_condemnation(repo_root)])
    assert assessment.flagged == frozenset()


def test_a_blocklist_discussion_is_not_flagged(analyzer: Analyzer) -> None:
    (assessment,) = analyzer.analyze(['The blocklist now matches words like "fuck" and "shit".'])
    assert assessment.flagged == frozenset(), assessment.scores
