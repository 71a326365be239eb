"""A model trained with static word-piece embeddings (`--static-weight`) saves, loads and scans end to end.

The shipped model leaves the term off (docs/ARCHITECTURE.md: madlibs false positives); this keeps the
option working for `civility train --static-weight W` and `civility evaluate --static-weight W`."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from civility import Analyzer
from civility.config import Config
from civility.model import sources, static
from civility.model.fit import FitConfig
from civility.model.persist import load, save
from civility.model.train import encode_corpus, fit
from civility.types import Category

CONFIG = FitConfig(seed=7, inner_folds=2, bits=14, source_weights={"seeds": 1.0}, static_weight=0.3)


def test_a_model_with_the_embedding_term_scans_like_its_scorer(tmp_path: Path) -> None:
    artifact = fit(encode_corpus(sources.load(["seeds"]), CONFIG), CONFIG)
    assert artifact.scorer.coef_pieces is not None
    assert artifact.scorer.coef_pieces.shape == (5, len(static.vocabulary()))
    path = tmp_path / "static.skops"
    save(artifact, path, {})
    assert np.array_equal(load(path).scorer.coef_pieces, artifact.scorer.coef_pieces)
    analyzer = Analyzer(Config(model_path=str(path)))
    [insult, thanks] = analyzer.analyze(["you are a stupid idiot", "thanks, merged!"])
    assert insult.scores[Category.INSULT] > thanks.scores[Category.INSULT]
    assert Category.INSULT not in thanks.flagged
