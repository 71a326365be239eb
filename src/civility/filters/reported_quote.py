"""Drop name-calling evidence inside a quotation that the sentence reports or condemns.

Moderators and victims quote what was said in order to report it: 'I reported the comment that said
"idiot"', 'Someone replied "fuck off" to a first-time contributor; that is what our CoC forbids',
'Telling someone "moron" is harassment'. Developers quote words to filter them: 'the spam filter
should block "bitch"'. `condemned_mention` catches name-calling frames and single quoted words after
"words like"; this filter catches a whole quotation (one or more words) introduced by

1. a verb of speech ("said", "wrote", "replied", "posted", "telling someone", "calling people") or a
   word for words ("words like", "the phrase") in a sentence that condemns or reports it
   ("reported", "not OK", "removed", "harassment", "no place", "against our code of conduct" ...;
   a bare "don't" or "never" is not enough: quoted sentences are full of them), or
2. speech received, which reports by itself: 'being told "go back to your country" made me want to
   quit', 'I was called "a useless girl" in review', 'someone sent me "fuck off"', or
3. a verb of filtering ("filter", "block", "match", "detect", "censor", "blocklist"), which needs no
   cue: such a quotation is data, not speech.

The evidence must lie inside the quotation, or be one of the words that frame it (the verb, the cue:
the model gives "replied" and "forbids" weight too), and the sentence outside the quotation must not
address the reader ('he said "idiot" and he meant you' keeps its finding). A threat in a reported
quotation is not dropped (as in `condemned_mention`: repeating it spreads it), but one quoted as data
to filter is ('block "kill yourself" in titles'); private information never is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from civility.detectors.base import Document
from civility.filters.mention import (
    ADDRESSES_READER,
    CATEGORIES,
    CONDEMNATION,
    WORDS_FOR_WORDS,
    outside,
    sentence_bounds,
)
from civility.types import Category, Finding

_I = re.I
_OPENING_MARK = re.compile(r"(?<![^\W_])[\"“‘'«`]")
"""An opening quotation mark not glued to a letter or digit before it (an apostrophe is)."""
_CLOSING = {'"': '"', "“": "”", "‘": "’", "'": "'", "«": "»", "`": "`"}
_LONGEST_QUOTE = 120
"""Characters: a quotation reported in a sentence is short; a longer one is a quoted reply, not a word."""
_WORD = r"[^\s.!?;:\"“”‘’'«»`]+"
SPEECH = (
    r"(?:say|says|said|saying|write|writes|wrote|writing|written|repl(?:y|ies|ied|ying)|post(?:s|ed|ing)?|"
    r"comment(?:s|ed|ing)?|typ(?:e|es|ed|ing)|tell(?:s|ing)?|told|call(?:s|ed|ing)?|yell(?:s|ed|ing)?|"
    r"shout(?:s|ed|ing)?|messag(?:e|es|ed|ing)|respond(?:s|ed|ing)?|answer(?:s|ed|ing)?)"
)
_FILTERING = (
    r"(?:filter(?:s|ed|ing)?|block(?:s|ed|ing)?|match(?:es|ed|ing)?|detect(?:s|ed|ing)?|"
    r"censor(?:s|ed|ing)?|mask(?:s|ed|ing)?|regexp?|(?:black|block|deny)list(?:s|ed|ing)?)"
)
"""Verbs (and nouns) of filtering text; not "ban" or "flag", which take people ('ban all "refugees"')."""
_REPORTED = re.compile(
    rf"\b(?:{SPEECH}(?:\s+{_WORD}){{0,3}}|{WORDS_FOR_WORDS}(?:\s+(?:like|such\s+as))?(?:\s+{_WORD}){{0,3}}?)"
    r"\s*[:,]?\s*$",
    _I,
)
_RECEIVED = re.compile(
    r"\b(?:(?:be|been|being|was|were|am|is|are|get|gets|got|getting)\s+(?:told|called|sent|messaged)"
    r"|(?:told|called|sent|messaged|wrote\s+to|said\s+to|replied\s+to)\s+(?:me|us))"
    r"\s*[:,]?\s*$",
    _I,
)
"""Speech received, passive or said to the writer ('being told "..."', 'someone sent me "..."'): the
sentence reports what was said to them, a cue of its own. A third person told is not ('I told him
"..."' is the writer speaking)."""
_LISTED = r"(?:\s*,?\s*(?:and|or)?\s*[\"“‘'`][^\"“”‘’'`\n]{1,40}[\"”’'`])*"
"""Earlier items of a list of quoted words ('block "bitch", "slut" and "whore"')."""
_DATA = re.compile(rf"\b{_FILTERING}(?:\s+{_WORD}){{0,2}}{_LISTED}\s*[:,]?\s*(?:and|or)?\s*$", _I)
CONDEMNED = re.compile(
    CONDEMNATION
    + r"|\b(?:harass(?:ment|ing)?|abus(?:e|ive)|forbid(?:s|den)?|no\s+place|code\s+of\s+conduct|coc)\b"
    r"|\b(?:offensive|hateful|unwelcoming|uncivil|bullying)\b",
    _I,
)
"""Cues that the sentence condemns or reports what it quotes; bare negations ("don't", "never") are not
enough here, they are too common in the quoted sentences themselves."""
QUOTED_TO_REPORT = "is quoted to be reported"
"""The phrase every reason of this filter carries (what `benchmarks/mention_filter.py` counts)."""


@dataclass(frozen=True)
class _Quotation:
    opened: int
    closed: int
    frame: tuple[int, int]
    """The introducing words ("replied", "should block", "words like")."""
    cues: tuple[tuple[int, int], ...]
    label: str


def reported_quote(finding: Finding, doc: Document) -> str | None:
    """A reason when the finding is in a quotation its sentence reports, condemns or filters, or is one
    of the words that frame it ("replied", "forbids")."""
    if finding.category not in CATEGORIES and finding.category is not Category.HARASSMENT:
        return None
    text = doc.raw
    start, end = sentence_bounds(text, finding.start, finding.end)
    for quote in _quotations(text, start, end):
        if finding.category is Category.HARASSMENT and quote.cues:
            continue  # a threat reported is still a threat repeated; a threat in a blocklist is data
        spans = [(quote.opened, quote.closed), quote.frame, *quote.cues]
        if any(lo <= finding.start and finding.end <= hi for lo, hi in spans):
            return f"{finding.category} at {finding.start}..{finding.end} {QUOTED_TO_REPORT} ({quote.label})"
    return None


@lru_cache(maxsize=32)
def _quotations(text: str, start: int, end: int) -> tuple[_Quotation, ...]:
    """The framed quotations of text[start:end] whose sentence does not otherwise address the reader
    (cached: every finding of a sentence asks the same question; a str caches its own hash)."""
    found = []
    for mark in _OPENING_MARK.finditer(text, start, end):
        closed = _closing(text, mark.start(), min(end, mark.start() + _LONGEST_QUOTE))
        quote = None if closed is None else _framed(text, start, end, mark.start(), closed)
        if quote is not None:
            found.append(quote)
    covered = [(q.opened, q.closed) for q in found] + [c for q in found for c in q.cues]
    if found and outside(ADDRESSES_READER, text, start, end, covered):
        return ()  # a second-person word outside the quotations and their cues ("will get you banned")
    return tuple(found)


def _closing(text: str, opened: int, limit: int) -> int | None:
    """The closing mark of the quotation opened at `opened`: not glued to a letter after it."""
    closing = _CLOSING[text[opened]]
    at = text.find(closing, opened + 2, limit)
    while at != -1 and text[at + 1 : at + 2].isalnum():
        at = text.find(closing, at + 1, limit)
    return None if at == -1 else at


def _framed(text: str, start: int, end: int, opened: int, closed: int) -> _Quotation | None:
    """The quotation, when the words before it say it is data or reported with a cue of disapproval."""
    data = _DATA.search(text, start, opened)
    if data is not None:
        return _Quotation(opened, closed, data.span(), (), "quoted as data")
    received = _RECEIVED.search(text, start, opened)
    if received is not None:
        label = f"reported as received, {received.group(0).strip(' :,')!r}"
        return _Quotation(opened, closed, received.span(), (received.span(),), label)
    reported = _REPORTED.search(text, start, opened)
    cues = list(CONDEMNED.finditer(text, start, end))
    if reported is None or not cues:
        return None
    label = f"reported, {cues[0].group(0)!r}"
    return _Quotation(opened, closed, reported.span(), tuple(c.span() for c in cues), label)
