"""`civility.model.product`: the whole analyzer on an in-memory model, as `civility evaluate` runs it."""

from __future__ import annotations

import numpy as np
import pytest

from civility.analyzer import Analyzer
from civility.config import Config
from civility.detectors.registry import DETECTOR_NAMES
from civility.filters.registry import FILTER_NAMES
from civility.model.corpus import COLUMNS
from civility.model.persist import DEFAULT_MODEL, load
from civility.model.product import analyzer_flags
from civility.types import Category

ARTIFACT = load(DEFAULT_MODEL)
MODEL_ONLY = frozenset(DETECTOR_NAMES) - {"model"}

# (text, categories the shipped analyzer flags): a self-deprecation and a judgement of code the model
# alone flags but the filters set aside, an insult both keep, and a clean line.
CASES = [
    ("Ha true. I'm an idiot :)", set()),
    ("What a weird bug.", set()),
    ("You are an idiot.", {Category.INSULT}),
    ("Thanks, merged!", set()),
]


def _flagged(row: np.ndarray) -> set[Category]:
    return {c for c, on in zip(COLUMNS, row, strict=True) if on}


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_flags_are_the_analyzers(text: str, expected: set[Category]) -> None:
    assert _flagged(analyzer_flags(ARTIFACT, [text])[0]) == expected


def test_same_flags_as_the_shipped_analyzer_on_a_batch() -> None:
    texts = [t for t, _ in CASES] + ["I know where you live and I will find you.", "kill the process"]
    # (a threat the rules add, and a technical verb the filters set aside)
    shipped = [set(a.flagged) & set(COLUMNS) for a in Analyzer().analyze(texts)]
    assert [_flagged(row) for row in analyzer_flags(ARTIFACT, texts)] == shipped


def test_filters_change_what_the_model_alone_flags() -> None:
    """The point of the number: the model alone flags the self-deprecation, the analyzer does not."""
    config = Config(disabled_detectors=MODEL_ONLY, disabled_filters=frozenset(FILTER_NAMES))
    alone = next(Analyzer(config, second_look=False).analyze(["Ha true. I'm an idiot :)"]))
    assert Category.INSULT in alone.flagged
    assert not analyzer_flags(ARTIFACT, ["Ha true. I'm an idiot :)"]).any()
