"""Static word-piece embeddings: the meaning side of the model, next to the hashed n-grams.

`models/static/vectors.npy` (built locally, not committed) is a table of 256-dimensional vectors,
one per WordPiece token of all-MiniLM-L6-v2's vocabulary (`models/static/vocab.txt`), distilled from
that sentence encoder by model2vec (`scripts/distill_static_embeddings.py`; Apache-2.0 weights).
A text's embedding is the mean of its tokens' vectors. Words that never occur in the training
data still have vectors near words of similar meaning, which is what lets a head trained on a
few hundred developer-talk positives generalise past their vocabulary
(FINDINGS: sexual, harassment and hate on unseen web text).

A logistic regression on the mean vector is linear in the tokens, so a fitted head is stored as one
weight per token (the vector dotted with the head's coefficients): scoring needs `vocab.txt` and
those weights, not the table, and each word's contribution to the score is exact.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy import sparse

from civility.errors import ModelError
from civility.model.wordpiece import WordPiece


def static_dir() -> Path:
    from civility.model.persist import DEFAULT_DIR

    return DEFAULT_DIR / "static"


@lru_cache(maxsize=1)
def vocabulary() -> tuple[str, ...]:
    """The WordPiece vocabulary (line k is token id k)."""
    path = static_dir() / "vocab.txt"
    return tuple(path.read_text(encoding="utf-8").splitlines())


@lru_cache(maxsize=1)
def wordpiece() -> WordPiece:
    return WordPiece(vocabulary())


def vectors() -> np.ndarray:
    """float32 [tokens, dims]: the distilled table (only training with a static weight reads it).

    It is not in the repository (15 MB for an option that is off by default): the distillation is
    offline and deterministic, so `scripts/distill_static_embeddings.py` rebuilds the same bytes."""
    path = static_dir() / "vectors.npy"
    if not path.is_file():
        raise ModelError(
            f"{path} not found: training with --static-weight needs the distilled table; build it with "
            '`pip install -e ".[distill]"` and `python scripts/distill_static_embeddings.py`'
        )
    table = np.load(path, allow_pickle=False)
    return np.asarray(table, dtype=np.float32)


def mean_vectors(pieces: sparse.csr_matrix, table: np.ndarray) -> np.ndarray:
    """Each row's mean token vector (zeros for a row without known tokens), float64 [rows, dims]; the
    sums are taken in float32 and divided in float64, as the shipped model was trained."""
    sums = np.asarray(pieces @ table, dtype=np.float64)
    sizes = np.asarray(pieces.sum(axis=1), dtype=np.float64).ravel()
    return sums / np.maximum(sizes, 1.0)[:, None]


def mean_rows(counts: sparse.csr_matrix) -> sparse.csr_matrix:
    """Token counts divided by each row's total: the weights that average a row's token vectors."""
    sizes = np.diff(counts.indptr)
    totals = np.zeros(counts.shape[0], dtype=np.float64)
    nonempty = sizes > 0
    totals[nonempty] = np.add.reduceat(counts.data.astype(np.float64), counts.indptr[:-1][nonempty])
    data = counts.data / np.repeat(np.maximum(totals, 1.0), sizes)
    return sparse.csr_matrix((data.astype(np.float32), counts.indices, counts.indptr), shape=counts.shape)
