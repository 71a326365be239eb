"""Writes evaluation numbers into models/MODEL_CARD.md between two markers, leaving the prose alone."""

from __future__ import annotations

from pathlib import Path

from civility.errors import ModelError

BEGIN = "<!-- civility evaluate: begin (generated; do not edit by hand) -->"
END = "<!-- civility evaluate: end -->"


def markers(section: str = "") -> tuple[str, str]:
    """The begin and end markers of a generated section ("" is the main one, `--task model`)."""
    if not section:
        return BEGIN, END
    return (
        f"<!-- civility evaluate {section}: begin (generated; do not edit by hand) -->",
        f"<!-- civility evaluate {section}: end -->",
    )


def write_section(card: Path, body: str, command: str, section: str = "") -> None:
    """Replace the text between the markers of `section` in `card` with `body` and its command."""
    begin, end = markers(section)
    if not card.is_file():
        raise ModelError(f"{card} not found; it ships with the model in models/")
    text = card.read_text(encoding="utf-8")
    if begin not in text or end not in text:
        raise ModelError(f"{card}: markers missing; add the lines\n{begin}\n{end}\nwhere the numbers belong")
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    generated = f"{begin}\nProduced by `{command}`.\n\n{body.rstrip()}\n{end}"
    card.write_text(head + generated + tail, encoding="utf-8")
