"""What evidence from more than the winning sentence (`ModelDetector.more_ranges`) changes, in sample.

    CIVILITY_SHARED_DATA=../shared/data python benchmarks/evidence_ranges.py [-o F]

Scans every training set with the shipped model and every detector twice: with evidence from the
winning sentence or window only (`more_ranges=0`, as before 5 Dec) and as shipped (up to three more
sentences or windows that reach the category's cut on their own). Evidence should grow and nothing
else should move: per set, the messages whose flags or scores differ, the flagged messages that gain
evidence, the findings added, and the wall time of each scan (one run each, same process).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from civility.analyzer import Analyzer  # noqa: E402
from civility.config import Config  # noqa: E402
from civility.detectors.model import ModelDetector  # noqa: E402
from civility.detectors.registry import default_detectors  # noqa: E402
from civility.model import sources  # noqa: E402
from civility.types import Assessment, Message  # noqa: E402

SETS = tuple(name for name in sources.DEFAULT_SOURCES if name != "seeds")


def analyzer(more_ranges: int) -> Analyzer:
    detectors = [
        ModelDetector(more_ranges=more_ranges) if d.name == "model" else d
        for d in default_detectors(Config())
    ]
    return Analyzer(detectors=detectors)


def scan(more_ranges: int, messages: list[Message]) -> tuple[list[Assessment], float]:
    started = time.perf_counter()
    out = list(analyzer(more_ranges).analyze(messages))
    return out, time.perf_counter() - started


def table() -> list[str]:
    lines = [
        "| set | messages | flagged | flags differ | scores differ | flagged with more evidence | "
        "findings added | s, winner only | s, more ranges |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name in SETS:
        corpus = sources.load([name])
        messages = [Message(id=str(i), text=t) for i, t in enumerate(corpus.texts)]
        before, t0 = scan(0, messages)
        after, t1 = scan(ModelDetector().more_ranges, messages)
        pairs = list(zip(before, after, strict=True))
        flags = sum(a.flagged != b.flagged for a, b in pairs)
        scores = sum(a.scores != b.scores for a, b in pairs)
        gained = sum(len(b.findings) > len(a.findings) for a, b in pairs if b.flagged)
        added = sum(len(b.findings) - len(a.findings) for a, b in pairs)
        flagged = sum(bool(b.flagged) for b in after)
        lines.append(
            f"| {name} | {len(messages):,} | {flagged:,} | {flags} | {scores} | {gained:,} | {added:,} "
            f"| {t0:.1f} | {t1:.1f} |"
        )
        print(lines[-1], file=sys.stderr, flush=True)
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", type=Path, help="write the Markdown table here")
    args = parser.parse_args()
    text = "\n".join(["# Evidence from more than the winning sentence", "", *table(), ""])
    print(text)
    if args.output:
        args.output.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
