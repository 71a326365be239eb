"""Drop model evidence that is a groan or an exclamation ("Ugh.", "OMG", "Oh god, this is slow").

ToxiCR labels most of its messages that groan toxic (they are mostly self-deprecating: "Ugh, I'm an
idiot"), so the insult head learned the groan itself: "Ugh." alone scores insult 0.96, "Ugh, the CI
is red again." 0.33, "OMG" 0.34 and "Oh god, this is slow." 0.36 (cut 0.26;
`benchmarks/results/probe_scores_groans.md`). A groan names no one and says nothing about any
category, and in developer talk it is mostly about builds, bugs and one's own mistakes. So a model
finding of insult, identity_attack, harassment or sexual whose evidence is a groan ("ugh", "argh",
"omg", "sigh", "meh", "geez"), or a word of an exclamation to a god ("oh god", "oh my god", "good
lord"), is dropped. Other evidence stays: "Ugh, you are an idiot" keeps "idiot", and "Ugh, I hate
this bug" keeps "hate" (ToxiCR's sense of toxic). Profanity evidence is never dropped ("omfg" is a
moderator's call). "god" alone is not a groan ("you think you're god", "a god object").
"""

from __future__ import annotations

import re

from civility.detectors.base import Document
from civility.types import Category, Finding

_GROAN = re.compile(
    r"\b(?:u+g+h+|u+r+g+h+|a+r+g+h+|g+a+h+|grr+|omg+|sigh|meh|g[e]+z|j[e]+z|yikes|d['’]?oh)\b"
    r"|\b(?:oh\s+(?:my\s+)?|my\s+|good\s+|dear\s+)(?:god|gosh|lord|goodness)\b",
    re.I,
)
_CATEGORIES = frozenset({Category.INSULT, Category.IDENTITY_ATTACK, Category.HARASSMENT, Category.SEXUAL})
IS_A_GROAN = "is a groan or an exclamation"
"""The phrase every reason of this filter carries (what `benchmarks/mention_filter.py` counts)."""


def groan_phrase(text: str) -> str | None:
    """The first groan or exclamation in `text`, if any (for `benchmarks/filter_oof.py`)."""
    match = _GROAN.search(text)
    return match.group(0) if match else None


def groan(finding: Finding, doc: Document) -> str | None:
    """A reason when the model finding's evidence lies inside a groan or an exclamation."""
    if finding.category not in _CATEGORIES or finding.explanation.detector != "model":
        return None
    text = doc.raw
    lo, hi = max(0, finding.start - 12), min(len(text), finding.end + 12)
    for match in _GROAN.finditer(text, lo, hi):
        if match.start() <= finding.start and finding.end <= match.end():
            return f"{finding.category} at {finding.start}..{finding.end} {IS_A_GROAN} ({match.group(0)!r})"
    return None
