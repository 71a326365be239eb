"""The spaCy engine: tokens (and entities where a full pipeline has them) for detectors.

By default a blank English pipeline plus civility's own components, so nothing downloads. The
components are spaCy factories under namespaced, versioned names; their Doc/Token extensions are
namespaced too (`._.civility_lexicon`) and registered once per process.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from civility.errors import ModelError
from civility.preprocess.lexicon import LEXICON

LEXICON_COMPONENT = "civility_lexicon_v1"

if not Token.has_extension("civility_lexicon"):
    Token.set_extension("civility_lexicon", default=False)
if not Doc.has_extension("civility_lexicon"):
    Doc.set_extension("civility_lexicon", default=())


@Language.factory(LEXICON_COMPONENT, default_config={"words": None})
def make_lexicon_component(nlp: Language, name: str, words: list[str] | None) -> LexiconMarker:
    return LexiconMarker(frozenset(w.lower() for w in words) if words else LEXICON)


class LexiconMarker:
    """Sets `token._.civility_lexicon` on lexicon words and `doc._.civility_lexicon` to their indices."""

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words

    def __call__(self, doc: Doc) -> Doc:
        hits = []
        for token in doc:
            if token.lower_ in self.words:
                token._.civility_lexicon = True
                hits.append(token.i)
        doc._.civility_lexicon = tuple(hits)
        return doc


class NlpEngine:
    """`NlpEngine()` is blank English plus civility's components; `NlpEngine("en_core_web_sm")` uses
    that installed pipeline instead (and raises `ModelError` listing the installed ones otherwise)."""

    def __init__(self, model: str | None = None, batch_size: int = 256) -> None:
        self.model = model
        self.batch_size = batch_size
        self.nlp = _load(model)
        if LEXICON_COMPONENT not in self.nlp.pipe_names:
            self.nlp.add_pipe(LEXICON_COMPONENT, last=True)

    def __call__(self, text: str) -> Doc:
        return self.nlp(text)

    def pipe(
        self, texts: Iterable[Any], batch_size: int | None = None, as_tuples: bool = False
    ) -> Iterator[Any]:
        """Docs for `texts` in order, batched; `as_tuples`: `(text, context)` in, `(doc, context)` out."""
        size = batch_size or self.batch_size
        if as_tuples:
            yield from self.nlp.pipe(texts, batch_size=size, as_tuples=True)
        else:
            yield from self.nlp.pipe(texts, batch_size=size)


def _load(model: str | None) -> Language:
    if model is None or model == "blank":
        return spacy.blank("en")
    installed = sorted(spacy.util.get_installed_models())
    if model not in installed:
        listed = ", ".join(installed) or "none"
        raise ModelError(
            f"spaCy pipeline {model!r} is not installed (installed: {listed}); install it with "
            f"`pip install {model}` or use the blank pipeline (model=None). civility never downloads models."
        )
    return spacy.load(model)
