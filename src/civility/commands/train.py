"""`civility train`: rebuild the model from the labelled data; the same data and seed give the same model."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from civility.commands.common import add_static_weight
from civility.model import sources

if TYPE_CHECKING:
    from civility.model.persist import Artifact

# scikit-learn and skops are imported inside run(): building the CLI parser (every `civility`
# command, the pre-commit hook included) must not pay seconds for them.


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "train",
        help="train the classifier from the labelled data in ../shared/data",
        description="Train the five-category classifier. The data folder is $CIVILITY_SHARED_DATA or "
        "<repo>/../shared/data. Same data and seed give the same model.",
    )
    parser.add_argument(
        "--data",
        nargs="+",
        metavar="NAME",
        default=list(sources.DEFAULT_SOURCES),
        help=f"datasets to train on (default: all mapped sets): {', '.join([*sources.LOADERS, 'seeds'])}",
    )
    parser.add_argument("-o", "--output", type=Path, help="model file (.skops; default: the shipped model)")
    parser.add_argument("--seed", type=int, help="random seed (default: the fit configuration's, 13)")
    add_static_weight(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from civility.model.fit import FitConfig
    from civility.model.persist import DEFAULT_MODEL, save
    from civility.model.train import encode_corpus, fit, metadata

    started = time.perf_counter()
    corpus = sources.load(args.data)
    print(f"training on {len(corpus):,} texts from {', '.join(args.data)}", file=sys.stderr)
    config = FitConfig()
    config = config if args.static_weight is None else replace(config, static_weight=args.static_weight)
    config = config if args.seed is None else replace(config, seed=args.seed)
    output: Path = args.output or DEFAULT_MODEL
    artifact: Artifact = fit(encode_corpus(corpus, config), config)
    save(artifact, output, metadata(corpus, args.data, config, artifact))
    shown = ", ".join(f"{c.value}={t:.2f}" for c, t in artifact.thresholds.items())
    print(f"wrote {output} (thresholds {shown}) in {time.perf_counter() - started:.0f}s", file=sys.stderr)
    return 0
