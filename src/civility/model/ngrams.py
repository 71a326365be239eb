"""Hashed word and character n-gram features, built per word and cached, vectorised per batch.

A document is its lower-cased words (`WORD`). Two feature blocks of `2**bits` buckets each:
- **words**: unigrams and adjacent-word bigrams;
- **characters**: 2- to 5-grams of each word padded with spaces (`" word "`), like scikit-learn's
  `char_wb` analyzer, which catches misspellings, inflections and glued words.
Each block is weighted like `TfidfVectorizer(sublinear_tf=True)`: (1 + log tf) × idf, then L2-normalised
per block. A third block, **pieces**, counts each word's WordPiece tokens for the static embeddings
(`civility.model.static`), which average them instead. A word's character n-grams and word pieces
depend only on the word, so they are computed once and cached: at run time a document costs one
dictionary lookup per word, and the rest is sparse matrix arithmetic over the whole batch.
Hashes are blake2b, so they are the same in every process and on every machine.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from hashlib import blake2b
from operator import methodcaller

import numpy as np
from scipy import sparse

from civility.model import static
from civility.model.wordpiece import WordPiece

WORD = re.compile(r"\w+(?:['’]\w+)*")
CHAR_SIZES = (2, 3, 4, 5)
BIGRAM_MIX = np.uint32(0x9E3779B1)
CACHE_LIMIT = 400_000
"""Cached words per featurizer; the cache is cleared when it grows past this (bounded memory)."""
GRAM_CACHE_LIMIT = 200_000
"""Cached character n-gram buckets per featurizer (~25 MB), cleared likewise."""


def _hash(text: str) -> int:
    return int.from_bytes(blake2b(text.encode("utf-8"), digest_size=4).digest(), "little")


_blake2b_32 = partial(blake2b, digest_size=4)
_digest = methodcaller("digest")


def _hashes(texts: Iterable[str]) -> np.ndarray:
    """`_hash` of each text as a uint32 array. The encode-hash-digest chain runs in C (`map`), and
    the digests become integers in one `frombuffer`: about 3x less interpreter work per text."""
    digests = b"".join(map(_digest, map(_blake2b_32, map(str.encode, texts))))
    return np.frombuffer(digests, dtype="<u4").astype(np.uint32)


SENTENCE_END = re.compile(r"[.!?;\n]")


class Words(list[str]):
    """A document's lower-cased words, and the index of the first word of each sentence after the first."""

    breaks: tuple[int, ...] = ()


def words(text: str) -> list[str]:
    """The lower-cased words of `text`, as the model sees them (`segment_words` without a limit)."""
    return list(segment_words(text, len(text)))


def segment(text: str, limit: int) -> tuple[Words, list[tuple[int, int]]]:
    """The first `limit` words of `text` with their sentence breaks (., !, ?, ; or a new line between
    two words), and their character offsets in the lower-cased text."""
    return segment_words(text, limit), word_spans(text, limit)


def segment_words(text: str, limit: int) -> Words:
    """`segment` without the offsets, which only evidence needs.

    Words never contain a sentence end, so splitting at sentence ends first gives the same words, and
    a break falls between two words exactly when a piece after the first words has words of its own;
    one `findall` per sentence instead of a match object and a search per word."""
    out, breaks = Words(), []
    for piece in SENTENCE_END.split(text.lower()):
        found = WORD.findall(piece)
        if found:
            if out:
                breaks.append(len(out))
            out += found
            if len(out) >= limit:
                del out[limit:]
                break
    out.breaks = tuple(breaks)
    return out


def word_spans(text: str, limit: int) -> list[tuple[int, int]]:
    """Character offsets of the first `limit` words, in the lower-cased text (as `segment`)."""
    return [match.span() for match in itertools.islice(WORD.finditer(text.lower()), limit)]


@dataclass(frozen=True)
class Batch:
    """Per-batch feature matrices before weighting: raw term counts per block."""

    words: sparse.csr_matrix
    chars: sparse.csr_matrix
    pieces: sparse.csr_matrix
    """WordPiece token counts [documents, vocabulary]."""

    def rows(self, idx: np.ndarray) -> Batch:
        return Batch(self.words[idx], self.chars[idx], self.pieces[idx])


