"""How far apart two trained models are: coefficient by coefficient, as whole arrays, and in behaviour.

    python benchmarks/model_distance.py A.skops B.skops [--out FILE.md]

`tests/test_shipped_model_rebuild.py` bounds what this measures between the shipped model and a
fresh `civility train`: each array's relative L2 distance and every probe sentence's score. Run it on
two builds of the same data on different CPU paths to see machine noise, for example
`NPY_DISABLE_CPU_FEATURES="X86_V4 AVX512_ICL AVX512_SPR" OPENBLAS_CORETYPE=Haswell civility train -o
avx2.skops` (an AVX2 machine; add X86_V3 and `OPENBLAS_CORETYPE=Nehalem` for SSE4.2 only), and on
two builds of different data to see a real change. Per array it prints the share of entries that
differ at all, that differ by over two float16 steps (rtol 2^-9, atol 1e-5; the old per-element
test allowed 0.1%), the count beyond rtol 2^-7 / atol 1e-3 (the old test allowed none), and the
relative L2 distance; then each model's cuts, and over every probe sentence (`benchmarks/probes/*.txt`,
scored by the full analyzer with each model's own cuts) the largest score difference and how many
flags differ. Needs no labelled data; seconds.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from civility import Analyzer  # noqa: E402
from civility.config import Config  # noqa: E402
from civility.model.persist import Artifact, load  # noqa: E402

ARRAYS = ("coef_words", "coef_chars", "idf_words", "idf_chars", "bias")
PROBES = ROOT / "benchmarks" / "probes"


def relative_distance(a: np.ndarray, b: np.ndarray) -> float:
    """||a - b|| / ||a|| over all entries (||b|| when a is all zero)."""
    a, b = a.astype(np.float64), b.astype(np.float64)
    if a.shape != b.shape:
        raise ValueError(f"shapes differ: {a.shape} and {b.shape}")
    scale = float(np.linalg.norm(a))
    return float(np.linalg.norm(a - b)) / scale if scale else float(np.linalg.norm(b))


def probe_sentences() -> list[str]:
    """Every non-blank line of `benchmarks/probes/*.txt`, as `probe_scores.py` reads them."""
    files = sorted(PROBES.glob("*.txt"))
    return [line for path in files for line in path.read_text("utf-8").splitlines() if line.strip()]


def probe_differences(a: Path, b: Path) -> list[tuple[str, float, bool]]:
    """Per probe sentence: the largest category score difference between the two models, and whether
    one flags it and the other does not."""
    sentences = probe_sentences()
    first = Analyzer(Config(model_path=str(a))).analyze(sentences)
    second = Analyzer(Config(model_path=str(b))).analyze(sentences)
    out = []
    for sentence, x, y in zip(sentences, first, second, strict=True):
        largest = max(
            (abs(x.scores.get(c, 0.0) - y.scores.get(c, 0.0)) for c in x.scores.keys() | y.scores.keys()),
            default=0.0,
        )
        out.append((sentence, largest, bool(x.flagged) != bool(y.flagged)))
    return out


def array_rows(first: Artifact, second: Artifact) -> list[str]:
    rows = [
        "| array | entries | differ | over two float16 steps | beyond 2^-7 / 1e-3 | relative L2 |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for name in ARRAYS:
        x, y = (getattr(m.scorer, name).astype(np.float64) for m in (first, second))
        steps = np.mean(~np.isclose(x, y, rtol=2.0**-9, atol=1e-5))
        beyond = int(np.sum(~np.isclose(x, y, rtol=2.0**-7, atol=1e-3)))
        rows.append(
            f"| {name} | {x.size:,} | {np.mean(x != y):.2%} | {steps:.2%} | {beyond:,} | "
            f"{relative_distance(x, y):.2e} |"
        )
    return rows


def report(a: Path, b: Path) -> list[str]:
    first, second = load(a), load(b)
    cuts = [first.thresholds, second.thresholds]
    probes = probe_differences(a, b)
    largest = max(probes, key=lambda row: row[1])
    return [
        f"A: `{a}`; B: `{b}`.",
        "",
        *array_rows(first, second),
        "",
        "Cuts: "
        + "; ".join(f"{c.value} {cuts[0][c]:.4f} / {cuts[1].get(c, float('nan')):.4f}" for c in cuts[0])
        + ".",
        "",
        f"Probe sentences: {len(probes)}; largest score difference {largest[1]:.4f} ({largest[0]!r}); "
        f"flags that differ: {sum(row[2] for row in probes)}.",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a", type=Path)
    parser.add_argument("b", type=Path)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    text = "\n".join(report(args.a, args.b)) + "\n"
    print(text, end="")
    if args.out:
        args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
