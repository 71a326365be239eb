"""Category scores of a list of probe sentences, one per line, with each model given.

    python benchmarks/probe_scores.py [--model MODEL.skops ...] [--without DETECTOR] [PROBES.txt ...]

PROBES.txt defaults to benchmarks/probes/second_person.txt. With several probe files (for example
`benchmarks/probes/*.txt`) it first prints, per file, how many sentences each column flags and every
sentence whose flag differs between the columns, then each file's table.

The probes are sentences written to look at one behaviour (second-person praise and person-directed
insults without swear words in `second_person.txt`); they are not training rows. Each sentence is
scored by the full `Analyzer`, as `civility scan` runs it, with the model's own thresholds, and printed
as `FLAG` (or blank), the sentence, and every category score of at least 0.05, one column per model.
To see what a data change does, `civility train` with it, copy models/civility.skops and its .json
elsewhere, restore the shipped ones, and pass both with --model. `--without threat` adds, for each
model, a column scored with that detector disabled (what the model alone does); a filter's name
(`--without reader_praise`) takes that run-time filter out instead.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from civility import Analyzer  # noqa: E402
from civility.config import Config  # noqa: E402
from civility.detectors.registry import DETECTOR_NAMES  # noqa: E402
from civility.filters.registry import FILTER_NAMES  # noqa: E402


def analyzer_for(model: Path, disabled: frozenset[str] = frozenset()) -> Analyzer:
    """The analyzer `civility scan` would run with `model`, minus the detectors or run-time filters
    (`reader_praise`, `laughter`, ...) named in `disabled`."""
    detectors, filters = disabled & set(DETECTOR_NAMES), disabled & set(FILTER_NAMES)
    unknown = disabled - detectors - filters
    if unknown:
        raise SystemExit(
            f"--without {sorted(unknown)}: not a detector ({DETECTOR_NAMES}) or a filter ({FILTER_NAMES})"
        )
    return Analyzer(Config(model_path=str(model), disabled_detectors=detectors, disabled_filters=filters))


def scored(analyzer: Analyzer, sentences: list[str]) -> list[str]:
    """One cell per sentence: flag marker and the category scores of at least 0.05."""
    cells = []
    for assessment in analyzer.analyze(sentences):
        scores = ", ".join(f"{c.value} {s:.2f}" for c, s in assessment.scores.items() if s >= 0.05)
        cells.append(("FLAG " if assessment.flagged else "") + (scores or "-"))
    return cells


def flagged(cell: str) -> bool:
    return cell.startswith("FLAG")


def table(names: list[str], sentences: list[str], columns: list[list[str]]) -> list[str]:
    rows = ["| sentence | " + " | ".join(names) + " |", "| --- |" + " --- |" * len(names)]
    return rows + [
        f"| {s} | " + " | ".join(column[i] for column in columns) + " |" for i, s in enumerate(sentences)
    ]


def summary(names: list[str], results: dict[str, tuple[list[str], list[list[str]]]]) -> list[str]:
    """Per probe file, sentences flagged by each column; then every sentence whose flag differs
    between columns."""
    counts = ["| probe file | sentences | " + " | ".join(f"flagged, {n}" for n in names) + " |"]
    counts.append("| --- | --- |" + " --- |" * len(names))
    changed = [
        "| probe file | sentence | " + " | ".join(names) + " |",
        "| --- | --- |" + " --- |" * len(names),
    ]
    for name, (sentences, columns) in results.items():
        counts.append(
            f"| {name} | {len(sentences)} | " + " | ".join(str(sum(map(flagged, c))) for c in columns) + " |"
        )
        for i, sentence in enumerate(sentences):
            if len({flagged(column[i]) for column in columns}) > 1:
                changed.append(
                    f"| {name} | {sentence} | " + " | ".join(column[i] for column in columns) + " |"
                )
    return [*counts, "", "Sentences whose flag differs between columns:", "", *changed]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "probes", type=Path, nargs="*", default=[ROOT / "benchmarks/probes/second_person.txt"]
    )
    parser.add_argument("--model", type=Path, action="append", help="model file(s); default the shipped one")
    parser.add_argument(
        "--without", action="append", default=[], help="also score with this detector (or filter) off"
    )
    args = parser.parse_args()
    models = args.model or [ROOT / "models" / "civility.skops"]
    runs = [(m, frozenset()) for m in models] + [(m, frozenset({d})) for m in models for d in args.without]
    analyzers = [analyzer_for(model, disabled) for model, disabled in runs]
    names = [str(m) + "".join(f" without {d}" for d in sorted(disabled)) for m, disabled in runs]
    results = {}
    for probes in args.probes:
        sentences = [line for line in probes.read_text(encoding="utf-8").splitlines() if line.strip()]
        results[probes.stem] = (sentences, [scored(analyzer, sentences) for analyzer in analyzers])
    if len(results) == 1:
        print("\n".join(table(names, *next(iter(results.values())))))
        return
    print("\n".join(summary(names, results)))
    for name, (sentences, columns) in results.items():
        print(f"\n## {name}\n")
        print("\n".join(table(names, sentences, columns)))


if __name__ == "__main__":
    main()