@dataclass(frozen=True)
class Attribution:
    """Which word each feature occurrence of one document belongs to, for exact evidence."""

    position: np.ndarray
    """Word index of each (share of an) occurrence."""
    share: np.ndarray
    """1 for a word's own features, 0.5 for each half of a bigram."""
    bucket: np.ndarray
    occurrences: np.ndarray
    """Every occurrence once (a bigram once), from which term frequencies are counted."""


class Featurizer:
    """Hashes words into the two feature blocks; one per process (it keeps a word cache).

    The cache is a vocabulary: word → id, and per id its unigram hash and its character n-gram buckets
    (CSR arrays). A batch costs one dictionary lookup per word; the rest is array arithmetic.
    """

    def __init__(self, bits: int = 18, pieces: bool = False) -> None:
        """`pieces`: also cut words into word pieces (only for a model with a static-embedding term)."""
        self.bits = bits
        self.mask = np.uint32((1 << bits) - 1)
        self.wordpiece: WordPiece | None = static.wordpiece() if pieces else None
        self.pieces_width = len(self.wordpiece.ids) if self.wordpiece else 0
        self._reset()

    @property
    def width(self) -> int:
        return 1 << self.bits

    def counts(self, docs: Sequence[Sequence[str]]) -> Batch:
        """Raw counts [documents, buckets] of each block for documents given as word lists."""
        lengths = np.fromiter((len(d) for d in docs), dtype=np.int64, count=len(docs))
        return self.counts_ranges(docs, np.arange(len(docs)), np.zeros_like(lengths), lengths)

    def counts_ranges(
        self,
        docs: Sequence[Sequence[str]],
        owner: np.ndarray,
        start: np.ndarray,
        end: np.ndarray,
        piece_rows: int | None = None,
    ) -> Batch:
        """Raw counts with one row per word range `docs[owner[r]][start[r]:end[r]]`; the word-piece block
        only for the first `piece_rows` ranges (all by default)."""
        lengths = np.fromiter((len(d) for d in docs), dtype=np.int64, count=len(docs))
        ids = self._encode([w for d in docs for w in d])
        first = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64) if len(docs) else lengths
        sizes = np.asarray(end, np.int64) - start
        positions = _aranges(first[owner] + start, sizes)
        row = np.repeat(np.arange(len(sizes)), sizes)
        word_ids = ids[positions]
        n = len(sizes)
        m = n if piece_rows is None else min(piece_rows, n)
        cut = int(sizes[:m].sum())
        return Batch(
            self._word_block(word_ids, row, n),
            self._char_block(word_ids, row, n),
            self._piece_block(word_ids[:cut], row[:cut], m),
        )

    def word_features(self, doc: Sequence[str]) -> Attribution:
        """Word-block features of `doc`: unigrams, and bigrams split in half between their two words."""
        return self.attributions([doc])[0]

    def char_features(self, doc: Sequence[str]) -> Attribution:
        """Character-block features of `doc`, each belonging to its word."""
        return self.attributions([doc])[1]

    def attributions(self, docs: Sequence[Sequence[str]]) -> tuple[Attribution, Attribution, Attribution]:
        """Word-, character- and piece-block features of several documents at once, positions counted over
        all their words in order: each word's occurrences come in the same order as for its document alone."""
        ids = self._encode([w for d in docs for w in d])  # first: it may grow (replace) the arrays read below
        uni = self._uni[ids]
        n = len(uni)
        position = np.arange(n)
        pair = np.flatnonzero(~np.isin(position[1:], np.cumsum([len(d) for d in docs])))
        unigrams = (uni & self.mask).astype(np.int64)
        bigrams = (((uni[pair] * BIGRAM_MIX) ^ uni[pair + 1]) & self.mask).astype(np.int64)
        words = Attribution(
            position=np.concatenate([position, pair, pair + 1]),
            share=np.concatenate([np.ones(n), np.full(2 * len(pair), 0.5)]),
            bucket=np.concatenate([unigrams, bigrams, bigrams]),
            occurrences=np.concatenate([unigrams, bigrams]),
        )
        lo = self._indptr[ids]
        sizes = self._indptr[ids + 1] - lo
        bucket = self._chars[_aranges(lo, sizes)].astype(np.int64)
        chars = Attribution(np.repeat(position, sizes), np.ones(bucket.size), bucket, bucket)
        lo = self._pindptr[ids]
        sizes = self._pindptr[ids + 1] - lo
        token = self._pieces[_aranges(lo, sizes)].astype(np.int64)
        pieces = Attribution(np.repeat(position, sizes), np.ones(token.size), token, token)
        return words, chars, pieces

    def _reset(self) -> None:
        self._ids: dict[str, int] = {}
        self._uni = np.zeros(1024, dtype=np.uint32)
        """Full 32-bit unigram hash per word id (bigrams mix two of them)."""
        self._indptr = np.zeros(1025, dtype=np.int64)
        self._chars = np.zeros(1 << 14, dtype=np.uint32)
        """Character n-gram buckets of word id k: _chars[_indptr[k]:_indptr[k + 1]]."""
        self._pindptr = np.zeros(1025, dtype=np.int64)
        self._pieces = np.zeros(1 << 12, dtype=np.uint32)
        """WordPiece token ids of word id k: _pieces[_pindptr[k]:_pindptr[k + 1]]."""
        self._gram_buckets: dict[str, int] = {}
        """Bucket of each character n-gram already hashed: most n-grams of a new word ("ing ", " th")
        were seen in other words, and a lookup costs far less than blake2b."""

    def _encode(self, flat: list[str]) -> np.ndarray:
        if len(self._ids) > CACHE_LIMIT:
            self._reset()
        ids = self._ids
        new = [w for w in dict.fromkeys(flat) if w not in ids]
        if new:
            self._add(new)
        return np.fromiter(map(ids.__getitem__, flat), dtype=np.int64, count=len(flat))

    def _add(self, words: list[str]) -> None:
        n0, k = len(self._ids), len(words)
        padded = [f" {w} " for w in words]
        grams = [p[cut] for p in padded for cut in _gram_slices(len(p))]
        sizes = _gram_counts(np.fromiter(map(len, padded), dtype=np.int64, count=k))
        start = int(self._indptr[n0])
        self._uni = _grow(self._uni, n0 + k)
        self._indptr = _grow(self._indptr, n0 + k + 1)
        self._chars = _grow(self._chars, start + len(grams))
        self._uni[n0 : n0 + k] = _hashes(["w " + w for w in words])
        self._indptr[n0 + 1 : n0 + k + 1] = start + np.cumsum(sizes)
        self._chars[start : start + len(grams)] = self._gram_buckets_of(grams)
        cut = self.wordpiece.word_ids if self.wordpiece else _no_pieces
        tokens = [cut(w) for w in words]
        first = int(self._pindptr[n0])
        self._pindptr = _grow(self._pindptr, n0 + k + 1)
        self._pindptr[n0 + 1 : n0 + k + 1] = first + np.cumsum([len(t) for t in tokens])
        flat = np.fromiter(itertools.chain.from_iterable(tokens), dtype=np.uint32)
        self._pieces = _grow(self._pieces, first + flat.size)
        self._pieces[first : first + flat.size] = flat
        self._ids.update(zip(words, range(n0, n0 + k), strict=True))

    def _gram_buckets_of(self, grams: list[str]) -> np.ndarray:
        """Bucket of each character n-gram: most n-grams of a new word ("ing ", " th") were seen in
        other words, so only the missing ones are hashed (blake2b costs far more than a lookup), all
        at once, and the lookups run in C (`map`) rather than in a Python loop per n-gram."""
        cache = self._gram_buckets
        if len(cache) > GRAM_CACHE_LIMIT:
            cache.clear()
        missing = list(set(grams).difference(cache))
        if missing:
            cache.update(zip(missing, (_hashes(missing) & self.mask).tolist(), strict=True))
        return np.fromiter(map(cache.__getitem__, grams), dtype=np.uint32, count=len(grams))

    def _word_block(self, word_ids: np.ndarray, row: np.ndarray, n: int) -> sparse.csr_matrix:
        uni = self._uni[word_ids]
        same = row[1:] == row[:-1]
        bigrams = ((uni[:-1] * BIGRAM_MIX) ^ uni[1:])[same] if uni.size > 1 else uni[:0]
        cols = np.concatenate([uni, bigrams]) & self.mask
        rows = np.concatenate([row, row[1:][same]])
        return _count_matrix(rows, cols, n, self.width)

    def _char_block(self, word_ids: np.ndarray, row: np.ndarray, n: int) -> sparse.csr_matrix:
        lo = self._indptr[word_ids]
        sizes = self._indptr[word_ids + 1] - lo
        cols = self._chars[_aranges(lo, sizes)]
        return _count_matrix(np.repeat(row, sizes), cols, n, self.width)

    def _piece_block(self, word_ids: np.ndarray, row: np.ndarray, n: int) -> sparse.csr_matrix:
        lo = self._pindptr[word_ids]
        sizes = self._pindptr[word_ids + 1] - lo
        cols = self._pieces[_aranges(lo, sizes)]
        return _count_matrix(np.repeat(row, sizes), cols, n, self.pieces_width)


