"""Drop findings inside masked markup (code, logs, stack traces, quotes, URLs, trailers, bot text)."""

from __future__ import annotations

from bisect import bisect_right

from civility.detectors.base import Document
from civility.types import Finding, Span


def masked_span(finding: Finding, doc: Document) -> str | None:
    """The masked span containing most of the finding, described, or None."""
    span = _covering(doc.prepared.masked, finding.start, finding.end)
    if span is None:
        return None
    return f"{finding.category} at {finding.start}..{finding.end} is inside {span.kind.replace('_', ' ')}"


def _covering(spans: tuple[Span, ...], start: int, end: int) -> Span | None:
    if not spans:
        return None
    i = bisect_right([s.start for s in spans], start) - 1
    for span in spans[max(i, 0) : i + 2]:
        overlap = min(end, span.end) - max(start, span.start)
        if overlap > 0 and overlap * 2 >= max(end - start, 1):
            return span
    return None
