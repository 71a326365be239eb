"""Features: the preprocessed text, its words, and their hashed n-gram counts.

Training and scoring both read `prepare(raw).text` (code, logs and quotes masked, obfuscation undone),
so the model learns from exactly what it will see at run time.
"""

from __future__ import annotations

from collections.abc import Sequence

from civility.model import ngrams
from civility.preprocess import prepare

MAX_WORDS = 2000
"""Words of a training text the model learns from (a longer text is cut here, so that a few pasted
documents do not dominate the fit). Scoring reads every word (`document_words(..., limit=None)`): the
sentences and windows of a long message are scored like those of a short one."""


def prepared_texts(raw: Sequence[str]) -> list[str]:
    return [prepare(text).text for text in raw]


def document_words(texts: Sequence[str], limit: int | None = MAX_WORDS) -> list[ngrams.Words]:
    """The lower-cased words of each prepared text with its sentence breaks, the first `limit` of them
    (None: all)."""
    return [ngrams.segment_words(text, len(text) if limit is None else limit) for text in texts]
