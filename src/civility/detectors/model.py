"""The trained classifier as a detector: five category scores per message, and the words behind them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from civility.detectors.base import Detection, Detector, Document
from civility.model.evidence import Evidence, evidence_batch
from civility.model.features import document_words
from civility.model.ngrams import Featurizer, Words
from civility.model.persist import DEFAULT_MODEL, load
from civility.model.scorer import Scored
from civility.types import MODEL_CATEGORIES, Category, Explanation, Finding


class ModelDetector(Detector):
    """Scores insult, identity_attack, harassment, sexual and profanity with the shipped (or given) model.

    `path=None` loads models/civility.skops (the installed `civility_models` package). Evidence findings
    are made for every category whose score reaches its threshold: the model's own (chosen on
    out-of-fold training scores) unless `thresholds` overrides some.
    """

    name = "model"
    categories = MODEL_CATEGORIES

    def __init__(
        self, path: str | Path | None = None, thresholds: Mapping[Category, float] | None = None
    ) -> None:
        self.path = Path(path) if path is not None else DEFAULT_MODEL
        self._artifact = load(self.path)
        scorer = self._artifact.scorer
        self._featurizer = Featurizer(scorer.bits, pieces=scorer.coef_pieces is not None)
        self._thresholds = {**self._artifact.thresholds, **(thresholds or {})}
        self._heads = {c: self._artifact.categories.index(c) for c in self.categories}

    @property
    def thresholds(self) -> dict[Category, float]:
        return {c: self._thresholds[c] for c in self.categories}

    def detect(self, docs: Sequence[Document]) -> list[Detection]:
        if not docs:
            return []
        words = document_words([d.prepared.text for d in docs], limit=None)  # every word (max_chars caps)
        scored = self._artifact.scorer.scored(words, self._featurizer)
        rows = scored.probabilities.tolist()  # Python floats: the same values as float(row[h]), cheaper
        scores = [{c: round(row[h], 6) for c, h in self._heads.items()} for row in rows]
        over = [[c for c, s in row.items() if s >= self._thresholds[c]] for row in scores]
        found = self._evidence(docs, words, scored, over)
        return [
            Detection(scores=scores[i], findings=self._findings(doc, over[i], scores[i], found.get(i, [])))
            for i, doc in enumerate(docs)
        ]

    def _evidence(
        self, docs: Sequence[Document], words: list[Words], scored: Scored, over: list[list[Category]]
    ) -> dict[int, list[list[Evidence]]]:
        """Evidence words of each document with a category over its threshold, for the whole batch in
        one pass, from the ranges that won in the batch's own scoring."""
        flagged = [i for i, categories in enumerate(over) if categories]
        windows = [[(self._heads[c], scored.window(i, self._heads[c])) for c in over[i]] for i in flagged]
        items = [(docs[i].prepared.text, words[i], w) for i, w in zip(flagged, windows, strict=True)]
        found = evidence_batch(self._artifact.scorer, items, self._featurizer)
        return dict(zip(flagged, found, strict=True))

    def _findings(
        self,
        doc: Document,
        over: list[Category],
        scores: Mapping[Category, float],
        found: list[list[Evidence]],
    ) -> tuple[Finding, ...]:
        """Evidence findings of each category over its threshold (`found`: its evidence words)."""
        pairs = zip(over, found, strict=True)
        return tuple(f for c, e in pairs for f in self._category(doc, c, scores[c], e))

    def _category(
        self, doc: Document, category: Category, score: float, found: list[Evidence]
    ) -> list[Finding]:
        top = tuple((e.word, round(e.contribution, 4)) for e in found)
        explanation = Explanation(
            detector=self.name,
            reason=f"the model scores {category.value} {score:.2f} (threshold "
            f"{self._thresholds[category]:.2f}); strongest words: {', '.join(w for w, _ in top) or 'none'}",
            top_features=top,
        )
        spans = [doc.prepared.to_raw(e.start, e.end) for e in found] or [(0, len(doc.raw))]
        return [Finding(category, start, end, score, explanation) for start, end in spans]
