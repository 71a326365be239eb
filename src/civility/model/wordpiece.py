"""BERT-style WordPiece tokenisation of the model's words, for the static-embedding block.

The static embeddings (`civility.model.static`) are a table over the uncased BERT vocabulary of
all-MiniLM-L6-v2, so a word must be cut into the same pieces that tokenizer would cut it into:
accents stripped (NFD, combining marks dropped), punctuation (here only `_` and apostrophes, the
only punctuation a model word can hold) and CJK ideographs split off as tokens of their own, then
greedy longest-match-first over the vocabulary, continuation pieces prefixed with `##`. A word
that cannot be covered (or longer than 100 characters) is unknown and contributes no token, as in
model2vec. The words are already lower-cased (`ngrams.segment_words`).

Pure Python with a per-word cache: a corpus repeats its words, so each distinct word is cut once.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

MAX_CHARS = 100
"""Longer words are unknown (the tokenizer's `max_input_chars_per_word`)."""
PREFIX = "##"


class WordPiece:
    def __init__(self, vocab: Sequence[str]) -> None:
        self.ids = {token: i for i, token in enumerate(vocab)}
        self._cache: dict[str, tuple[int, ...]] = {}

    def word_ids(self, word: str) -> tuple[int, ...]:
        """Token ids of one model word (cached)."""
        found = self._cache.get(word)
        if found is None:
            found = tuple(i for part in pre_tokens(word) for i in self._pieces(part))
            self._cache[word] = found
        return found

    def _pieces(self, part: str) -> list[int]:
        if len(part) > MAX_CHARS:
            return []
        out, start = [], 0
        while start < len(part):
            end = len(part)
            while end > start:
                piece = part[start:end] if start == 0 else PREFIX + part[start:end]
                token = self.ids.get(piece)
                if token is not None:
                    out.append(token)
                    break
                end -= 1
            else:
                return []
            start = end
        return out


def pre_tokens(word: str) -> list[str]:
    """The word with accents stripped, split at punctuation and around CJK ideographs."""
    text = "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")
    out: list[str] = []
    current: list[str] = []
    for char in text:
        if _splits(char):
            if current:
                out.append("".join(current))
                current = []
            out.append(char)
        else:
            current.append(char)
    if current:
        out.append("".join(current))
    return out


def _splits(char: str) -> bool:
    if unicodedata.category(char).startswith("P") or char in "_'`":
        return True
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2A6DF
        or 0x2A700 <= code <= 0x2CEAF
        or 0xF900 <= code <= 0xFAFF
        or 0x2F800 <= code <= 0x2FA1F
    )
