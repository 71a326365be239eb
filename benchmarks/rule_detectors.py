"""What a rule detector (threats, advances, dehumanization, discredit, contempt) adds to the model.

Out of fold:

    CIVILITY_SHARED_DATA=../shared/data python benchmarks/rule_detectors.py --detector NAME [--show] [-o F]
    python benchmarks/rule_detectors.py --detector threat -o benchmarks/results/threat_detector.md
    python benchmarks/rule_detectors.py --detector sexual_advance -o F  # F: sexual_advance_detector.md

The model has seen every labelled row, so its in-sample flags say nothing about what the rules add:
this script computes the 3-fold out-of-fold scores of the default training mix (as `civility train`
does) and counts, per set, the rows flagged in the detector's categories by the model alone (OOF score
at the shipped cut) and by the model or the rules (a finding of the detector that survives the
analyzer's filters), over the rows labelled positive (+) and negative (-) for the category. Davidson
is not in the training mix, so the shipped model scores it as it is. `--show` prints every rule match
with its gold labels to stderr.

The threat rules were written from the Code of Conduct's wording and the probes in
`benchmarks/probes/threats.txt`; a first run of this script showed three shapes to narrow (the idiom
"shoot yourself in the foot", "kill yourself" described rather than told, predictions such as "you
are going to get killed in the ratings") and reading the missed positives added four, so the sets are
not unseen by those rules. The sexual-advance rules were written from `benchmarks/probes/sexual.txt`,
the dehumanization rules from `benchmarks/probes/identity.txt`, and each run on the sets once before
a veto was added after reading their matches. The discredit rules were written from SGID4SE's
"Discredit" category and `benchmarks/probes/identity.txt`; after one run, verbs of belief after
"only" ("they just assume because ...") were excluded and sexual discrediting kept to `sexual`.
The threat rules' intimidation idioms ("teach you a lesson", "you'll pay for this") and the
sexual-advance "courting" shape were added later from the probes, and relatives as threat targets
("ur grandma") after reading SGID4SE's missed threats; together they match 3 more labelled rows
(SGID4SE, all toxic) and the courting shape none.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from civility.analyzer import Analyzer  # noqa: E402
from civility.detectors.base import Detector  # noqa: E402
from civility.detectors.contempt import ContemptDetector  # noqa: E402
from civility.detectors.dehumanization import DehumanizationDetector  # noqa: E402
from civility.detectors.discredit import DiscreditDetector  # noqa: E402
from civility.detectors.model import ModelDetector  # noqa: E402
from civility.detectors.sexual_advance import SexualAdvanceDetector  # noqa: E402
from civility.detectors.threat import ThreatDetector  # noqa: E402
from civility.model import sources  # noqa: E402
from civility.model.calibration import uncalibrated  # noqa: E402
from civility.model.corpus import COLUMNS, Corpus, shared_data_dir  # noqa: E402
from civility.model.fit import FitConfig, oof_scores  # noqa: E402
from civility.model.persist import DEFAULT_MODEL, load  # noqa: E402
from civility.model.train import encode_corpus  # noqa: E402
from civility.types import Category, Message  # noqa: E402

HELD_OUT = ("davidson",)
DETECTORS: dict[str, type[Detector]] = {
    "threat": ThreatDetector,
    "sexual_advance": SexualAdvanceDetector,
    "dehumanization": DehumanizationDetector,
    "discredit": DiscreditDetector,
    "contempt": ContemptDetector,
}


def rule_flags(texts: tuple[str, ...], detector: Detector) -> list[frozenset[Category]]:
    """The categories each text is flagged in by the rules alone, after the analyzer's filters."""
    analyzer = Analyzer(detectors=[detector])
    return [a.flagged for a in analyzer.analyze(Message(id=str(i), text=t) for i, t in enumerate(texts))]


def model_scores(corpus: Corpus, trained: bool) -> np.ndarray:
    """Out-of-fold scores of the training mix, or the shipped model's scores of a held-out set."""
    if trained:
        config = FitConfig()
        return oof_scores(encode_corpus(corpus, config).counts, corpus.labels, list(corpus.sources), config)
    analyzer = Analyzer(detectors=[ModelDetector()])
    rows = analyzer.analyze(Message(id=str(i), text=t) for i, t in enumerate(corpus.texts))
    return np.array([[a.scores[c] for c in COLUMNS] for a in rows], dtype=np.float32)


def count(
    corpus: Corpus, scores: np.ndarray, cuts: dict[Category, float], detector: Detector, show: bool
) -> Counter[tuple[str, str]]:
    counts: Counter[tuple[str, str]] = Counter()
    for i, ruled in enumerate(rule_flags(corpus.texts, detector)):
        src, labels = corpus.sources[i], corpus.labels[i]
        counts[(src, "rows")] += 1
        if ruled:
            counts[(src, "matched")] += 1
            counts[(src, "matched " + ("toxic" if (labels == 1).any() else "not toxic"))] += 1
            if show:
                marks = " ".join(f"{c.value}{_gold(labels, c)}" for c in detector.categories)
                print(f"{src} [{marks}] {corpus.texts[i][:240]!r}", file=sys.stderr)
        for category in detector.categories:
            gold = _gold(labels, category)
            if gold != "?":
                model = bool(scores[i, COLUMNS.index(category)] >= cuts[category])
                counts[(src, f"{category.value}{gold} n")] += 1
                counts[(src, f"{category.value}{gold} model")] += model
                counts[(src, f"{category.value}{gold} both")] += model or category in ruled
    return counts


