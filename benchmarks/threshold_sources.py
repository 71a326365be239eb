"""Which rows the per-category cuts are chosen on: with civility's seeds, and without them.

    CIVILITY_SHARED_DATA=../shared/data python benchmarks/threshold_sources.py [--extra-seeds ROWS.tsv]

(for example `--extra-seeds benchmarks/candidates/threat_rows.tsv`, the threat rows of
`results/card_seed_batch.md`).

Computes the 3-fold out-of-fold scores of the default training mix once (as `civility train` does),
then picks every head's cut with `FitConfig.threshold_sources` = developer talk with the seeds, and
developer talk without them. `--extra-seeds` appends rows (seeds.tsv format) to the seeds first, to see
how candidate rows move the cuts before spending a model-card run on them. Prints, per head, the
positives the cut was chosen on and the cut, for each variant.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from civility.model import seeds, sources  # noqa: E402
from civility.model.corpus import COLUMNS, concat  # noqa: E402
from civility.model.fit import DEVELOPER_TALK, FitConfig, oof_scores, threshold_rows, thresholds  # noqa: E402
from civility.model.train import encode_corpus  # noqa: E402

CUTS = (0.05, 0.08, 0.11, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)


def f1_at(y: np.ndarray, p: np.ndarray, cut: float) -> float:
    flagged = p >= cut
    tp = int((flagged & y).sum())
    return 2 * tp / max(int(flagged.sum()) + int(y.sum()), 1)


def corpus_with(extra: Path | None) -> sources.Corpus:
    names = [n for n in sources.DEFAULT_SOURCES if n != "seeds"]
    if extra is None:
        return concat([sources.load(names), seeds.load_seeds()])
    with tempfile.TemporaryDirectory() as tmp:
        merged = Path(tmp) / "seeds.tsv"
        merged.write_text(seeds.SEEDS.read_text(encoding="utf-8") + extra.read_text(encoding="utf-8"))
        return concat([sources.load(names), seeds.load_seeds(merged)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extra-seeds", type=Path, help="rows appended to data/seeds/seeds.tsv")
    args = parser.parse_args()
    config = FitConfig()
    corpus = corpus_with(args.extra_seeds)
    data = encode_corpus(corpus, config)
    labels, names = corpus.labels, list(corpus.sources)
    oof = oof_scores(data.counts, labels, names, config)
    variants = {
        "developer talk with seeds": config,
        "developer talk without seeds": replace(
            config, threshold_sources=tuple(s for s in DEVELOPER_TALK if s != "seeds")
        ),
    }
    print(f"rows {len(corpus):,}; extra seeds: {args.extra_seeds or 'none'}\n")
    print("| head | " + " | ".join(f"{v}: positives, cut" for v in variants) + " |")
    print("| --- |" + " --- |" * len(variants))
    cuts = {v: thresholds(labels, oof, names, c) for v, c in variants.items()}
    for column, category in enumerate(COLUMNS):
        cells = []
        for v, c in variants.items():
            rows = threshold_rows(labels, names, column, c)
            cells.append(f"{int((labels[rows, column] == 1).sum())}, {cuts[v][category.value]:.2f}")
        print(f"| {category.value} | " + " | ".join(cells) + " |")
    print("\nF1 of each head at fixed cuts (rows as above)\n")
    print("| head | rows | " + " | ".join(f"{c:.2f}" for c in CUTS) + " |")
    print("| --- | --- |" + " --- |" * len(CUTS))
    for column, category in enumerate(COLUMNS):
        for v, c in variants.items():
            rows = threshold_rows(labels, names, column, c)
            y, p = labels[rows, column] == 1, oof[rows, column]
            curve = " | ".join(f"{f1_at(y, p, cut):.3f}" for cut in CUTS)
            print(f"| {category.value} | {v} | {curve} |")


if __name__ == "__main__":
    main()
