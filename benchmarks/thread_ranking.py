"""How whole threads rank with raw and with calibrated model scores, on the development threads.

    python benchmarks/thread_ranking.py [--issues train_issues.csv] [--without sgid4se ...]
        [--model CANDIDATE.skops ...] [--out FILE.md]

STRUDEL's `train_issues.csv` (309 whole issues, 84 labelled toxic) is where thread-level behaviour is
developed; `labeled_test_issues.csv` is only measured, by `civility evaluate --task threads`. The
comments of these issues are in the training mix, so every score here is in sample: the numbers
compare ranking keys against each other, they do not estimate quality. `--issues
labeled_test_issues.csv` measures the held-out threads the same way (the 181 the card scores); choices
are made on the development threads, never on that file.

Two analyzers with identical flags score the same text (title, blank line, `total_text`, as in the
held-out evaluation): the shipped model (calibrated) and the same model with its Platt scaling
removed and each cut carried back to the raw scale. For each, average precision of three ranking
keys: the highest model-category score (what the held-out card reports), the triage priority
(severity x score over flagged categories, the queue's order; unflagged threads after flagged ones,
by highest score), and the highest score per category.

`--without SOURCES` (comma-separated, repeatable) adds a side per value: the Platt scaling fitted again
on the threshold rows minus those sources' rows (one 3-fold out-of-fold pass of the training mix, as
`civility train` computes it, about 3 minutes), e.g. without SGID4SE, whose keyword-stratified rows
hold most of the developer-talk positives of identity_attack and sexual.

`--model FILE` (repeatable) adds a side per file: a retrained candidate (`civility train -o FILE`)
as shipped, calibrated with its own cuts, so two fits rank the same threads side by side.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "benchmarks" / "results" / "thread_ranking.md"
sys.path.insert(0, str(ROOT / "src"))

from civility.evaluation.threads import load_threads, ranking_scores  # noqa: E402
from civility.model import sources  # noqa: E402
from civility.model.calibration import calibrate, uncalibrated  # noqa: E402
from civility.model.corpus import COLUMNS, shared_data_dir  # noqa: E402
from civility.model.fit import FitConfig, oof_scores, threshold_rows  # noqa: E402
from civility.model.persist import DEFAULT_MODEL, Artifact, load  # noqa: E402
from civility.model.product import analyzer_for  # noqa: E402
from civility.model.train import encode_corpus  # noqa: E402
from civility.types import MODEL_CATEGORIES, Assessment, Category  # noqa: E402


def recalibrated(
    raw: Artifact, oof: np.ndarray, labels: np.ndarray, row_sources: list[str], drop: list[str]
) -> Artifact:
    """`raw` with Platt scaling fitted on each head's threshold rows minus the rows of `drop`."""
    config, names = FitConfig(), np.asarray(row_sources)

    def rows_of(column: int) -> np.ndarray:
        return threshold_rows(labels, row_sources, column, config) & ~np.isin(names, drop)

    cuts = {c.value: raw.thresholds[c] for c in COLUMNS}
    scorer, mapped = calibrate(raw.scorer, cuts, labels, oof, rows_of)
    return replace(raw, scorer=scorer, thresholds={Category(k): v for k, v in mapped.items()})


def out_of_fold() -> tuple[np.ndarray, np.ndarray, list[str]]:
    """The training mix's 3-fold out-of-fold scores (uncalibrated), labels and sources."""
    config = FitConfig()
    data = encode_corpus(sources.load(list(sources.DEFAULT_SOURCES)), config)
    oof = oof_scores(data.counts, data.corpus.labels, data.corpus.sources, config)
    return oof, data.corpus.labels, list(data.corpus.sources)


def keys(assessments: list[Assessment]) -> dict[str, np.ndarray]:
    """Ranking keys per thread."""
    highest, queue = ranking_scores(assessments)
    out = {"highest score": highest, "triage priority": queue}
    for category in MODEL_CATEGORIES:
        out[f"{category.value} score"] = np.array([a.scores.get(category, 0.0) for a in assessments])
    return out


def threads_of(issues: str) -> tuple[list[str], np.ndarray]:
    """Texts and gold labels; the held-out file without the issues whose comments are trained on,
    exactly as `civility evaluate --task threads` reads it."""
    if issues == "labeled_test_issues.csv":
        held_out = load_threads(shared_data_dir())
        return list(held_out.texts), held_out.toxic
    frame = pd.read_csv(shared_data_dir() / "strudel-github-toxicity" / issues, keep_default_na=False)
    texts = [f"{title}\n\n{body}" for title, body in zip(frame.title, frame.total_text, strict=True)]
    return texts, (frame.toxicity == "y").to_numpy()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--issues", default="train_issues.csv")
    parser.add_argument("--without", action="append", default=[], metavar="SOURCES")
    parser.add_argument("--model", action="append", default=[], type=Path, metavar="FILE")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    started = time.perf_counter()
    texts, gold = threads_of(args.issues)
    shipped = load(DEFAULT_MODEL)
    raw = uncalibrated(shipped)
    sides = {"raw scores": raw, "calibrated (shipped)": shipped}
    if args.without:
        oof, labels, names = out_of_fold()
        for drop in args.without:
            sides[f"Platt without {drop}"] = recalibrated(raw, oof, labels, names, drop.split(","))
    for path in args.model:
        sides[f"calibrated ({path.name})"] = load(path)
    results = {name: keys(list(analyzer_for(model).analyze(texts))) for name, model in sides.items()}
    names = list(next(iter(results.values())))
    lines = [
        "# Ranking whole threads: raw and calibrated scores",
        "",
        f"Command: `python benchmarks/thread_ranking.py --issues {args.issues}"
        + "".join(f" --without {d}" for d in args.without)
        + "".join(f" --model {m}" for m in args.model)
        + ("" if args.out == DEFAULT_OUT else f" --out {args.out}")
        + "`",
        "",
        f"{len(texts)} issues of STRUDEL's `{args.issues}`, {int(gold.sum())} labelled toxic (see the "
        "script's docstring: in sample for train_issues.csv). Average precision per ranking key; the "
        "floor (random order) is "
        f"{gold.mean():.3f}.",
        "",
        "| ranking key | " + " | ".join(sides) + " |",
        "|" + " --- |" * (len(sides) + 1),
    ]
    for key in names:
        cells = " | ".join(f"{average_precision_score(gold, results[s][key]):.3f}" for s in sides)
        lines.append(f"| {key} | {cells} |")
    lines += ["", f"Whole run: {time.perf_counter() - started:.0f} s.", ""]
    text = "\n".join(lines)
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
