"""The spaCy engine on the blank English pipeline (nothing to download)."""

from __future__ import annotations

import pytest
import spacy

from civility.errors import ModelError
from civility.preprocess.nlp import LEXICON_COMPONENT, NlpEngine


@pytest.fixture(scope="module")
def engine() -> NlpEngine:
    return NlpEngine(batch_size=2)


@pytest.mark.parametrize(
    ("text", "hits"),
    [
        ("you are an idiot", ["idiot"]),
        ("What the fuck, this is shit", ["fuck", "shit"]),
        ("kill the process", []),
    ],
)
def test_lexicon_component_marks_tokens(engine: NlpEngine, text: str, hits: list[str]) -> None:
    doc = engine(text)
    assert [t.text for t in doc if t._.civility_lexicon] == hits
    assert [doc[i].text for i in doc._.civility_lexicon] == hits


def test_pipe_keeps_order_and_context(engine: NlpEngine) -> None:
    items = [(f"message {i} is dumb", i) for i in range(5)]
    out = list(engine.pipe(items, as_tuples=True))
    assert [ctx for _, ctx in out] == list(range(5))
    assert [doc.text for doc in engine.pipe([t for t, _ in items])] == [t for t, _ in items]


def test_component_is_a_registered_factory(engine: NlpEngine) -> None:
    assert LEXICON_COMPONENT in engine.nlp.pipe_names
    nlp = spacy.blank("en")
    nlp.add_pipe(LEXICON_COMPONENT, config={"words": ["frobnicate"]})
    assert [t._.civility_lexicon for t in nlp("frobnicate idiot")] == [True, False]


def test_missing_pipeline_lists_what_is_installed() -> None:
    with pytest.raises(ModelError, match="not installed"):
        NlpEngine(model="en_core_web_definitely_missing")
