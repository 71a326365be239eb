"""Normalisation of the unmasked text. INTERIM: removes masked spans only; to be replaced."""

from __future__ import annotations

from collections.abc import Sequence

from civility.preprocess.offsets import OffsetMap
from civility.types import Span


def normalize(raw: str, masked: Sequence[Span]) -> tuple[str, OffsetMap]:
    keep = [True] * len(raw)
    for span in masked:
        for i in range(span.start, span.end):
            keep[i] = False
    chars = [(i, c) for i, c in enumerate(raw) if keep[i]]
    text = "".join(c for _, c in chars)
    return text, OffsetMap.build(((i, i + 1) for i, _ in chars), len(raw))
