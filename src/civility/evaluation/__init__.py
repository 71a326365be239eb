"""Evaluation helpers shared by the evaluation scripts: span-level precision and recall.

Spans are `(entity, start, end)`. Partial match: a gold span is found when a predicted span of the same
entity overlaps it by at least one character; a predicted span is correct when it overlaps a gold
span of its entity. Exact match requires identical boundaries.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

SpanT = tuple[str, int, int]


@dataclass(frozen=True)
class SpanScore:
    """Span-level scores for one entity type."""

    entity: str
    gold: int
    predicted: int
    precision: float
    recall: float
    exact_precision: float
    exact_recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def _overlaps(a: SpanT, b: SpanT) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def score_spans(
    gold: Sequence[Sequence[SpanT]], predicted: Sequence[Sequence[SpanT]]
) -> tuple[SpanScore, ...]:
    """One `SpanScore` per entity seen in `gold`, documents aligned by index."""
    entities = sorted({s[0] for doc in gold for s in doc})
    counts = {e: [0, 0, 0, 0, 0, 0] for e in entities}  # gold, found, pred, correct, exact_found, exact_pred
    for gold_doc, pred_doc in zip(gold, predicted, strict=True):
        for g in gold_doc:
            c = counts[g[0]]
            c[0] += 1
            c[1] += any(_overlaps(g, p) for p in pred_doc)
            c[4] += g in pred_doc
        for p in pred_doc:
            if p[0] in counts:
                c = counts[p[0]]
                c[2] += 1
                c[3] += any(_overlaps(p, g) for g in gold_doc)
                c[5] += p in gold_doc
    return tuple(
        SpanScore(
            e, c[0], c[2], _ratio(c[3], c[2]), _ratio(c[1], c[0]), _ratio(c[5], c[2]), _ratio(c[4], c[0])
        )
        for e, c in counts.items()
    )


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0
