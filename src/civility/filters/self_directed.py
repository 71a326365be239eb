"""Drop insult evidence the writer aims at themself ("sorry, stupid mistake on my part").

Self-deprecation is not an attack on anyone, and the Code of Conduct lists no rule against it, but it
uses the same words as insults: "I'm such an idiot, I forgot to push the tag" scores insult at the
cut. (ToxiCR labels self-directed swearing toxic; swearing stays `profanity` here, only the insult
is dropped.) The evidence word must sit in a first-person frame, in one of three shapes:

1. the writer as subject: "I'm / I am / I was / I feel like [such|so|a|an|being|really|...] <word>",
   or "what a <word> I am" (the clause ends there: "the idiot I am talking to" is someone else);
2. the writer as object: "<word> me" ("stupid me", "silly me");
3. the writer's own slip: "my [own] <word> mistake / typo / error / fault / ...", the same after an
   apology or a groan ("my bad, stupid typo", "oops, dumb mistake"), or
   "<word> mistake / typo / ... on my part / of mine".

A groan or function word the head also leans on ("Ugh", "such", "me") is dropped when another word
of its sentence sits in such a frame ("Ugh, I am an idiot"; "Ugh, stupid me" only when nothing but
groans precede the word, so "Oh, that reminds me" is no frame).

A sentence that also addresses the reader ("I'm an idiot for trusting you morons", "I'm not the idiot
here, you are") keeps its findings, and so does a negated frame, and "my stupid coworker" (a person,
not a slip). Only insults are dropped: an identity attack or a threat aimed at oneself is rare, and
repeating one is never harmless.
"""

from __future__ import annotations

import re

from civility.detectors.base import Document
from civility.filters.mention import ADDRESSES_READER, sentence_bounds
from civility.types import Category, Finding

_I = re.I
_FILLER = (
    r"(?:such|so|a|an|the|being|really|totally|truly|complete|completely|absolute|absolutely|utter|"
    r"utterly|biggest|big|kind\s+of|sort\s+of|bit|of|just|quite|pretty|very|like|officially|clearly|"
    r"obviously|definitely|certainly|literally|seriously|honestly|apparently|sometimes|still|total)"
)
_SUBJECT = re.compile(
    rf"\b(?:i\s*['’]?\s*m|i\s+am|i\s+was|i\s*['’]?\s*ve\s+been|i\s+have\s+been|i\s+feel|i\s+felt)"
    rf"(?:\s+{_FILLER})*\s+$",
    _I,
)
_SLIP = r"(?:mistakes?|typos?|errors?|fault|oversights?|slip|bugs?|brain|question|self|move|bad)"
_MY_SLIP_BEFORE = re.compile(
    r"(?:\bmy(?:\s+own)?(?:\s+(?:really|so|very|totally))?"
    r"|\b(?:my\s+bad|sorry|oops|whoops|ugh|argh|doh|d['’]oh|sigh)[,.!:;\s-]*(?:an?|the|that\s+was\s+an?)?)\s+$",
    _I,
)
"""Before "<word> <slip>": "my stupid typo", or an apology or groan: "my bad, stupid typo", "oops, dumb
mistake"."""
_SLIP_AFTER = re.compile(rf"^\s+{_SLIP}\b", _I)
_ME_AFTER = re.compile(r"^\s+me\b(?!\s+(?:off|out|up))", _I)
_OWN_SLIP_AFTER = re.compile(rf"^(?:\s+\w+){{0,2}}?\s+{_SLIP}\s+(?:on\s+my\s+part|of\s+mine|by\s+me)\b", _I)
_I_AM_AFTER = re.compile(
    r"^\s+(?:I\s*['’]?\s*m|I\s+am|I\s+was|I\s+have\s+been|I\s*['’]\s*ve\s+been)\s*(?:[.,!?;:)(]|$|\s+(?:sometimes|today|lol))",
    _I,
)
"""After "what a <word>": "what an idiot I am", closed there ("the idiot I am talking to" is someone else)."""
_GROAN = frozenset(
    {"ugh", "argh", "oops", "whoops", "doh", "d'oh", "sigh", "ah", "oh", "well", "ok", "okay", "lol", "sorry"}
    | {"so", "such", "what", "a", "an", "the", "i", "me", "my", "myself", "am", "was", "really", "just"}
    | {"bad"}
)
"""Words that carry an insult head's weight next to self-deprecation ("Ugh, stupid me") but name no one."""
_SENTENCE_WORD = re.compile(r"[\w'’-]+")
_NEGATION = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", _I)
AIMED_AT_THE_WRITER = "is aimed at the writer"
"""The phrase every reason of this filter carries (what `benchmarks/mention_filter.py` counts)."""


def self_directed(finding: Finding, doc: Document) -> str | None:
    """A reason when the finding's insult is self-deprecation: the writer calls themself the word."""
    if finding.category is not Category.INSULT:
        return None
    text = doc.raw
    start, end = sentence_bounds(text, finding.start, finding.end)
    if ADDRESSES_READER.search(text, start, end):
        return None
    frame = _frame(text[start : finding.start], text[finding.end : end])
    if frame is None and text[finding.start : finding.end].lower() in _GROAN:
        frame = _groan_next_to_frame(text, start, end, finding)
    if frame is None:
        return None
    return f"{finding.category} at {finding.start}..{finding.end} {AIMED_AT_THE_WRITER} ({frame})"


def _frame(before: str, after: str) -> str | None:
    """Which first-person frame holds the evidence, if any."""
    subject = _SUBJECT.search(before)
    if subject is not None and not _NEGATION.search(subject.group(0)):
        return "the writer as subject"
    if _I_AM_AFTER.match(after):
        return "the writer as subject"
    if _ME_AFTER.match(after):
        return "the writer as object"
    if (_MY_SLIP_BEFORE.search(before) and _SLIP_AFTER.match(after)) or _OWN_SLIP_AFTER.match(after):
        return "the writer's own slip"
    return None


def _groan_next_to_frame(text: str, start: int, end: int, finding: Finding) -> str | None:
    """For a groan or function word ("Ugh", "such"): the frame of another word of its sentence, if any."""
    for word in _SENTENCE_WORD.finditer(text, start, end):
        if word.start() == finding.start:
            continue
        before = text[start : word.start()]
        frame = _frame(before, text[word.end() : end])
        if frame == "the writer as object" and not _only_groans(before):
            continue  # "Oh, that reminds me": a verb before "me", not "Ugh, stupid me"
        if frame is not None:
            return f"next to {frame}"
    return None


def _only_groans(text: str) -> bool:
    return all(w.lower() in _GROAN for w in _SENTENCE_WORD.findall(text))
