"""Writes evaluation numbers into models/MODEL_CARD.md between two markers, leaving the prose alone."""

from __future__ import annotations

from pathlib import Path

from civility.errors import ModelError

BEGIN = "<!-- civility evaluate: begin (generated; do not edit by hand) -->"
END = "<!-- civility evaluate: end -->"


def write_section(card: Path, body: str, command: str) -> None:
    """Replace the text between the markers in `card` with `body` and the command that produced it."""
    if not card.is_file():
        raise ModelError(f"{card} not found; it ships with the model in models/")
    text = card.read_text(encoding="utf-8")
    if BEGIN not in text or END not in text:
        raise ModelError(f"{card}: markers missing; add the lines\n{BEGIN}\n{END}\nwhere the numbers belong")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    generated = f"{BEGIN}\nProduced by `{command}`.\n\n{body.rstrip()}\n{END}"
    card.write_text(head + generated + tail, encoding="utf-8")
