"""Out-of-fold flags in sentences whose violent verb takes a machine ("kill the process", "purge the cache").

    CIVILITY_SHARED_DATA=../shared/data python benchmarks/machine_target.py [--show] [-o FILE]

The shipped model has seen every labelled row, so counting what the `technical_target` filter removes
from its flags (`mention_filter.py --filter machine`) says little: in-sample, it does not flag the
labelled "kill the process" rows to begin with. This script computes the 3-fold out-of-fold scores of
the default training mix once (as `civility train` does) and, for the rows holding a sentence the
filter's pattern matches (a violent verb with a computing object, no person named in the sentence),
counts per head (harassment, identity_attack, insult) the rows flagged at the shipped cut, split by the
row's gold label. It is an upper bound on what the filter removes: the filter drops only the verb
phrase and function words of such a sentence, so a flag with other evidence stays. It also counts the
matching rows labelled positive at any score (an attack the filter could hide).
`--show` prints the counted rows to stderr, to read them.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from civility.analyzer import Analyzer  # noqa: E402
from civility.filters.technical_target import aimed_at_machine  # noqa: E402
from civility.model import sources  # noqa: E402
from civility.model.corpus import COLUMNS  # noqa: E402
from civility.model.fit import FitConfig, oof_scores  # noqa: E402
from civility.model.train import encode_corpus  # noqa: E402
from civility.types import Category  # noqa: E402

CATEGORIES = (Category.HARASSMENT, Category.IDENTITY_ATTACK, Category.INSULT)
COUNTED = ("flagged, labelled no", "flagged, unlabelled", "flagged, labelled yes", "all, labelled yes")


def matching_rows(texts: tuple[str, ...]) -> np.ndarray:
    """Whether each text holds a sentence the filter treats as aimed at a machine."""
    return np.array([aimed_at_machine(t) is not None for t in texts])


def report(show: bool) -> list[str]:
    started = time.perf_counter()
    config = FitConfig()
    corpus = sources.load(sources.DEFAULT_SOURCES)
    cuts = Analyzer().thresholds
    matched = matching_rows(corpus.texts)
    oof = oof_scores(encode_corpus(corpus, config).counts, corpus.labels, list(corpus.sources), config)
    counts: Counter[tuple[str, str, str]] = Counter()
    for i in np.flatnonzero(matched):
        for category in CATEGORIES:
            column = COLUMNS.index(category)
            gold, flagged = int(corpus.labels[i, column]), bool(oof[i, column] >= cuts[category])
            verdict = {1: "labelled yes", 0: "labelled no"}.get(gold, "unlabelled")
            key = (corpus.sources[i], category.value)
            counts[(*key, f"flagged, {verdict}")] += flagged
            counts[(*key, f"all, {verdict}")] += 1
            if show and (flagged or gold == 1):
                score = f"{category.value} {verdict} oof {oof[i, column]:.2f}"
                print(f"{corpus.sources[i]} {score}: {corpus.texts[i][:300]!r}", file=sys.stderr)
    lines = [
        "# Flags in sentences aimed at a machine (out of fold)",
        "",
        "Command: `python benchmarks/machine_target.py`",
        "",
        f"{len(corpus):,} rows of the default training mix, 3-fold out-of-fold scores, shipped cuts "
        + ", ".join(f"{c.value} {cuts[c]:.2f}" for c in CATEGORIES)
        + f"; {int(matched.sum()):,} rows hold a sentence the `technical_target` pattern matches "
        f"({time.perf_counter() - started:.0f} s). 'flagged' = out-of-fold score at or above the cut; "
        "'all' = every matching row; 'unlabelled' = the set has no label for the category. Sets and "
        "categories with no flag and no positive are left out.",
        "",
        "| set | category | " + " | ".join(COUNTED) + " |",
        "| --- | --- |" + " --- |" * len(COUNTED),
    ]
    for name, category in sorted({k[:2] for k in counts}):
        cells = [counts[(name, category, c)] for c in COUNTED]
        if any(cells):
            lines.append(f"| {name} | {category} | " + " | ".join(map(str, cells)) + " |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print flagged or threat rows to stderr")
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args()
    text = "\n".join(report(args.show)) + "\n"
    print(text)
    if args.output:
        args.output.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
