"""Whether the heads' raw scores read as probabilities, and what Platt scaling does to them.

    python benchmarks/calibration_bins.py [--out benchmarks/results/calibration_bins.md]

Protocol: the 3-fold out-of-fold scores of the whole training mix that `civility train` computes for
its thresholds (`fit.oof_scores`, default FitConfig, uncalibrated), restricted per head to the rows its
cut is chosen on (`fit.threshold_rows`: developer talk when it holds at least 20 positives). Those rows
are split in two halves at random (seed 0): Platt scaling (`civility.model.calibration.platt`) is fitted
on one half and every number is measured on the other, so the calibrated column is not scored on the
rows it was fitted on. Per score bin: rows, mean score, and the share of rows labelled positive; a
calibrated score matches that share. About 4 minutes (one out-of-fold pass).
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from civility.model import sources  # noqa: E402
from civility.model.calibration import platt, reliability  # noqa: E402
from civility.model.corpus import COLUMNS  # noqa: E402
from civility.model.fit import FitConfig, oof_scores, threshold_rows  # noqa: E402
from civility.model.train import encode_corpus  # noqa: E402

EDGES = (0.0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


def bins(y: np.ndarray, p: np.ndarray) -> list[str]:
    """One cell per score bin: "rows · mean score · positive share" ("–" when empty)."""
    which = np.clip(np.searchsorted(EDGES, p, side="right") - 1, 0, len(EDGES) - 2)
    cells = []
    for k in range(len(EDGES) - 1):
        members = which == k
        n = int(members.sum())
        cells.append(f"{n} · {p[members].mean():.2f} · {y[members].mean():.2f}" if n else "–")
    return cells


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "calibration_bins.md")
    args = parser.parse_args()
    started = time.perf_counter()
    config = FitConfig()
    data = encode_corpus(sources.load(list(sources.DEFAULT_SOURCES)), config)
    labels, names = data.corpus.labels, data.corpus.sources
    oof = oof_scores(data.counts, labels, names, config)
    header = "| head | scores | " + " | ".join(f"{a:g}–{b:g}" for a, b in itertools.pairwise(EDGES)) + " |"
    table = [header, "|" + " --- |" * (len(EDGES) + 1)]
    summary = [
        "| head | rows (pos) | slope | intercept | Brier raw / Platt | ECE raw / Platt |",
        "|" + " --- |" * 6,
    ]
    for column, category in enumerate(COLUMNS):
        rows = np.flatnonzero(threshold_rows(labels, names, column, config))
        fit_half = np.random.default_rng(0).random(len(rows)) < 0.5
        y, p = labels[rows, column] == 1, oof[rows, column].astype(np.float64)
        scaling = platt(y[fit_half], p[fit_half])
        y_test, raw = y[~fit_half], p[~fit_half]
        calibrated = scaling.probability(raw)
        table.append(f"| {category.value} | raw | " + " | ".join(bins(y_test, raw)) + " |")
        table.append(f"| {category.value} | Platt | " + " | ".join(bins(y_test, calibrated)) + " |")
        before, after = reliability(y_test, raw), reliability(y_test, calibrated)
        summary.append(
            f"| {category.value} | {before.rows:,} ({before.positives:,}) | {scaling.slope:.2f} | "
            f"{scaling.intercept:.2f} | {before.brier:.4f} / {after.brier:.4f} | "
            f"{before.ece:.4f} / {after.ece:.4f} |"
        )
    text = "\n".join(
        [
            "# Calibration of the heads' scores, before and after Platt scaling",
            "",
            "Command: `python benchmarks/calibration_bins.py`",
            "",
            "Protocol: see the script's docstring (3-fold out-of-fold scores of the training mix, each "
            "head's threshold rows, Platt scaling fitted on a random half and measured on the other half).",
            "",
            *summary,
            "",
            "Cells: rows · mean score · share labelled positive, per score bin (measured half).",
            "",
            *table,
            "",
            f"Whole run: {time.perf_counter() - started:.0f} s.",
            "",
        ]
    )
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
