"""The detector interface. A detector scores a batch of documents and returns evidence spans."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, ClassVar

from civility.preprocess import Prepared
from civility.types import Category, Finding, Message


@dataclass(frozen=True)
class Document:
    """What a detector sees of one message: the message, its preprocessing, and spaCy tokens."""

    message: Message
    prepared: Prepared
    tokens: Any = None
    """A spaCy `Doc` over `prepared.text`, when the analyzer runs the NLP engine."""

    @property
    def raw(self) -> str:
        return self.prepared.raw

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """The lower-case ASCII words of the prepared text, computed once for every rule detector."""
        return frozenset(LOWER_WORD.findall(self.prepared.text.lower()))


LOWER_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Detection:
    """One detector's result for one document."""

    scores: Mapping[Category, float] = field(default_factory=dict)
    """Message-level score per category this detector covers."""
    findings: tuple[Finding, ...] = ()
    """Evidence spans (raw offsets)."""


class Detector(ABC):
    """Scores a batch of documents. Subclasses are mostly data: a name and the categories they cover."""

    name: ClassVar[str]
    categories: ClassVar[tuple[Category, ...]]
    needs_tokens: ClassVar[bool] = False
    """Whether `Document.tokens` (a spaCy Doc) must be filled in for this detector."""
    scores_from_findings: ClassVar[bool] = False
    """True for rule detectors: a category's score is its strongest finding that survived the filters."""

    @property
    def thresholds(self) -> Mapping[Category, float]:
        """Default flagging threshold per category; the configuration overrides these."""
        return dict.fromkeys(self.categories, 0.5)

    @abstractmethod
    def detect(self, docs: Sequence[Document]) -> list[Detection]:
        """One `Detection` per document, in order."""


class RuleDetector(Detector):
    """A detector that looks at one document at a time (patterns, validators, context words)."""

    def detect(self, docs: Sequence[Document]) -> list[Detection]:
        return [self.detect_one(doc) for doc in docs]

    @abstractmethod
    def detect_one(self, doc: Document) -> Detection:
        """The detection for a single document."""
