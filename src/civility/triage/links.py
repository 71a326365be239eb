"""Links to original comments: only http(s) URLs ever become clickable."""

from __future__ import annotations

from urllib.parse import quote, urlsplit

SAFE_SCHEMES = frozenset({"http", "https"})


def safe_url(url: str | None) -> str | None:
    """`url` when it is an absolute http(s) URL (re-quoted so it cannot break out of markup), else None.

    `javascript:`, `data:`, `vbscript:`, relative and malformed URLs return None and are shown as text.
    """
    if not url:
        return None
    candidate = url.strip()
    if any(ord(ch) < 0x20 or ch.isspace() for ch in candidate):
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in SAFE_SCHEMES or not parts.netloc:
        return None
    return quote(candidate, safe="/:?#[]@!$&'()*+,;=%~-._")
