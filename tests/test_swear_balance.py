"""Swear balancing (`FitConfig.swear_balance_heads`): a swear stops being evidence of an identity attack,
the words that name a group keep theirs, and heads not named are fitted as before."""

from __future__ import annotations

import numpy as np
import pytest

from civility.model import ngrams
from civility.model.corpus import COLUMNS, Corpus
from civility.model.features import document_words, prepared_texts
from civility.model.fit import FitConfig
from civility.model.lexicon import GENERIC_SWEARS
from civility.model.train import encode_corpus, fit
from civility.types import Category

GROUPS = ("immigrants", "muslims", "women", "foreigners", "atheists")
# Attacks on groups swear more often than the rest of the corpus (15 of 20), as in the web hate sets;
# ten clean rows swear too, at builds and releases.
ATTACKS = [f"those {'fucking ' if i < 15 else ''}{GROUPS[i % 5]} are vermin" for i in range(20)]
RANTS = [f"this fucking {thing} broke again" for thing in ("build", "release") * 5]
CLEAN = [f"please rebase the {thing} branch" for thing in ("docs", "ci", "api", "test", "release") * 18]
TEXTS = (*ATTACKS, *RANTS, *CLEAN)
IDENTITY = COLUMNS.index(Category.IDENTITY_ATTACK)


def corpus() -> Corpus:
    labels = np.full((len(TEXTS), len(COLUMNS)), -1, dtype=np.int8)
    labels[:, IDENTITY] = [1] * len(ATTACKS) + [0] * (len(RANTS) + len(CLEAN))
    return Corpus(TEXTS, labels, ("toxicr",) * len(TEXTS), ("all",) * len(TEXTS))


def identity_scores(heads: tuple[str, ...], texts: list[str]) -> np.ndarray:
    config = FitConfig(seed=7, bits=14, source_weights={}, swear_balance_heads=heads, calibrate=False)
    scorer = fit(encode_corpus(corpus(), config), config, with_thresholds=False).scorer
    docs = document_words(prepared_texts(texts))
    return scorer.probabilities(docs, ngrams.Featurizer(config.bits))[:, IDENTITY]


def test_a_rant_that_swears_loses_its_identity_score_and_an_attack_keeps_it() -> None:
    texts = ["what a fucking day", "this fucking release broke my build", "those immigrants are vermin"]
    plain = identity_scores((), texts)
    balanced = identity_scores(("identity_attack",), texts)
    assert np.all(balanced[:2] < plain[:2] / 2)
    assert balanced[2] > 0.9
    assert plain[2] > 0.9


def test_heads_not_named_are_fitted_as_before() -> None:
    texts = ["this fucking release broke my build"]
    assert identity_scores(("harassment",), texts) == pytest.approx(identity_scores((), texts))


@pytest.mark.parametrize("word", ["fuck", "fucking", "shit", "hell", "damn", "crap", "wtf", "heck"])
def test_generic_swears_are_balanced(word: str) -> None:
    assert word in GENERIC_SWEARS


@pytest.mark.parametrize("word", ["bitch", "bitches", "cunt", "dick", "cock", "ass", "whore", "idiot"])
def test_words_that_can_carry_a_sexist_or_sexual_attack_are_not(word: str) -> None:
    assert word not in GENERIC_SWEARS
