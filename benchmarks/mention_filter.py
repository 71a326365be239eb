"""What a run-time filter (mention, quote, speech, denial, self...) removes on developer talk.

    python benchmarks/mention_filter.py [--filter NAME] [--all-sets] [-o F]
    python benchmarks/mention_filter.py -o benchmarks/results/mention_filter.md
    python benchmarks/mention_filter.py --filter self -o benchmarks/results/self_directed_filter.md
    python benchmarks/mention_filter.py --filter greeting --all-sets -o benchmarks/results/greeting_filter.md
    python benchmarks/mention_filter.py --filter entity --all-sets -o benchmarks/results/html_entity_filter.md
    python benchmarks/mention_filter.py --filter oath --all-sets -o F  # F: oath_idiom_filter_all_sets.md
    python benchmarks/mention_filter.py --filter laughter --all-sets -o F  # F: laughter_filter_all_sets.md
    python benchmarks/mention_filter.py --filter praise --all-sets -o F  # F: reader_praise_filter_all_sets.md
    python benchmarks/mention_filter.py --filter groan --all-sets -o F  # F: groan_filter_all_sets.md
    python benchmarks/mention_filter.py --filter moderation --all-sets -o F  # F: moderation_..._all_sets.md
    python benchmarks/mention_filter.py --filter exclamation --all-sets -o F  # F: swear_excl..._all_sets.md
    python benchmarks/mention_filter.py --filter thing --all-sets -o F  # F: thing_evaluation_..._all_sets.md
    python benchmarks/mention_filter.py --filter term --all-sets -o F  # F: technical_term_filter_all_sets.md
    python benchmarks/mention_filter.py --filter swear --all-sets -o F  # F: swear_without_group_all_sets.md

Scans ToxiCR, STRUDEL, VCU and Ferreira (`--all-sets`: every training set) with the shipped model
and every detector, twice (with the chosen filter and with it taken out), and counts the messages
flagged in a category without the filter and not with it (the analyzer's second look included:
a message whose strongest sentence the filter set aside is scored again without it). Each is a
gold positive
(recall the filter costs) or a gold negative (a false flag it saves). The shipped model was trained
on these sets, so how often it flags is optimistic; what matters here is the split of the removed
flags. No labelled set of moderators condemning abuse, or of self-deprecation, exists in
`../shared/data`; the filters' own tests (`tests/test_filter_*.py`) hold the cases they were
written for. The machine filter removes nothing in-sample (the model does not flag the labelled
"kill the job" rows); `benchmarks/filter_oof.py` measures it, and the thing filter, out of fold.
`--show` prints the removed messages to stderr, to read them.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from civility.analyzer import Analyzer
from civility.detectors.base import Document
from civility.filters import FindingFilter
from civility.filters.code_token import CODE_IDENTIFIER
from civility.filters.denial import DENIED_OF_EVERYONE
from civility.filters.errand_idiom import IN_AN_IDIOM
from civility.filters.greeting import IS_A_GREETING
from civility.filters.groan import IS_A_GROAN
from civility.filters.laughter import IS_LAUGHTER
from civility.filters.markup import IN_AN_ENTITY
from civility.filters.mention import MENTIONED
from civility.filters.moderation_action import ANNOUNCES_AN_ACTION
from civility.filters.oath_idiom import IN_AN_OATH
from civility.filters.reader_praise import PRAISES_THE_READER
from civility.filters.reported_quote import QUOTED_TO_REPORT
from civility.filters.reported_speech import REPORTED_ABOUT_THE_WRITER
from civility.filters.self_directed import AIMED_AT_THE_WRITER
from civility.filters.swear_exclamation import IN_AN_EXCLAMATION
from civility.filters.swear_without_group import NAMES_NO_GROUP
from civility.filters.technical_target import AIMED_AT_A_MACHINE
from civility.filters.technical_term import IS_A_TECHNICAL_TERM
from civility.filters.thing_evaluation import JUDGES_A_THING
from civility.model import sources
from civility.model.corpus import COLUMNS
from civility.types import Finding, Message

SETS = ("toxicr", "strudel", "vcu", "ferreira")
ALL_SETS = (*SETS, "toxic_spans", "olid", "edos", "hatexplain", "ethos", "sgid4se")
FILTERS = {
    "mention": ("condemned-mention", MENTIONED),
    "self": ("self-directed", AIMED_AT_THE_WRITER),
    "code": ("code-identifier", CODE_IDENTIFIER),
    "machine": ("technical-target", AIMED_AT_A_MACHINE),
    "quote": ("reported-quote", QUOTED_TO_REPORT),
    "thing": ("thing-evaluation", JUDGES_A_THING),
    "speech": ("reported-speech", REPORTED_ABOUT_THE_WRITER),
    "denial": ("denial", DENIED_OF_EVERYONE),
    "errand": ("errand-idiom", IN_AN_IDIOM),
    "greeting": ("greeting", IS_A_GREETING),
    "entity": ("HTML-entity (`masked_span`)", IN_AN_ENTITY),
    "oath": ("oath-idiom", IN_AN_OATH),
    "laughter": ("laughter", IS_LAUGHTER),
    "praise": ("reader-praise", PRAISES_THE_READER),
    "groan": ("groan", IS_A_GROAN),
    "moderation": ("moderation-action", ANNOUNCES_AN_ACTION),
    "exclamation": ("swear-exclamation", IN_AN_EXCLAMATION),
    "term": ("technical-term", IS_A_TECHNICAL_TERM),
    "swear": ("swear-without-group", NAMES_NO_GROUP),
}


def without_filter(phrase: str) -> Analyzer:
    """The shipped analyzer with one filter taken out: every filter reason carrying `phrase` is
    ignored, so the finding goes on to the next filter (as if the filter did not exist)."""
    analyzer = Analyzer()

    def ignoring(original: FindingFilter) -> FindingFilter:
        def wrapped(finding: Finding, doc: Document) -> str | None:
            reason = original(finding, doc)
            return None if reason is not None and phrase in reason else reason

        return wrapped

    analyzer.filters = [ignoring(f) for f in analyzer.filters]
    return analyzer


def run(name: str, show: bool, sets: tuple[str, ...] = SETS) -> list[str]:
    title, phrase = FILTERS[name]
    corpus = sources.load(list(sets))
    counts: Counter[tuple[str, str, str]] = Counter()
    started = time.perf_counter()
    messages = [Message(id=str(i), text=t) for i, t in enumerate(corpus.texts)]
    pairs = zip(without_filter(phrase).analyze(messages), Analyzer().analyze(messages), strict=True)
    left: Counter[str] = Counter()  # whole messages that leave the queue, by verdict
    for i, (before, after) in enumerate(pairs):
        verdict = "gold positive" if (corpus.labels[i] == 1).any() else "gold negative"
        if before.flagged and not after.flagged:
            left[verdict] += 1
        for category in sorted(before.flagged - after.flagged, key=lambda c: c.value):
            counts[(corpus.sources[i], category.value, verdict)] += 1
            own = corpus.labels[i, COLUMNS.index(category)] if category in COLUMNS else -1
            counts[(corpus.sources[i], category.value, "labelled this category")] += int(own == 1)
            if show:
                print(f"{corpus.sources[i]} {verdict}: {corpus.texts[i][:300]!r}", file=sys.stderr)
    seconds = time.perf_counter() - started
    lines = [
        f"# Flags removed by the {title} filter",
        "",
        f"Command: `python benchmarks/mention_filter.py --filter {name}{' --all-sets' * (sets == ALL_SETS)}`",
        "",
        f"{len(corpus):,} messages from {', '.join(sets)} scanned with the shipped model, with and",
        f"without the filter ({seconds:.0f} s). A removed flag is a category flagged without the filter and",
        "not with it (after the analyzer's second look, which scores a message again without the words",
        "filters set aside);",
        "gold positive = the message is labelled toxic/uncivil in any category; of those, how many carry",
        "the removed category's own label (the recall the category loses; the rest stay in the queue for",
        "another category).",
        "",
        "| set | category | gold positive (recall lost) | of which labelled this category "
        "| gold negative (false flag saved) |",
        "| --- | --- | --- | --- | --- |",
    ]
    keys = sorted({(s, c) for s, c, _ in counts})
    for s, c in keys:
        cells = [counts[(s, c, v)] for v in ("gold positive", "labelled this category", "gold negative")]
        lines.append(f"| {s} | {c} | " + " | ".join(map(str, cells)) + " |")
    if not keys:
        lines.append("| (none) | | 0 | 0 | 0 |")
    lines += [
        "",
        f"Whole messages that leave the queue (flagged without the filter, nothing with it): "
        f"{left['gold positive']} gold positive, {left['gold negative']} gold negative.",
    ]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--filter", choices=sorted(FILTERS), default="mention")
    parser.add_argument("--show", action="store_true", help="print the removed messages to stderr")
    parser.add_argument("--all-sets", action="store_true", help="every training set, not only developer talk")
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args()
    text = "\n".join(run(args.filter, args.show, ALL_SETS if args.all_sets else SETS)) + "\n"
    print(text)
    if args.output:
        args.output.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
