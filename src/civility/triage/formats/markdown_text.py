"""Markdown-safe text: user text pasted into a moderators' issue must not ping, link or format.

Every piece of comment text is one line; Markdown punctuation is backslash-escaped; `@mentions`,
`#123` references and bare URLs go into code spans (GitHub neither notifies nor links inside code);
HTML tags are escaped so nothing renders as markup.
"""

from __future__ import annotations

import re

from civility.triage.highlight import Piece

_PUNCTUATION = re.compile(r"([\\`*_{}\[\]<>()#!|~&$])")
_LIST_START = re.compile(r"^(\s*)([-+]|\d+[.)])(?=\s|$)")
_INERT = re.compile(r"(?:https?://|www\.)\S+|[@#][\w][\w./-]*", re.I)
_SPACE = re.compile(r"\s+")


def escape(text: str) -> str:
    """`text` on one line with Markdown punctuation escaped and mentions, refs and URLs made inert."""
    text = _SPACE.sub(" ", text)
    out, cursor = [], 0
    for match in _INERT.finditer(text):
        out.append(_PUNCTUATION.sub(r"\\\1", text[cursor : match.start()]))
        out.append(code(match.group()))
        cursor = match.end()
    out.append(_PUNCTUATION.sub(r"\\\1", text[cursor:]))
    return "".join(out)


def code(text: str) -> str:
    """`text` as an inline code span, fenced with more backticks than it contains."""
    text = _SPACE.sub(" ", text)
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def line_start(text: str) -> str:
    """`text` with a leading list marker (`-`, `+`, `1.`) escaped, so a line stays a paragraph."""
    return _LIST_START.sub(lambda m: m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], text)


def render_pieces(found: list[Piece]) -> str:
    """Evidence in **bold**, masked code/quotes and redacted values in code spans, the rest escaped."""
    out: list[str] = []
    for piece in found:
        body = _SPACE.sub(" ", piece.text)
        lead, core, trail = _split_space(body)
        if not core:
            out.append(body)
            continue
        if piece.redacted:
            styled = code(core)
        elif piece.masked:
            styled = code(f"{piece.masked.replace('_', ' ')}: {core}")
        else:
            styled = escape(core)
        if piece.categories:
            styled = f"**{styled}**"
        out.append(f"{lead}{styled}{trail}")
    return line_start("".join(out))


def _split_space(text: str) -> tuple[str, str, str]:
    core = text.strip()
    if not core:
        return text, "", ""
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return lead, core, trail