def _no_pieces(word: str) -> tuple[int, ...]:
    return ()


def _aranges(starts: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Concatenated ranges [starts[i], starts[i] + sizes[i]), vectorised."""
    total = int(sizes.sum())
    offsets = np.cumsum(sizes) - sizes
    return np.arange(total, dtype=np.int64) - np.repeat(offsets - starts, sizes)


@lru_cache(maxsize=256)
def _gram_slices(length: int) -> tuple[slice, ...]:
    """The character n-grams of a padded word of `length` characters, as slices: all 2-grams, then
    3-grams... Reusing them per length saves building four index pairs per n-gram."""
    return tuple(slice(i, i + n) for n in CHAR_SIZES for i in range(length - n + 1))


def _gram_counts(padded_lengths: np.ndarray) -> np.ndarray:
    """Character n-grams of each padded word: one per position for every size that fits."""
    sizes = np.asarray(CHAR_SIZES)
    return np.maximum(padded_lengths[:, None] - sizes + 1, 0).sum(axis=1)


def _grow(array: np.ndarray, needed: int) -> np.ndarray:
    if needed <= array.size:
        return array
    bigger = np.zeros(max(needed, 2 * array.size), dtype=array.dtype)
    bigger[: array.size] = array
    return bigger


def _count_matrix(rows: np.ndarray, cols: np.ndarray, n: int, width: int) -> sparse.csr_matrix:
    """Counts of (row, col) pairs as a canonical CSR matrix: one sort of packed keys, about 3x faster
    than building it through scipy's COO conversion and sum_duplicates. The keys are 32-bit when they
    fit (a run-time batch: a few thousand rows), which halves the memory traffic and sorts ~3x faster."""
    bits = (width - 1).bit_length()
    kind = np.dtype(np.uint32 if n << bits <= 1 << 32 else np.int64)
    keys = (rows.astype(kind) << bits) | cols.astype(kind)
    keys.sort()
    if keys.size == 0:
        return sparse.csr_matrix((n, width), dtype=np.float32)
    new = np.empty(keys.size, dtype=bool)
    new[0] = True
    np.not_equal(keys[1:], keys[:-1], out=new[1:])
    starts = np.flatnonzero(new)
    unique = keys[starts]
    data = np.diff(np.append(starts, keys.size)).astype(np.float32)
    indptr = np.searchsorted(unique >> bits, np.arange(n + 1))
    columns = (unique & ((1 << bits) - 1)).astype(np.int32)
    return sparse.csr_matrix((data, columns, indptr), shape=(n, width))


def document_frequency(counts: sparse.csr_matrix) -> np.ndarray:
    return np.bincount(counts.indices, minlength=counts.shape[1]).astype(np.float64)


def idf_weights(df: np.ndarray, documents: int) -> np.ndarray:
    """Smoothed idf, as scikit-learn's TfidfTransformer: ln((1 + n) / (1 + df)) + 1."""
    return (np.log((1.0 + documents) / (1.0 + df)) + 1.0).astype(np.float32)


def weight(counts: sparse.csr_matrix, idf: np.ndarray) -> sparse.csr_matrix:
    """(1 + ln tf) × idf, each row L2-normalised (empty rows stay empty)."""
    data = (1.0 + np.log(counts.data)) * idf[counts.indices]
    lengths = np.diff(counts.indptr)
    squares = data * data
    sums = np.zeros(counts.shape[0], dtype=squares.dtype)
    nonempty = lengths > 0
    sums[nonempty] = np.add.reduceat(squares, counts.indptr[:-1][nonempty])
    data /= np.repeat(np.maximum(np.sqrt(sums), 1e-12), lengths)
    return sparse.csr_matrix(
        (data.astype(np.float32, copy=False), counts.indices, counts.indptr), shape=counts.shape
    )
