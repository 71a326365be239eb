"""The text the model sees: unmasked prose, Unicode-normalised and de-obfuscated, with exact offsets.

Steps, each a list of `Edit`s on the previous step's text (skipped when it has nothing to do, so an
ASCII message with no markup and no disguise comes back as itself with a one-segment identity map):

1. each masked span becomes ONE space (words on either side do not glue);
2. non-ASCII only: invisible characters removed, NFKC per cluster, homoglyphs mapped to Latin;
3. runs of 3+ identical letters collapsed (`fuuuuck` → `fuck`);
4. lexicon-guided de-obfuscation (`f*ck`, `sh1t`, `f u c k`).

Lowercasing is left to the model's vectoriser. `text[i]` came from
`raw[offsets.char(i)[0]:offsets.char(i)[1]]`.
"""

from __future__ import annotations

from collections.abc import Sequence

from civility.preprocess import deobfuscate, unicode_clean
from civility.preprocess.edits import apply_edits
from civility.preprocess.offsets import OffsetBuilder, OffsetMap
from civility.types import Span


def normalize(raw: str, masked: Sequence[Span]) -> tuple[str, OffsetMap]:
    """The normalised text of `raw` outside `masked`, and its map back to `raw`."""
    text, offsets = _unmasked(raw, masked)
    if not text.isascii():
        text, offsets = apply_edits(text, offsets, unicode_clean.clean(text))
        if not text.isascii():
            text, offsets = apply_edits(text, offsets, unicode_clean.homoglyphs(text))
    text, offsets = apply_edits(text, offsets, deobfuscate.collapse_runs(text))
    text, offsets = apply_edits(text, offsets, deobfuscate.leet_tokens(text))
    text, offsets = apply_edits(text, offsets, deobfuscate.spaced_letters(text))
    return text, offsets


def _unmasked(raw: str, masked: Sequence[Span]) -> tuple[str, OffsetMap]:
    """`raw` with each masked span replaced by one space mapped to the whole span."""
    if not masked:
        return raw, OffsetMap.identity(len(raw))
    pieces: list[str] = []
    builder = OffsetBuilder()
    pos = 0
    for span in masked:
        pieces += (raw[pos : span.start], " ")
        builder.linear(pos, span.start - pos)
        builder.add(span.start, span.end, 1)
        pos = span.end
    pieces.append(raw[pos:])
    builder.linear(pos, len(raw) - pos)
    return "".join(pieces), builder.finish(len(raw))
