"""Allow-list and inline suppression filters."""

from __future__ import annotations

import re
from collections.abc import Sequence

from civility.detectors.base import Document
from civility.errors import ConfigError
from civility.filters import FindingFilter
from civility.types import Category, Finding

_IGNORE = re.compile(r"civility:\s*ignore(?:\s*\[?(?P<cats>[a-z_,\s]+)\]?)?", re.I)


def allowlist(patterns: Sequence[str]) -> FindingFilter:
    """A filter dropping findings whose evidence text fully matches one of `patterns` (case-insensitive)."""
    try:
        compiled = [re.compile(p, re.I) for p in patterns]
    except re.error as exc:
        raise ConfigError(
            f"allow-list pattern {exc.pattern!r} is not a valid regular expression: {exc}"
        ) from None

    def allowed(finding: Finding, doc: Document) -> str | None:
        evidence = doc.raw[finding.start : finding.end]
        for pattern in compiled:
            if pattern.fullmatch(evidence):
                return f"{finding.category} evidence matches allow-list pattern {pattern.pattern!r}"
        return None

    allowed.__name__ = "allowlist"  # the name the filter table and the registry know it by
    return allowed


def inline_ignore(finding: Finding, doc: Document) -> str | None:
    """Drop findings when the message's moderator note says `civility: ignore [categories]`."""
    ignored = ignored_categories(doc.message.note)
    if ignored is None or (ignored and finding.category not in ignored):
        return None
    return f"{finding.category} suppressed by the note 'civility: ignore'"


def ignored_categories(note: str | None) -> frozenset[Category] | None:
    """None when there is no ignore marker; empty set = all categories; otherwise the listed ones."""
    match = _IGNORE.search(note or "")
    if match is None:
        return None
    names = [n for n in re.split(r"[,\s]+", match.group("cats") or "") if n]
    return frozenset(Category.parse(n) for n in names if n in Category._value2member_map_)
