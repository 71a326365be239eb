"""Out-of-fold harassment flags in sentences whose violent verb takes a machine ("kill the process").

    CIVILITY_SHARED_DATA=../shared/data python benchmarks/machine_target.py [--show] [-o FILE]

The shipped model has seen every labelled row, so counting what the `technical_target` filter removes
from its flags (`mention_filter.py --filter machine`) says little: in-sample, it does not flag the
labelled "kill the process" rows to begin with. This script computes the 3-fold out-of-fold scores of
the default training mix once (as `civility train` does), takes the rows the harassment head flags at
the shipped cut, and counts those holding a sentence the filter's pattern matches (a violent verb with
a computing object, no person named in the sentence), split by the row's gold harassment label. It is
an upper bound on what the filter removes: the filter drops only the findings inside such a sentence,
so a flag whose evidence lies elsewhere in the message stays. It also counts, over every row, how many
matching sentences sit in a row labelled harassment (a threat the filter could hide at any score).
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

HARASSMENT = COLUMNS.index(Category.HARASSMENT)


def matching_rows(texts: tuple[str, ...]) -> np.ndarray:
    """Whether each text holds a sentence the filter treats as aimed at a machine."""
    return np.array([aimed_at_machine(t) is not None for t in texts])


def report(show: bool) -> list[str]:
    started = time.perf_counter()
    config = FitConfig()
    corpus = sources.load(sources.DEFAULT_SOURCES)
    cut = Analyzer().thresholds[Category.HARASSMENT]
    matched = matching_rows(corpus.texts)
    oof = oof_scores(encode_corpus(corpus, config).counts, corpus.labels, list(corpus.sources), config)
    gold = corpus.labels[:, HARASSMENT]
    flagged = oof[:, HARASSMENT] >= cut
    counts: Counter[tuple[str, str]] = Counter()
    for i in np.flatnonzero(matched):
        verdict = {1: "threat", 0: "not a threat"}.get(int(gold[i]), "unlabelled")
        counts[(corpus.sources[i], f"{'flagged' if flagged[i] else 'all'} {verdict}")] += 1
        if flagged[i]:
            counts[(corpus.sources[i], f"all {verdict}")] += 1
        if show and (flagged[i] or gold[i] == 1):
            print(
                f"{corpus.sources[i]} {verdict} oof {oof[i, HARASSMENT]:.2f}: {corpus.texts[i][:300]!r}",
                file=sys.stderr,
            )
    columns = (
        "flagged not a threat",
        "flagged unlabelled",
        "flagged threat",
        "all threat",
        "all not a threat",
        "all unlabelled",
    )
    lines = [
        "# Harassment flags in sentences aimed at a machine (out of fold)",
        "",
        "Command: `python benchmarks/machine_target.py`",
        "",
        f"{len(corpus):,} rows of the default training mix, 3-fold out-of-fold harassment scores, "
        f"shipped cut {cut:.2f}; {int(matched.sum()):,} rows hold a sentence the `technical_target` "
        "pattern matches "
        f"({time.perf_counter() - started:.0f} s). 'flagged' = out-of-fold score at or above the cut; "
        "'all' = every matching row, flagged or not; 'unlabelled' = the set has no harassment label.",
        "",
        "| set | " + " | ".join(columns) + " |",
        "| --- |" + " --- |" * len(columns),
    ]
    for name in sorted({s for s, _ in counts}):
        lines.append(f"| {name} | " + " | ".join(str(counts[(name, c)]) for c in columns) + " |")
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
