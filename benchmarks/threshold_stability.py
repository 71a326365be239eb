"""How steady are the chosen thresholds? The F1-optimal cut per head under several fold seeds
(a development experiment: the train protocol's threshold step, repeated)

    python benchmarks/threshold_stability.py [--seeds 13 14 15] [--jobs 2]

`civility train` chooses each head's threshold as the F1-optimal cut on 3-fold out-of-fold scores of
the whole mix (developer-talk rows when they hold at least 20 positives of the head). Here that step
runs once per seed (the seed fixes the inner folds and the fits), on the same data and fit
configuration, and the results give, per head and seed: the chosen cut, its F1, and the range of
cuts whose F1 is within 0.005 of that best F1 (a wide range means the argmax sits on a flat stretch,
so a small change of the data or folds can move the cut far at almost no cost on these rows, while
recall on unseen sets moves with it). Results go to benchmarks/results/threshold_stability.md.
About 5 minutes per seed and process.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from civility.model import sources  # noqa: E402
from civility.model.corpus import COLUMNS  # noqa: E402
from civility.model.fit import (  # noqa: E402
    FitConfig,
    clip_cut,
    f_curve,
    near_optimal,
    oof_scores,
    threshold_rows,
)
from civility.model.train import Encoded, encode_corpus  # noqa: E402

NEAR = 0.005
"""F1 within this much of the best counts as near-optimal."""
_DATA: dict[str, Encoded] = {}


def out_of_fold(seed: int) -> tuple[int, np.ndarray]:
    data = _DATA["data"]
    config = replace(FitConfig(), seed=seed)
    return seed, oof_scores(data.counts, data.corpus.labels, data.corpus.sources, config)


def summary(y: np.ndarray, p: np.ndarray) -> tuple[float, float, float, float]:
    """(chosen cut, its F1, lowest and highest near-optimal cut), clipped as `fit.choose_threshold` does."""
    cuts, f1 = f_curve(y, p)
    best = int(np.argmax(f1))
    near = near_optimal(cuts, f1, NEAR)
    return clip_cut(cuts[best]), float(f1[best]), clip_cut(near.min()), clip_cut(near.max())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[13, 14, 15])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument(
        "--out", type=Path, default=ROOT / "benchmarks" / "results" / "threshold_stability.md"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    config = FitConfig()
    _DATA["data"] = encode_corpus(sources.load(list(sources.DEFAULT_SOURCES)), config)
    labels, names = _DATA["data"].corpus.labels, np.asarray(_DATA["data"].corpus.sources)
    with ProcessPoolExecutor(args.jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        done = dict(pool.map(out_of_fold, args.seeds))
    lines = [
        "# Threshold stability: the F1-optimal cut per head under several fold seeds",
        "",
        f"Command: `python benchmarks/threshold_stability.py --seeds {' '.join(map(str, args.seeds))}"
        f" --jobs {args.jobs}`. Protocol in the script's docstring (the train protocol's threshold step;",
        f"near-optimal: F1 within {NEAR} of the best on the same rows).",
        "",
        "| head | seed | cut | F1 at cut | near-optimal cuts | rows (positives) |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for column, category in enumerate(COLUMNS):
        rows = threshold_rows(labels, names, column, config)
        y = labels[rows, column] == 1
        for seed in args.seeds:
            cut, f1, low, high = summary(y, done[seed][rows, column])
            lines.append(
                f"| {category.value} | {seed} | {cut:.3f} | {f1:.3f} | {low:.3f}–{high:.3f} | "
                f"{int(rows.sum()):,} ({int(y.sum()):,}) |"
            )
    lines.append(f"\nWhole run: {time.perf_counter() - started:.0f} s with {args.jobs} process(es).")
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
