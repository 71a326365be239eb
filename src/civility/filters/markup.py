"""Drop findings inside masked markup (code, logs, stack traces, quotes, URLs, @mentions, trailers, bot
text) and inside HTML entities.

Exports and dumps that HTML-escape their text ("&amp;", "&gt;", "&#39;") are common, and the web sets
the model learned from are full of them (HateXplain's and OLID's tweets), so "amp" carries
identity_attack weight: "(&amp;(objectClass=posixGroup))" in an LDAP filter was flagged on "amp". An
entity is markup, never a word the writer chose.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from civility.detectors.base import Document
from civility.types import Finding, Span

IN_AN_ENTITY = "is inside an HTML entity"
"""The phrase of the entity reasons (what `benchmarks/mention_filter.py` counts)."""


def masked_span(finding: Finding, doc: Document) -> str | None:
    """The masked span containing most of the finding, described, or None."""
    span = _covering(doc.prepared.masked, finding.start, finding.end)
    if span is not None:
        return f"{finding.category} at {finding.start}..{finding.end} is inside {span.kind.replace('_', ' ')}"
    if _in_entity(doc.raw, finding.start, finding.end):
        return f"{finding.category} at {finding.start}..{finding.end} {IN_AN_ENTITY}"
    return None


def _in_entity(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the name of an HTML entity ("amp" in "&amp;", "39" in "&#39;")."""
    if start == 0 or text[start - 1] not in "&#" or text[end : end + 1] != ";":
        return False
    return _ENTITY.fullmatch(text, text.rfind("&", max(0, start - 2), start), end + 1) is not None


_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def _covering(spans: tuple[Span, ...], start: int, end: int) -> Span | None:
    if not spans:
        return None
    i = bisect_right([s.start for s in spans], start) - 1
    for span in spans[max(i, 0) : i + 2]:
        overlap = min(end, span.end) - max(start, span.start)
        if overlap > 0 and overlap * 2 >= max(end - start, 1):
            return span
    return None
