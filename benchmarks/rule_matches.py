"""Every match of a rule detector's shapes on every labelled set, without the model.

    CIVILITY_SHARED_DATA=../shared/data python benchmarks/rule_matches.py --detector threat [--rule wish]
        [--grep REGEX] [-o FILE]

A quick check for a change to one shape: which labelled rows it matches, with the set, the row's
gold labels and the matched words (on the prepared text, as the detector sees it). `--grep` keeps
only matches whose words contain REGEX, e.g. the words a new alternation adds. Unlike
`rule_detectors.py` it computes no out-of-fold scores and applies no filters, so it takes seconds:
it says where a shape fires, not what it adds to the model.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from rule_detectors import DETECTORS, HELD_OUT  # noqa: E402

from civility.detectors.phrase_rules import PhraseDetector  # noqa: E402
from civility.model import sources  # noqa: E402
from civility.model.corpus import COLUMNS  # noqa: E402
from civility.preprocess import prepare  # noqa: E402


def matches(detector: PhraseDetector, rule: str | None, grep: re.Pattern[str] | None) -> list[str]:
    """One line per match, then per-set counts."""
    started = time.perf_counter()
    corpus = sources.load([*sources.DEFAULT_SOURCES, *HELD_OUT])
    lines, per_set = [], Counter[str]()
    for text, labels, source in zip(corpus.texts, corpus.labels, corpus.sources, strict=True):
        prepared = prepare(text).text
        for name, start, end in detector.named(prepared):
            words = prepared[start:end]
            if (rule is None or name == rule) and (grep is None or grep.search(words)):
                gold = ",".join(c for c, v in zip(COLUMNS, labels, strict=True) if v == 1) or "clean"
                lines.append(f"| {source} | {name} | {gold} | {words!r} |")
                per_set[source] += 1
    header = [
        f"Rows scanned: {len(corpus.texts):,} ({', '.join(sorted(set(corpus.sources)))}); "
        f"matches: {len(lines)} ({time.perf_counter() - started:.0f} s).",
        "",
        "| set | rule | gold (positive categories) | matched words |",
        "| --- | --- | --- | --- |",
    ]
    counts = ["", "Per set: " + (", ".join(f"{s} {n}" for s, n in sorted(per_set.items())) or "none")]
    return header + lines + counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--detector", choices=sorted(DETECTORS), required=True)
    parser.add_argument("--rule", help="only this shape (a PhraseRule name, e.g. wish)")
    parser.add_argument("--grep", help="only matches whose words contain this regular expression")
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args()
    detector = DETECTORS[args.detector]()
    assert isinstance(detector, PhraseDetector)
    grep = re.compile(args.grep, re.I) if args.grep else None
    text = "\n".join(matches(detector, args.rule, grep)) + "\n"
    print(text)
    if args.output:
        args.output.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
