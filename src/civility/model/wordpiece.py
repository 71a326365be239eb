"""BERT-style WordPiece tokenisation of the model's words, for the static-embedding block.

The static embeddings (`civility.model.static`) are a table over the uncased BERT vocabulary of
all-MiniLM-L6-v2, so a word must be cut into the same pieces that tokenizer would cut it into:
accents stripped (NFD, combining marks dropped), punctuation (here only `_` and apostrophes, the
only punctuation a model word can hold) and CJK ideographs split off as tokens of their own, then
greedy longest-match-first over the vocabulary, continuation pieces prefixed with `##`. A word
that cannot be covered (or longer than 100 characters) is unknown and contributes no token, as in
model2vec. The words are already lower-cased (`ngrams.segment_words`).

Pure Python; `ngrams.Featurizer` caches each word's cut with its character n-grams (a bounded
cache), so a corpus pays for each distinct word once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

ASCII_SPLIT = re.compile(r"([_'`])")
MAX_CHARS = 100
"""Longer words are unknown (the tokenizer's `max_input_chars_per_word`)."""
PREFIX = "##"


class WordPiece:
    def __init__(self, vocab: Sequence[str]) -> None:
        self.ids = {token: i for i, token in enumerate(vocab)}
        self._first = {t: i for t, i in self.ids.items() if not t.startswith(PREFIX)}
        self._next = {t[len(PREFIX) :]: i for t, i in self.ids.items() if t.startswith(PREFIX)}
        self.longest = max((len(t) - (len(PREFIX) if t.startswith(PREFIX) else 0) for t in vocab), default=1)
        """No piece is longer than this (without its prefix), so the match starts there, not at the end."""

    def word_ids(self, word: str) -> tuple[int, ...]:
        """Token ids of one model word (not cached here: the featurizer's bounded word cache keeps them)."""
        return tuple(i for part in pre_tokens(word) for i in self._pieces(part))

    def _pieces(self, part: str) -> list[int]:
        if len(part) > MAX_CHARS:
            return []
        whole = self._first.get(part)
        if whole is not None:
            return [whole]
        out, start, pieces = [], 0, self._first
        while start < len(part):
            end = min(len(part), start + self.longest)
            while end > start:
                token = pieces.get(part[start:end])
                if token is not None:
                    out.append(token)
                    break
                end -= 1
            else:
                return []
            start, pieces = end, self._next
        return out


def pre_tokens(word: str) -> list[str]:
    """The word with accents stripped, split at punctuation and around CJK ideographs."""
    if word.isascii():  # the common case: only `_` and `'` can split a model word, nothing to strip
        return [part for part in ASCII_SPLIT.split(word) if part]
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
