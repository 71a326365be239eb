"""`PrivateInfoDetector`: the recognizers (what a value is) combined with context (what posting it means).

Two scores are kept apart on purpose:

- the *recognition* score (pattern → validator → entity context words, Presidio-style) says how sure
  we are that a span is an email, phone, street address, IP, government id or card number; the span
  evaluation on the Presidio set measures this, independent of intent;
- the *doxxing* score is recognition × the context multiplier from `civility.detectors.context`
  (0 for vetoes, 0.45 with no cue, 0.72 with a third-person pronoun, 1.0 with a strong cue).

When the analyzer hands over spaCy tokens from a pipeline with entities, a street address that overlaps
a GPE/LOC/FAC entity gains 0.1 recognition score (the default blank pipeline has none; plain text works).
Values inside masked spans (code, logs, quotes...) are not recognized at all.

A message's `private_info` score is the largest doxxing score of its spans. `DEFAULT_THRESHOLD` (0.5)
is the documented default; the analyzer applies the threshold configured for `Category.PRIVATE_INFO`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, ClassVar

from civility.detectors import email, government_id, ip_address, payment_card, phone, street_address
from civility.detectors.base import Detection, Document, RuleDetector
from civility.detectors.context import Candidate, Verdict, assess
from civility.types import Category, Explanation, Finding, Span

DEFAULT_THRESHOLD = 0.5
#: Candidates below this recognition score are dropped before overlaps are resolved.
MIN_RECOGNITION = 0.3
#: Recognizers in priority order: on equal scores the earlier one wins an overlap.
RECOGNIZERS = (email, payment_card, government_id, ip_address, phone, street_address)
ENTITIES: tuple[str, ...] = tuple(r.ENTITY for r in RECOGNIZERS)
_RANK = {entity: i for i, entity in enumerate(ENTITIES)}
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Scored:
    """A recognized value and the verdict of its context."""

    candidate: Candidate
    verdict: Verdict

    @property
    def score(self) -> float:
        return round(self.candidate.score * self.verdict.multiplier, 4)


def recognize(text: str, min_score: float = MIN_RECOGNITION) -> list[Candidate]:
    """Every private-information value in `text`, intent aside; overlaps go to the higher score."""
    candidates = [c for r in possible_recognizers(text) for c in r.find(text) if c.score >= min_score]
    taken = bytearray(len(text) + 1)
    kept: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (-c.score, _RANK[c.entity], c.start)):
        if not any(taken[cand.start : cand.end]):
            taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
            kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


def possible_recognizers(text: str) -> tuple[Any, ...]:
    """The recognizers whose patterns can match `text` at all (speed: most messages hold no digit).

    The email pattern needs an `@`; all others need a (Unicode) digit, as `\\d` matches one, except
    the IPv6 one, which needs a colon; cards, SSNs and phones need a `_NUMBER_RUN`."""
    maybe_email = "@" in text
    if _DIGIT.search(text) is None:
        return (email,) * maybe_email + (ip_address,) * (":" in text)
    skip = set() if maybe_email else {email}
    if _NUMBER_RUN.search(text) is None:
        skip |= {payment_card, government_id, phone}
    return tuple(r for r in RECOGNIZERS if r not in skip)


#: Every card, SSN and phone pattern match holds a run like this (a digit, 4-22 of the phone pattern's
#: digits and separators, a digit): card and SSN matches are such runs themselves.
_NUMBER_RUN = re.compile(r"\d[\d \t().\-/]{4,22}\d")


def blank_masked(text: str, masked: Sequence[Span]) -> str:
    """`text` with masked regions (code, logs, quotes...) blanked to spaces, offsets unchanged.

    Values there are vetoed anyway; not recognizing them keeps pasted logs cheap."""
    pieces: list[str] = []
    pos = 0
    for start, end in _union((max(0, s.start), min(s.end, len(text))) for s in masked):
        pieces += (text[pos:start], _NOT_NEWLINE.sub(" ", text[start:end]))
        pos = end
    return "".join((*pieces, text[pos:])) if pieces else text


_NOT_NEWLINE = re.compile(r"[^\n]")


def _union(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, merged, non-empty ranges covering the same positions as `spans`."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def analyze(text: str, masked: Sequence[Span] = (), reserved_veto: bool = True) -> list[Scored]:
    """Recognition (outside masked spans) plus context for every value in `text`, vetoed ones included."""
    return [Scored(c, assess(text, c, masked, reserved_veto)) for c in recognize(blank_masked(text, masked))]


#: spaCy entity labels that support a street-address candidate when a full pipeline provides them.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def place_entities(doc: Document) -> list[tuple[int, int, str]]:
    """Raw spans of place entities in `doc.tokens` (a spaCy Doc over `prepared.text`), if any."""
    ents: Any = getattr(doc.tokens, "ents", ())
    return [
        (*doc.prepared.to_raw(e.start_char, e.end_char), e.label_) for e in ents if e.label_ in PLACE_LABELS
    ]


def with_places(scored: list[Scored], places: list[tuple[int, int, str]]) -> list[Scored]:
    """Street addresses overlapping a place entity gain 0.1 recognition score and say so."""
    out = []
    for s in scored:
        c = s.candidate
        hits = [
            label for lo, hi, label in places if c.entity == "street_address" and lo < c.end and c.start < hi
        ]
        if hits:
            c = replace(c, score=min(1.0, c.score + 0.1), context_words=(*c.context_words, f"ner:{hits[0]}"))
        out.append(Scored(c, s.verdict))
    return out


def explain(scored: Scored) -> Explanation:
    """Which step decided: the recognizer's reason, the context rule and the words it saw."""
    cand, verdict = scored.candidate, scored.verdict
    return Explanation(
        detector=PrivateInfoDetector.name,
        pattern=cand.entity,
        reason=f"{cand.reason}; context: {verdict.rule}",
        score_before_context=cand.score,
        validated=cand.validated,
        context_words=tuple(dict.fromkeys(cand.context_words + verdict.words)),
    )


class PrivateInfoDetector(RuleDetector):
    """Emails, phones, street addresses, IPs, government ids and cards posted about someone else."""

    name: ClassVar[str] = "private_info"
    categories: ClassVar[tuple[Category, ...]] = (Category.PRIVATE_INFO,)

    def detect_one(self, doc: Document) -> Detection:
        scored = analyze(doc.raw, doc.prepared.masked)
        places = place_entities(doc) if doc.tokens is not None else []
        scored = [s for s in (with_places(scored, places) if places else scored) if s.score > 0]
        findings = tuple(
            Finding(Category.PRIVATE_INFO, s.candidate.start, s.candidate.end, s.score, explain(s))
            for s in scored
        )
        top = max((f.score for f in findings), default=0.0)
        return Detection(scores={Category.PRIVATE_INFO: top}, findings=findings)
