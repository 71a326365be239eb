"""A model trained with static word-piece embeddings (`--static-weight`) saves, loads and scans end to end.

The term is mixed into the identity_attack, harassment and sexual heads only (`FitConfig.static_heads`;
docs/ARCHITECTURE.md: on insult it taught statements about people to look like insults). These tests
give the fit a seeded table of the same vocabulary, so save, load and scan do not depend on the
distilled values (and the tests do not need `models/static/vectors.npy`)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from civility import Analyzer
from civility.config import Config
from civility.errors import ModelError
from civility.model import sources, static
from civility.model.corpus import COLUMNS
from civility.model.fit import FitConfig
from civility.model.persist import load, save
from civility.model.train import encode_corpus, fit
from civility.types import Category

CONFIG = FitConfig(seed=7, inner_folds=2, bits=14, source_weights={"seeds": 1.0}, static_weight=0.3)


@pytest.fixture
def seeded_table(monkeypatch: pytest.MonkeyPatch) -> None:
    table = np.random.default_rng(7).normal(size=(len(static.vocabulary()), 16)).astype(np.float32)
    monkeypatch.setattr(static, "vectors", lambda: table)


@pytest.mark.usefixtures("seeded_table")
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


@pytest.mark.usefixtures("seeded_table")
def test_only_the_static_heads_get_token_weights() -> None:
    config = FitConfig(
        seed=7, inner_folds=2, bits=14, static_weight=0.3, static_heads=(Category.SEXUAL.value,)
    )
    artifact = fit(encode_corpus(sources.load(["seeds"]), config), config)
    pieces = artifact.scorer.coef_pieces
    assert pieces is not None
    weighted = [c for i, c in enumerate(COLUMNS) if np.any(pieces[i])]
    assert weighted == [Category.SEXUAL]


@pytest.mark.usefixtures("seeded_table")
def test_no_static_heads_means_no_embedding_term() -> None:
    config = FitConfig(seed=7, inner_folds=2, bits=14, static_weight=0.3, static_heads=())
    artifact = fit(encode_corpus(sources.load(["seeds"]), config), config)
    assert artifact.scorer.coef_pieces is None


def test_a_missing_table_says_how_to_build_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(static, "static_dir", lambda: tmp_path)
    with pytest.raises(ModelError, match=r"distill_static_embeddings\.py"):
        static.vectors()
