"""Drop name-calling evidence (insult, identity attack, sexual, profanity) that is mentioned, not used.

A moderator writing "calling contributors idiots is not OK" or "someone called her a bitch, I
reported it" uses the same words as the abuse they condemn, and a bag of words cannot tell the two
apart. This filter looks at the sentence around a finding for two things together:

1. the evidence is the object of name-calling ("call/calls/called/calling <someone> [a] <word>") or a
   quoted example ("words like \"idiot\""), and the one named is not the reader ("calling *you* an
   idiot" stays a finding: that is how people insult while pretending not to);
2. the sentence disapproves of it or reports it: a negation of the verb itself ("don't / stop /
   never / shouldn't call", "no one should be called"; a "don't" elsewhere in the sentence is not
   enough), or "is not OK / acceptable / welcome", "against our code of conduct", "reported",
   "hidden", "will get you banned".

Both are needed: "people call him a moron because he is one" keeps its finding, and so does the one
called when the name follows it ("stop calling the <slur> dumb": the evidence is the target). One
frame needs no disapproval: a word in quotes right after "the word", "terms like", "slurs such as"
... is talked about, not said ('the regex matches words like "fuck"', 'the word "bitch" in the spam
fixture'), unless the sentence addresses the reader ('the word "idiot" describes you'). Threats and private
information are never dropped here: repeating them spreads them, whatever the frame.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from civility.detectors.base import Document
from civility.types import Category, Finding

CATEGORIES = frozenset({Category.INSULT, Category.IDENTITY_ATTACK, Category.SEXUAL, Category.PROFANITY})

_I = re.I
_QUOTE = "\"'“‘«`"
_CLOSING_QUOTE = "\"'”’»`"
_WORD = r"[^\s.!?,;:]+"
"""One word of a name-calling frame: frames do not cross punctuation ("an idiot, he is a moron")."""
WORDS_FOR_WORDS = r"(?:words?|terms?|language|slurs?|insults?|names?|swear\s*words?|profanity|expletives?)"
"""Nouns for words: what introduces a word that is talked about ("words like", "the term")."""
_NAMED = re.compile(
    rf"\bcall(?:s|ed|ing)?\s+(?P<target>{_WORD})(?:\s+{_WORD}){{0,3}}\s+[{_QUOTE}]?$"
    rf"|\b(?:be|been|being|is|are|was|were|get|gets|got|getting)\s+called\s+[{_QUOTE}]?$"
    rf"|\b{WORDS_FOR_WORDS}\s+(?:like|such\s+as)(?:\s+{_WORD}){{0,4}}\s+[{_QUOTE}]?$",
    _I,
)
_QUOTED_WORD = re.compile(
    rf"\b{WORDS_FOR_WORDS}(?:\s+(?:like|such\s+as))?(?:\s+{_WORD}){{0,4}}?\s+[{_QUOTE}]$", _I
)
"""A quoted example right after a word for words: the evidence must also be followed by a quote."""
_FRAME_NOUN = re.compile(WORDS_FOR_WORDS, _I)
_INTRODUCES_QUOTE = re.compile(rf"\s+(?:like|such\s+as)\s+[{_QUOTE}]", _I)
"""The frame's own noun ("words" in 'words like "idiot"') can carry weight too; it is not abuse."""
ADDRESSES_READER = re.compile(r"\b(?:you|your|yours|yourself|yourselves|u|ya|y['’]?all)\b", _I)
"""A second-person word: the sentence speaks to the reader."""
CONDEMNATION = (
    r"\bnot\s+(?:ok|okay|acceptable|welcome|allowed|tolerated|cool|fine|appropriate|constructive)\b"
    r"|\b(?:unacceptable|inappropriate|uncalled\s+for|out\s+of\s+line)\b"
    r"|\bagainst\s+(?:our|the|this\s+project'?s)\s+(?:code\s+of\s+conduct|coc|rules|guidelines)\b"
    r"|\b(?:violates?|breaks?|breaking|violating)\s+(?:our|the)\s+(?:code\s+of\s+conduct|coc|rules|guidelines)\b"
    r"|\breport(?:ed|ing)?\b|\b(?:hid|hidden|removed|deleted|locked|banned)\b"
    r"|\bwill\s+get\s+(?:you|them|people)\s+(?:banned|blocked|removed)\b"
)
"""A sentence that judges or reports what it mentions (without the bare negations of `DISAPPROVAL`)."""
_NEGATED_CALL = re.compile(
    r"\b(?:don[’']?t|do\s+not|never|stop|quit|no\s+more|shouldn[’']?t|should\s+(?:not|never)|"
    r"(?:no[\s-]?one|nobody)\s+(?:should|deserves\s+to|needs\s+to))(?:\s+\w+){0,2}?\s+(?:be\s+)?call",
    _I,
)
"""A negation that governs the name-calling verb itself ("don't call", "stop calling", "no one should be
called"). A bare "don't" elsewhere in the sentence is not a cue: 'do not say anything, just call them
a <slur>' is the abuse, not its condemnation."""
_CONDEMNED_HERE = re.compile(CONDEMNATION, _I)
_NAME_ENDS = re.compile(
    r"\s*(?:$|[.,!?;:)\]\"'”’…—-]|(?:is|are|was|were|isn['’]?t|aren['’]?t|and|or|but|in|on|at|for|to|"
    r"because|when|if|just|again|anymore|online|here|there|please|names|things|stuff|words|anyway|either|"
    r"like|as|with|without|by|from|of|off|up|out|down)\b)",
    _I,
)
"""What may follow the name in "call <someone> <name>": the clause or sentence goes on. Another word
means the evidence was the one called, not the name ("stop calling the <slur> dumb")."""
_SENTENCE_END = re.compile(r"[.!?]+(?=\s)|\n")
REACH = 400
"""Characters searched either side of a finding for its sentence's ends: name-calling frames are short,
and a pasted log of 200,000 characters must not be rescanned from its start for every finding."""
MENTIONED = "is mentioned, not used"
"""The phrase every reason of this filter carries (what `benchmarks/mention_filter.py` counts)."""


