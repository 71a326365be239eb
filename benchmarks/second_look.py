"""What the analyzer's second look (`civility.second_look`) changes on every labelled set, in sample.

    CIVILITY_SHARED_DATA=../shared/data python benchmarks/second_look.py [--show] [-o F]

Scans every training set with the shipped model and every detector twice: as shipped, and with the
second look turned off (the state before it existed: a category whose every model finding a filter
dropped stays unflagged, whatever the message's other sentences score). Counts, per set and
category, the messages the second look flags that were unflagged without it, by gold label (a
message is a gold positive when labelled toxic or uncivil in any category), and the messages it
unflags (it never should: it only re-scores categories whose winning evidence a filter dropped). The model has
seen these rows, so how often it flags is optimistic; the split of what changes is the point.
`--show` prints each changed message to stderr.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from civility.analyzer import Analyzer  # noqa: E402
from civility.model import sources  # noqa: E402
from civility.types import Message  # noqa: E402

SETS = (
    "toxicr",
    "strudel",
    "vcu",
    "ferreira",
    "toxic_spans",
    "olid",
    "edos",
    "hatexplain",
    "ethos",
    "sgid4se",
)


def run(show: bool) -> list[str]:
    corpus = sources.load(list(SETS))
    started = time.perf_counter()
    counts: Counter[tuple[str, str, str]] = Counter()
    messages = [Message(id=str(i), text=t) for i, t in enumerate(corpus.texts)]
    before = Analyzer(second_look=False).analyze(messages)
    after = Analyzer().analyze(messages)
    for i, (old, new) in enumerate(zip(before, after, strict=True)):
        if old.flagged == new.flagged:
            continue
        gold = "positive" if (corpus.labels[i] == 1).any() else "negative"
        for category in new.flagged - old.flagged:
            counts[(corpus.sources[i], category.value, f"flagged, gold {gold}")] += 1
        for category in old.flagged - new.flagged:
            counts[(corpus.sources[i], category.value, "unflagged")] += 1
        if show:
            print(
                f"{corpus.sources[i]} {gold} {sorted(c.value for c in new.flagged - old.flagged)}: "
                f"{corpus.texts[i][:240]!r}",
                file=sys.stderr,
            )
    seconds = time.perf_counter() - started
    lines = [
        "# What the second look changes, in sample",
        "",
        "Command: `python benchmarks/second_look.py`",
        "",
        f"{len(corpus):,} messages from {', '.join(SETS)}, each scanned with and without the second look "
        f"({seconds:.0f} s for both). *flagged*: messages the second look flags in the category that were "
        "unflagged without it (gold = labelled toxic or uncivil in any category); *unflagged*: the reverse.",
        "",
        "| set | category | flagged, gold positive | flagged, gold negative | unflagged |",
        "| --- | --- | --- | --- | --- |",
    ]
    keys = sorted({(s, c) for s, c, _ in counts})
    for s, c in keys:
        cells = [counts[(s, c, k)] for k in ("flagged, gold positive", "flagged, gold negative", "unflagged")]
        lines.append(f"| {s} | {c} | " + " | ".join(str(n) for n in cells) + " |")
    if not keys:
        lines.append("| (none) | | 0 | 0 | 0 |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print each changed message to stderr")
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args()
    text = "\n".join(run(args.show)) + "\n"
    print(text)
    if args.output:
        args.output.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
