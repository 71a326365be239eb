"""Features: the preprocessed text, its tokens, and mean-pooled static vectors.

Training and scoring both read `prepare(raw).text` (code, logs and quotes masked, obfuscation undone),
so the model learns from exactly what it will see at run time.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse
from tokenizers import Tokenizer

from civility.model.vectors import encode_ids
from civility.preprocess import prepare


def prepared_texts(raw: Sequence[str]) -> list[str]:
    return [prepare(text).text for text in raw]


def token_ids(tokenizer: Tokenizer, texts: Sequence[str], batch: int = 2048) -> list[np.ndarray]:
    out: list[np.ndarray] = []
    for start in range(0, len(texts), batch):
        out.extend(encode_ids(tokenizer, list(texts[start : start + batch])))
    return out


def flatten(ids: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """All ids in one array, and each document's start; empty documents keep a zero-length slot."""
    lengths = np.array([len(i) for i in ids], dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]) if len(ids) else np.zeros(0, np.int64)
    flat = np.concatenate(ids) if len(ids) else np.zeros(0, np.int64)
    return flat.astype(np.int64), starts


def bag(ids: Sequence[np.ndarray], vocabulary: int) -> sparse.csr_matrix:
    """Documents × vocabulary matrix of token frequencies divided by document length."""
    flat, _starts = flatten(ids)
    lengths = np.array([len(i) for i in ids], dtype=np.int64)
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    values = np.repeat(1.0 / np.maximum(lengths, 1), lengths).astype(np.float32)
    matrix = sparse.csr_matrix((values, flat, indptr), shape=(len(ids), vocabulary))
    matrix.sum_duplicates()
    return matrix


def mean_pool(table: np.ndarray, ids: Sequence[np.ndarray]) -> np.ndarray:
    """Mean of `table` rows over each document's tokens (zeros for an empty document)."""
    return np.asarray(bag(ids, table.shape[0]) @ table, dtype=np.float32)
