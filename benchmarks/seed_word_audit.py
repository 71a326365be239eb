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
No labelled data is read: the seeds ship with the repository.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from civility import Analyzer  # noqa: E402
from civility.config import Config  # noqa: E402
from civility.model.corpus import COLUMNS  # noqa: E402
from civility.model.lexicon import swears  # noqa: E402
from civility.model.sources import load_seeds  # noqa: E402
from civility.types import Category  # noqa: E402

WORD = re.compile(r"[a-z][a-z'’]+")


def items_of(text: str) -> list[str]:
    """The words (two letters or more) and adjacent word pairs of a seed, lower-cased."""
    words = WORD.findall(text.lower())
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


def seed_items() -> dict[tuple[str, Category], list[int]]:
    """(item, category) -> the seed rows (0-based, in file order) that hold the item and are
    positive for the category."""
    corpus = load_seeds()
    found: dict[tuple[str, Category], list[int]] = defaultdict(list)
    for row, (text, labels) in enumerate(zip(corpus.texts, corpus.labels, strict=True)):
        for k, category in enumerate(COLUMNS):
            if labels[k] == 1:
                for item in dict.fromkeys(items_of(text)):
                    found[(item, category)].append(row)
    return found


def audit(model: Path) -> list[tuple[str, Category, float, bool, int]]:
    """(item, category, score, in the swear lexicon, seeds) of every item flagged alone in a
    category its seeds are positive for, highest score first."""
    found = seed_items()
    items = sorted({item for item, _ in found})
    analyzer = Analyzer(Config(model_path=str(model)))
    flagged = {}
    for item, assessment in zip(items, analyzer.analyze(items), strict=True):
        flagged[item] = (assessment.flagged, assessment.scores)
    rows = []
    for (item, category), seeds in found.items():
        categories, scores = flagged[item]
        if category in categories:
            rows.append((item, category, scores[category], swears(item), len(seeds)))
    return sorted(rows, key=lambda r: (-r[2], r[0]))


def report(model: Path, rows: list[tuple[str, Category, float, bool, int]], total: int) -> str:
    lines = [
        "# Seed words flagged alone",
        "",
        f"Command: `python benchmarks/seed_word_audit.py --model {model}`. Every word and adjacent word "
        f"pair of every positive seed row ({total} items, `data/seeds/seeds.tsv`), scored alone by the full "
        "analyzer with the model's thresholds; listed when flagged in a category of its seed. `swear`: "
        "the item holds a word of the profanity lexicon (`civility.model.lexicon`).",
        "",
        f"{len(rows)} items flagged.",
        "",
        "| item | category | score | swear | seeds |",
        "| --- | --- | --- | --- | --- |",
    ]
    lines += [f"| {i} | {c.value} | {s:.2f} | {'yes' if w else ''} | {n} |" for i, c, s, w, n in rows]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "civility.skops")
    parser.add_argument("--out", type=Path, help="write the markdown table here (default: print it)")
    args = parser.parse_args()
    rows = audit(args.model)
    text = report(args.model, rows, len({item for item, _ in seed_items()}))
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text, end="")


if __name__ == "__main__":
    main()
