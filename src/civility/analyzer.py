"""The Analyzer: preprocess, annotate, detect, filter and assess messages in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from civility import second_look
from civility.batching import batches
from civility.config import Config
from civility.detectors.base import Detection, Detector, Document
from civility.filters import FindingFilter
from civility.filters.registry import default_filters
from civility.preprocess import prepare
from civility.preprocess.language import detect_language
from civility.types import Assessment, Category, Finding, Message

if TYPE_CHECKING:
    import pandas as pd

ALL_ZERO: Mapping[Category, float] = dict.fromkeys(Category, 0.0)


class Analyzer:
    """Scores messages on the six Code-of-Conduct categories, with evidence, offline.

    `Analyzer()` loads the shipped model and the default configuration; pass `config` to change
    thresholds or disable detectors and filters, or `detectors` to run your own. `filters` is the list
    applied to every finding, in order (`civility.filters.registry`). `second_look=False` turns off
    the rescoring of a message whose only evidence for a category the filters set aside
    (`civility.second_look`); it exists to measure what that rescoring adds.
    """

    def __init__(
        self,
        config: Config | None = None,
        *,
        detectors: Sequence[Detector] | None = None,
        second_look: bool = True,
    ) -> None:
        from civility.detectors.registry import default_detectors

        self.config = config or Config()
        self.detectors = list(detectors) if detectors is not None else default_detectors(self.config)
        self.thresholds = self._thresholds()
        self._rule_categories = {c for d in self.detectors if d.scores_from_findings for c in d.categories}
        self.filters: list[FindingFilter] = default_filters(self.config)
        self.second_look = second_look
        self._nlp: Any = None

    def analyze(self, items: Iterable[str | Message], batch_size: int | None = None) -> Iterator[Assessment]:
        """Assess each item (a string or a `Message`), streaming, in batches of `batch_size`."""
        size = batch_size or self.config.batch_size
        messages = (_as_message(item, i) for i, item in enumerate(items))
        for batch in batches(messages, size):
            yield from self.assess_batch(batch)

    def assess_batch(self, messages: Sequence[Message]) -> list[Assessment]:
        """Assess one batch; the unit of work of the local and Dask engines."""
        results: list[Assessment | None] = [self._not_assessed(m) for m in messages]
        todo = [i for i, r in enumerate(results) if r is None]
        docs = self._documents([messages[i] for i in todo])
        detections = [list(detector.detect(docs)) for detector in self.detectors]
        per_doc = zip(*detections, strict=True)
        assessed = [self._assess(doc, found) for doc, found in zip(docs, per_doc, strict=True)]
        for k, again in self._second_look(docs, detections, assessed):
            assessed[k] = again
        for slot, (assessment, _) in zip(todo, assessed, strict=True):
            results[slot] = assessment
        return [r for r in results if r is not None]

    def _second_look(
        self,
        docs: Sequence[Document],
        detections: list[list[Detection]],
        assessed: list[tuple[Assessment, list[Finding]]],
    ) -> Iterator[tuple[int, tuple[Assessment, list[Finding]]]]:
        """Messages whose model evidence for a category the filters set aside (entirely, or its strongest
        word), assessed again with those sentences (or words) blanked out (`civility.second_look`):
        another sentence, or the words left, may carry the flag."""
        at = next((i for i, d in enumerate(self.detectors) if d.name == "model"), None)
        if at is None or not self.second_look:
            return
        todo = []
        for k, (assessment, dropped) in enumerate(assessed):
            if not dropped:  # most messages: no filter acted, nothing to look at again
                continue
            found = (detections[at][k], assessment.findings, dropped, self.thresholds)
            lost = second_look.lost_categories(*found)
            weakened = second_look.weakened_categories(*found)
            if lost or weakened:
                regions = second_look.blanked_regions(docs[k], dropped, lost, weakened)
                todo.append((k, lost | weakened, second_look.without_words(docs[k], regions)))
        if not todo:
            return
        again = self.detectors[at].detect([blanked for _, _, blanked in todo])
        for (k, lost, _), detection in zip(todo, again, strict=True):
            per_doc = [d[k] for d in detections]
            per_doc[at] = second_look.merged(per_doc[at], detection, lost)
            assessment, dropped = self._assess(docs[k], per_doc)
            reasons = tuple(dict.fromkeys(assessed[k][0].suppressed + assessment.suppressed))
            yield k, (replace(assessment, suppressed=reasons), dropped)

    def score_frame(self, frame: pd.DataFrame, text_column: str = "body") -> pd.DataFrame:
        """A copy of `frame` with `score_<category>` columns, a boolean `flagged` and `flagged_categories`."""
        from civility.frame import score_frame

        return score_frame(self, frame, text_column)

    def _thresholds(self) -> dict[Category, float]:
        merged: dict[Category, float] = dict.fromkeys(Category, 0.5)
        for detector in self.detectors:
            merged.update(detector.thresholds)
        merged.update(self.config.thresholds)
        return merged

    def _not_assessed(self, message: Message) -> Assessment | None:
        if len(message.text) > self.config.max_chars:
            reason = (
                f"message is {len(message.text):,} characters, over the {self.config.max_chars:,} limit "
                "(almost always a pasted log); raise max_chars in [tool.civility] to scan it"
            )
            return Assessment(message, ALL_ZERO, assessed=False, language=None, reason=reason)
        language, confidence = detect_language(message.text)
        if language not in (None, "en"):
            reason = (
                f"not English (looks like {language!r}, confidence {confidence:.2f}); the model is English"
            )
            return Assessment(message, ALL_ZERO, assessed=False, language=language, reason=reason)
        return None

    def _documents(self, messages: Sequence[Message]) -> list[Document]:
        prepared = [prepare(m.text) for m in messages]
        if not any(d.needs_tokens for d in self.detectors):
            return [Document(m, p) for m, p in zip(messages, prepared, strict=True)]
        tokens = self._nlp_engine().pipe([p.text for p in prepared], batch_size=self.config.batch_size)
        return [Document(m, p, t) for m, p, t in zip(messages, prepared, tokens, strict=True)]

    def _nlp_engine(self) -> Any:
        if self._nlp is None:
            from civility.preprocess.nlp import NlpEngine

            self._nlp = NlpEngine()
        return self._nlp

    def _assess(self, doc: Document, detections: Sequence[Detection]) -> tuple[Assessment, list[Finding]]:
        """The assessment of one document, and the findings the filters dropped."""
        scores = dict(ALL_ZERO)
        found: list[Finding] = []
        for detection in detections:
            for category, score in detection.scores.items():
                scores[category] = max(scores[category], float(score))
            found.extend(detection.findings)
        if not found:  # most messages: nothing to filter, every rule category scores 0
            scores.update(dict.fromkeys(self._rule_categories, 0.0))
            return Assessment(doc.message, scores, masked=doc.prepared.masked), []
        kept, dropped, suppressed = self._filter(found, doc)
        for category in self._rule_categories:
            scores[category] = max((f.score for f in kept if f.category is category), default=0.0)
        flagged = frozenset(f.category for f in kept if scores[f.category] >= self.thresholds[f.category])
        kept.sort(key=lambda f: (f.start, f.end, f.category.value))
        assessment = Assessment(
            doc.message, scores, tuple(kept), flagged, doc.prepared.masked, suppressed=tuple(suppressed)
        )
        return assessment, dropped

    def _filter(
        self, findings: list[Finding], doc: Document
    ) -> tuple[list[Finding], list[Finding], list[str]]:
        kept, dropped, reasons = [], [], []
        for finding in findings:
            reason = next((r for f in self.filters if (r := f(finding, doc)) is not None), None)
            if reason is None:
                kept.append(finding)
            else:
                dropped.append(finding)
                reasons.append(reason)
        return kept, dropped, reasons


def _as_message(item: str | Message, index: int) -> Message:
    return item if isinstance(item, Message) else Message(id=str(index), text=item)
