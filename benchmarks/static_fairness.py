"""Can the static-embedding term be made fair? Madlibs false positives per table variant and head mix
(a development experiment; the card's fairness protocol, not its quality protocol)

    python benchmarks/static_fairness.py [--jobs 2] [--out benchmarks/results/static_fairness.md]
                                         [--current-fit] [--as-built-only]

Protocol: the whole training mix (seed 13). The n-gram heads and, for each variant of the distilled
table, the static-embedding heads are fitted on all of it and on each of 3 inner folds; every head mix
chooses its thresholds on the out-of-fold scores (as `civility train` does) and flags the Jigsaw bias
madlibs non-toxic phrases. Table variants: the table as built; the identity terms' vectors zeroed
(the embedding term cannot see a group's name); the top 3 or 10 principal directions of the identity
terms' vectors projected out of every token (hard debiasing, Bolukbasi et al. 2016). Head mixes: the
static share of log-odds per head (insult, identity_attack, harassment, sexual, profanity).
Needs models/static/vectors.npy (scripts/distill_static_embeddings.py). ~5 minutes with 2 processes.

By default the n-gram side is fitted as when the results were first measured (before naive-Bayes
scaling); `--current-fit` uses today's `FitConfig()` defaults instead, and then also reports every
set's headline F1 on the out-of-fold scores with thresholds chosen on those scores (the ranking
protocol of `screen_fit.py`, not the card's). `--as-built-only` skips the debiased table variants.
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

from screen_fit import SETS, per_set  # noqa: E402  (benchmarks/ is on the path when run as a script)

from civility.model import external, identity, sources, static  # noqa: E402
from civility.model.corpus import COLUMNS, shared_data_dir  # noqa: E402
from civility.model.features import document_words, prepared_texts  # noqa: E402
from civility.model.fit import (  # noqa: E402
    Counts,
    FitConfig,
    _fold_ids,
    _Meaning,
    fit_heads,
    sample_weights,
    thresholds,
)
from civility.model.ngrams import Featurizer  # noqa: E402
from civility.model.static import mean_rows  # noqa: E402
from civility.model.train import encode_corpus  # noqa: E402

BEFORE_NB = FitConfig(static_weight=0.0, nb_scale=False)  # as its first results were measured
CONFIG = BEFORE_NB
MIXES = {
    "n-grams only": [0, 0, 0, 0, 0],
    "0.3 on every head": [0.3] * 5,
    "0.3 on identity_attack, harassment, sexual": [0, 0.3, 0.3, 0.3, 0],
    "0.3 except identity_attack": [0.3, 0, 0.3, 0.3, 0.3],
    "0.3 on insult, profanity": [0.3, 0, 0, 0, 0.3],
    "0.3 on harassment, sexual": [0, 0, 0.3, 0.3, 0],
}
MORE_MIXES = {
    "0.3 on sexual": [0, 0, 0, 0.3, 0],
    "0.5 on sexual": [0, 0, 0, 0.5, 0],
    "0.5 on harassment, sexual": [0, 0, 0.5, 0.5, 0],
}
"""Also run with `--current-fit`: the rare heads alone, where FINDINGS saw embeddings transfer best."""
_DATA: dict = {}


def table_variants() -> dict[str, np.ndarray]:
    table = static.vectors().astype(np.float64)
    index = {token: i for i, token in enumerate(static.vocabulary())}
    ids = sorted({index[t] for t in identity.TERMS if t in index})
    zeroed = table.copy()
    zeroed[ids] = 0.0
    out = {"as built": table, "identity terms zeroed": zeroed}
    directions = np.linalg.svd(table[ids], full_matrices=False)[2]
    for k in (3, 10):
        basis = directions[:k]
        out[f"{k} identity directions projected out"] = table - (table @ basis.T) @ basis
    return out


def static_logits(
    part: Counts, labels: np.ndarray, part_sources: list[str], pieces: object, table: np.ndarray
) -> np.ndarray:
    means = static.mean_vectors(part.batch.pieces, table.astype(np.float32))
    scale = means.std(axis=0) + 1e-6
    meaning = _Meaning(table, scale, means / scale)
    by_term = identity.mentions(part.words)
    out = []
    for column, category in enumerate(COLUMNS):
        known = labels[:, column] >= 0
        other = CONFIG.other_weight_by_head.get(category.value)
        weights = sample_weights(part_sources, CONFIG, other) * known
        weights = identity.balance(weights, labels[:, column], by_term, CONFIG.identity_balance_cap)
        tokens, bias = meaning.fit(known, labels[known, column], weights[known], CONFIG)
        out.append(np.asarray(mean_rows(pieces) @ tokens, dtype=np.float64) + bias)
    return np.stack(out, axis=1)


def fit_and_score(job: tuple[np.ndarray, np.ndarray | None]) -> tuple[np.ndarray | None, np.ndarray, dict]:
    """Both sides fitted on `train`, scored on held-out rows `test` (None: the madlibs phrases)."""
    train, test = job
    data = _DATA["data"]
    counts, labels, src = data.counts, data.corpus.labels, data.corpus.sources
    part, part_sources = counts.rows(train), [src[int(i)] for i in train]
    scorer = fit_heads(part, labels[train], part_sources, CONFIG)
    if test is None:
        words = _DATA["madlibs"]
        pieces = Featurizer(CONFIG.bits, pieces=True).counts(words).pieces
    else:
        words = [counts.words[int(i)] for i in test]
        pieces = counts.batch.rows(test).pieces
    ngram = scorer.logits(words, Featurizer(CONFIG.bits))
    emb = {
        name: static_logits(part, labels[train], part_sources, pieces, table)
        for name, table in _DATA["tables"].items()
    }
    return test, ngram, emb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "static_fairness.md")
    parser.add_argument("--current-fit", action="store_true", help="today's FitConfig() n-gram side")
    parser.add_argument("--as-built-only", action="store_true", help="skip the debiased table variants")
    args = parser.parse_args()
    started = time.time()
    global CONFIG
    if args.current_fit:
        CONFIG = FitConfig()
        MIXES.update(MORE_MIXES)
    data = encode_corpus(sources.load(list(sources.DEFAULT_SOURCES)), replace(CONFIG, static_weight=1.0))
    madlibs = external.load_madlibs(shared_data_dir())
    tables = table_variants()
    if args.as_built_only:
        tables = {"as built": tables["as built"]}
    _DATA.update(data=data, tables=tables, madlibs=document_words(prepared_texts(madlibs.phrases)))
    labels, src = data.corpus.labels, np.array(data.corpus.sources)
    strata = np.array([f"{s}:{''.join(map(str, r))}" for s, r in zip(src, labels.tolist(), strict=True)])
    folds = _fold_ids(np.unique(strata, return_inverse=True)[1], CONFIG.inner_folds, CONFIG.seed)
    jobs: list = [(np.flatnonzero(folds != k), np.flatnonzero(folds == k)) for k in range(CONFIG.inner_folds)]
    jobs.append((np.arange(len(labels)), None))
    with ProcessPoolExecutor(args.jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        done = list(pool.map(fit_and_score, jobs))
    command = f"python benchmarks/static_fairness.py --jobs {args.jobs}"
    command += " --current-fit" if args.current_fit else ""
    command += " --as-built-only" if args.as_built_only else ""
    lines = report(done, labels, src, madlibs.terms, command, quality=args.current_fit)
    lines.append(f"\nWhole run: {time.time() - started:.0f} s with {args.jobs} process(es).")
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


def report(
    done: list, labels: np.ndarray, src: np.ndarray, terms: list[str], command: str, quality: bool
) -> list[str]:
    oof_n, oof_e = np.zeros(labels.shape), {}
    for test, ngram, emb in done:
        if test is None:
            madlibs_n, madlibs_e = ngram, emb
            continue
        oof_n[test] = ngram
        for name, logits in emb.items():
            oof_e.setdefault(name, np.zeros(labels.shape))[test] = logits
    lines = [
        "# Madlibs false positives of the static-embedding term, per table variant and head mix",
        "",
        f"Command: `{command}`. Protocol in the script's docstring.",
        "Cells: share of the non-toxic madlibs phrases flagged; flags per head (insult, identity_attack,",
        "harassment, sexual, profanity); identity terms above 5% (goal: overall ≤ 2%, no term above 5%).",
        "",
        "| table | mix | flagged | flags per head | terms above 5% |",
        "| --- | --- | --- | --- | --- |",
    ]
    f1_rows = []
    for table in oof_e:
        for name, share in MIXES.items():
            w = np.array(share)
            oof = _sigmoid(oof_n * (1 - w) + oof_e[table] * w)
            cut = thresholds(labels, oof, src.tolist(), CONFIG)
            cuts = np.array([cut[c.value] for c in COLUMNS])
            if quality and table == "as built":
                scores = per_set(labels, oof >= cuts, src.tolist())
                f1_rows.append((name, {s: b.f1 for s, b in scores.items()}))
            flags = _sigmoid(madlibs_n * (1 - w) + madlibs_e[table] * w) >= cuts
            rates = external.false_positive_rates(flags.any(axis=1), terms)
            ranked = sorted(rates.items(), key=lambda x: -x[1])
            over = ", ".join(f"{t} {r:.1%}" for t, r in ranked if r > 0.05)
            per_head = " / ".join(str(int(n)) for n in flags.sum(axis=0))
            lines.append(f"| {table} | {name} | {flags.any(axis=1).mean():.1%} | {per_head} | {over} |")
    if f1_rows:
        lines += [
            "",
            "Headline F1 per set on the same out-of-fold scores, thresholds chosen on them (as built; a",
            "ranking of mixes as in `screen_fit.py`, not the card's protocol):",
            "",
            "| mix | " + " | ".join(SETS) + " | mean |",
            "| --- " * (len(SETS) + 2) + "|",
        ]
        for name, f1 in f1_rows:
            cells = " | ".join(f"{f1[s]:.3f}" for s in SETS)
            lines.append(f"| {name} | {cells} | {np.mean(list(f1.values())):.3f} |")
    return lines


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


if __name__ == "__main__":
    main()
