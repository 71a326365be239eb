"""Rewrite a derived text in place while keeping its OffsetMap exact.

Each normalisation step proposes `Edit`s on the current text; `apply_edits` splices them in and
composes the map, so every character still points back into the raw message.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from civility.preprocess.offsets import OffsetBuilder, OffsetMap


class Edit(NamedTuple):
    """Replace `text[start:end]` with `replacement`."""

    start: int
    end: int
    replacement: str
    sources: tuple[tuple[int, int], ...] | None = None
    """Per replacement character, the `(start, end)` of the current text it comes from; `None`
    means every replacement character comes from the whole `text[start:end]`."""


def apply_edits(text: str, offsets: OffsetMap, edits: Sequence[Edit]) -> tuple[str, OffsetMap]:
    """`text` with the sorted, non-overlapping `edits` applied, and the composed map to raw."""
    if not edits:
        return text, offsets
    pieces: list[str] = []
    builder = OffsetBuilder()
    pos = 0
    for edit in edits:
        pieces.append(text[pos : edit.start])
        builder.extend(offsets, pos, edit.start)
        pieces.append(edit.replacement)
        _map_replacement(builder, offsets, edit)
        pos = edit.end
    pieces.append(text[pos:])
    builder.extend(offsets, pos, len(text))
    return "".join(pieces), builder.finish(offsets.raw_length)


def _map_replacement(builder: OffsetBuilder, offsets: OffsetMap, edit: Edit) -> None:
    if not edit.replacement:
        return
    if edit.sources is None:
        builder.add(*offsets.to_raw(edit.start, edit.end), len(edit.replacement))
        return
    for (start, end), char in zip(edit.sources, edit.replacement, strict=True):
        if end == start + 1 and len(char) == 1:
            builder.extend(offsets, start, end)
        else:
            builder.add(*offsets.to_raw(start, end), 1)
