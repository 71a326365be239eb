"""Would "identity_attack needs a group named in the message" cut false flags? Out of fold, no.

    CIVILITY_SHARED_DATA=../shared/data python benchmarks/identity_reference.py [-o F] [--show SET]
    python benchmarks/identity_reference.py -o benchmarks/results/identity_reference.md

Developer talk gets identity_attack flags on messages that name no one ("Thumbs up" 0.15, "Urgent!"
0.13, cut 0.11). A gate would drop the head's flag when the message holds no group reference. This
script computes the 3-fold out-of-fold scores of the default training mix (as `civility train`
does), takes the rows flagged identity_attack at the shipped cut, and splits them by gold label and
by whether the text holds a reference from a deliberately generous list: `identity.TERMS`, words
for nations, religions, race and gender, common slurs, and even the third-person pronouns. It also
counts every labelled positive with and without such a reference (the recall a gate would put at
risk). A development experiment: the cut is the shipped one, the scores are out of fold.
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

from civility.model import sources  # noqa: E402
from civility.model.calibration import uncalibrated  # noqa: E402
from civility.model.corpus import COLUMNS  # noqa: E402
from civility.model.fit import FitConfig, oof_scores  # noqa: E402
from civility.model.identity import TERMS  # noqa: E402
from civility.model.persist import DEFAULT_MODEL, load  # noqa: E402
from civility.model.train import encode_corpus  # noqa: E402
from civility.types import Category  # noqa: E402

_MORE = (
    "people person race races racist racism religion religious nation nations country countries "
    "immigrant immigrants refugee refugees migrant migrants foreigner foreigners gender sex sexist "
    "sexism feminist feminists feminism islam jesus god allah christ church mosque jihad english british "
    "french german germans russian russians italian irish ethnic minority minorities nigger niggers "
    "nigga niggas faggot faggots fag fags retard retarded retards dyke tranny trannies kike kikes spic "
    "chink paki wetback towelhead raghead cunt bitch bitches whore whores slut sluts hoe hoes wife wives "
    "mother mom girlfriend daughter sister she her he his him"
)
REFERENCE = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, TERMS | set(_MORE.split())), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
COLUMNS_SHOWN = (
    "flagged, labelled yes, with / without",
    "flagged, labelled no, with / without",
    "flagged, unlabelled, with / without",
    "all labelled yes, with / without",
)


def report(show: str | None) -> list[str]:
    started = time.perf_counter()
    config = FitConfig()
    corpus = sources.load(sources.DEFAULT_SOURCES)
    column = COLUMNS.index(Category.IDENTITY_ATTACK)
    cut = uncalibrated(load(DEFAULT_MODEL)).thresholds[Category.IDENTITY_ATTACK]  # raw, like the OOF scores
    oof = oof_scores(encode_corpus(corpus, config).counts, corpus.labels, list(corpus.sources), config)
    counts: Counter[tuple[str, str, bool]] = Counter()
    for i, text in enumerate(corpus.texts):
        gold, named = int(corpus.labels[i, column]), REFERENCE.search(text) is not None
        verdict = {1: "yes", 0: "no"}.get(gold, "unlabelled")
        if gold == 1:
            counts[(corpus.sources[i], "all yes", named)] += 1
        if oof[i, column] >= cut:
            counts[(corpus.sources[i], verdict, named)] += 1
            if show == corpus.sources[i] and not named:
                print(f"{verdict} {oof[i, column]:.2f}: {text[:200]!r}", file=sys.stderr)
    lines = [
        "# identity_attack flags with and without a group named in the message, out of fold",
        "",
        "Command: `python benchmarks/identity_reference.py`",
        "",
        f"{len(corpus):,} rows of the default training mix, 3-fold out-of-fold scores, shipped cut "
        f"identity_attack {cut:.3f} on their raw scale ({time.perf_counter() - started:.0f} s). "
        "'with' = the text holds a "
        "word of the script's reference list (group terms, nations, religions, slurs, third-person "
        "pronouns); 'without' = it holds none, the rows a gate would unflag.",
        "",
        "| set | " + " | ".join(COLUMNS_SHOWN) + " |",
        "| --- |" + " --- |" * len(COLUMNS_SHOWN),
    ]
    for source in sorted(set(corpus.sources)):
        verdicts = ("yes", "no", "unlabelled", "all yes")
        cells = [f"{counts[(source, v, True)]} / {counts[(source, v, False)]}" for v in verdicts]
        lines.append(f"| {source} | " + " | ".join(cells) + " |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", metavar="SET", help="print that set's flagged rows without a reference")
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args()
    text = "\n".join(report(args.show)) + "\n"
    print(text)
    if args.output:
        args.output.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
