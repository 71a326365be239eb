"""Drop name-calling evidence that the writer reports was said about them ("he told me I was a bitch").

Victims report abuse in their own words, without quotation marks: "A user told me I was a bitch; I
have reported the account", "He keeps saying I'm a moron in every thread. Can a moderator step in?",
"Being told you are an idiot is not acceptable here". The words are the abuse's, the message is a
report. A finding of insult, identity attack, sexual or profanity is dropped when it is predicated of
the writer (or of a generic "you") by a verb of speech right before it:

    <told / said / wrote / keeps saying / called ...> [me / us] [that] <I / we> <am / was / 'm ...> [a] <word>
    <being / been / got / getting> <told / called> [that] <you / I / we> [are / am ...] [a] <word>

and the sentence, or the one after it, condemns or reports it (`reported_quote.CONDEMNED`: "reported",
"not acceptable", "against our code of conduct" ...), asks a moderator to act ("moderators",
"mods", "conduct team") or says what it did ("made me want to quit open source", "hurtful"). A
second-person word elsewhere in the sentence keeps the finding ("He said I'm an idiot, and you are
one too"), and threats are never dropped (as in `condemned_mention`).
"""

from __future__ import annotations

import re

from civility.detectors.base import Document
from civility.filters.mention import ADDRESSES_READER, CATEGORIES, outside, sentence_bounds
from civility.filters.reported_quote import CONDEMNED, SPEECH
from civility.types import Finding

_I = re.I
_FILLER = r"(?:\s+(?:such|so|a|an|the|just|being|really|complete|total|utter|absolute|fucking|biggest|big))*"
_BE = r"(?:\s*['’]\s*m|\s*['’]\s*re|\s+am|\s+was|\s+were|\s+are|\s+is)"
_ABOUT_THE_WRITER = re.compile(
    rf"\b{SPEECH}(?:\s+(?:me|us|to\s+me|to\s+us))?(?:\s+(?:that|like))?\s+(?:I|we){_BE}{_FILLER}\s+$", _I
)
_GENERIC = re.compile(
    rf"\b(?:being|been|get|gets|got|getting)\s+(?:told|called)(?:\s+that)?(?:\s+(?:you|I|we){_BE}?)?{_FILLER}\s+$",
    _I,
)
_ASKS_A_MODERATOR = re.compile(r"\b(?:moderators?|mods|admins|conduct\s+team|coc\s+team)\b", _I)
_HARM = re.compile(
    r"\bmade\s+me\s+(?:want\s+to\s+)?(?:quit|leave|cry|feel|stop)\b|\bhurt(?:s|ful)?\b|\bupsetting\b"
    r"|\b(?:quit|left|leave|leaving)\s+(?:the\s+project|open\s+source|this\s+community)\b",
    _I,
)
"""What the abuse did to the writer ("made me want to quit open source")."""
REPORTED_ABOUT_THE_WRITER = "is reported speech about the writer"
"""The phrase every reason of this filter carries (what `benchmarks/mention_filter.py` counts)."""


def reported_speech(finding: Finding, doc: Document) -> str | None:
    """A reason when the finding is name-calling the writer reports was aimed at them, with a report cue."""
    if finding.category not in CATEGORIES:
        return None
    text = doc.raw
    start, end = sentence_bounds(text, finding.start, finding.end)
    before = text[start : finding.start]
    frame = _ABOUT_THE_WRITER.search(before) or _GENERIC.search(before)
    if frame is None:
        return None
    if outside(ADDRESSES_READER, text, start, end, [(start + frame.start(), finding.end)]):
        return None  # the reader elsewhere in the sentence ("... and you are one too")
    cue = _cue(text, start, end)
    if cue is None:
        return None
    return f"{finding.category} at {finding.start}..{finding.end} {REPORTED_ABOUT_THE_WRITER} ({cue!r})"


def _cue(text: str, start: int, end: int) -> str | None:
    """A condemnation, a call for a moderator or a harm in the sentence or the one after it."""
    after = sentence_bounds(text, end + 1, end + 1)[1] if end + 1 < len(text) else end
    for pattern in (CONDEMNED, _ASKS_A_MODERATOR, _HARM):
        found = pattern.search(text, start, after)
        if found is not None:
            return found.group(0)
    return None
