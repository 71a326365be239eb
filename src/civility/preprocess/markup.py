"""Masked spans: code blocks, inline code, stack traces, logs, quotes, URLs, @mentions, trailers, bot text.

Detectors skip these regions: a word inside a pasted log or a quoted reply is not the author's
language. `find_masked_spans` runs each pattern of `markup_patterns` once over the message (linear
time), then merges overlapping spans; a region matched by several kinds keeps the kind of the span
that starts first.
"""

from __future__ import annotations

from collections.abc import Iterator

from civility.preprocess import markup_patterns as P
from civility.types import Span

KINDS = ("code_block", "inline_code", "stack_trace", "log", "quote", "url", "mention", "trailer", "bot")


def find_masked_spans(raw: str) -> tuple[Span, ...]:
    """Sorted, non-overlapping spans of `raw` that are SE markup rather than prose."""
    if not raw:
        return ()
    found: list[tuple[int, int, str]] = []
    for pattern, kind, gate in P.PATTERNS:
        for needle in gate:  # a plain loop, not any(): several times faster on short messages
            if needle in raw:
                break
        else:
            if gate:
                continue
        found.extend([(*m.span(), kind) for m in pattern.finditer(raw)])
    found.extend(_indented_blocks(raw))
    found.extend(_bot_text(raw))
    return _merge(raw, found)


def _opens(raw: str, gate: tuple[str, ...]) -> bool:
    if not gate:
        return True
    for needle in gate:  # noqa: SIM110 (a plain loop: several times faster than any() over a generator)
        if needle in raw:
            return True
    return False


def _indented_blocks(raw: str) -> Iterator[tuple[int, int, str]]:
    if not _opens(raw, ("\n    ", "\n\t")) and raw[:1] not in (" ", "\t"):
        return
    for match in P.INDENTED.finditer(raw):
        start = match.start(1)
        if not _after_list_item(raw, start):
            yield start, match.end(1), "code_block"


def _after_list_item(raw: str, start: int) -> bool:
    """Whether the previous non-blank line is a list item or its continuation (markdown nesting)."""
    end = start - 1
    while end > 0:
        line_start = raw.rfind("\n", 0, end) + 1
        line = raw[line_start:end]
        if line.strip():
            return bool(P.LIST_ITEM.match(line)) or line[:1] in (" ", "\t")
        end = line_start - 1
    return False


def _bot_text(raw: str) -> Iterator[tuple[int, int, str]]:
    """Whole bot messages (dependabot, renovate, codecov...) or the paragraphs holding bot sentences."""
    if P.BOT_MESSAGE.match(raw):
        yield 0, len(raw), "bot"
        return
    if not _opens(raw, P.BOT_GATE):
        return
    pos = 0
    while match := P.BOT_SENTENCE.search(raw, pos):
        start = raw.rfind("\n\n", pos, match.start())
        start = pos if start < 0 else start + 2
        end = raw.find("\n\n", match.end())
        end = len(raw) if end < 0 else end
        yield start, end, "bot"
        pos = end


def _merge(raw: str, found: list[tuple[int, int, str]]) -> tuple[Span, ...]:
    """Union of overlapping spans; same-kind neighbours separated only by whitespace join too."""
    found.sort()
    starts: list[int] = []
    ends: list[int] = []
    kinds: list[str] = []
    for start, end, kind in found:
        if kind == "url":
            end = _trim_url(raw, start, end)
        if start >= end:
            continue
        if ends and (start < ends[-1] or (kind == kinds[-1] and not raw[ends[-1] : start].strip())):
            ends[-1] = max(ends[-1], end)
            continue
        starts.append(start)
        ends.append(end)
        kinds.append(kind)
    return tuple(map(Span, starts, ends, kinds))


def _trim_url(raw: str, start: int, end: int) -> int:
    while end > start and raw[end - 1] in P.URL_TAIL:
        end -= 1
    return end
