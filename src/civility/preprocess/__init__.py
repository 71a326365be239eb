"""SE-aware preprocessing: masked spans (code, logs, quotes...) and the normalised text the model sees."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

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

    @cached_property
    def decoded(self) -> str:
        """`raw` with every stretch that normalising rewrote at the same length ("sh**" read as "shit",
        "h*ll" as "hell", a look-alike letter as its letter) replaced by what the model reads, so that
        positions in it are positions in `raw`. Stretches whose length changed (a masked code block
        become one space, a spaced-out "f u c k") stay as written. The context filters read this, so
        that an idiom spelled with a disguised swear is the same idiom to them as to the model."""
        pieces: list[str] = []
        done = 0
        for start, end, raw_start, raw_stop, _ in self.offsets.segments():
            if raw_stop - raw_start != end - start or raw_start < done:
                continue
            if self.text[start:end] != self.raw[raw_start:raw_stop]:
                pieces += (self.raw[done:raw_start], self.text[start:end])
                done = raw_stop
        return "".join((*pieces, self.raw[done:])) if pieces else self.raw


def prepare(raw: str) -> Prepared:
    """Mask SE markup in `raw`, then normalise the rest."""
    masked = find_masked_spans(raw)
    text, offsets = normalize(raw, masked)
    return Prepared(raw=raw, masked=masked, text=text, offsets=offsets)


__all__ = ["OffsetMap", "Prepared", "prepare"]
