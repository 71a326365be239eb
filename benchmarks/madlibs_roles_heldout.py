"""Madlibs "(occupation)" false positives split by whether the occupation is on civility's role list.

    python benchmarks/madlibs_roles_heldout.py [--model models/civility.skops ...] [--data ../shared/data]

`FitConfig.balance_roles` reweighs training rows that mention `identity.ROLES`, and most madlibs
occupations are on that list, so the card's "(occupation)" row is not a fully held-out check of it.
This script scores madlibs' non-toxic "You are a <adjective> <occupation>" templates with each model
given (the full `Analyzer`, as `civility scan` runs it, with the model's own thresholds) and reports
the flagged share for occupations whose last word is on the list and for those that are not (the
held-out ones). Compare the shipped model with one built before the change, for example
`git show 418bb08:models/civility.skops > /tmp/before.skops` (and its `.json` beside it).
Writes benchmarks/results/madlibs_roles_heldout.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from civility import Analyzer  # noqa: E402
from civility.config import Config  # noqa: E402
from civility.model.external import load_madlibs  # noqa: E402
from civility.model.identity import ROLES  # noqa: E402


def occupation_phrases(data: Path) -> tuple[list[str], list[str]]:
    """The card's non-toxic "(occupation)" phrases: (occupation on the role list, occupation not on it)."""
    madlibs = load_madlibs(data)
    phrases = [p for p, term in zip(madlibs.phrases, madlibs.terms, strict=True) if term == "(occupation)"]
    listed = [p for p in phrases if occupation(p) in ROLES]
    return listed, [p for p in phrases if occupation(p) not in ROLES]


def occupation(phrase: str) -> str:
    """The template's occupation word: its last word ("fire fighter" -> "fighter")."""
    return phrase.lower().split()[-1]


def flagged(model: Path, phrases: list[str]) -> list[str]:
    """The phrases the model (with its own thresholds) flags."""
    analyzer = Analyzer(Config(model_path=str(model)))
    return [p for p, a in zip(phrases, analyzer.analyze(phrases), strict=True) if a.flagged]


def row(model: Path, name: str, phrases: list[str]) -> str:
    hits = flagged(model, phrases)
    share = len(hits) / len(phrases)
    examples = "; ".join(hits[:4]) or "-"
    return f"| {model} | {name} | {len(hits)}/{len(phrases)} = {share:.1%} | {examples} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, action="append", help="model file(s); default the shipped one")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    models = args.model or [ROOT / "models" / "civility.skops"]
    listed, held_out = occupation_phrases(args.data)
    held_words = sorted({occupation(p) for p in held_out})
    lines = [
        "# Madlibs occupations: on the role list vs held out",
        "",
        f"Command: `python benchmarks/madlibs_roles_heldout.py {' '.join(f'--model {m}' for m in models)}`",
        "",
        f"Held-out occupations (last word not in `identity.ROLES`): {', '.join(held_words)}.",
        "",
        "| model | occupations | flagged | examples |",
        "| --- | --- | --- | --- |",
    ]
    for model in models:
        lines += [row(model, "on the role list", listed), row(model, "held out", held_out)]
    text = "\n".join(lines) + "\n"
    print(text)
    (ROOT / "benchmarks" / "results" / "madlibs_roles_heldout.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
