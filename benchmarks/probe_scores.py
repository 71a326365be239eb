"""Category scores of a list of probe sentences, one per line, with each model given.

    python benchmarks/probe_scores.py [--model models/civility.skops ...] [--without DETECTOR] [PROBES.txt]

PROBES.txt defaults to benchmarks/probes/second_person.txt.

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


def scored(model: Path, sentences: list[str], disabled: frozenset[str] = frozenset()) -> list[str]:
    """One cell per sentence: flag marker and the category scores of at least 0.05. `disabled` names
    detectors to turn off, or run-time filters (`reader_praise`, `laughter`, ...) to take out."""
    detectors, filters = disabled & set(DETECTOR_NAMES), disabled & set(FILTER_NAMES)
    unknown = disabled - detectors - filters
    if unknown:
        raise SystemExit(
            f"--without {sorted(unknown)}: not a detector ({DETECTOR_NAMES}) or a filter ({FILTER_NAMES})"
        )
    config = Config(model_path=str(model), disabled_detectors=detectors, disabled_filters=filters)
    analyzer = Analyzer(config)
    cells = []
    for assessment in analyzer.analyze(sentences):
        scores = ", ".join(f"{c.value} {s:.2f}" for c, s in assessment.scores.items() if s >= 0.05)
        cells.append(("FLAG " if assessment.flagged else "") + (scores or "-"))
    return cells


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probes", type=Path, nargs="?", default=ROOT / "benchmarks/probes/second_person.txt")
    parser.add_argument("--model", type=Path, action="append", help="model file(s); default the shipped one")
    parser.add_argument(
        "--without", action="append", default=[], help="also score with this detector (or filter) off"
    )
    args = parser.parse_args()
    models = args.model or [ROOT / "models" / "civility.skops"]
    sentences = [line for line in args.probes.read_text(encoding="utf-8").splitlines() if line.strip()]
    runs = [(m, frozenset()) for m in models] + [(m, frozenset({d})) for m in models for d in args.without]
    columns = [scored(model, sentences, disabled) for model, disabled in runs]
    names = [str(m) + "".join(f" without {d}" for d in sorted(disabled)) for m, disabled in runs]
    print("| sentence | " + " | ".join(names) + " |")
    print("| --- |" + " --- |" * len(runs))
    for i, sentence in enumerate(sentences):
        print(f"| {sentence} | " + " | ".join(column[i] for column in columns) + " |")


if __name__ == "__main__":
    main()
