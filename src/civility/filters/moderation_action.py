"""Drop harassment evidence in a sentence that announces a moderation or triage action.

The harassment head's cut sits on its 0.05 floor, and the labelled sets call some maintainers' locks
and warnings threats (VCU's "Threat" rows include "I'm locking this"; civility's seeds of sustained
targeting end in "... until you quit"). So everyday triage and moderation are flagged harassment:
"Closing until then." 0.08, "I'm closing the issue until you fill the template." 0.12, "Please keep
it civil, or I will have to lock this issue." 0.10, "If you continue, you will be banned from this
repository." 0.18 (`benchmarks/results/probe_scores_moderation.md`). Moderators are civility's users,
and their own replies coming back as harassment teaches them to skip the report.

A harassment finding of the model is dropped when its sentence announces such an action: closing,
locking, reopening, muting or unassigning (not "lock her up" or "block her number", about a third
person), the reader banned, blocked, suspended or muted ("you will be banned", "I will block you",
"will result in a ban"), "final warning" or "keep it civil / professional", and holds no cue of a
threat (a violent verb, "regret", "you'll be sorry", "pay for", "or else", "watch your", "I'll get
you banned / fired", "make sure"): "Close this issue again and you will regret it" keeps its
finding, while "Further comments like this will get you blocked" is a warning. Only harassment is
dropped, and only the model's: an insult in the same sentence stays, and so do the threat rules'
findings. The Contributor Covenant's own enforcement ladder is a warning, then a temporary ban,
then a permanent one; Ferreira et al.'s annotators label such warnings uncivil, and that is the
price (`benchmarks/results/moderation_action_filter_all_sets.md`)."""

from __future__ import annotations

import re

from civility.detectors.base import Document
from civility.filters.mention import sentence_bounds
from civility.filters.technical_target import VIOLENT_VERB
from civility.types import Category, Finding

_NOT_A_PERSON_OR_PRISON = (
    r"\b(?!\s+(?:up\b|(?:her|him|them|his|their|my|me|this\s+(?:guy|man|woman|idiot))\b))"
)
"""Not "lock her up" or "locked up" (a call to jail someone), nor "block her number" or "close his
account": advice or calls about a third person, not an announcement to the thread."""
_ON_THE_THREAD = re.compile(
    rf"\b(?:clos(?:e|es|ed|ing)|lock(?:s|ed|ing)?|reopen(?:s|ed|ing)?|mut(?:e|es|ed|ing)|unassign(?:s|ed|ing)?)"
    rf"{_NOT_A_PERSON_OR_PRISON}",
    re.I,
)
_THREAD = re.compile(
    r"\b(?:this|it|issues?|threads?|prs?|pull\s+requests?|conversations?|discussions?|tickets?|topics?|"
    r"repo|repository|until|duplicate|stale|for\s+now|now|you)\b",
    re.I,
)
"""What closing or locking must be about in its sentence: the thread, the issue, "until" (Not "case
closed" or "keep her legs closed")."""
_ON_THE_READER = re.compile(
    r"\b(?:ban|block|suspend|mute)\s+(?:you|u)\b"
    r"|\b(?:you|u)\b[^.!?\n]{0,40}?\b(?:be|get|got|been|being)\s+(?:\w+\s+)?(?:banned|blocked|suspended|muted)\b"
    r"|\bget\s+(?:you|u)\s+(?:\w+\s+)?(?:banned|blocked|suspended|muted)\b"
    r"|\bresult\s+in\s+(?:a\s+)?(?:\w+\s+)?(?:ban|block|suspension)\b|\bfinal\s+warning\b"
    r"|\bkeep\s+(?:it|this|things)\s+(?:civil|professional|respectful|friendly)\b",
    re.I,
)
_THREAT_CUE = re.compile(
    rf"{VIOLENT_VERB}|\bregret\w*|\b(?:you|u)\s*(?:['’]ll|will)\s+be\s+sorry\b|\bpay\s+for\b|\bor\s+else\b"
    r"|\bwatch\s+(?:your|ur)\b"
    r"|\b(?:i|we)\s*(?:['’]ll|will|['’]m\s+(?:going\s+to|gonna)|am\s+(?:going\s+to|gonna)|are\s+going\s+to)"
    r"\s+get\s+(?:you|u|him|her|them)\s+(?:banned|blocked|fired|kicked)\b|\bmake\s+sure\b",
    re.I,
)
ANNOUNCES_AN_ACTION = "announces a moderation or triage action"
"""The phrase every reason of this filter carries (what `benchmarks/mention_filter.py` counts)."""


def moderation_phrase(text: str) -> str | None:
    """The first moderation or triage action in a sentence with no threat cue, if any (for benchmarks)."""
    for pattern in (_ON_THE_READER, _ON_THE_THREAD):
        for match in pattern.finditer(text):
            start, end = sentence_bounds(text, match.start(), match.end())
            if _announced(text, start, end) is not None:
                return match.group(0)
    return None


def moderation_action(finding: Finding, doc: Document) -> str | None:
    """A reason when a model harassment finding stands in a sentence that announces a moderation or
    triage action and holds no cue of a threat."""
    if finding.category is not Category.HARASSMENT or finding.explanation.detector != "model":
        return None
    text = doc.raw
    action = _announced(text, *sentence_bounds(text, finding.start, finding.end))
    if action is None:
        return None
    return f"{finding.category} at {finding.start}..{finding.end} {ANNOUNCES_AN_ACTION} ({action!r})"


def _announced(text: str, start: int, end: int) -> str | None:
    """The action text[start:end] announces, when it announces one and holds no threat cue."""
    if _THREAT_CUE.search(text, start, end):
        return None
    if found := _ON_THE_READER.search(text, start, end):
        return found.group(0)
    found = _ON_THE_THREAD.search(text, start, end)
    if found and _THREAD.search(text, start, end):
        return found.group(0)
    return None
