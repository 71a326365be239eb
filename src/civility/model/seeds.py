"""civility's own written examples (`data/seeds/seeds.tsv`), and the contrast rows their rationales make.

A seed line is `categories<TAB>text`. A listed category is a positive and every other one a negative,
except a category written with a leading `?` (`harassment,?insult`), which is unknown for that row: a
threat need not teach the insult head that it is not an insult (docs/ARCHITECTURE.md, thresholds).

**Rationales.** A positive seed may put its offence in square brackets: `sexual<TAB>I'm [touching
myself] reading your pull request`. The brackets are not part of the text. The seed then also yields a
*contrast row*: the text with the bracketed spans removed ("I'm reading your pull request"), negative
for the seed's categories, with the seed's weight. Seeds weigh ten rows each and the rare heads have
few other positives, so without it the everyday words a seed is set in become evidence alone: "Thanks
for your pull request!" scored sexual 0.79 (`benchmarks/seed_word_audit.py`). With it, the context
words are seen as often in a negative as in a positive, and only the offence is left to carry the
label. This is Zaidan, Eisner and Piatko's (2007) "contrast examples" from annotator rationales, with
the rationale removed outright because a bag of words reads no order. A contrast of fewer than two
words ("[go kill yourself]") is not added: it would teach nothing but a lone function word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from civility.errors import InputError
from civility.model.corpus import COLUMNS, UNKNOWN, Corpus
from civility.types import Category

SEEDS = Path(__file__).resolve().parents[3] / "data" / "seeds" / "seeds.tsv"
RATIONALE = re.compile(r"\[([^\[\]]*)\]")
"""A bracketed span of a seed's text: the words that make it a positive."""
_SPACE = re.compile(r"\s+")
_LOOSE_ENDS = re.compile(r"^[\s,.;:!?]+|[\s,;:]+$")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+(?=[,.;:!?])")
"""Punctuation left dangling where a span was cut ("[hey cutie], and" -> "and")."""
MIN_CONTRAST_WORDS = 2


@dataclass(frozen=True)
class Seed:
    """One seed line: its text without brackets, its labels, its contrast text, if any, and the
    bracketed spans (its offence)."""

    text: str
    labels: tuple[int, ...]
    contrast: str | None
    offence: tuple[str, ...] = ()


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


def parse_text(marked: str) -> tuple[str, str | None]:
    """The text without its brackets, and the contrast text (the bracketed spans cut out), or None
    when nothing is bracketed or fewer than `MIN_CONTRAST_WORDS` words remain."""
    stray = RATIONALE.sub("", marked)
    if "[" in stray or "]" in stray:
        raise ValueError("unbalanced or nested square brackets (they mark the offence: 'you [idiot]')")
    if not RATIONALE.search(marked):
        return marked, None
    if any(not m.group(1).strip() for m in RATIONALE.finditer(marked)):
        raise ValueError("empty square brackets")
    text = RATIONALE.sub(lambda m: m.group(1), marked)
    cut = _LOOSE_ENDS.sub("", _SPACE.sub(" ", RATIONALE.sub(" ", marked)))
    cut = _SPACE_BEFORE_PUNCT.sub("", cut)
    return text, (cut if len(cut.split()) >= MIN_CONTRAST_WORDS else None)


def parse_line(line: str) -> Seed:
    """One `categories<TAB>text` line (ValueError with what is wrong)."""
    names, sep, marked = line.partition("\t")
    if not sep or not marked.strip():
        raise ValueError("expected 'categories<TAB>text'")
    labels = seed_row(names)
    text, contrast = parse_text(marked)
    if (contrast is not None or text != marked) and 1 not in labels:
        raise ValueError("only a positive seed marks its offence in square brackets")
    return Seed(text, tuple(labels), contrast, tuple(RATIONALE.findall(marked)))


def contrast_labels(labels: tuple[int, ...]) -> list[int]:
    """A contrast row's labels: the seed's positives become negatives; unknowns stay unknown."""
    return [0 if v == 1 else v for v in labels]


def read_seeds(path: Path = SEEDS) -> list[Seed]:
    """The seed lines of a file, in order (InputError naming the file and line of a bad one)."""
    if not path.is_file():
        raise InputError(f"{path}: seed file not found (it ships in the repository's data/seeds/)")
    seeds = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            seeds.append(parse_line(line))
        except ValueError as exc:
            raise InputError(f"{path}:{number}: {exc}") from None
    return seeds


def load_seeds(path: Path = SEEDS) -> Corpus:
    """The seed rows in file order (stratum `seeds`), then one contrast row per seed with a rationale
    (stratum `contrast`); all of source `seeds`, so they share its weight."""
    seeds = read_seeds(path)
    contrasts = [s for s in seeds if s.contrast is not None]
    texts = [s.text for s in seeds] + [s.contrast for s in contrasts if s.contrast is not None]
    rows = [list(s.labels) for s in seeds] + [contrast_labels(s.labels) for s in contrasts]
    strata = ("seeds",) * len(seeds) + ("contrast",) * len(contrasts)
    return Corpus(tuple(texts), np.array(rows, dtype=np.int8), ("seeds",) * len(texts), strata, (path,))
