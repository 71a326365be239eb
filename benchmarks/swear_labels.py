"""How the mapped training sets label clean-looking rows that swear (a reading of the mapping).

    CIVILITY_SHARED_DATA=../shared/data python benchmarks/swear_labels.py [-o F]
    python benchmarks/swear_labels.py -o benchmarks/results/swear_labels.md

For every set of the default training mix, counts the rows that are 0 for insult, identity_attack,
harassment and sexual and hold a word of civility's swear lexicon (`civility.model.lexicon`), split by
their profanity label: 0 teaches the profanity head that the swear is clean, unknown teaches it
nothing. With the most common swear words of each group. Since 4 Dec HateXplain's "normal" posts are
in the unknown column (their annotators call casual swearing normal); before, they were 0.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from civility.model import sources  # noqa: E402
from civility.model.corpus import COLUMNS, UNKNOWN  # noqa: E402
from civility.model.lexicon import PROFANITY  # noqa: E402
from civility.types import Category  # noqa: E402

OTHERS = [COLUMNS.index(c) for c in COLUMNS if c is not Category.PROFANITY]
PROFANE = COLUMNS.index(Category.PROFANITY)


def report() -> list[str]:
    corpus = sources.load(sources.DEFAULT_SOURCES)
    rows: Counter[tuple[str, str]] = Counter()
    words: dict[tuple[str, str], Counter[str]] = {}
    for text, labels, source in zip(corpus.texts, corpus.labels, corpus.sources, strict=True):
        if (labels[OTHERS] != 0).any():
            continue
        found = [m.group(0).lower() for m in PROFANITY.finditer(text)]
        if not found:
            continue
        label = {0: "0", UNKNOWN: "unknown"}.get(int(labels[PROFANE]))
        if label is None:
            continue
        rows[(source, label)] += 1
        words.setdefault((source, label), Counter()).update(set(found))
    lines = [
        "# Clean-looking rows that swear, by their profanity label",
        "",
        "Command: `python benchmarks/swear_labels.py`",
        "",
        "Rows labelled 0 for insult, identity_attack, harassment and sexual that hold a word of the swear",
        "lexicon; 'rows holding the word' counts each word once per row.",
        "",
        "| set | profanity label | rows | most common swear words (rows holding the word) |",
        "| --- | --- | --- | --- |",
    ]
    for key in sorted(rows):
        common = ", ".join(f"{w} {n}" for w, n in words[key].most_common(5))
        lines.append(f"| {key[0]} | {key[1]} | {rows[key]:,} | {common} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args()
    text = "\n".join(report()) + "\n"
    print(text)
    if args.output:
        args.output.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
