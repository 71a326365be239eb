"""Drop name-calling evidence that the sentence denies of everyone ("Nobody here is an idiot").

Moderators calm threads by denying the insult: "Nobody here is an idiot, please stay civil", "No one
is stupid for asking", "None of us are morons". The insult word is there, aimed at no one. A finding
of insult, identity attack, sexual or profanity is dropped when it is the word, or one of the words
before it ("Nobody" carries weight too), of

    <nobody / no one / none of us> [here / in this thread ...] <is / are / was / were> [a] <word>

and the sentence does not speak to the reader ("Nobody here is as stupid as you" keeps its finding).
"Nobody is stupid enough to ..." is left alone: ToxiCR labels that hedge toxic.
"""

from __future__ import annotations

import re

from civility.detectors.base import Document
from civility.filters.mention import ADDRESSES_READER, CATEGORIES, sentence_bounds
from civility.types import Finding

_I = re.I
_DENIED = re.compile(
    r"\b(?:nobody|no[\s-]?one|none\s+of\s+us|not\s+one\s+of\s+us)"
    r"(?:\s+(?:here|(?:in|on|at)\s+(?:this|the|our)\s+(?:thread|project|community|issue|team|repo)))?"
    r"\s+(?:is|are|was|were)(?:\s+(?:an?|such\s+an?|so|being|really|just))*\s+[\w'’-]+\b(?!\s+enough\b)",
    _I,
)
DENIED_OF_EVERYONE = "is denied of everyone"
"""The phrase every reason of this filter carries (what `benchmarks/mention_filter.py` counts)."""


def denied_insult(finding: Finding, doc: Document) -> str | None:
    """A reason when the finding is part of a sentence's "nobody is <word>"."""
    if finding.category not in CATEGORIES:
        return None
    text = doc.raw
    start, end = sentence_bounds(text, finding.start, finding.end)
    denials = (d for d in _DENIED.finditer(text, start, end) if d.start() <= finding.start < d.end())
    denial = next(denials, None)
    if denial is None or ADDRESSES_READER.search(text, start, end):
        return None
    said = denial.group(0)
    return f"{finding.category} at {finding.start}..{finding.end} {DENIED_OF_EVERYONE} ({said!r})"
