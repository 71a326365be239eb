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
A category that kept some of its winning words but lost the strongest to a filter is weakened: the
words left were scored together with one that is not evidence ("Nobody here is a bitch, please stay
civil." kept "civil" once the denial was set aside), so it is scored again without the set-aside words.
Their sentence stays, because it may hold the real insult ("Holy crap, you are dumb.").
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
    set_aside = {f.category for f in dropped if f.explanation.detector == "model"}
    return frozenset(c for c in set_aside - _winning(model, kept) if _over(model, c, thresholds))


def weakened_categories(
    model: Detection, kept: Iterable[Finding], dropped: Iterable[Finding], thresholds: dict[Category, float]
) -> frozenset[Category]:
    """Model categories over their cut that kept some winning evidence but lost its strongest word to a
    filter. What is left was scored together with a word that is not evidence, so it does not speak
    for the score alone: "Nobody here is a bitch, please stay civil." kept "civil" once the denied
    word was set aside, and a negative-pieces candidate without the 7 Dec seed rows kept "Merged" of
    "Merged, good job everyone." (insult 0.58) and "tomorrow" of "I'll shoot you an email tomorrow".
    Such a category is scored again without the set-aside words only (not their sentence: in "Holy
    crap, you are dumb." the insult shares the exclamation's sentence)."""
    dropped = list(dropped)
    gone = {c for c, f in _strongest_words(model).items() if f in dropped}
    return frozenset(c for c in gone & _winning(model, kept) if _over(model, c, thresholds))


def blanked_regions(
    doc: Document, dropped: Iterable[Finding], lost: frozenset[Category], weakened: frozenset[Category]
) -> list[tuple[int, int]]:
    """What the second look blanks: the sentences of a lost category's set-aside findings, and the words
    of a weakened category's."""
    set_aside = [f for f in dropped if f.explanation.detector == "model"]
    sentences = sentences_of(doc, [f for f in set_aside if f.category in lost])
    return sentences + [(f.start, f.end) for f in set_aside if f.category in weakened]


def _winning(model: Detection, kept: Iterable[Finding]) -> set[Category]:
    """Categories with a kept model finding that carries the category's score."""
    return {
        f.category
        for f in kept
        if f.explanation.detector == "model" and f.score >= model.scores.get(f.category, 0.0)
    }


def _over(model: Detection, category: Category, thresholds: dict[Category, float]) -> bool:
    return model.scores.get(category, 0.0) >= thresholds.get(category, 1.0)


def _strongest_words(model: Detection) -> dict[Category, Finding]:
    """Per category, the model's first winning finding: its evidence words come strongest first."""
    out: dict[Category, Finding] = {}
    for f in model.findings:
        if f.explanation.detector == "model" and f.score >= model.scores.get(f.category, 0.0):
            out.setdefault(f.category, f)
    return out


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
