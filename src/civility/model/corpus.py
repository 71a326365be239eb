"""Labelled training text as plain arrays: one row per text, one label column per model category.

A label is 1 (the category applies), 0 (it does not) or -1 (the source says nothing about it). Each
category's head trains only on the rows where its label is known, so a set labelled for one thing
(e.g. SGID4SE for sexual / identity attacks) never teaches another head that its texts are clean.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from civility.errors import InputError
from civility.types import MODEL_CATEGORIES, Category

UNKNOWN = -1
COLUMNS: tuple[Category, ...] = MODEL_CATEGORIES


@dataclass(frozen=True)
class Corpus:
    """Texts, their label matrix (n × categories, values 1/0/-1), source names and stratum names."""

    texts: tuple[str, ...]
    labels: np.ndarray
    sources: tuple[str, ...]
    strata: tuple[str, ...]
    files: tuple[Path, ...] = ()
    """Every file read, for the data hashes in the metadata."""

    def __len__(self) -> int:
        return len(self.texts)

    def column(self, category: Category) -> np.ndarray:
        return self.labels[:, COLUMNS.index(category)]

    def select(self, mask: np.ndarray) -> Corpus:
        idx = np.flatnonzero(mask)
        return Corpus(
            texts=tuple(self.texts[i] for i in idx),
            labels=self.labels[idx],
            sources=tuple(self.sources[i] for i in idx),
            strata=tuple(self.strata[i] for i in idx),
            files=self.files,
        )

    def source_mask(self, name: str) -> np.ndarray:
        return np.array([s == name for s in self.sources], dtype=bool)


def label_row(**known: int) -> list[int]:
    """A label row from keyword arguments named after categories; the rest are unknown."""
    row = [UNKNOWN] * len(COLUMNS)
    for name, value in known.items():
        row[COLUMNS.index(Category(name))] = int(value)
    return row


def concat(parts: Sequence[Corpus]) -> Corpus:
    if not parts:
        raise InputError("no training data selected; pass --data with at least one dataset name")
    return Corpus(
        texts=tuple(t for p in parts for t in p.texts),
        labels=np.concatenate([p.labels for p in parts]).astype(np.int8),
        sources=tuple(s for p in parts for s in p.sources),
        strata=tuple(s for p in parts for s in p.strata),
        files=tuple(f for p in parts for f in p.files),
    )


def shared_data_dir() -> Path:
    """`$CIVILITY_SHARED_DATA`, else `<repo>/../shared/data`; an InputError says how to fix it."""
    env = os.environ.get("CIVILITY_SHARED_DATA")
    folder = Path(env) if env else Path(__file__).resolve().parents[4] / "shared" / "data"
    if not folder.is_dir():
        raise InputError(
            f"labelled data folder {folder} not found; set CIVILITY_SHARED_DATA to the folder that "
            "holds toxicr/, sgid4se/, ... (see data/README.md)"
        )
    return folder


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
