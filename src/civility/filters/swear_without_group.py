"""Drop identity-attack evidence that is a generic swear word in a message that names no group.

Hate speech in the web training sets swears: identity_attack is positive in 31% of the training rows
with "fucking" (11% overall), so the identity_attack head reads swearing as evidence. On developer
talk that puts venting at the top severity: the README sample's release rant ("What the hell is this
shit. Every fucking release breaks my build ...") scored identity_attack 0.37 (cut 0.20) on "shit"
and "fucking", "wtf is this? mock in production code!" was flagged on "wtf", and "damn you
copy/paste!" on "damn". Balancing swears in training cost the head the identity attacks that swear
("fuck trans people" 0.44 -> 0.17, docs/ARCHITECTURE.md, 6 Dec), because there the group is named.

So the decision is made at run time, where the whole message can be read: a model finding of
identity_attack whose evidence is a generic swear (`lexicon.GENERIC_SWEARS`: no words for bodies,
sex or gender, which can carry a sexist attack alone) is dropped when the text the model reads names
no group (`identity.TERMS`, or a word for people as a kind: "people", "country", "religion",
"immigrants" ...). The swear is still reported as profanity, and insult evidence is untouched. A
message whose other words attack a group is scored again without the swear by the analyzer's second
look, so it stays flagged if they carry it.
"""

from __future__ import annotations

import re

from civility.detectors.base import Document
from civility.model.identity import TERMS
from civility.model.lexicon import GENERIC_SWEARS
from civility.types import Category, Finding

_KIND_WORDS = (
    "people peoples folk folks country countries nation nations nationality race races racial "
    "ethnic ethnicity religion religions religious gender genders immigrant immigrants foreigner "
    "foreigners refugee refugees migrant migrants islam god tribe culture "
    "retard retards retarded skin skins"
)
_KINDS = frozenset(_KIND_WORDS.split())
"""Words that point at people as a kind, beyond the group names ("you people", "your country"), and
the stems of two slurs that are words for a kind of person ("fucking retard", "shit skin": in sample,
both identity attacks the filter would otherwise have set aside)."""
_WORD = re.compile(r"[\w']+")
NAMES_NO_GROUP = "is a swear word in a message that names no group"
"""The phrase every reason of this filter carries (what `benchmarks/mention_filter.py` counts)."""


def names_a_group(text: str) -> bool:
    """Whether `text` holds a group name or a word for people as a kind."""
    return any(w in TERMS or w in _KINDS for w in (m.group(0).lower() for m in _WORD.finditer(text)))


def ungrouped_swear(text: str) -> str | None:
    """The first generic swear in `text` when it names no group, if any (for `benchmarks/filter_oof.py`)."""
    if names_a_group(text):
        return None
    return next((m.group(0) for m in _WORD.finditer(text) if m.group(0).lower() in GENERIC_SWEARS), None)


def swear_without_group(finding: Finding, doc: Document) -> str | None:
    """A reason when a model identity_attack finding is a generic swear and the message names no group."""
    if finding.category is not Category.IDENTITY_ATTACK or finding.explanation.detector != "model":
        return None
    word = doc.prepared.decoded[finding.start : finding.end].lower()
    if word not in GENERIC_SWEARS or names_a_group(doc.prepared.text):
        return None
    return f"{finding.category} at {finding.start}..{finding.end} {NAMES_NO_GROUP} ({word!r})"
