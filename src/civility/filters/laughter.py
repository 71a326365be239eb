"""Drop model evidence that is laughter ("lol", "haha", "lmao", "xD").

Mocking laughter is labelled insult in the training sets (VCU's Insulting/Mocking, OLID's and the
news comments' ridicule), so the insult head learned laughter itself: "haha" alone scores insult
0.55 and "lol" 0.57, and one "lol" sentence carries any message over the cut (a message scores the
maximum over its sentences). In developer talk laughter is mostly friendly ("haha, good catch",
"lol, that fixed it"). Laughter names no one and says nothing about a category, so a model finding
whose evidence is a laughter token is dropped. Other evidence in the message is untouched: "lol you
are an idiot" stays flagged on "idiot", and "that's hilarious lol, nice catch" on "hilarious"
(sarcastic in the labelled sets). What is lost is mockery carried by laughter alone, which a bag of
words cannot tell from a friendly laugh: VCU's annotators call a bare "lol" in a locked thread
mocking about half the time (measured: `benchmarks/results/laughter_filter_all_sets.md`, in sample,
and `laughter_filter.md`, out of fold).
"""

from __future__ import annotations

import re

from civility.detectors.base import Document
from civility.types import Finding

_LAUGHTER = re.compile(
    r"(?:l+o+l+(?:o+l+)*z*|lul+z|a?(?:ha){2,}h?|(?:he){2,}h?|h[ae]h|(?:hi){3,}|a?ha(?:\s+ha)+|lmf?ao+|rofl(?:mao)?)",
    re.I,
)
_XD = re.compile(r"x+D+|X+D+")
"""xD / XD written with a capital D: "xd" in lower case is also a hex digit pair and a file name."""
IS_LAUGHTER = "is laughter"
"""The phrase every reason of this filter carries (what `benchmarks/mention_filter.py` counts)."""


def is_laughter(token: str) -> bool:
    """Whether `token` (one word, or spaced "ha ha") is written laughter."""
    return bool(_LAUGHTER.fullmatch(token) or _XD.fullmatch(token))


def laughter_phrase(text: str) -> str | None:
    """The first laughter word in `text`, if any (for `benchmarks/filter_oof.py`)."""
    for match in re.finditer(r"\b\w+\b", text):
        if is_laughter(match.group(0)):
            return match.group(0)
    return None


def laughter(finding: Finding, doc: Document) -> str | None:
    """A reason when the model finding's evidence is a laughter word."""
    if finding.explanation.detector != "model":
        return None
    word = doc.raw[finding.start : finding.end]
    if not is_laughter(word):
        return None
    return f"{finding.category} at {finding.start}..{finding.end} {IS_LAUGHTER} ({word!r})"
