"""Ordinary words that alone flag a neutral sentence: where the rare heads learned a word, not a remark.

    python benchmarks/vocab_probe.py [-o benchmarks/results/vocab_probe.md]

Every lower-case word of four letters or more in the shipped WordPiece vocabulary
(`models/static/vocab.txt`, about 20,000 common English words) is put into neutral frames ("This is
<word>.", "See the <word> section.") and scored by the shipped analyzer with every detector and
filter at the default thresholds. A word that flags a frame alone is evidence the model gives
weight to by itself. Some of them are rightly flagged (slurs, sexual words); most of the others are
rare words that occurred in a few positive training rows of a head with few positives (identity
attacks, sexual remarks, threats), whose naive-Bayes scale and low F1-optimal cut let one word cross
it. No labelled data is needed; the count is a regression number for the next model change.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from civility.analyzer import Analyzer
from civility.types import MODEL_CATEGORIES, Category

ROOT = Path(__file__).resolve().parents[1]
VOCAB = ROOT / "models" / "static" / "vocab.txt"
FRAMES = ("This is {w}.", "See the {w} section.")
BATCH = 2_000


def vocabulary(path: Path = VOCAB) -> list[str]:
    """The vocabulary's lower-case alphabetic words of four letters or more, in file order."""
    words = (line.strip() for line in path.read_text("utf-8").splitlines())
    return [w for w in words if re.fullmatch(r"[a-z]{4,}", w)]


def flagging_words(analyzer: Analyzer, words: list[str], frame: str) -> dict[str, list[Category]]:
    """The words whose frame the analyzer flags, with the categories it flags."""
    found: dict[str, list[Category]] = {}
    for i in range(0, len(words), BATCH):
        chunk = words[i : i + BATCH]
        for word, assessment in zip(chunk, analyzer.analyze([frame.format(w=w) for w in chunk]), strict=True):
            if assessment.flagged:
                found[word] = sorted(assessment.flagged)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args()
    words = vocabulary()
    analyzer = Analyzer()
    lines = [
        "# Ordinary words that alone flag a neutral sentence",
        "",
        "Command: `python benchmarks/vocab_probe.py` (shipped model, every detector and filter, default"
        f" thresholds; {len(words):,} words of `models/static/vocab.txt`)",
        "",
        "| frame | words that flag it | " + " | ".join(c.value for c in MODEL_CATEGORIES) + " |",
        "| --- | --- | " + " | ".join("---" for _ in MODEL_CATEGORIES) + " |",
    ]
    examples: dict[str, dict[Category, list[str]]] = {}
    for frame in FRAMES:
        found = flagging_words(analyzer, words, frame)
        per = Counter(c for categories in found.values() for c in categories)
        lines.append(
            f"| {frame} | {len(found):,} | " + " | ".join(f"{per[c]:,}" for c in MODEL_CATEGORIES) + " |"
        )
        examples[frame] = {c: [w for w, cs in found.items() if c in cs] for c in MODEL_CATEGORIES}
    frame = FRAMES[0]
    lines += ["", f"The first 40 words per category for {frame!r}, most frequent first:", ""]
    for category in MODEL_CATEGORIES:
        shown = ", ".join(examples[frame][category][:40])
        lines.append(f"- **{category.value}**: {shown}")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.output:
        args.output.write_text(text, "utf-8")


if __name__ == "__main__":
    main()
