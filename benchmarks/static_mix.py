"""How much of each head's log-odds should come from the static embeddings? (a development experiment)

    python benchmarks/static_mix.py [--jobs 2] [--out benchmarks/results/static_mix.md]

Protocol: the whole training mix (seed 13); 5-fold stratified CV of ToxiCR, STRUDEL and SGID4SE
(each fold trains on the mix minus that fold) and leave-one-dataset-out of every set. Per refit, the
n-gram heads (`static_weight=0`) and the static-embedding heads are fitted once, and their log-odds are
mixed with each candidate weight; every mix chooses its thresholds on 3-fold out-of-fold scores of its
own training rows (as `civility evaluate` does). The n-gram side is scored the run-time way (best of
the text, its sentences and windows) and the embedding side on whole texts, as the scorer mixes them.
Reported: F1 of each set's headline task (fold mean), and per-category AUC for leave-one-dataset-out.
It is the protocol that chose 0.3 for `--static-weight` (the default stays 0, see docs/ARCHITECTURE.md);
`civility evaluate --static-weight 0.3` gives the card's 10-fold numbers for it. ~25 minutes, --jobs 2.
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
from sklearn.metrics import roc_auc_score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from civility.model import identity, sources  # noqa: E402
from civility.model.corpus import COLUMNS  # noqa: E402
from civility.model.experiment import headline  # noqa: E402
from civility.model.fit import Counts, FitConfig, _fold_ids, _Meaning, fit_heads, sample_weights, thresholds  # noqa: E402
from civility.model.metrics import binary  # noqa: E402
from civility.model.ngrams import Featurizer  # noqa: E402
from civility.model.protocols import Task, cv_tasks  # noqa: E402
from civility.model.static import mean_rows  # noqa: E402
from civility.model.train import Encoded, encode_corpus  # noqa: E402

WEIGHTS = {"n-grams only": [0.0] * 5, "0.3": [0.3] * 5, "0.5": [0.5] * 5, "embeddings only": [1.0] * 5}
RARE = {"0.3 on rare heads": [0.0, 0.3, 0.3, 0.3, 0.0], "0.5 on rare heads": [0.0, 0.5, 0.5, 0.5, 0.0]}
CONFIG = FitConfig(static_weight=0.0, nb_scale=False)  # as its results were measured (before NB scaling)
_DATA: dict[str, Encoded] = {}


def both_logits(train: np.ndarray, test: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """[test rows, heads] log-odds of the n-gram heads and of the static-embedding heads fitted on `train`."""
    data = _DATA["data"]
    counts, labels, src = data.counts, data.corpus.labels, data.corpus.sources
    part = counts.rows(train)
    part_sources = [src[int(i)] for i in train]
    scorer = fit_heads(part, labels[train], part_sources, CONFIG)
    ngram = scorer.logits([counts.words[int(i)] for i in test], Featurizer(CONFIG.bits))
    return ngram, _static_logits(part, labels[train], part_sources, Counts(counts.batch.rows(test), []))


def _static_logits(part: Counts, labels: np.ndarray, part_sources: list[str], test: Counts) -> np.ndarray:
    meaning = _Meaning.of(part, replace(CONFIG, static_weight=1.0))
    assert meaning is not None
    by_term = identity.mentions(part.words)
    out = []
    for column, category in enumerate(COLUMNS):
        known = labels[:, column] >= 0
        weights = (
            sample_weights(part_sources, CONFIG, CONFIG.other_weight_by_head.get(category.value)) * known
        )
        weights = identity.balance(weights, labels[:, column], by_term, CONFIG.identity_balance_cap)
        tokens, bias = meaning.fit(known, labels[known, column], weights[known], CONFIG)
        out.append(_mean_logit(test, tokens, bias))
    return np.stack(out, axis=1)


def _mean_logit(test: Counts, tokens: np.ndarray, bias: float) -> np.ndarray:
    return np.asarray(mean_rows(test.batch.pieces) @ tokens, dtype=np.float64) + bias


def _task(task: Task) -> tuple[Task, np.ndarray, np.ndarray]:
    n = len(_DATA["data"].corpus)
    train = np.ones(n, dtype=bool)
    train[task.test] = False
    ngram, emb = both_logits(np.flatnonzero(train), task.test)
    return task, ngram, emb


def _oof_fold(k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    folds = _DATA["folds"]
    test = np.flatnonzero(folds == k)
    ngram, emb = both_logits(np.flatnonzero(folds != k), test)
    return test, ngram, emb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--data", nargs="+", default=list(sources.DEFAULT_SOURCES), help="the training mix")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "static_mix.md")
    args = parser.parse_args()
    started = time.time()
    data = encode_corpus(sources.load(args.data), replace(CONFIG, static_weight=1.0))  # with word pieces
    _DATA["data"] = data
    labels, src = data.corpus.labels, np.array(data.corpus.sources)
    strata = np.array([f"{s}:{''.join(map(str, r))}" for s, r in zip(src, labels.tolist(), strict=True)])
    _DATA["folds"] = _fold_ids(np.unique(strata, return_inverse=True)[1], CONFIG.inner_folds, CONFIG.seed)
    tasks = [t for s in ("toxicr", "strudel", "sgid4se") if s in args.data for t in cv_tasks_of(data, s)]
    tasks += [Task(s, "LODO", 0, np.flatnonzero(src == s)) for s in dict.fromkeys(src) if s != "seeds"]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=args.jobs, mp_context=context) as pool:
        oof_parts = list(pool.map(_oof_fold, range(CONFIG.inner_folds)))
        done = list(pool.map(_task, tasks))
    oof_n, oof_e = np.zeros(labels.shape), np.zeros(labels.shape)
    for test, ngram, emb in oof_parts:
        oof_n[test], oof_e[test] = ngram, emb
    lines = report(done, oof_n, oof_e, labels, src)
    lines.append(f"\nWhole run: {time.time() - started:.0f} s with {args.jobs} process(es).")
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


def cv_tasks_of(data: Encoded, source: str) -> list[Task]:
    class _Exp:  # cv_tasks needs .mask and .labels only
        labels = data.corpus.labels

        @staticmethod
        def mask(name: str) -> np.ndarray:
            return np.array(data.corpus.sources) == name

    return cv_tasks(_Exp, source, 5, CONFIG.seed)  # type: ignore[arg-type]


def report(
    done: list, oof_n: np.ndarray, oof_e: np.ndarray, labels: np.ndarray, src: np.ndarray
) -> list[str]:
    mixes = {**WEIGHTS, **RARE}
    head = "| set | protocol | " + " | ".join(mixes) + " |"
    lines = [
        "# Mixing static-embedding log-odds into the n-gram heads",
        "",
        "Command: `python benchmarks/static_mix.py --jobs 2`. Protocol in the script's docstring.",
        "Cells: F1 of the set's headline task (5-fold mean for CV, all rows for LODO); weights are the",
        "static embeddings' share of each head's log-odds (rare heads: identity_attack, harassment, sexual).",
        "",
        head,
        "|" + " --- |" * (len(mixes) + 2),
    ]
    auc_lines = [
        "",
        "Per-category ROC-AUC, leave one dataset out:",
        "",
        head,
        "|" + " --- |" * (len(mixes) + 2),
    ]
    groups: dict[tuple[str, str], list] = {}
    for task, ngram, emb in done:
        groups.setdefault((task.source, task.protocol), []).append((task, ngram, emb))
    for (source, protocol), parts in groups.items():
        f1s, aucs = [], []
        for weights in mixes.values():
            share = np.array(weights)
            oof = _sigmoid(oof_n * (1 - share) + oof_e * share)
            fold_f1, rows, probs = [], [], []
            for task, ngram, emb in parts:
                train = np.ones(len(labels), dtype=bool)
                train[task.test] = False
                cut = thresholds(labels[train], oof[train], src[train].tolist(), CONFIG)
                prob = _sigmoid(ngram * (1 - share) + emb * share)
                flags = prob >= np.array([cut[c.value] for c in COLUMNS])
                _, gold, pred = headline(source, labels[task.test], flags)
                fold_f1.append(binary(gold, pred).f1)
                rows.append(task.test)
                probs.append(prob)
            f1s.append(f"{np.mean(fold_f1):.3f}")
            aucs.append(_aucs(labels[np.concatenate(rows)], np.concatenate(probs)))
        lines.append(f"| {source} | {protocol} | " + " | ".join(f1s) + " |")
        if protocol == "LODO":
            auc_lines.append(f"| {source} | {protocol} | " + " | ".join(aucs) + " |")
    return lines + auc_lines


def _aucs(labels: np.ndarray, probs: np.ndarray) -> str:
    out = []
    for i, category in enumerate(COLUMNS):
        known = labels[:, i] >= 0
        y = labels[known, i] == 1
        if 5 <= y.sum() < y.size:
            out.append(f"{category.value[:5]} {roc_auc_score(y, probs[known, i]):.3f}")
    return ", ".join(out)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


if __name__ == "__main__":
    main()
