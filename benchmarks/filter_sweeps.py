"""The hard-negative sweeps of the filter tests, flagged with and without the filter written for each.

    python benchmarks/filter_sweeps.py [-o benchmarks/results/filter_sweeps.md]

Each sweep is a grid of sentences (frames x words x objects) kept in its test module as `SWEEP`; the
tests assert what the full analyzer flags. This prints, for every sweep, how many sentences the
shipped model and every detector flag with all filters, and with the sweep's own filters taken out:
the numbers docs/ARCHITECTURE.md quotes. No labelled data is needed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import test_filter_reader_praise  # noqa: E402
import test_filter_reported_quote  # noqa: E402
import test_filter_reported_speech  # noqa: E402
import test_filter_self_directed  # noqa: E402
import test_filter_technical_target  # noqa: E402
import test_filter_technical_term  # noqa: E402
import test_filter_thing_evaluation  # noqa: E402
from civility.analyzer import Analyzer  # noqa: E402
from civility.filters.denial import denied_insult  # noqa: E402
from civility.filters.reader_praise import reader_praise  # noqa: E402
from civility.filters.reported_quote import reported_quote  # noqa: E402
from civility.filters.reported_speech import reported_speech  # noqa: E402
from civility.filters.self_directed import self_directed  # noqa: E402
from civility.filters.technical_target import technical_target  # noqa: E402
from civility.filters.technical_term import technical_term  # noqa: E402
from civility.filters.thing_evaluation import thing_evaluation  # noqa: E402
from civility.types import Category  # noqa: E402

SWEEPS: tuple[tuple[str, list[str], tuple[Callable[..., object], ...], frozenset[Category]], ...] = (
    ("violent verb x frame x machine", test_filter_technical_target.SWEEP, (technical_target,), frozenset()),
    (
        "moderators condemning or reporting abuse (harassment left out)",
        test_filter_reported_quote.SWEEP,
        (reported_quote,),
        frozenset({Category.HARASSMENT}),
    ),
    (
        "victims' reports and moderators' denials",
        test_filter_reported_speech.SWEEP,
        (reported_speech, denied_insult),
        frozenset(),
    ),
    ("praise of code", test_filter_thing_evaluation.SWEEP, (thing_evaluation,), frozenset()),
    (
        "faults in code, intensified qualities",
        test_filter_thing_evaluation.FAULT_SWEEP,
        (thing_evaluation,),
        frozenset(),
    ),
    ("terms of the trade", test_filter_technical_term.SWEEP, (technical_term,), frozenset()),
    ("praise of the reader", test_filter_reader_praise.SWEEP, (reader_praise,), frozenset()),
    ("self-deprecation", test_filter_self_directed.SWEEP, (self_directed,), frozenset()),
)


def flagged(analyzer: Analyzer, texts: list[str], ignore: frozenset[Category]) -> int:
    return sum(1 for a in analyzer.analyze(texts) if a.flagged - ignore)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args()
    full = Analyzer()
    lines = [
        "# Hard-negative sweeps, flagged with and without their filters",
        "",
        "Command: `python benchmarks/filter_sweeps.py` (shipped model, every detector, default thresholds)",
        "",
        "| sweep | sentences | flagged without its filters | flagged with every filter | filters taken out |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name, texts, own, ignore in SWEEPS:
        without = Analyzer()
        without.filters = [f for f in without.filters if f not in own]
        names = ", ".join(getattr(f, "__name__", "?") for f in own)
        before, after = flagged(without, texts, ignore), flagged(full, texts, ignore)
        lines.append(f"| {name} | {len(texts):,} | {before:,} | {after:,} | {names} |")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.output:
        args.output.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
