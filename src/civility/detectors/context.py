"""Context rules that separate doxxing from developer talk, each a small named function.

A recognizer proposes a `Candidate` (what the value is, with a *recognition* score). The rules here
decide what it means in the message (the *doxxing* multiplier):

- vetoes (never flagged): inside a masked span, on a trailer / header / log / trace / config line,
  bot and noreply addresses, project and team role addresses, private network numbers, and a
  person's own contact details offered by that person (including signatures);
- reserved and documentation values (example.com, 555-01xx, 192.0.2.0/24...) are vetoed *unless* a
  strong doxxing cue is present: people write fake values in tests of this very rule, and a
  moderator would still want to see "here is his home address: ... example.com";
- raised: third-person possession and location, calls to action, leaking language (strong cues);
  a third-person pronoun nearby is a weak cue; nothing at all leaves the value below the threshold.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from civility.detectors import context_rules as rules
from civility.types import Span

#: Multipliers applied to the recognition score.
STRONG, WEAK, NONE = 1.0, 0.72, 0.45
WINDOW = 300
"""Characters either side of a value searched for doxxing cues."""


@dataclass(frozen=True)
class Candidate:
    """A value a recognizer found, before doxxing context."""

    entity: str
    """email | phone | street_address | ip_address | government_id | payment_card."""
    start: int
    end: int
    score: float
    """Recognition score in [0, 1]: pattern, validator and entity context words (Presidio-style)."""
    validated: bool
    reason: str
    context_words: tuple[str, ...] = ()


@dataclass(frozen=True)
class Verdict:
    """What the message context makes of a candidate."""

    multiplier: float
    rule: str
    """Name of the rule that decided (e.g. `veto:trailer_line`, `raise:call_to_action`, `none`)."""
    words: tuple[str, ...] = ()


def boost(text: str, cand: Candidate, words: re.Pattern[str], amount: float = 0.3) -> Candidate:
    """Raise a recognition score when entity words ("phone:", "lives at") sit just before the value."""
    before = text[max(0, cand.start - 40) : cand.start]
    found = tuple(m.group(0).lower() for m in words.finditer(before))
    if not found:
        return cand
    score = min(1.0, cand.score + amount)
    return Candidate(cand.entity, cand.start, cand.end, score, cand.validated, cand.reason, found)


def assess(text: str, cand: Candidate, masked: Sequence[Span] = (), reserved_veto: bool = True) -> Verdict:
    """The doxxing verdict for `cand` in `text`: vetoes first, then cues.

    `reserved_veto=False` turns off the reserved-value rule, to measure what the other rules do alone."""
    value = text[cand.start : cand.end]
    for name, veto in rules.VETOES:
        hit = veto(text, cand.start, cand.end, cand.entity, value, masked)
        if hit is not None:
            return Verdict(0.0, f"veto:{name}", hit)
    strong = _cue(text, cand, rules.STRONG_CUES)
    own = rules.own_contact(text, cand.start, cand.end)
    if own is not None and (strong is None or not rules.third_person_between(text, cand.start)):
        return Verdict(0.0, "veto:own_contact", own)
    if strong is not None:
        return strong
    reserved = rules.reserved_value(cand.entity, value) if reserved_veto else None
    if reserved is not None:
        return Verdict(0.0, "veto:reserved_value", reserved)
    weak = _cue(text, cand, rules.WEAK_CUES)
    return weak if weak is not None else Verdict(NONE, "none")


def _cue(text: str, cand: Candidate, cues: rules.CueTable) -> Verdict | None:
    lo, hi = max(0, cand.start - WINDOW), min(len(text), cand.end + WINDOW)
    window = text[lo : cand.start] + " " + text[cand.end : hi]
    for name, pattern, multiplier in cues:
        found = tuple(dict.fromkeys(m.group(0).lower() for m in pattern.finditer(window)))
        if found:
            return Verdict(multiplier, f"raise:{name}", found[:4])
    return None
