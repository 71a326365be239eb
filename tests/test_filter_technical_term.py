"""Terms of the trade are not sexual remarks or insults (`civility.filters.technical_term`)."""

from __future__ import annotations

import pytest

from civility.analyzer import Analyzer
from civility.filters.technical_term import IS_A_TECHNICAL_TERM, technical_term, technical_term_phrase
from civility.types import Category
from conftest import FindingAt, flagged_among


@pytest.mark.parametrize(
    ("text", "word", "category", "dropped"),
    [
        ("The naked pointer is dangerous.", "naked", Category.SEXUAL, True),
        ("Avoid naked returns in Go.", "naked", Category.SEXUAL, True),
        ("a naked `printk` here", "naked", Category.SEXUAL, False),  # inline code: `masked_span`'s, not this
        ("It is a dumb terminal.", "dumb", Category.INSULT, True),
        ("Use dumb quotes, not smart ones.", "dumb", Category.INSULT, True),
        ("Use the stupid backoff from Brants et al.", "stupid", Category.INSULT, True),
        # not a term: a person, a body, or another word of the message
        ("send me naked pictures", "naked", Category.SEXUAL, False),
        ("a naked lady", "naked", Category.SEXUAL, False),
        ("you are dumb", "dumb", Category.INSULT, False),
        ("naked pointer, you idiot", "idiot", Category.INSULT, False),
        ("The naked pointer is dangerous.", "pointer", Category.SEXUAL, True),
        ("The naked pointer is dangerous.", "dangerous", Category.HARASSMENT, False),
    ],
)
def test_the_filter_on_one_finding(
    text: str, word: str, category: Category, dropped: bool, finding_at: FindingAt
) -> None:
    reason = technical_term(*finding_at(text, word, category))
    assert (reason is not None) == dropped, reason


def test_rule_findings_are_never_dropped(finding_at: FindingAt) -> None:
    rule_finding = finding_at("The naked pointer", "naked", Category.SEXUAL, "sexual_advance")
    assert technical_term(*rule_finding) is None


def test_the_reason_names_the_term(finding_at: FindingAt) -> None:
    reason = technical_term(*finding_at("Avoid naked returns in Go.", "naked", Category.SEXUAL))
    assert reason is not None and IS_A_TECHNICAL_TERM in reason and "'naked returns'" in reason
    assert technical_term_phrase("use a dumb proxy here") == "dumb proxy"
    assert technical_term_phrase("you are dumb") is None


TERMS = (
    "naked pointer",
    "naked pointers",
    "naked returns",
    "naked domain",
    "naked main",
    "naked new",
    "naked function",
    "dumb terminal",
    "dumb quotes",
    "dumb proxy",
    "dumb client",
    "dumb pipe",
)
FRAMES = ("The {t} is the problem.", "Avoid the {t} here.", "Why a {t}?", "{T} again, see #123.")
SWEEP = [frame.format(t=term, T=term.capitalize()) for frame in FRAMES for term in TERMS]


def test_technical_terms_are_not_flagged(analyzer: Analyzer) -> None:
    """Every term in every frame (a sweep, not a sample)."""
    assert flagged_among(analyzer, SWEEP) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("send me naked pictures of you", Category.SEXUAL),
        ("you are so dumb", Category.INSULT),
        ("The naked pointer is fine, you idiot.", Category.INSULT),
    ],
)
def test_remarks_next_to_the_words_are_still_flagged(
    analyzer: Analyzer, text: str, category: Category
) -> None:
    (assessment,) = analyzer.analyze([text])
    assert category in assessment.flagged, assessment.scores
