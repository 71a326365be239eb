"""Out-of-fold flags in sentences a pattern filter acts on (machine targets, judgements of things).

    CIVILITY_SHARED_DATA=../shared/data python benchmarks/filter_oof.py --filter NAME [--show] [-o F]
    python benchmarks/filter_oof.py --filter machine -o benchmarks/results/technical_target_filter.md
    python benchmarks/filter_oof.py --filter thing -o benchmarks/results/thing_evaluation_filter.md
    python benchmarks/filter_oof.py --filter errand -o benchmarks/results/errand_idiom_filter.md
    python benchmarks/filter_oof.py --filter oath -o benchmarks/results/oath_idiom_filter.md
    python benchmarks/filter_oof.py --filter laughter -o benchmarks/results/laughter_filter.md
    python benchmarks/filter_oof.py --filter praise -o benchmarks/results/reader_praise_filter.md
    python benchmarks/filter_oof.py --filter groan -o benchmarks/results/groan_filter.md
    python benchmarks/filter_oof.py --filter moderation -o benchmarks/results/moderation_action_filter.md
    python benchmarks/filter_oof.py --filter exclamation -o benchmarks/results/swear_exclamation_filter.md
    python benchmarks/filter_oof.py --filter swear -o benchmarks/results/swear_without_group_filter.md

The shipped model has seen every labelled row, so counting what a filter removes from its flags
(`mention_filter.py`) says little: in-sample, it rarely flags the labelled rows the filter is about.
This script computes the 3-fold out-of-fold scores of the default training mix once (as `civility
train` does) and, for the rows holding a sentence the filter's pattern matches (`machine`: a violent
verb with a computing object and no person named, `technical_target`; `thing`: an evaluative
adjective before a noun for code, `thing_evaluation`; `errand`: "shoot you an email", "kill
them with kindness", `errand_idiom`; `oath`: "Shoot!", "hang on", "kill it with fire",
`oath_idiom`; `laughter`: "lol", "haha", `laughter`; `praise`: "you are fun", `reader_praise`;
`groan`: "Ugh.", "OMG", `groan`; `moderation`: "Closing until then.", `moderation_action`;
`exclamation`: "Holy crap", "hell yes", "what the heck", `swear_exclamation`; `swear`: a generic
swear in a message that names no group, `swear_without_group`),
counts per head the rows flagged at the shipped
cut, split by the row's gold label. It is an upper bound on what the filter removes: each filter drops
only its phrase and function words, so a flag with other evidence stays. It also counts the matching
rows labelled positive at any score (an attack the filter could hide). `--show` prints the flagged or
positive rows to stderr, to read them.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from civility.filters.errand_idiom import errand_phrase  # noqa: E402
from civility.filters.groan import groan_phrase  # noqa: E402
from civility.filters.laughter import laughter_phrase  # noqa: E402
from civility.filters.moderation_action import moderation_phrase  # noqa: E402
from civility.filters.oath_idiom import oath_phrase  # noqa: E402
from civility.filters.reader_praise import praised_reader  # noqa: E402
from civility.filters.swear_exclamation import exclamation_phrase  # noqa: E402
from civility.filters.swear_without_group import ungrouped_swear  # noqa: E402
from civility.filters.technical_target import aimed_at_machine  # noqa: E402
from civility.filters.thing_evaluation import judged_thing  # noqa: E402
from civility.model import sources  # noqa: E402
from civility.model.calibration import uncalibrated  # noqa: E402
from civility.model.corpus import COLUMNS  # noqa: E402
from civility.model.fit import FitConfig, oof_scores  # noqa: E402
from civility.model.persist import DEFAULT_MODEL, load  # noqa: E402
from civility.model.train import encode_corpus  # noqa: E402
from civility.types import Category  # noqa: E402

FILTERS: dict[str, tuple[str, Callable[[str], str | None], tuple[Category, ...]]] = {
    "machine": (
        "sentences aimed at a machine (`technical_target`)",
        aimed_at_machine,
        (Category.HARASSMENT, Category.IDENTITY_ATTACK, Category.INSULT),
    ),
    "thing": (
        "judgements of a thing (`thing_evaluation`)",
        judged_thing,
        (Category.INSULT, Category.IDENTITY_ATTACK),
    ),
    "errand": (
        "idioms of sending or kindness (`errand_idiom`)",
        errand_phrase,
        (Category.HARASSMENT, Category.INSULT, Category.IDENTITY_ATTACK),
    ),
    "oath": (
        "oaths and idioms of waiting (`oath_idiom`)",
        oath_phrase,
        (Category.HARASSMENT, Category.INSULT, Category.IDENTITY_ATTACK),
    ),
    "laughter": (
        "messages that laugh (`laughter`)",
        laughter_phrase,
        (Category.INSULT, Category.IDENTITY_ATTACK, Category.HARASSMENT, Category.SEXUAL),
    ),
    "praise": (
        "short praise of the reader (`reader_praise`)",
        praised_reader,
        (Category.INSULT, Category.IDENTITY_ATTACK),
    ),
    "groan": (
        "messages that groan (`groan`)",
        groan_phrase,
        (Category.INSULT, Category.IDENTITY_ATTACK, Category.HARASSMENT, Category.SEXUAL),
    ),
    "moderation": (
        "moderation and triage announcements (`moderation_action`)",
        moderation_phrase,
        (Category.HARASSMENT,),
    ),
    "exclamation": (
        "exclamations that swear at no one (`swear_exclamation`)",
        exclamation_phrase,
        (Category.INSULT, Category.IDENTITY_ATTACK, Category.HARASSMENT),
    ),
    "swear": (
        "messages that swear and name no group (`swear_without_group`)",
        ungrouped_swear,
        (Category.IDENTITY_ATTACK,),
    ),
}
COUNTED = ("flagged, labelled no", "flagged, unlabelled", "flagged, labelled yes", "all, labelled yes")


def report(name: str, show: bool) -> list[str]:
    title, pattern, categories = FILTERS[name]
    started = time.perf_counter()
    config = FitConfig()
    corpus = sources.load(sources.DEFAULT_SOURCES)
    cuts = uncalibrated(load(DEFAULT_MODEL)).thresholds  # out-of-fold scores are raw: so are these cuts
    matched = np.array([pattern(t) is not None for t in corpus.texts])
    oof = oof_scores(encode_corpus(corpus, config).counts, corpus.labels, list(corpus.sources), config)
    counts: Counter[tuple[str, str, str]] = Counter()
    for i in np.flatnonzero(matched):
        for category in categories:
            column = COLUMNS.index(category)
            gold, flagged = int(corpus.labels[i, column]), bool(oof[i, column] >= cuts[category])
            verdict = {1: "labelled yes", 0: "labelled no"}.get(gold, "unlabelled")
            key = (corpus.sources[i], category.value)
            counts[(*key, f"flagged, {verdict}")] += flagged
            counts[(*key, f"all, {verdict}")] += 1
            if show and (flagged or gold == 1):
                score = f"{category.value} {verdict} oof {oof[i, column]:.2f}"
                print(f"{corpus.sources[i]} {score}: {corpus.texts[i][:300]!r}", file=sys.stderr)
    lines = [
        f"# Flags in {title}, out of fold",
        "",
        f"Command: `python benchmarks/filter_oof.py --filter {name}`",
        "",
        f"{len(corpus):,} rows of the default training mix, 3-fold out-of-fold scores, shipped cuts on "
        "the raw scale of those scores (before 7 Dec, twelfth session, the calibrated cuts were used: a bug) "
        + ", ".join(f"{c.value} {cuts[c]:.3f}" for c in categories)
        + f"; {int(matched.sum()):,} rows hold a sentence the pattern matches "
        f"({time.perf_counter() - started:.0f} s). 'flagged' = out-of-fold score at or above the cut; "
        "'all' = every matching row; 'unlabelled' = the set has no label for the category. Sets and "
        "categories with no flag and no positive are left out.",
        "",
        "| set | category | " + " | ".join(COUNTED) + " |",
        "| --- | --- |" + " --- |" * len(COUNTED),
    ]
    for source, category in sorted({k[:2] for k in counts}):
        cells = [counts[(source, category, c)] for c in COUNTED]
        if any(cells):
            lines.append(f"| {source} | {category} | " + " | ".join(map(str, cells)) + " |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--filter", choices=sorted(FILTERS), required=True)
    parser.add_argument("--show", action="store_true", help="print flagged or positive rows to stderr")
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args()
    text = "\n".join(report(args.filter, args.show)) + "\n"
    print(text)
    if args.output:
        args.output.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
