"""Which words of civility's own seed rows are flagged alone: a survey of seed leaks.

    python benchmarks/seed_word_audit.py [--model models/civility.skops] [--out FILE.md]

Seed rows (`data/seeds/seeds.tsv`) weigh 10 training rows each, and the rare heads have few other
positives, so a seed's everyday words can become evidence on their own: "Nice avatar!" was flagged
sexual 0.84 from "nice avatar, are you single?", "I'm bored of waiting for CI." 0.63 from "wanna sext?
I'm bored of reviewing diffs". This script takes every word and every pair of adjacent words of every
positive seed row, scores each alone with the full `Analyzer` (as `civility scan` runs it, with the
model's own thresholds) and lists those flagged in one of the seed's own categories, with the seeds
they come from. A listed item that is an everyday word of developer talk ("lap", "messages") is a
leak to answer with neutral seed rows that use it; one that is the offence itself ("nudes") is not.
A seed that brackets its offence (`civility.model.seeds`, rationales) tells the two apart: an item
with a word inside a bracket is marked `offence`; a flagged item without one is a leak, and the count
of leaks is the number to bring down. No labelled data is read: the seeds ship with the repository.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from civility import Analyzer  # noqa: E402
from civility.config import Config  # noqa: E402
from civility.model.corpus import COLUMNS  # noqa: E402
from civility.model.lexicon import swears  # noqa: E402
from civility.model.seeds import SEEDS, read_seeds  # noqa: E402
from civility.types import Category  # noqa: E402

WORD = re.compile(r"[a-z][a-z'’]+")


def items_of(text: str) -> list[str]:
    """The words (two letters or more) and adjacent word pairs of a seed, lower-cased."""
    words = WORD.findall(text.lower())
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


def positive_seeds(path: Path = SEEDS) -> list[tuple[str, list[Category], set[str]]]:
    """Each positive seed's text (brackets removed), its categories and its offence words (the
    words inside its brackets)."""
    seeds = []
    for seed in read_seeds(path):
        categories = [c for c, v in zip(COLUMNS, seed.labels, strict=True) if v == 1]
        if categories:
            seeds.append((seed.text, categories, set(WORD.findall(" ".join(seed.offence).lower()))))
    return seeds


def seed_items(path: Path = SEEDS) -> dict[tuple[str, Category], tuple[list[int], bool]]:
    """(item, category) -> the positive seeds (0-based) that hold the item, and whether the item has
    a word of the offence in any of them."""
    found: dict[tuple[str, Category], tuple[list[int], bool]] = {}
    for row, (text, categories, offence) in enumerate(positive_seeds(path)):
        for item in dict.fromkeys(items_of(text)):
            in_offence = bool(offence & set(item.split()))
            for category in categories:
                rows, before = found.get((item, category), ([], False))
                found[(item, category)] = ([*rows, row], before or in_offence)
    return found


Row = tuple[str, Category, float, bool, int, bool]


def audit(model: Path, seeds: Path = SEEDS) -> list[Row]:
    """(item, category, score, in the swear lexicon, seeds, offence) of every item flagged alone in
    a category its seeds are positive for, highest score first."""
    found = seed_items(seeds)
    items = sorted({item for item, _ in found})
    analyzer = Analyzer(Config(model_path=str(model)))
    flagged = {}
    for item, assessment in zip(items, analyzer.analyze(items), strict=True):
        flagged[item] = (assessment.flagged, assessment.scores)
    rows = []
    for (item, category), (seeds, offence) in found.items():
        categories, scores = flagged[item]
        if category in categories:
            rows.append((item, category, scores[category], swears(item), len(seeds), offence))
    return sorted(rows, key=lambda r: (-r[2], r[0]))


def report(model: Path, seeds: Path, rows: list[Row], total: int) -> str:
    leaks = sum(1 for row in rows if not row[5])
    lines = [
        "# Seed words flagged alone",
        "",
        f"Command: `python benchmarks/seed_word_audit.py --model {model}"
        + ("" if seeds == SEEDS else f" --seeds {seeds}")
        + f"`. Every word and adjacent word pair of every positive seed row ({total} items), "
        "scored alone by the full analyzer with the model's thresholds; listed when flagged in a "
        "category of its seed. `swear`: "
        "the item holds a word of the profanity lexicon (`civility.model.lexicon`). `offence`: the item "
        "holds a word its seed brackets as the offence; a flagged item without one is a leak.",
        "",
        f"{len(rows)} items flagged: {len(rows) - leaks} hold an offence word, {leaks} are leaks."
        if any(seed.offence for seed in read_seeds(seeds))
        else f"{len(rows)} items flagged (no seed of this file brackets its offence: pass --seeds).",
        "",
        "| item | category | score | swear | seeds | offence |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    lines += [
        f"| {i} | {c.value} | {s:.2f} | {'yes' if w else ''} | {n} | {'yes' if o else ''} |"
        for i, c, s, w, n, o in rows
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "civility.skops")
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="a seed file (default: the shipped one)")
    parser.add_argument("--out", type=Path, help="write the markdown table here (default: print it)")
    args = parser.parse_args()
    rows = audit(args.model, args.seeds)
    text = report(args.model, args.seeds, rows, len({item for item, _ in seed_items(args.seeds)}))
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text, end="")


if __name__ == "__main__":
    main()
