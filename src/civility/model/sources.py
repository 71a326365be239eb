"""The registry of training sources: names for `--data`, their loaders, and the default mix."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from civility.errors import InputError
from civility.model import sources_se, sources_web
from civility.model.corpus import COLUMNS, UNKNOWN, Corpus, concat, shared_data_dir
from civility.types import Category

Loader = Callable[[Path], Corpus]

LOADERS: dict[str, Loader] = {
    "toxicr": sources_se.load_toxicr,
    "strudel": sources_se.load_strudel,
    "vcu": sources_se.load_vcu,
    "ferreira": sources_se.load_ferreira,
    "sgid4se": sources_se.load_sgid,
    "toxic_spans": sources_web.load_toxic_spans,
    "olid": sources_web.load_olid,
    "edos": sources_web.load_edos,
    "hatexplain": sources_web.load_hatexplain,
    "ethos": sources_web.load_ethos,
    "davidson": sources_web.load_davidson,
}

DEFAULT_SOURCES: tuple[str, ...] = (
    "toxicr",
    "strudel",
    "vcu",
    "ferreira",
    "sgid4se",
    "toxic_spans",
    "olid",
    "edos",
    "hatexplain",
    "ethos",
    "seeds",
)

SEEDS = Path(__file__).resolve().parents[3] / "data" / "seeds" / "seeds.tsv"


def load_seeds(path: Path = SEEDS) -> Corpus:
    """civility's own written examples: `categories<TAB>text`, `none` for clean ones.

    A listed category is a positive and every other one a negative, except a category written with a
    leading `?` (`harassment,?insult`), which is unknown for that row: a threat need not teach the
    insult head that it is not an insult (docs/ARCHITECTURE.md, thresholds)."""
    if not path.is_file():
        raise InputError(f"{path}: seed file not found (it ships in the repository's data/seeds/)")
    texts, rows = [], []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        names, sep, text = line.partition("\t")
        if not sep or not text.strip():
            raise InputError(f"{path}:{number}: expected 'categories<TAB>text'")
        try:
            rows.append(seed_row(names))
        except ValueError as exc:
            raise InputError(f"{path}:{number}: {exc}") from None
        texts.append(text)
    n = len(texts)
    return Corpus(tuple(texts), np.array(rows, dtype=np.int8), ("seeds",) * n, ("seeds",) * n, (path,))


def seed_row(names: str) -> list[int]:
    """One seed's labels in COLUMNS order: 1 listed, UNKNOWN listed with `?`, 0 otherwise."""
    parts = [n.strip() for n in names.split(",") if n.strip() and n.strip() != "none"]
    positive = {Category.parse(n) for n in parts if not n.startswith("?")}
    unknown = {Category.parse(n[1:]) for n in parts if n.startswith("?")}
    if positive & unknown:
        raise ValueError(
            f"{', '.join(sorted(c.value for c in positive & unknown))} is both listed and unknown"
        )
    return [UNKNOWN if c in unknown else int(c in positive) for c in COLUMNS]


def load(names: Sequence[str] = DEFAULT_SOURCES, root: Path | None = None) -> Corpus:
    """The named sources concatenated, in the order given (the order fixes the training order)."""
    unknown = [n for n in names if n != "seeds" and n not in LOADERS]
    if unknown:
        raise InputError(f"unknown dataset(s) {unknown}; choose from {[*LOADERS, 'seeds']}")
    folder = root if root is not None else (shared_data_dir() if set(names) - {"seeds"} else None)
    parts = []
    for name in names:
        if name == "seeds":
            parts.append(load_seeds())
            continue
        assert folder is not None
        try:
            parts.append(LOADERS[name](folder))
        except FileNotFoundError as exc:
            raise InputError(f"dataset {name!r}: {exc.filename} not found under {folder}") from None
    return concat(parts)
