"""The trained classifier as a detector: five category scores per message, and the words behind them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from civility.detectors.base import Detection, Detector, Document
from civility.model.evidence import Evidence, evidence_batch
from civility.model.features import document_words
from civility.model.ngrams import Featurizer, Words
from civility.model.persist import DEFAULT_MODEL, Artifact, load
from civility.model.scorer import Scored
from civility.types import MODEL_CATEGORIES, Category, Explanation, Finding

MORE_RANGES = 3
"""Sentences or windows besides the winning one that give evidence for a flagged category when each
reaches the cut on its own: a message that swears in three sentences shows all three, not only the
strongest (each such finding carries that sentence's own score)."""


class ModelDetector(Detector):
    """Scores insult, identity_attack, harassment, sexual and profanity with the shipped (or given) model.

    `path=None` loads models/civility.skops (the installed `civility_models` package); `artifact` uses a
    model already in memory instead (`civility evaluate` runs the analyzer on each refit). Evidence findings
    are made for every category whose score reaches its threshold: the model's own (chosen on
    out-of-fold training scores) unless `thresholds` overrides some. `more_ranges=0` takes evidence
    from the winning range only (as before 5 Dec; `benchmarks/evidence_ranges.py` compares the two).
    """

    name = "model"
    categories = MODEL_CATEGORIES

    def __init__(
        self,
        path: str | Path | None = None,
        thresholds: Mapping[Category, float] | None = None,
        more_ranges: int = MORE_RANGES,
        artifact: Artifact | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else DEFAULT_MODEL
        self._artifact = artifact if artifact is not None else load(self.path)
        scorer = self._artifact.scorer
        self._featurizer = Featurizer(scorer.bits, pieces=scorer.coef_pieces is not None)
        self._thresholds = {**self._artifact.thresholds, **(thresholds or {})}
        self._heads = {c: self._artifact.categories.index(c) for c in self.categories}
        self.more_ranges = more_ranges

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
            Detection(scores=scores[i], findings=self._findings(docs[i], scores[i], found.get(i, {})))
            for i in range(len(docs))
        ]

    def _evidence(
        self, docs: Sequence[Document], words: list[Words], scored: Scored, over: list[list[Category]]
    ) -> dict[int, dict[Category, list[tuple[float | None, list[Evidence]]]]]:
        """Evidence words of each document with a category over its threshold, for the whole batch in
        one pass: from the range that won each category (score None: the category's own), then from up
        to MORE_RANGES other sentences or windows that reach the cut alone (with their own score)."""
        flagged = [i for i, categories in enumerate(over) if categories]
        winners = {(i, c): scored.window(i, self._heads[c]) for i in flagged for c in over[i]}
        items = [
            (docs[i].prepared.text, words[i], [(self._heads[c], winners[i, c]) for c in over[i]])
            for i in flagged
        ]
        keys: list[tuple[int, Category, float]] = []
        if self.more_ranges and self._artifact.scorer.coef_pieces is None:  # (pieces lack the static term)
            for (i, c), taken in winners.items():
                head = self._heads[c]
                # when the whole message won, its sentences may still add words
                whole = taken == (0, len(words[i]))
                other = scored.other_ranges(
                    i, head, self._thresholds[c], None if whole else taken, self.more_ranges
                )
                for window, score in other:
                    items.append((docs[i].prepared.text, words[i], [(head, window)]))
                    keys.append((i, c, round(score, 6)))
        found = evidence_batch(self._artifact.scorer, items, self._featurizer)
        out: dict[int, dict[Category, list[tuple[float | None, list[Evidence]]]]] = {}
        for i, per_head in zip(flagged, found[: len(flagged)], strict=True):
            out[i] = {c: [(None, e)] for c, e in zip(over[i], per_head, strict=True)}
        for (i, c, alone), (evidence,) in zip(keys, found[len(flagged) :], strict=True):
            out[i][c].append((alone, evidence))
        return out

    def _findings(
        self,
        doc: Document,
        scores: Mapping[Category, float],
        found: Mapping[Category, list[tuple[float | None, list[Evidence]]]],
    ) -> tuple[Finding, ...]:
        """Evidence findings of each category over its threshold, the winning range's first."""
        out: dict[tuple[Category, int, int], Finding] = {}
        for category, ranges in found.items():
            for score, evidence in ranges:
                for f in self._category(doc, category, scores[category], evidence, score):
                    out.setdefault((category, f.start, f.end), f)  # a word shown once, at its best score
        return tuple(out.values())

    def _category(
        self, doc: Document, category: Category, score: float, found: list[Evidence], alone: float | None
    ) -> list[Finding]:
        """Findings of one range: the winning one (`alone` None) carries the category's score and spans
        the whole message when no word stands out; another range carries its own score, or nothing."""
        top = tuple((e.word, round(e.contribution, 4)) for e in found)
        value = score if alone is None else alone
        where = "" if alone is None else " in another sentence"
        explanation = Explanation(
            detector=self.name,
            reason=f"the model scores {category.value} {value:.2f}{where} "
            f"(threshold {self._thresholds[category]:.2f}); strongest words: "
            f"{', '.join(w for w, _ in top) or 'none'}",
            top_features=top,
        )
        spans = [doc.prepared.to_raw(e.start, e.end) for e in found]
        if not spans and alone is None:
            spans = [(0, len(doc.raw))]
        return [Finding(category, start, end, value, explanation) for start, end in spans]
