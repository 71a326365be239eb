"""Two model cards side by side: every headline F1 and, for in-domain CV, the fold-by-fold differences.

    python benchmarks/card_diff.py models/MODEL_CARD.md benchmarks/results/card_CANDIDATE.md [--out FILE.md]

Reads the sections `civility evaluate --write-card` generates (in-domain CV, its fold-to-fold table,
leave one dataset out, madlibs, held-out threads) from two cards and prints B minus A for each. The
in-domain folds are the same in every run with the same seed and fold count, so a change of a fold
mean can be read fold by fold: the mean of the paired differences, its standard error (sd / sqrt(k)),
t (mean / SE), how many folds went up and down, the exact two-sided sign-test p-value, and whether
the set is lost by the adoption criterion in docs/ARCHITECTURE.md (mean below -0.01 and more than
twice its SE in size). A card written before
the fold table existed (before 7 Dec, twelfth session) has no fold rows; its means are still compared.
No model is run: this only reads what the cards already hold.
"""

from __future__ import annotations

import argparse
import math
import re
import statistics
from dataclasses import dataclass
from pathlib import Path

_SECTIONS = {
    "in-domain": "### In-domain cross-validation",
    "folds": "Fold to fold",
    "lodo": "### Leave one dataset out",
}
_MADLIBS = re.compile(r"False-positive rate overall ([0-9.]+)%")
_THREADS = re.compile(r"^\| civility \(shipped analyzer\) \| ([0-9.]+) \|", re.MULTILINE)
LOSS = -0.01
"""docs/ARCHITECTURE.md ("Each fold's F1 on the card"): a set is lost when the mean paired difference
is below LOSS and more than twice its standard error in size."""
Headline = dict[str, tuple[float, float | None]]
"""Per set: model F1 and whole-analyzer F1."""


@dataclass(frozen=True)
class Card:
    in_domain: Headline
    """Per set: model F1 and whole-analyzer F1 (fold means)."""
    folds: dict[str, tuple[float, ...]]
    lodo: Headline
    madlibs: float | None
    threads: float | None


def _table_after(text: str, heading: str) -> list[list[str]]:
    """Cells of the Markdown table's body rows after the first line starting with `heading`."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith(heading)), None)
    if start is None:
        return []
    rows, seen = [], False
    for line in lines[start + 1 :]:
        if line.startswith("|"):
            seen = True
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not set(cells[0]) <= {"-", " "} and cells[0] != "set":
                rows.append(cells)
        elif seen or line.startswith("#"):
            break
    return rows


def _first_float(cell: str) -> float | None:
    match = re.match(r"[0-9.]+", cell)
    return float(match.group()) if match else None


def _headline_rows(rows: list[list[str]]) -> Headline:
    return {r[0]: (float(r[2]), _first_float(r[7])) for r in rows if len(r) >= 8}


def read_card(path: Path) -> Card:
    text = path.read_text(encoding="utf-8")
    folds = {r[0]: tuple(float(v) for v in r[1].split()) for r in _table_after(text, _SECTIONS["folds"])}
    madlibs, threads = _MADLIBS.search(text), _THREADS.search(text)
    return Card(
        in_domain=_headline_rows(_table_after(text, _SECTIONS["in-domain"])),
        folds=folds,
        lodo=_headline_rows(_table_after(text, _SECTIONS["lodo"])),
        madlibs=float(madlibs.group(1)) if madlibs else None,
        threads=float(threads.group(1)) if threads else None,
    )


def sign_test(up: int, down: int) -> float:
    """Exact two-sided sign-test p-value (ties dropped)."""
    n = up + down
    if n == 0:
        return 1.0
    tail = sum(math.comb(n, k) for k in range(min(up, down) + 1)) / 2**n
    return min(1.0, 2 * tail)


def _num(value: float | None, digits: int = 3) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def _percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f}%"


def _diff(a: float | None, b: float | None) -> str:
    return "n/a" if a is None or b is None else f"{b - a:+.3f}"


def headline_table(a: Headline, b: Headline) -> list[str]:
    lines = ["| set | model A | model B | B − A | analyzer A | analyzer B | B − A |", "|" + " --- |" * 7]
    for name in [s for s in a if s in b]:
        (ma, wa), (mb, wb) = a[name], b[name]
        lines.append(
            f"| {name} | {ma:.3f} | {mb:.3f} | {_diff(ma, mb)} | {_num(wa)} | {_num(wb)} | {_diff(wa, wb)} |"
        )
    return lines


def fold_table(a: dict[str, tuple[float, ...]], b: dict[str, tuple[float, ...]]) -> list[str]:
    lines = [
        "| set | folds | mean B − A | SE | t | folds up / down / level | sign-test p | lost (criterion) "
        "| B − A per fold |",
        "|" + " --- |" * 9,
    ]
    for name in [s for s in a if s in b and len(a[s]) == len(b[s])]:
        diffs = [y - x for x, y in zip(a[name], b[name], strict=True)]
        se = statistics.stdev(diffs) / math.sqrt(len(diffs)) if len(diffs) > 1 else float("nan")
        up, down = sum(d > 0 for d in diffs), sum(d < 0 for d in diffs)
        each = " ".join(f"{d:+.3f}" for d in diffs)
        mean = statistics.mean(diffs)
        t = mean / se if se > 0 else float("nan")
        lost = "yes" if mean < LOSS and abs(mean) > 2 * se else "no"
        lines.append(
            f"| {name} | {len(diffs)} | {mean:+.3f} | {se:.3f} | {t:+.2f} | "
            f"{up} / {down} / {len(diffs) - up - down} | {sign_test(up, down):.3f} | {lost} | {each} |"
        )
    return lines


def report(path_a: Path, path_b: Path) -> list[str]:
    a, b = read_card(path_a), read_card(path_b)
    out = [
        "# Two model cards compared",
        "",
        f"A: `{path_a}`; B: `{path_b}`.",
        "",
        "## In-domain CV (fold means)",
        "",
        *headline_table(a.in_domain, b.in_domain),
        "",
        "## In-domain CV, fold by fold (model F1; the same folds in both runs)",
        "",
    ]
    if a.folds and b.folds:
        out += fold_table(a.folds, b.folds)
    else:
        missing = [n for n, c in (("A", a), ("B", b)) if not c.folds]
        which = "Neither card has a" if len(missing) == 2 else f"Card {missing[0]} has no"
        out.append(f"{which} fold-to-fold table (written before it existed): fold means only.")
    lodo_means = [
        (statistics.mean(v[0] for v in card.lodo.values()) if card.lodo else None) for card in (a, b)
    ]
    out += [
        "",
        "## Leave one dataset out",
        "",
        *headline_table(a.lodo, b.lodo),
        "",
        f"Mean LODO model F1: A {_num(lodo_means[0])}, B {_num(lodo_means[1])}.",
        f"Madlibs false-positive rate: A {_percent(a.madlibs)}, B {_percent(b.madlibs)}.",
        f"Held-out threads F1 (shipped analyzer row): A {_num(a.threads)}, B {_num(b.threads)}.",
    ]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("card_a", type=Path)
    parser.add_argument("card_b", type=Path)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    text = "\n".join(report(args.card_a, args.card_b)) + "\n"
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