def condemned_mention(finding: Finding, doc: Document) -> str | None:
    """A reason when the finding's evidence is name-calling that its sentence condemns or reports."""
    if finding.category not in CATEGORIES:
        return None
    start, end = sentence_bounds(doc.raw, finding.start, finding.end)
    if _quoted_word(doc.raw, start, end, finding):
        return f"{finding.category} at {finding.start}..{finding.end} {MENTIONED} (a quoted word)"
    named = _NAMED.search(doc.raw[start : finding.start])
    if named is None or _names_the_reader(named) or not _NAME_ENDS.match(doc.raw, finding.end, end):
        return None
    cue = _NEGATED_CALL.search(doc.raw, start, finding.start) or _CONDEMNED_HERE.search(doc.raw, start, end)
    if cue is None:
        return None
    return f"{finding.category} at {finding.start}..{finding.end} {MENTIONED} ({cue.group(0)!r})"


def _quoted_word(text: str, start: int, end: int, finding: Finding) -> bool:
    """Whether the evidence is a word quoted as an example ('words like "idiot"'), or the frame's noun
    ("words"), in a sentence that does not address the reader."""
    if _FRAME_NOUN.fullmatch(text, finding.start, finding.end):
        quoted = _INTRODUCES_QUOTE.match(text, finding.end) is not None
    else:
        closing = text[finding.end : finding.end + 1]
        quoted = bool(closing) and closing in _CLOSING_QUOTE
        quoted = quoted and _QUOTED_WORD.search(text[start : finding.start]) is not None
    return quoted and ADDRESSES_READER.search(text, start, end) is None


def _names_the_reader(named: re.Match[str]) -> bool:
    target = (named.group("target") or "").strip(_QUOTE + ",")
    return ADDRESSES_READER.fullmatch(target) is not None


def outside(
    pattern: re.Pattern[str], text: str, start: int, end: int, spans: Sequence[tuple[int, int]]
) -> bool:
    """Whether `pattern` matches in text[start:end] somewhere outside every (lo, hi) of `spans`
    ("a second-person word outside the quotation", "a person other than the reader asked to work")."""
    return any(not any(lo <= m.start() < hi for lo, hi in spans) for m in pattern.finditer(text, start, end))


@lru_cache(maxsize=64)
def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence (or line) holding text[start:end], at most `REACH` characters either side
    (cached: every filter asks it for the same finding in turn, and a str caches its own hash; a few
    entries suffice, so long texts are not kept alive after their batch)."""
    lo, hi = max(0, start - REACH), min(len(text), end + REACH)
    before = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    after = _SENTENCE_END.search(text, end, hi)
    return (before[-1] if before else lo), (after.start() if after else hi)
