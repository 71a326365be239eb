"""`civility evaluate`: print the protocol and the metrics; optionally write them into the model card."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from civility.commands.common import add_static_weight
from civility.errors import InputError
from civility.model import sources


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "evaluate",
        help="measure the classifier (CV, leave-one-dataset-out, fairness, spans) next to a peer",
        description="Evaluate on the labelled data in $CIVILITY_SHARED_DATA or <repo>/../shared/data.",
    )
    parser.add_argument(
        "--data",
        nargs="+",
        metavar="NAME",
        default=list(sources.DEFAULT_SOURCES),
        help="the training mix (default: the same sets `civility train` uses)",
    )
    parser.add_argument("--cv", type=int, default=10, metavar="K", help="folds for in-domain CV (default 10)")
    parser.add_argument("--seed", type=int, help="seed for folds and fits (default 13)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for the refits (default 2)")
    add_static_weight(parser)
    parser.add_argument(
        "--task",
        choices=("model", "threads", "private_info", "all"),
        default="model",
        help="model: CV, LODO, fairness, spans; threads: the shipped analyzer on held-out GitHub issues",
    )
    parser.add_argument("--quick", action="store_true", help="ToxiCR CV and two LODO sets only (for tests)")
    parser.add_argument(
        "--model",
        metavar="FILE",
        help="threads: score with this model file (from `civility train -o`) instead of the shipped one",
    )
    parser.add_argument(
        "--write-card", action="store_true", help="write the numbers into models/MODEL_CARD.md"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.model and (args.write_card or args.task != "threads"):
        raise InputError(
            "--model only applies to --task threads without --write-card: the card describes the shipped "
            "model, and the other tasks refit their own models"
        )
    if args.write_card and args.task in ("model", "threads", "all"):
        _require_peer()
    status = 0
    if args.task in ("model", "all"):
        status = max(status, _model(args))
    if args.task in ("threads", "all"):
        status = max(status, _threads(args))
    if args.task in ("private_info", "all"):
        status = max(status, _private_info(args))
    return status


def _require_peer() -> None:
    """The card sets civility beside alt-profanity-check in the same run; a card written without the
    peer reads n/a where its numbers belong, found only when a two-hour run ends (as happened on 7 Dec
    from a worktree, whose own benchmarks/.work has no peer venv). Fail before the run instead."""
    from civility.model import peers

    reason = peers.unavailable_reason()
    if reason is not None:
        raise InputError(
            f"--write-card: {reason}. The card compares civility with it side by side: set it up as "
            "civility.model.peers says, or point CIVILITY_PEER_PYTHON at its interpreter, or run "
            "without --write-card"
        )


def _model(args: argparse.Namespace) -> int:
    from civility.model.card import write_section
    from civility.model.evaluate import evaluate
    from civility.model.persist import DEFAULT_DIR
    from civility.model.report import markdown

    started = time.perf_counter()

    def progress(message: str) -> None:
        print(f"[{time.perf_counter() - started:5.0f}s] {message}", file=sys.stderr, flush=True)

    from dataclasses import replace

    from civility.model.fit import FitConfig  # scikit-learn: imported only when evaluating

    seed = FitConfig.seed if args.seed is None else args.seed
    config = FitConfig(seed=seed)
    config = config if args.static_weight is None else replace(config, static_weight=args.static_weight)
    report = evaluate(args.data, args.cv, config, progress, quick=args.quick, jobs=args.jobs)
    text = markdown(report)
    print(text)
    if args.write_card:
        command = "civility evaluate" + (f" --cv {args.cv}" if args.cv != 10 else "") + f" --jobs {args.jobs}"
        command += f" --static-weight {args.static_weight:g}" if args.static_weight is not None else ""
        command += (
            f" --data {' '.join(args.data)}" if list(args.data) != list(sources.DEFAULT_SOURCES) else ""
        )
        write_section(DEFAULT_DIR / "MODEL_CARD.md", text, command + " --write-card")
        progress(f"wrote {DEFAULT_DIR / 'MODEL_CARD.md'}")
    progress("done")
    return 0


def _threads(args: argparse.Namespace) -> int:
    from civility.analyzer import Analyzer
    from civility.config import Config
    from civility.evaluation import threads
    from civility.filters.registry import FILTER_NAMES
    from civility.model.card import write_section
    from civility.model.corpus import shared_data_dir
    from civility.model.persist import DEFAULT_DIR

    data = threads.load_threads(shared_data_dir())
    shipped = Analyzer(Config(model_path=args.model))
    unfiltered = Analyzer(
        Config(model_path=args.model, disabled_filters=frozenset(FILTER_NAMES)), second_look=False
    )
    report = threads.evaluate_threads(
        data,
        lambda texts: list(shipped.analyze(texts)),
        lambda texts: list(unfiltered.analyze(texts)),
        model=args.model,
    )
    text = threads.markdown(report)
    print(text)
    if args.write_card:
        write_section(
            DEFAULT_DIR / "MODEL_CARD.md", text, "civility evaluate --task threads --write-card", "threads"
        )
        print(f"wrote {DEFAULT_DIR / 'MODEL_CARD.md'}", file=sys.stderr)
    return 0


def _private_info(args: argparse.Namespace) -> int:
    try:
        from civility.evaluation.private_info import main as private_main
    except ImportError as exc:
        print(f"civility evaluate: the private_info evaluation is not available yet ({exc})", file=sys.stderr)
        return 2
    return int(private_main([]) or 0)
