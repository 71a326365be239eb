"""SE-aware preprocessing: masked spans (code, logs, quotes...) and the normalised text the model sees."""

from __future__ import annotations

from dataclasses import dataclass

from civility.preprocess.markup import find_masked_spans
from civility.preprocess.normalize import normalize
from civility.preprocess.offsets import OffsetMap
from civility.types import Span


@dataclass(frozen=True)
class Prepared:
    """A raw message split into what detectors skip and what they read."""

    raw: str
    """The message exactly as read."""
    masked: tuple[Span, ...]
    """Regions of `raw` that are code, logs, quotes, URLs, @mentions, trailers or bot boilerplate."""
    text: str
    """Normalised, de-obfuscated text of the unmasked regions: what the model sees."""
    offsets: OffsetMap
    """Maps any span of `text` back to `raw`."""

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.to_raw(start, end)


def prepare(raw: str) -> Prepared:
    """Mask SE markup in `raw`, then normalise the rest."""
    masked = find_masked_spans(raw)
    text, offsets = normalize(raw, masked)
    return Prepared(raw=raw, masked=masked, text=text, offsets=offsets)


__all__ = ["OffsetMap", "Prepared", "prepare"]
