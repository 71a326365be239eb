"""`civility train`: rebuild the model from the labelled data; the same data and seed give the same model."""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from civility.model import sources

if TYPE_CHECKING:
    from civility.model.fit import FitConfig
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
    parser.add_argument(
        "--distill",
        action="store_true",
        help="first rebuild the static vectors in models/ from all-MiniLM-L6-v2 (needs the distill extra)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from civility.model.fit import FitConfig
    from civility.model.persist import DEFAULT_DIR, DEFAULT_MODEL, save
    from civility.model.train import metadata
    from civility.model.vectors import TOKENIZER_FILE, build_vectors, load_vectors

    started = time.perf_counter()
    if args.distill:
        print(f"distilling static vectors into {DEFAULT_DIR} ...", file=sys.stderr)
        build_vectors(DEFAULT_DIR)
    vectors = load_vectors(DEFAULT_DIR)
    corpus = sources.load(args.data)
    print(f"training on {len(corpus):,} texts from {', '.join(args.data)}", file=sys.stderr)
    config = FitConfig() if args.seed is None else FitConfig(seed=args.seed)
    output: Path = args.output or DEFAULT_MODEL
    output.parent.mkdir(parents=True, exist_ok=True)
    if output.parent.resolve() != DEFAULT_DIR.resolve():
        shutil.copyfile(DEFAULT_DIR / TOKENIZER_FILE, output.parent / TOKENIZER_FILE)
    artifact = train_artifact(corpus, vectors, config)
    save(artifact, output, metadata(corpus, args.data, DEFAULT_DIR, config, artifact))
    shown = ", ".join(f"{c.value}={t:.2f}" for c, t in artifact.thresholds.items())
    print(f"wrote {output} (thresholds {shown}) in {time.perf_counter() - started:.0f}s", file=sys.stderr)
    return 0


def train_artifact(corpus: sources.Corpus, vectors: Any, config: FitConfig) -> Artifact:
    from dataclasses import replace

    from civility.model.corpus import sha256
    from civility.model.persist import DEFAULT_DIR
    from civility.model.train import encode_corpus, fit
    from civility.model.vectors import TOKENIZER_FILE

    artifact = fit(encode_corpus(corpus, vectors), vectors, config)
    return replace(artifact, tokenizer_sha256=sha256(DEFAULT_DIR / TOKENIZER_FILE))
