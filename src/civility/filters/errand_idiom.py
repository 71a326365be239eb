"""Drop violent-verb evidence inside idioms of sending and of kindness.

Developers "shoot you an email" and "shoot him a quick note", and managers "kill them with
kindness". The harassment head, whose cut sits on its 0.05 floor, flags "I'll shoot you an email
tomorrow" (0.09) and "we'll kill you with kindness" (0.13). This filter drops harassment, insult
and identity_attack model evidence that lies inside such an idiom, or that is a function word of
its sentence ("we'll"), unless another violent verb stands outside the idiom in the same sentence
("I'll shoot you an email and then shoot you" keeps its finding). The threat rules
(`civility.detectors.threat`) skip the same idioms with `ERRAND`.
"""

from __future__ import annotations

import re

from civility.detectors.base import Document
from civility.filters.mention import outside, sentence_bounds
from civility.filters.technical_target import FUNCTION_WORDS, VIOLENT_VERB
from civility.types import Category, Finding

ERRAND = (
    r"(?:an?\s+(?:\w+\s+)?(?:e-?mail|mail|message|note|ping|link|dm|pm|line|text|invite|pr|patch|update)s?\b"
    r"|some\s+(?:links?|notes?|info|details)|over\b|across\b|along\b|with\s+kindness)"
)
"""What follows "shoot you" or "kill you" in an errand or idiom: "an email", "a quick note", "over
the details", "with kindness"."""
_IDIOM = re.compile(
    rf"\b(?:shoot|shooting|shot|kill|killing)\s+(?:you|u|ya|y['’]?all|him|her|them|me|us)\s+{ERRAND}", re.I
)
SENTENCE_OPENS = r"(?:^|(?<=[.!?:;\n])|(?<=[.!?:;\n][ \t]))[ \t]*"
"""The start of a sentence or line (for idioms that must open one: "Shoot!", "Heck yeah")."""
_VIOLENT = re.compile(VIOLENT_VERB, re.I)
_CATEGORIES = frozenset({Category.HARASSMENT, Category.IDENTITY_ATTACK, Category.INSULT})
IN_AN_IDIOM = "is a violent verb in an idiom of sending or kindness"
"""The phrase every reason of this filter carries (what `benchmarks/mention_filter.py` counts)."""


def first_match(pattern: re.Pattern[str], text: str) -> str | None:
    """The text of the first match of `pattern` in `text`, if any (what the benchmarks look for)."""
    match = pattern.search(text)
    return match.group(0) if match else None


def errand_phrase(text: str) -> str | None:
    """The first idiom of sending or kindness in `text` ("shoot you an email"), if any."""
    return first_match(_IDIOM, text)


def errand_idiom(finding: Finding, doc: Document) -> str | None:
    """A reason when the finding is inside "shoot you an email" or "kill them with kindness", or is a
    function word of that sentence, and the sentence holds no other violent verb."""
    return in_idiom(finding, doc, _IDIOM, IN_AN_IDIOM)


def in_idiom(finding: Finding, doc: Document, idiom_pattern: re.Pattern[str], phrase: str) -> str | None:
    """A reason (with `phrase`) when a model finding of harassment, insult or identity_attack lies inside
    a match of `idiom_pattern` in its sentence, or is a function word of that sentence, and no other
    violent verb stands outside the idiom (shared with `civility.filters.oath_idiom`). The idiom is
    matched on the decoded text (`Prepared.decoded`), so "sh**!" is the exclamation "shit!" is."""
    if finding.category not in _CATEGORIES or finding.explanation.detector != "model":
        return None
    text = doc.prepared.decoded
    start, end = sentence_bounds(text, finding.start, finding.end)
    idiom = idiom_pattern.search(text, start, end)
    if idiom is None or outside(_VIOLENT, text, start, end, [idiom.span()]):
        return None
    inside = idiom.start() <= finding.start and finding.end <= idiom.end()
    if not inside and text[finding.start : finding.end].lower() not in FUNCTION_WORDS:
        return None
    return f"{finding.category} at {finding.start}..{finding.end} {phrase} ({idiom.group(0)!r})"
