"""Evidence in context, cut into labelled pieces that each renderer escapes and styles on its own.

A piece is plain text, evidence (with the categories it supports), a masked region (code, quote,
log... that detectors skipped) or a redacted private value. Renderers never see raw private values
unless the report asked for them, and never need to parse user text to style it.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from civility.redact import Secret, redact_value, secrets
from civility.types import Assessment, Category, Finding

ELLIPSIS = "…"


@dataclass(frozen=True)
class Piece:
    """A run of message text with one look."""

    text: str
    categories: tuple[Category, ...] = ()
    """Categories whose evidence covers this run (empty for plain text)."""
    masked: str | None = None
    """The kind of masked span (`code_block`, `quote`, ...) when detectors skipped this run."""
    redacted: bool = False
    """True when `text` is the redacted stand-in for a private value."""
    holds_redacted: bool = False
    """True when a masked run (a `Signed-off-by:` trailer, a quote) has a redacted value inside it."""


def shown_findings(assessment: Assessment) -> tuple[Finding, ...]:
    """Findings of flagged categories, plus every private-information finding (for redaction)."""
    keep = assessment.flagged | {Category.PRIVATE_INFO}
    return tuple(f for f in assessment.findings if f.category in keep)


def windows(assessment: Assessment, width: int = 80, limit: int = 3) -> list[tuple[int, int]]:
    """Up to `limit` regions of the text around flagged evidence, merged where they overlap."""
    text = assessment.message.text
    spans = sorted((f.start, f.end) for f in shown_findings(assessment) if f.category in assessment.flagged)
    if not spans:
        return [(0, min(len(text), 2 * width))]
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        lo, hi = _snap(text, max(0, start - width), min(len(text), end + width))
        lo, hi = _whole_masks(assessment, lo, hi, start, end, width)
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged[:limit]


def pieces(assessment: Assessment, start: int, end: int, show_private: bool = False) -> list[Piece]:
    """`text[start:end]` as labelled pieces; private values redacted unless `show_private`."""
    text = assessment.message.text
    findings = shown_findings(assessment)
    evidence = [f for f in findings if f.category in assessment.flagged]
    private = [] if show_private else secrets(text, findings, start, end)
    start, end = _widen(start, end, private)
    cuts = {start, end}
    edges = [(f.start, f.end) for f in findings] + [(s.start, s.end) for s in assessment.masked]
    edges += [(s.start, s.end) for s in private]
    for edge in edges:
        cuts.update(p for p in edge if start < p < end)
    out: list[Piece] = []
    redacted_until = -1
    bounds = sorted(cuts)
    for lo, hi in pairwise(bounds):
        if lo < redacted_until:
            continue
        mask = next((s.kind for s in assessment.masked if s.start <= lo and hi <= s.end), None)
        secret = next((f for f in private if f.start <= lo < f.end), None)
        if secret is not None:
            redacted_until = secret.end
            out.append(_redacted_piece(secret, text, mask))
            continue
        cats = tuple(sorted({f.category for f in evidence if f.start <= lo and hi <= f.end}))
        out.append(Piece(text[lo:hi], cats, mask))
    return _merge(out)


def excerpts(
    assessment: Assessment, show_private: bool = False, width: int = 80, limit: int = 3
) -> list[list[Piece]]:
    """The message's evidence windows as pieces, with an ellipsis piece where text was cut."""
    text = assessment.message.text
    out = []
    for lo, hi in windows(assessment, width, limit):
        found = pieces(assessment, lo, hi, show_private)
        if lo > 0:
            found.insert(0, Piece(ELLIPSIS))
        if hi < len(text):
            found.append(Piece(ELLIPSIS))
        out.append(found)
    return out


def _snap(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Move the window edges outwards to the nearest whitespace (at most 15 characters)."""
    for _ in range(15):
        if lo <= 0 or text[lo - 1].isspace():
            break
        lo -= 1
    for _ in range(15):
        if hi >= len(text) or text[hi].isspace():
            break
        hi += 1
    return lo, hi


def _whole_masks(
    assessment: Assessment, lo: int, hi: int, start: int, end: int, width: int
) -> tuple[int, int]:
    """Never start or end a window inside a masked span: take a short one whole, leave a long one out."""
    for span in assessment.masked:
        if span.start < lo < span.end:
            lo = span.start if span.end - span.start <= width else min(span.end, start)
        if span.start < hi < span.end:
            hi = span.end if span.end - span.start <= width else max(span.start, end)
    return lo, hi


def _widen(start: int, end: int, private: list[Secret]) -> tuple[int, int]:
    """Grow the window so that no private value is cut in half (half a value can still identify)."""
    for secret in private:
        if secret.start < end and secret.end > start:
            start, end = min(start, secret.start), max(end, secret.end)
    return start, end


def _redacted_piece(secret: Secret, text: str, mask: str | None) -> Piece:
    """The masked stand-in for a private value. Inside a masked region (a `Signed-off-by:` trailer,
    a quote) it is plain text of that region, so the region reads as one piece, its mask included."""
    value = redact_value(secret.kind, text[secret.start : secret.end])
    if mask is not None:
        return Piece(value, masked=mask, holds_redacted=True)
    return Piece(value, (Category.PRIVATE_INFO,), redacted=True)


def _merge(found: list[Piece]) -> list[Piece]:
    merged: list[Piece] = []
    for piece in found:
        if not piece.text:
            continue
        last = merged[-1] if merged else None
        if (
            last
            and not piece.redacted
            and not last.redacted
            and (last.categories, last.masked)
            == (
                piece.categories,
                piece.masked,
            )
        ):
            holds = last.holds_redacted or piece.holds_redacted
            merged[-1] = Piece(last.text + piece.text, last.categories, last.masked, holds_redacted=holds)
        else:
            merged.append(piece)
    return merged
