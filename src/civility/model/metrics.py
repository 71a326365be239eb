"""Metrics for the evaluation: binary precision/recall/F1/accuracy and character-level span F1."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Binary:
    n: int
    positives: int
    precision: float
    recall: float
    f1: float
    accuracy: float

    def row(self) -> str:
        scores = f"{self.f1:.3f} | {self.precision:.3f} | {self.recall:.3f} | {self.accuracy:.3f}"
        return f"{scores} | {self.n} ({self.positives})"


def binary(y: Sequence[int] | np.ndarray, pred: Sequence[int] | np.ndarray) -> Binary:
    """Metrics for the positive class; 0.0 where undefined (no predicted or no gold positives)."""
    y, pred = np.asarray(y, dtype=bool), np.asarray(pred, dtype=bool)
    tp = int((y & pred).sum())
    precision = tp / max(int(pred.sum()), 1)
    recall = tp / max(int(y.sum()), 1)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = float((y == pred).mean()) if len(y) else 0.0
    return Binary(len(y), int(y.sum()), precision, recall, f1, accuracy)


def mean_binary(parts: Iterable[Binary]) -> Binary:
    """Mean over folds (the ToxiCR / SGID4SE papers report fold means)."""
    items = list(parts)
    return Binary(
        n=sum(p.n for p in items),
        positives=sum(p.positives for p in items),
        precision=float(np.mean([p.precision for p in items])),
        recall=float(np.mean([p.recall for p in items])),
        f1=float(np.mean([p.f1 for p in items])),
        accuracy=float(np.mean([p.accuracy for p in items])),
    )


def span_f1(gold: set[int], predicted: set[int]) -> float:
    """Character-level F1 of one text (SemEval-2021 toxic spans): 1.0 when both are empty."""
    if not gold and not predicted:
        return 1.0
    if not gold or not predicted:
        return 0.0
    overlap = len(gold & predicted)
    precision, recall = overlap / len(predicted), overlap / len(gold)
    return 2 * precision * recall / (precision + recall) if overlap else 0.0


def span_prf(gold: set[int], predicted: set[int]) -> tuple[float, float, float]:
    overlap = len(gold & predicted)
    precision = overlap / len(predicted) if predicted else float(not gold)
    recall = overlap / len(gold) if gold else 1.0
    return precision, recall, span_f1(gold, predicted)
