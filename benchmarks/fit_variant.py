"""Evaluate a variant of the fit configuration with `civility evaluate`'s protocols (a development
experiment, run before changing a default).

    python benchmarks/fit_variant.py --set nb_scale=true [--set source_balance_cap=20] [--cv 5] [--jobs 2]

Runs in-domain CV (--cv folds), leave-one-dataset-out, evidence spans and madlibs with
`FitConfig(**settings)` and writes the report to benchmarks/results/fit_variant_<settings>_cv<k>.md.
Settings not given keep FitConfig's defaults. Baselines with the same folds, seed and thresholds:
results/fit_variant_nb_scale=true_cv5.md for today's defaults, the "n-grams only" column of
results/static_mix.md for the fit before NB scaling (`--set nb_scale=false`); leave-one-dataset-out
and madlibs do not depend on --cv. Each run takes ~21-30 minutes with 2 processes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from civility.model import sources  # noqa: E402
from civility.model.evaluate import evaluate  # noqa: E402
from civility.model.fit import FitConfig  # noqa: E402
from civility.model.report import markdown  # noqa: E402


def setting(text: str) -> tuple[str, object]:
    """`name=value`, the value parsed as JSON when it can be (numbers, true/false), else a string."""
    name, _, value = text.partition("=")
    if name not in FitConfig.__dataclass_fields__:
        raise argparse.ArgumentTypeError(f"{name!r} is not a FitConfig field")
    try:
        return name, json.loads(value)
    except json.JSONDecodeError:
        return name, value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=setting, action="append", required=True, metavar="NAME=VALUE")
    parser.add_argument("--cv", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    started = time.perf_counter()

    def progress(message: str) -> None:
        print(f"[{time.perf_counter() - started:5.0f}s] {message}", file=sys.stderr, flush=True)

    settings = dict(args.set)
    report = evaluate(list(sources.DEFAULT_SOURCES), args.cv, FitConfig(**settings), progress, jobs=args.jobs)
    label = "_".join(f"{k}={v}" for k, v in settings.items()).lower()
    out = ROOT / "benchmarks" / "results" / f"fit_variant_{label}_cv{args.cv}.md"
    flags = " ".join(f"--set {k}={json.dumps(v)}" for k, v in settings.items())
    command = f"python benchmarks/fit_variant.py {flags} --cv {args.cv} --jobs {args.jobs}"
    elapsed = f"Whole run: {time.perf_counter() - started:.0f} s with {args.jobs} process(es)."
    out.write_text(f"Command: `{command}`\n\n{markdown(report)}\n\n{elapsed}\n", encoding="utf-8")
    print(f"wrote {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
