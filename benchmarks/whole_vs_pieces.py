"""Which range wins a long document's score, and how each ranks whole threads (a development look).

    python benchmarks/whole_vs_pieces.py [--issues labeled_test_issues.csv] [--model FILE ...] [--out FILE.md]

A message's n-gram score is the largest over the whole message, its sentences and windows
(`civility.model.scorer`). For each model (default: the shipped one; `--model` adds retrained
candidates) and head, with `whole_limit` set to 0 so that the whole document always competes, on
STRUDEL's whole issue threads (title, blank line, `total_text`, as `civility evaluate --task threads`
reads them): how many threads the whole document wins, and the average precision of three raw
scores against the thread labels: the whole document alone, the best sentence or window alone, and
their maximum (what scoring does without a limit). Model scores only; no rules or filters.
The first lines give the training mix's lengths in the same words: its 99th percentile, and how
many rows (per source) are longer than the shipped model's `whole_limit`.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.metrics import average_precision_score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from thread_ranking import threads_of  # noqa: E402

from civility.model import sources  # noqa: E402
from civility.model.features import document_words  # noqa: E402
from civility.model.ngrams import Featurizer  # noqa: E402
from civility.model.persist import DEFAULT_MODEL, load  # noqa: E402
from civility.model.scorer import Scored  # noqa: E402


def best_piece(scored: Scored, docs: int, head: int) -> np.ndarray:
    """Each document's best sentence or window (raw); -inf for a document scored whole only."""
    out = np.full(docs, -np.inf, dtype=np.float64)
    for d in range(docs):
        lo, hi = int(scored.first[d]), int(scored.first[d + 1])
        if hi > lo:
            out[d] = float(scored.raw[lo:hi, head].max())
    return out


def rows_for(path: Path, words: list, gold: np.ndarray) -> list[str]:
    artifact = load(path)
    scorer = replace(artifact.scorer, whole_limit=0)
    scored = scorer.scored(words, Featurizer(scorer.bits, pieces=scorer.coef_pieces is not None))
    lines = []
    for head, category in enumerate(artifact.categories):
        whole = scored.raw[: len(words), head].astype(np.float64)
        piece = best_piece(scored, len(words), head)
        wins = int(np.sum(whole >= piece))
        aps = [average_precision_score(gold, s) for s in (whole, np.where(np.isinf(piece), whole, piece))]
        aps.append(average_precision_score(gold, np.maximum(whole, piece)))
        cells = " | ".join(f"{a:.3f}" for a in aps)
        lines.append(f"| {path.name} | {category.value} | {wins} | {cells} |")
    return lines


def mix_lengths(limit: int) -> str:
    """The training mix's 99th-percentile length and its rows over `limit` words, per source."""
    corpus = sources.load(list(sources.DEFAULT_SOURCES))
    lengths = np.array([len(w) for w in document_words(list(corpus.texts), limit=None)])
    names = np.asarray(corpus.sources)
    over = lengths > limit
    per_source = ", ".join(f"{s} {int(np.sum(over & (names == s)))}" for s in dict.fromkeys(corpus.sources))
    return (
        f"Training mix: {len(lengths):,} rows, 99th percentile {int(np.percentile(lengths, 99))} words; "
        f"{int(over.sum())} rows over {limit} words ({per_source})."
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--issues", default="labeled_test_issues.csv")
    parser.add_argument("--model", action="append", default=[], type=Path, metavar="FILE")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    started = time.perf_counter()
    texts, gold = threads_of(args.issues)
    words = document_words(list(texts), limit=None)
    lengths = np.array([len(w) for w in words])
    lines = [
        "# Whole document or best piece, on whole threads",
        "",
        f"Command: `python benchmarks/whole_vs_pieces.py --issues {args.issues}"
        + "".join(f" --model {m}" for m in args.model)
        + "`",
        "",
        f"{len(texts)} threads of STRUDEL's `{args.issues}`, {int(gold.sum())} labelled toxic; words per "
        f"thread: median {int(np.median(lengths))}, 90th percentile {int(np.percentile(lengths, 90))}. "
        "Raw n-gram scores with `whole_limit` 0; AP floor (random order) "
        f"{gold.mean():.3f}.",
        "",
        mix_lengths(load(DEFAULT_MODEL).scorer.whole_limit),
        "",
        "| model | head | whole wins | AP whole | AP best piece | AP max of both |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for path in [DEFAULT_MODEL, *args.model]:
        lines += rows_for(path, words, gold)
    lines += ["", f"Whole run: {time.perf_counter() - started:.0f} s.", ""]
    text = "\n".join(lines)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
