"""Evaluation-only sets: Jigsaw bias madlibs (fairness) and ToxiSpanSE (evidence spans)."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from civility.model.evidence import evidence
from civility.model.metrics import span_prf
from civility.model.ngrams import Featurizer
from civility.model.persist import Artifact
from civility.preprocess import prepare

MADLIBS = Path("jigsaw-bias-madlibs") / "en_sentence_templates.csv"
SPANS = Path("toxispanse") / "CR_full_span_dataset.csv"


@dataclass(frozen=True)
class Madlibs:
    phrases: list[str]
    terms: list[str]
    """The identity term in each non-toxic phrase ("(occupation)" for the occupation template)."""


def load_madlibs(root: Path) -> Madlibs:
    """The non-toxic template sentences and the identity term each one mentions."""
    frame = pd.read_csv(root / MADLIBS)
    being = frame.phrase[frame.template == "being_adj"].str.extract(r"^Being (.+) is \w+$")[0].dropna()
    identities = sorted(set(being), key=len, reverse=True)
    pattern = re.compile(r"(?:^|\s)(" + "|".join(map(re.escape, identities)) + r")$")
    nontoxic = frame[frame.toxicity == "nontoxic"]
    phrases, terms = [], []
    for template, phrase in zip(nontoxic.template, nontoxic.phrase, strict=True):
        text = re.sub(r"^Being (.+) is \w+$", r"\1", phrase) if template == "being_adj" else phrase
        match = pattern.search(text)
        phrases.append(phrase)
        terms.append(
            "(occupation)" if template == "you_occupation" else (match.group(1) if match else "(other)")
        )
    return Madlibs(phrases, terms)


def false_positive_rates(flags: np.ndarray, terms: list[str]) -> dict[str, float]:
    """Share of non-toxic phrases flagged, per identity term."""
    out: dict[str, float] = {}
    names = np.array(terms)
    for term in sorted(set(terms)):
        out[term] = float(flags[names == term].mean())
    return out


def load_spans(root: Path) -> dict[str, set[int]]:
    """ToxiSpanSE gold character offsets for each toxic text (keyed by the text; same texts as ToxiCR)."""
    frame = pd.read_csv(root / SPANS)
    toxic = frame[frame.is_toxic == 1]
    return {str(t): set(ast.literal_eval(s)) for t, s in zip(toxic.text, toxic.spans, strict=True)}


def predicted_span(artifact: Artifact, featurizer: Featurizer, raw: str, head: int) -> set[int]:
    """Raw character offsets of the model's evidence words for `head` in `raw`."""
    prepared = prepare(raw)
    chars: set[int] = set()
    for e in evidence(artifact.scorer, prepared.text, head, featurizer):
        start, end = prepared.to_raw(e.start, e.end)
        chars.update(range(start, end))
    return chars


SpanHook = Callable[[Artifact, np.ndarray], None]


def span_scores(gold: dict[str, set[int]], predicted: dict[str, set[int]]) -> tuple[float, float, float, int]:
    """Mean per-text precision, recall and F1 over the gold toxic texts that were predicted."""
    rows = [span_prf(gold[t], predicted[t]) for t in predicted if t in gold]
    if not rows:
        return 0.0, 0.0, 0.0, 0
    p, r, f = (float(np.mean(col)) for col in zip(*rows, strict=True))
    return p, r, f, len(rows)
