"""Hashed word and character n-gram features, built per word and cached, vectorised per batch.

A document is its lower-cased words (`WORD`). Two feature blocks of `2**bits` buckets each:
- **words**: unigrams and adjacent-word bigrams;
- **characters**: 2- to 5-grams of each word padded with spaces (`" word "`), like scikit-learn's
  `char_wb` analyzer, which catches misspellings, inflections and glued words.
Each block is weighted like `TfidfVectorizer(sublinear_tf=True)`: (1 + log tf) × idf, then L2-normalised
per block. A word's character n-grams depend only on the word, so they are hashed once and cached: at
run time a document costs one dictionary lookup per word, and the rest is sparse matrix arithmetic
over the whole batch. Hashes are blake2b, so they are the same in every process and on every machine.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from hashlib import blake2b

import numpy as np
from scipy import sparse

WORD = re.compile(r"\w+(?:['’]\w+)*")
CHAR_SIZES = (2, 3, 4, 5)
BIGRAM_MIX = np.uint32(0x9E3779B1)
CACHE_LIMIT = 400_000
"""Cached words per featurizer; the cache is cleared when it grows past this (bounded memory)."""


def _hash(text: str) -> int:
    return int.from_bytes(blake2b(text.encode("utf-8"), digest_size=4).digest(), "little")


SENTENCE_END = re.compile(r"[.!?;\n]")


class Words(list[str]):
    """A document's lower-cased words, and the index of the first word of each sentence after the first."""

    breaks: tuple[int, ...] = ()


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def word_spans(text: str) -> list[tuple[int, int]]:
    """Character offsets of `words(text)`, in the same order (lower-casing keeps offsets here)."""
    return [m.span() for m in WORD.finditer(text.lower())]


def segment(text: str, limit: int) -> tuple[Words, list[tuple[int, int]]]:
    """The first `limit` words of `text` with their sentence breaks (., !, ?, ; or a new line between
    two words), and their character offsets."""
    lowered = text.lower()
    out, spans, breaks = Words(), [], []
    previous = 0
    for match in WORD.finditer(lowered):
        if len(out) == limit:
            break
        start, end = match.span()
        if out and SENTENCE_END.search(lowered, previous, start):
            breaks.append(len(out))
        out.append(match.group())
        spans.append((start, end))
        previous = end
    out.breaks = tuple(breaks)
    return out, spans


@dataclass(frozen=True)
class Batch:
    """Per-batch feature matrices before weighting: raw term counts per block."""

    words: sparse.csr_matrix
    chars: sparse.csr_matrix


class Featurizer:
    """Hashes words into the two feature blocks; one per process (it keeps a word cache)."""

    def __init__(self, bits: int = 18) -> None:
        self.bits = bits
        self.mask = np.uint32((1 << bits) - 1)
        self._unigram: dict[str, int] = {}
        self._chars: dict[str, np.ndarray] = {}

    @property
    def width(self) -> int:
        return 1 << self.bits

    def counts(self, docs: Sequence[Sequence[str]]) -> Batch:
        """Raw counts [documents, buckets] of each block for documents given as word lists."""
        if len(self._chars) > CACHE_LIMIT:
            self._unigram.clear()
            self._chars.clear()
        lengths = np.fromiter((len(d) for d in docs), dtype=np.int64, count=len(docs))
        flat = [w for d in docs for w in d]
        uni = np.fromiter((self._word_hash(w) for w in flat), dtype=np.uint32, count=len(flat))
        return Batch(self._word_block(uni, lengths), self._char_block(flat, lengths))

    def word_ids(self, doc: Sequence[str]) -> list[tuple[int, float, int]]:
        """(word index, share, bucket) of every word-block feature: unigrams, and bigrams split in half."""
        uni = np.array([self._word_hash(w) for w in doc], dtype=np.uint32)
        out = [(i, 1.0, int(u & self.mask)) for i, u in enumerate(uni)]
        bigrams = ((uni[:-1] * BIGRAM_MIX) ^ uni[1:]) & self.mask
        for i, bucket in enumerate(bigrams.tolist()):
            out += [(i, 0.5, bucket), (i + 1, 0.5, bucket)]
        return out

    def char_ids(self, doc: Sequence[str]) -> list[tuple[int, float, int]]:
        """(word index, share, bucket) of every character-block feature."""
        return [(i, 1.0, int(b)) for i, w in enumerate(doc) for b in self._char_ids(w)]

    def _word_hash(self, word: str) -> int:
        found = self._unigram.get(word)
        if found is None:
            found = self._unigram[word] = _hash("w " + word)
        return found

    def _char_ids(self, word: str) -> np.ndarray:
        found = self._chars.get(word)
        if found is None:
            padded = f" {word} "
            grams = [padded[i : i + n] for n in CHAR_SIZES for i in range(len(padded) - n + 1)]
            found = np.array([_hash(g) for g in grams], dtype=np.uint32) & self.mask
            self._chars[word] = found
        return found

    def _word_block(self, uni: np.ndarray, lengths: np.ndarray) -> sparse.csr_matrix:
        n = len(lengths)
        doc = np.repeat(np.arange(n), lengths)
        same_doc = doc[1:] == doc[:-1]
        bigrams = ((uni[:-1] * BIGRAM_MIX) ^ uni[1:])[same_doc] if uni.size > 1 else uni[:0]
        cols = np.concatenate([uni, bigrams]) & self.mask
        rows = np.concatenate([doc, doc[1:][same_doc]])
        return _count_matrix(rows, cols, n, self.width)

    def _char_block(self, flat: list[str], lengths: np.ndarray) -> sparse.csr_matrix:
        n = len(lengths)
        if not flat:
            return sparse.csr_matrix((n, self.width), dtype=np.float32)
        per_word = [self._char_ids(w) for w in flat]
        sizes = np.fromiter((a.size for a in per_word), dtype=np.int64, count=len(per_word))
        cols = np.concatenate(per_word)
        rows = np.repeat(np.repeat(np.arange(n), lengths), sizes)
        return _count_matrix(rows, cols, n, self.width)


def _count_matrix(rows: np.ndarray, cols: np.ndarray, n: int, width: int) -> sparse.csr_matrix:
    data = np.ones(rows.size, dtype=np.float32)
    matrix = sparse.csr_matrix((data, (rows, cols.astype(np.int64))), shape=(n, width))
    matrix.sum_duplicates()
    return matrix


def document_frequency(counts: sparse.csr_matrix) -> np.ndarray:
    return np.bincount(counts.indices, minlength=counts.shape[1]).astype(np.float64)


def idf_weights(df: np.ndarray, documents: int) -> np.ndarray:
    """Smoothed idf, as scikit-learn's TfidfTransformer: ln((1 + n) / (1 + df)) + 1."""
    return (np.log((1.0 + documents) / (1.0 + df)) + 1.0).astype(np.float32)


def weight(counts: sparse.csr_matrix, idf: np.ndarray) -> sparse.csr_matrix:
    """(1 + ln tf) × idf, each row L2-normalised (empty rows stay empty)."""
    out = counts.copy()
    out.data = (1.0 + np.log(out.data)) * idf[out.indices]
    norms = np.sqrt(np.asarray(out.multiply(out).sum(axis=1)).ravel())
    row_of = np.repeat(np.arange(out.shape[0]), np.diff(out.indptr))
    out.data /= np.maximum(norms[row_of], 1e-12)
    return out.astype(np.float32)
