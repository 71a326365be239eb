"""Leave-one-dataset-out alone, for chosen sets: a screen for training-data candidates before a card run.

    python benchmarks/lodo_screen.py [--sets sgid4se hatexplain] [--jobs 2] [--out FILE.md]
    python benchmarks/lodo_screen.py --sets sgid4se ethos --jobs 1 --out results/lodo_screen_main.md

The last seed candidate (`seed-contrast`, docs/ARCHITECTURE.md "Seed rationales measured") was level
in domain and lost on leave-one-dataset-out (SGID4SE 0.359 -> 0.265), and the card that showed it
takes two hours. This runs the card's own LODO protocol (`civility.model.protocols`: one out-of-fold
pass for the thresholds, then per set a refit on the mix without it, tested on all of it, model and
whole analyzer) for the sets named, so a candidate can be screened in a fraction of that. The code
and seed file are those of the checkout the script is run from: run it from a worktree of the
candidate's branch and from main, and compare. The numbers are the card's LODO rows for the same
commit (same seed, same protocol), not an estimate of them.

    python benchmarks/lodo_screen.py --cv 10 --sets strudel --out results/cv_screen_CANDIDATE.md

With `--cv K` it runs the card's in-domain K-fold CV of the named sets instead (the same seeded folds,
the same out-of-fold pass for the thresholds) and prints the card's in-domain table with each fold's
F1, so `benchmarks/card_diff.py` can compare it with a card fold by fold (the peer column is n/a:
the screen does not run it). About 25 minutes for STRUDEL's 10 folds with two processes.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from civility.model import sources  # noqa: E402
from civility.model.evaluate import Report  # noqa: E402
from civility.model.experiment import Experiment  # noqa: E402
from civility.model.fit import FitConfig  # noqa: E402
from civility.model.protocols import Progress, Result, cv_tasks, lodo_task, run, summarise  # noqa: E402
from civility.model.report import in_domain  # noqa: E402


def screen(sets: list[str], jobs: int, progress: Progress | None = None) -> list[Result]:
    """The LODO Result of each set in `sets`, trained on the default mix without it."""
    say = progress or (lambda message: None)
    exp = Experiment(list(sources.DEFAULT_SOURCES), FitConfig())
    done = run(exp, [lodo_task(exp, s) for s in sets], jobs, lambda *_: {}, say)
    return [summarise(exp, [(task, scored)]) for task, scored, _ in done]


def screen_cv(sets: list[str], folds: int, jobs: int, progress: Progress | None = None) -> Report:
    """The in-domain CV Result of each set in `sets`, as the card's protocol computes it."""
    say = progress or (lambda message: None)
    config = FitConfig()  # the card's defaults, its seed too: the same folds as the card
    exp = Experiment(list(sources.DEFAULT_SOURCES), config)
    tasks = [task for s in sets for task in cv_tasks(exp, s, folds, config.seed)]
    done = run(exp, tasks, jobs, lambda *_: {}, say)
    results = [summarise(exp, [(task, scored) for task, scored, _ in done if task.source == s]) for s in sets]
    return Report(tuple(sources.DEFAULT_SOURCES), folds, config.seed, len(exp.labels), cv=results)


def table(results: list[Result]) -> list[str]:
    lines = [
        "| set | task | F1 | P | R | whole analyzer F1 | categories (F1) |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in results:
        cats = ", ".join(f"{c} {m.f1:.2f}" for c, m in r.categories.items())
        whole = f"{r.analyzer.f1:.3f}" if r.analyzer is not None else "-"
        o = r.overall
        lines.append(
            f"| {r.source} | {r.task} | {o.f1:.3f} | {o.precision:.3f} | {o.recall:.3f} | {whole} | {cats} |"
        )
    mean = sum(r.overall.f1 for r in results) / len(results)
    return [*lines, "", f"Mean model F1 over these sets: {mean:.3f}."]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    names = [s for s in sources.DEFAULT_SOURCES if s != "seeds"]
    parser.add_argument("--sets", nargs="+", choices=names, default=names)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--cv", type=int, metavar="K", help="in-domain K-fold CV of the sets instead of LODO")
    args = parser.parse_args()
    started = time.perf_counter()

    def progress(message: str) -> None:
        print(f"[{time.perf_counter() - started:5.0f}s] {message}", file=sys.stderr, flush=True)

    if args.cv:
        body, title, flag = (
            in_domain(screen_cv(args.sets, args.cv, args.jobs, progress)),
            "In-domain CV",
            f" --cv {args.cv}",
        )
    else:
        body, title, flag = table(screen(args.sets, args.jobs, progress)), "Leave-one-dataset-out", ""
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    )
    lines = [
        f"# {title} screen",
        "",
        f"Command: `python benchmarks/lodo_screen.py{flag} --sets {' '.join(args.sets)} --jobs {args.jobs}`, "
        f"run from a checkout at {commit.stdout.strip() or 'an unknown commit'}.",
        "",
        *body,
        "",
        f"Whole run: {time.perf_counter() - started:.0f} s with {args.jobs} process(es).",
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
