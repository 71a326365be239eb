"""A second look at a message whose model evidence the filters set aside: score it without those sentences.

The model scores a message by its strongest sentence or window, and its evidence comes from that
range only. When a filter sets that evidence aside ("Ugh." opening a review, a greeting, a laugh, a
compliment), the category lost its flag even if another sentence is over the cut by itself: "Ugh.
this maintainer is lazy and arrogant." was unflagged because "Ugh." scored 0.96 and won, while "this
maintainer is lazy and arrogant" scores 0.45 (cut 0.26). A filter's verdict is about the sentence
its evidence stands in (a groan, a self-deprecating confession, praise of the reader), so the
analyzer scores such a message again with those sentences blanked out (same length, so every offset
still maps to the raw text) and keeps what that score says: the category is flagged on the evidence
of another sentence if it still reaches its cut, and otherwise reports the score of the rest of the
message. Blanking only the evidence words was tried first and is wrong: the words around a
self-deprecating insult carry weight of their own ("Sorry, I'm a moron." flagged again on "I'm" once
"moron" was blanked). One second look, for the categories that lost the evidence of their winning
range (findings of other sentences that reach the cut alone may survive; the second look then gives
the category the score of the strongest sentence left); the rest of the findings are unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from civility.detectors.base import Detection, Document
from civility.filters.mention import sentence_bounds
from civility.model.ngrams import WORD
from civility.preprocess import Prepared
from civility.types import Category, Finding


def lost_categories(
    model: Detection, kept: Iterable[Finding], dropped: Iterable[Finding], thresholds: dict[Category, float]
) -> frozenset[Category]:
    """Model categories over their cut whose winning evidence (the findings that carry the category's
    score; other sentences' findings carry their own, lower ones) a filter dropped entirely."""
    winning = {
        f.category
        for f in kept
        if f.explanation.detector == "model" and f.score >= model.scores.get(f.category, 0.0)
    }
    set_aside = {f.category for f in dropped if f.explanation.detector == "model"}
    return frozenset(c for c in set_aside - winning if model.scores.get(c, 0.0) >= thresholds.get(c, 1.0))


def sentences_of(doc: Document, findings: Iterable[Finding]) -> list[tuple[int, int]]:
    """Raw bounds of the sentences the findings stand in."""
    return [sentence_bounds(doc.raw, f.start, f.end) for f in findings]


def without_words(doc: Document, spans: Iterable[tuple[int, int]]) -> Document:
    """`doc` with every word of its prepared text that lies inside one of the raw `spans` blanked out."""
    spans = list(spans)
    text = doc.prepared.text
    pieces, last = [], 0
    for match in WORD.finditer(text):
        start, end = doc.prepared.to_raw(match.start(), match.end())
        if any(lo <= start and end <= hi for lo, hi in spans):
            pieces += [text[last : match.start()], " " * (match.end() - match.start())]
            last = match.end()
    pieces.append(text[last:])
    prepared: Prepared = replace(doc.prepared, text="".join(pieces))
    return Document(doc.message, prepared)


def merged(first: Detection, again: Detection, lost: frozenset[Category]) -> Detection:
    """The model's detection with the `lost` categories' scores and findings taken from the second look."""
    scores = {**first.scores, **{c: again.scores[c] for c in lost if c in again.scores}}
    findings = tuple(f for f in first.findings if f.category not in lost) + tuple(
        f for f in again.findings if f.category in lost
    )
    return Detection(scores=scores, findings=findings)
