"""What the `condemned_mention` filter removes on the labelled developer-talk sets, by gold label.

    python benchmarks/mention_filter.py [-o benchmarks/results/mention_filter.md]

Scans ToxiCR, STRUDEL, VCU and Ferreira with the shipped model and every detector, and counts the
messages whose flag in a category the filter took away (the model score was above the threshold,
but every finding of that category was a condemned mention). Each is a gold positive (recall the
filter costs) or a gold negative (a false flag it saves). The shipped model was trained on these
sets, so how often it flags is optimistic; what matters here is the split of the removed flags.
No labelled set of moderators condemning abuse exists in `../shared/data`; the filter's own tests
(`tests/test_filter_mention.py`) hold the cases it was written for.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from civility.analyzer import Analyzer
from civility.filters.mention import MENTIONED
from civility.model import sources
from civility.types import Assessment, Category, Message

SETS = ("toxicr", "strudel", "vcu", "ferreira")


def removed_flags(assessment: Assessment, thresholds: dict[Category, float]) -> list[Category]:
    """Categories scored above their threshold whose findings the mention filter all removed."""
    mentioned = {Category.parse(r.split(" at ", 1)[0]) for r in assessment.suppressed if MENTIONED in r}
    return [c for c in mentioned if assessment.scores[c] >= thresholds[c] and c not in assessment.flagged]


def run() -> list[str]:
    corpus = sources.load(list(SETS))
    analyzer = Analyzer()
    counts: Counter[tuple[str, str, str]] = Counter()
    started = time.perf_counter()
    messages = (Message(id=str(i), text=t) for i, t in enumerate(corpus.texts))
    for i, assessment in enumerate(analyzer.analyze(messages)):
        for category in removed_flags(assessment, analyzer.thresholds):
            verdict = "gold positive" if (corpus.labels[i] == 1).any() else "gold negative"
            counts[(corpus.sources[i], category.value, verdict)] += 1
    seconds = time.perf_counter() - started
    lines = [
        "# Flags removed by the condemned-mention filter",
        "",
        "Command: `python benchmarks/mention_filter.py`",
        "",
        f"{len(corpus):,} messages from {', '.join(SETS)} scanned with the shipped model in {seconds:.0f} s.",
        "A removed flag is a category scored above its threshold whose every finding the filter dropped;",
        "gold positive = the message is labelled toxic/uncivil in any category.",
        "",
        "| set | category | gold positive (recall lost) | gold negative (false flag saved) |",
        "| --- | --- | --- | --- |",
    ]
    keys = sorted({(s, c) for s, c, _ in counts})
    for s, c in keys:
        lines.append(f"| {s} | {c} | {counts[(s, c, 'gold positive')]} | {counts[(s, c, 'gold negative')]} |")
    if not keys:
        lines.append("| (none) | | 0 | 0 |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args()
    text = "\n".join(run()) + "\n"
    print(text)
    if args.output:
        args.output.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
