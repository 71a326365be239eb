"""Features: the preprocessed text, its words, and their hashed n-gram counts.

Training and scoring both read `prepare(raw).text` (code, logs and quotes masked, obfuscation undone),
so the model learns from exactly what it will see at run time.
"""

from __future__ import annotations

from collections.abc import Sequence

from civility.model import ngrams
from civility.preprocess import prepare

MAX_WORDS = 2000
"""Words scored per message; the masked, normalised text of a longer message is cut here."""


def prepared_texts(raw: Sequence[str]) -> list[str]:
    return [prepare(text).text for text in raw]


def document_words(texts: Sequence[str]) -> list[ngrams.Words]:
    """The lower-cased words of each prepared text with its sentence breaks, capped at MAX_WORDS."""
    return [ngrams.segment_words(text, MAX_WORDS) for text in texts]