def _gold(labels: np.ndarray, category: Category) -> str:
    return {1: "+", 0: "-"}.get(int(labels[COLUMNS.index(category)]), "?")


def run(name: str, show: bool) -> list[str]:
    started = time.perf_counter()
    cuts = Analyzer().thresholds
    raw_cuts = uncalibrated(load(DEFAULT_MODEL)).thresholds  # out-of-fold scores have no Platt scaling
    counts: Counter[tuple[str, str]] = Counter()
    names = []
    for trained, names_ in ((True, sources.DEFAULT_SOURCES), (False, HELD_OUT)):
        corpus = sources.load(list(names_))
        scores = model_scores(corpus, trained)
        counts += count(corpus, scores, raw_cuts if trained else cuts, DETECTORS[name](), show)
        names += [n for n in names_ if counts[(n, "rows")]]
    return _table(name, names, counts, (cuts, raw_cuts), time.perf_counter() - started) + unseen(
        DETECTORS[name](), show
    )


UNSEEN = (
    ("en_sentence_templates.csv", "phrase", "toxicity"),
    ("intersectional_madlibs.csv", "phrase", "toxicity"),
    ("toxicity_nonfuzzed_testset.csv", "comment", "toxic"),
)
"""Jigsaw's bias sets: identity madlibs and a Wikipedia talk-page test set, labelled toxic or not."""


def unseen(detector: Detector, show: bool) -> list[str]:
    """Rows of Jigsaw's bias sets the rules flag, by the set's label: text that neither the rules nor
    the model were developed on (the model is evaluated on the madlibs, never trained on them)."""
    analyzer = Analyzer(detectors=[detector])
    lines = [
        "",
        "Held out from everything (`jigsaw-bias-madlibs`, never read while writing the rules): rows the",
        "rules flag, by the set's own toxic label.",
        "",
        "| file | rows | flagged, labelled toxic | flagged, labelled not toxic |",
        "| --- | --- | --- | --- |",
    ]
    for file, text_column, label_column in UNSEEN:
        with open(shared_data_dir() / "jigsaw-bias-madlibs" / file, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        counts: Counter[bool] = Counter()
        for row, assessment in zip(rows, analyzer.analyze(r[text_column] for r in rows), strict=True):
            if assessment.flagged:
                toxic = row[label_column].strip().lower() in ("toxic", "true", "1")
                counts[toxic] += 1
                if show:
                    print(f"{file} [toxic={toxic}] {row[text_column][:240]!r}", file=sys.stderr)
        lines.append(f"| {file} | {len(rows):,} | {counts[True]} | {counts[False]} |")
    return lines


def _table(
    name: str,
    names: list[str],
    counts: Counter[tuple[str, str]],
    cuts: tuple[dict[Category, float], dict[Category, float]],
    seconds: float,
) -> list[str]:
    """`cuts`: the shipped thresholds (calibrated scale) and the same cuts on the raw scale."""
    categories = DETECTORS[name].categories
    shown = ", ".join(f"{c.value} {cuts[0][c]:.2f} (raw {cuts[1][c]:.3f})" for c in categories)
    keys = [f"{c.value}{sign}" for c in categories for sign in "+-"]
    lines = [
        f"# The {name} rules (`civility.detectors.{name}`) next to the model, out of fold",
        "",
        f"Command: `python benchmarks/rule_detectors.py --detector {name} "
        f"-o benchmarks/results/{name}_detector.md`",
        "",
        f"Default training mix: 3-fold out-of-fold model scores; {', '.join(HELD_OUT)}: the shipped model",
        f"(not trained on it). Cuts: {shown}; the out-of-fold scores have no Platt scaling and are "
        "compared with the raw cuts (before 7 Dec, twelfth session, with the calibrated ones: a bug). "
        "*matched*: rows where a rule finding survives the filters "
        "(*toxic*: labelled positive in any category). Flag cells: rows flagged by the model alone → by the",
        "model or the rules, of the rows labelled positive (+) or negative (-) for the category "
        f"({seconds:.0f} s).",
        "",
        "| set | rows | matched | toxic | not toxic | " + " | ".join(keys) + " |",
        "| --- | --- | --- | --- | --- |" + " --- |" * len(keys),
    ]
    for src in names:
        cells = [f"{counts[(src, 'rows')]:,}"] + [
            str(counts[(src, k)]) for k in ("matched", "matched toxic", "matched not toxic")
        ]
        for key in keys:
            n = counts[(src, f"{key} n")]
            model, both = counts[(src, f"{key} model")], counts[(src, f"{key} both")]
            cells.append(f"{model} → {both} of {n:,}" if n else "–")
        lines.append(f"| {src} | " + " | ".join(cells) + " |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--detector", choices=sorted(DETECTORS), required=True)
    parser.add_argument("--show", action="store_true", help="print every rule match and its labels to stderr")
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args()
    text = "\n".join(run(args.detector, args.show)) + "\n"
    print(text)
    if args.output:
        args.output.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
