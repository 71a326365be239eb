"""Software-engineering sets (code review, GitHub issues, LKML) mapped onto the model categories.

The mapping is documented, with counts, in models/MODEL_CARD.md. Each loader takes the shared data
folder and returns a Corpus; personal columns (names, emails) are never read.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from civility.model.corpus import Corpus, label_row
from civility.model.lexicon import swears

ALL_CLEAN = {"insult": 0, "identity_attack": 0, "harassment": 0, "sexual": 0, "profanity": 0}


def _corpus(name: str, rows: list[tuple[str, list[int], str]], files: list[Path]) -> Corpus:
    rows = [r for r in rows if isinstance(r[0], str) and r[0].strip()]
    return Corpus(
        texts=tuple(r[0] for r in rows),
        labels=np.array([r[1] for r in rows], dtype=np.int8).reshape(len(rows), 5),
        sources=(name,) * len(rows),
        strata=tuple(r[2] for r in rows),
        files=tuple(files),
    )


def toxic_binary_row(text: str, toxic: bool) -> list[int]:
    """Binary toxic → all clean, or profanity (if it swears) / insult (if not); the rest unknown."""
    if not toxic:
        return label_row(**ALL_CLEAN)
    return label_row(profanity=1) if swears(text) else label_row(insult=1)


def load_toxicr(root: Path) -> Corpus:
    path = root / "toxicr" / "code-review-dataset-full.csv"
    frame = pd.read_csv(path)
    rows = [
        (t, toxic_binary_row(str(t), y == 1), "all")
        for t, y in zip(frame.message, frame.is_toxic, strict=True)
    ]
    return _corpus("toxicr", rows, [path])


def load_strudel(root: Path) -> Corpus:
    path = root / "strudel-github-toxicity" / "train_comments.csv"
    frame = pd.read_csv(path)
    rows = [
        (t, toxic_binary_row(str(t), y == "y"), "comments")
        for t, y in zip(frame.text, frame.toxicity, strict=True)
    ]
    return _corpus("strudel", rows, [path])


_TBDF = {
    "insulting": {"insult": 1},
    "mocking": {"insult": 1},
    "name_calling": {"insult": 1},
    "identity attack/name-calling": {"insult": 1, "identity_attack": 1},
    "identity attacks/name-calling": {"insult": 1, "identity_attack": 1},
    "threat": {"harassment": 1},
    "vulgarity": {"profanity": 1},
}
_MILD = {"insult": 0, "identity_attack": 0, "harassment": 0, "sexual": 0}
"""Frustration, impatience, irony, entitlement: uncivil, but none of the Code-of-Conduct categories."""


def tbdf_row(tbdf: object) -> list[int]:
    if not isinstance(tbdf, str) or not tbdf.strip():
        return label_row(**ALL_CLEAN)
    key = tbdf.strip().lower()
    return label_row(**_TBDF.get(key, _TBDF.get(key.replace(" ", "_"), _MILD)))


def load_vcu(root: Path) -> Corpus:
    path = root / "vcu-github-incivility" / "annotated_comment_level.csv"
    frame = pd.read_csv(path)
    rows = [(str(t), tbdf_row(y), "comments") for t, y in zip(frame.comment_body, frame.tbdf, strict=True)]
    return _corpus("vcu", rows, [path])


def load_ferreira(root: Path) -> Corpus:
    """Sentence-level GitHub and LKML sentences; a sentence with two codes takes both."""
    files = [
        root / "ferreira-incivility" / d / f"{k}.csv" for d in ("gh", "lkml") for k in ("civil", "uncivil")
    ]
    merged: dict[str, list[int]] = {}
    strata: dict[str, str] = {}
    for path in files:
        frame = pd.read_csv(path)
        civil = path.stem == "civil"
        for text, tbdf in zip(frame.quotation, frame.quotation_tbdf, strict=True):
            if not isinstance(text, str):
                continue
            row = label_row(**ALL_CLEAN) if civil else tbdf_row(tbdf)
            old = merged.get(text)
            merged[text] = row if old is None else [max(a, b) for a, b in zip(old, row, strict=True)]
            strata[text] = path.parent.name
    rows = [(t, r, strata[t]) for t, r in merged.items()]
    return _corpus("ferreira", rows, files)


_SGID_SEXUAL = ("Objectification", "Appearance", "Harassment")
_SGID_IDENTITY = ("AntiLGBTQ", "Stereotyping", "Discredit")


def _on(row: object, column: str) -> bool:
    return str(getattr(row, column)).strip() in ("1", "1.0")


def sgid_row(row: object) -> list[int]:
    if not _on(row, "target"):
        return label_row(sexual=0, identity_attack=0)
    known: dict[str, int] = {}
    sexual = any(_on(row, c) for c in _SGID_SEXUAL)
    if sexual:
        known["sexual"] = 1
    if any(_on(row, c) for c in _SGID_IDENTITY) or not sexual:
        # SGID is discrimination for sexual orientation or gender identity: a positive without a
        # sexual category (maternal insults, dominance, threats, "Others: SMD/GSD", 209 rows, 15% of
        # the positives) is the Code of Conduct's identity_attack; unknown would leave both heads
        # without them while the SGID task counts them.
        known["identity_attack"] = 1
    if _on(row, "Maternal"):
        known["insult"] = 1
    if _on(row, "Threats"):
        known["harassment"] = 1
    return label_row(**known)


def load_sgid(root: Path) -> Corpus:
    path = root / "sgid4se" / "SGID-dataset-full.csv"
    frame = pd.read_csv(path, keep_default_na=False)
    rows = [(str(r.message), sgid_row(r), str(r.Dataset)) for r in frame.itertuples(index=False)]
    return _corpus("sgid4se", rows, [path])
