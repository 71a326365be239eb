"""Would a swear-word gate on the profanity head help? Profanity flags with and without a lexicon word.

    CIVILITY_SHARED_DATA=../shared/data python benchmarks/profanity_gate.py [--show] [-o F]
    python benchmarks/profanity_gate.py -o benchmarks/results/profanity_gate.md

"What a pain." is flagged profanity (0.42) and "This is such a pain to debug." (0.21): the head learned
"pain" from "a pain in the ass". One fix would flag profanity only in messages holding a word of
`civility.model.lexicon` (the list that splits ToxiCR's and STRUDEL's binary labels). This scans every
training set with the shipped analyzer and counts the messages flagged profanity, split by whether
the message holds a lexicon word and by the profanity label: the flags without one are what the gate
would remove. In sample (the model was trained on these sets), so flags are optimistic; the split
between labelled positives and negatives among the removed ones is the point. `--show` prints a
sample of the removed ones to stderr.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

from civility import Analyzer
from civility.model import sources
from civility.model.corpus import COLUMNS
from civility.model.lexicon import swears
from civility.types import Category, Message

SETS = tuple(name for name in sources.DEFAULT_SOURCES if name != "seeds")
LABEL = {1: "positive", 0: "negative", -1: "unlabelled"}


def count(show: bool) -> Counter[tuple[str, bool, str]]:
    corpus = sources.load(list(SETS))
    column = COLUMNS.index(Category.PROFANITY)
    messages = [Message(id=str(i), text=t) for i, t in enumerate(corpus.texts)]
    counts: Counter[tuple[str, bool, str]] = Counter()
    removed = []
    for assessment, source, labels in zip(
        Analyzer().analyze(messages), corpus.sources, corpus.labels, strict=True
    ):
        if Category.PROFANITY not in assessment.flagged:
            continue
        label = LABEL[int(labels[column])]
        has_word = swears(assessment.message.text)
        counts[(source, has_word, label)] += 1
        if not has_word:
            removed.append((source, label, assessment.message.text[:140].replace("\n", " ")))
    if show:
        for item in random.Random(1).sample(removed, min(60, len(removed))):
            print(*item, sep=" | ", file=sys.stderr)
    return counts


def table(counts: Counter[tuple[str, bool, str]]) -> str:
    lines = [
        "# A swear-word gate on the profanity head, in sample",
        "",
        "Command: `python benchmarks/profanity_gate.py` (shipped model, every detector and filter). Messages",
        "flagged profanity, by whether they hold a word of `civility.model.lexicon` and by their profanity",
        "label. The *no word* columns are what a gate would unflag.",
        "",
        "| set | no word: positive | negative | unlabelled | a word: positive | negative | unlabelled |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for source in SETS:
        cells = [counts[(source, has, label)] for has in (False, True) for label in LABEL.values()]
        lines.append(f"| {source} | " + " | ".join(f"{c:,}" for c in cells) + " |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true")
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args()
    text = table(count(args.show))
    print(text)
    if args.output:
        args.output.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
