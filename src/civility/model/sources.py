"""The registry of training sources: names for `--data`, their loaders, and the default mix."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from civility.errors import InputError
from civility.model import sources_se, sources_web
from civility.model.corpus import Corpus, concat, shared_data_dir
from civility.model.seeds import load_seeds

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
