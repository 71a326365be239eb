"""Phrase rules: what the threat and sexual-advance detectors share.

A phrase rule is a pattern over the prepared text (code, logs and quoted replies already blanked)
for a shape a bag of words cannot score, with the words one of which every match holds. A
`PhraseDetector` runs its rules and turns matches into findings at raw offsets. Two things keep the
rules to speech the writer makes, not speech they report: a sentence that condemns or reports what
it holds ("that is harassment", "I reported it") is skipped, and so is a match after a verb of
speech or belief ("he said ...", "they think ..."). Such sentences are left to the model and its
filters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import ClassVar

from civility.detectors.base import LOWER_WORD, Detection, Document, RuleDetector
from civility.filters.mention import CONDEMNATION, sentence_bounds
from civility.model.identity import TERMS
from civility.types import Category, Explanation, Finding

_I = re.I
CONDEMNED = re.compile(rf"{CONDEMNATION}|\b(?:threat(?:s|en\w*)?|harass\w*)\b", _I)
"""A sentence that condemns or reports what it holds: the words are talked about, not meant."""
REPORTING = re.compile(
    r"\b(?:say|said|says|saying|wrote|writes|writing|written|tell|told|tells|telling|repl(?:ied|ies|ying)|"
    r"posted|commented|messaged|typed|yell(?:s|ed|ing)?|shout(?:s|ed|ing)?|scream(?:s|ed|ing)?|threatened|"
    r"calling|called|think|thinks|thought|believes?|claim(?:s|ed)?|suggest(?:s|ed)?|teach(?:es)?|taught|"
    r"preach(?:es|ed)?)\b",
    _I,
)
"""A verb of speech or belief before a match: someone's words or views are reported ("he said I'll
kill you", "they think women should be killed", "they teach that women are inferior")."""
NEGATED = re.compile(
    r"(?:\b(?:do\s+not|never|no\s+need\s+to|not|nobody|no\s+one|cannot)|n['’]?t)\s+(?:\w+\s+){0,2}$", _I
)
"""A negation just before a match, within two words ("don't kill yourself over this", "I don't send
nudes", "she didn't want to have sex"): a veto (`PhraseRule.vetoes`, `PhraseDetector.vetoes`)."""
ANCHOR_REACH = 160
"""Characters before an anchor that a match may start at: a subject, a modal and "be"/"get"."""
_AFTER_ANCHOR = 40
"""Characters after an anchor kept in its window, for the patterns' lookaheads ("die with a message")."""


def alternation(items: Iterable[str]) -> str:
    """A regex group matching any of `items`, longest first (so "women" is tried before "men")."""
    return "(?:" + "|".join(sorted(items, key=len, reverse=True)) + ")"


IDENTITY_PLURALS = frozenset({w for w in TERMS if w.endswith("s") and len(w) > 3} | {"women", "men"})
"""Identity groups in the plural ("muslims", "women"), from `civility.model.identity.TERMS`."""


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text`, as a set (for trigger lists)."""
    return frozenset(text.split())


@dataclass(frozen=True)
class PhraseRule:
    """One shape: its pattern, its trigger words, and what a match means."""

    name: str
    pattern: re.Pattern[str]
    triggers: frozenset[str]
    """Lower-case words one of which every match holds: a set lookup per message decides whether the
    pattern runs at all (most messages hold none, and the patterns are costly on long messages)."""
    reason: str
    score: float
    categories: tuple[Category, ...]
    requires: frozenset[str] = frozenset()
    """Lower-case words one of which must also be present (a group's name for a call to kill it), when
    the triggers alone are common ("kill" is, in developer talk)."""
    anchor: re.Pattern[str] | None = None
    """A cheap pattern every match ends with (the harm, "raped", "die"): the full pattern then runs only
    in a window up to `ANCHOR_REACH` characters before each anchor, not over the whole message."""
    vetoes: tuple[re.Pattern[str], ...] = ()
    """Patterns that undo a match of this rule when found in its sentence before it (a negation, "if
    you feel"), besides the detector's own `PhraseDetector.vetoes`."""


class PhraseDetector(RuleDetector):
    """A rule detector made of `PhraseRule`s. It brings no thresholds: the model's cuts (or the
    configured ones) stand, and rule scores clear them."""

    rules: ClassVar[tuple[PhraseRule, ...]]
    any_trigger: ClassVar[frozenset[str]] = frozenset()
    """Every trigger word of every rule, set when a subclass defines its rules."""
    vetoes: ClassVar[tuple[re.Pattern[str], ...]] = ()
    """Patterns that undo a match of any of the detector's rules when found in its sentence before it."""

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if "rules" in cls.__dict__:
            cls.any_trigger = frozenset().union(*(rule.triggers for rule in cls.rules))

    @property
    def thresholds(self) -> dict[Category, float]:
        return {}

    def detect_one(self, doc: Document) -> Detection:
        if self.any_trigger.isdisjoint(doc.lower_words):
            return _NOTHING  # most messages: one set lookup and done
        findings = tuple(self._findings(doc))
        if not findings:
            return Detection()
        scores: dict[Category, float] = {}
        for f in findings:
            scores[f.category] = max(scores.get(f.category, 0.0), f.score)
        return Detection(scores=scores, findings=findings)

    def matches(self, text: str, present: frozenset[str] | None = None) -> list[tuple[PhraseRule, int, int]]:
        """(rule, start, end) of every match in `text` not reported, condemned or vetoed; of overlapping
        matches the longest ("you should kill yourself" is a wish and an incitement). `present`: the
        text's lower-case words, when the caller has them (`Document.lower_words`)."""
        found = []
        if present is None:
            present = frozenset(LOWER_WORD.findall(text.lower()))
        for rule in self.rules:
            if rule.triggers.isdisjoint(present) or (rule.requires and rule.requires.isdisjoint(present)):
                continue
            for match in _finditer(rule, text):
                lo, hi = sentence_bounds(text, match.start(), match.end())
                if CONDEMNED.search(text, lo, hi) or REPORTING.search(text, lo, match.start()):
                    continue
                if not self.vetoed(rule, text, lo, match.start()):
                    found.append((rule, match.start(), match.end()))
        return _longest(found)

    def named(self, text: str) -> list[tuple[str, int, int]]:
        """(rule name, start, end) of every match in `text` (prepared text), for tests and benchmarks."""
        return [(rule.name, start, end) for rule, start, end in self.matches(text)]

    def vetoed(self, rule: PhraseRule, text: str, sentence_start: int, start: int) -> bool:
        """Whether the words before a match (from its sentence's start) hold one of the detector's or
        the rule's vetoes."""
        return any(veto.search(text, sentence_start, start) for veto in (*self.vetoes, *rule.vetoes))

    def categories_of(self, rule: PhraseRule, text: str, start: int, end: int) -> tuple[Category, ...]:
        """The categories a match is evidence for; the rule's by default."""
        return rule.categories

    def _findings(self, doc: Document) -> Iterator[Finding]:
        text = doc.prepared.text
        for rule, start, end in self.matches(text, doc.lower_words):
            raw_start, raw_end = doc.prepared.to_raw(start, end)
            explanation = Explanation(detector=self.name, reason=rule.reason, pattern=rule.name)
            for category in self.categories_of(rule, text, start, end):
                yield Finding(category, raw_start, raw_end, rule.score, explanation)


_NOTHING = Detection()


def _longest(found: list[tuple[PhraseRule, int, int]]) -> list[tuple[PhraseRule, int, int]]:
    """Of overlapping matches, the one that starts first and, among those, the longest."""
    kept: list[tuple[PhraseRule, int, int]] = []
    for item in sorted(found, key=lambda f: (f[1], f[1] - f[2])):
        if not kept or item[1] >= kept[-1][2]:
            kept.append(item)
    return kept


def _finditer(rule: PhraseRule, text: str) -> Iterator[re.Match[str]]:
    """The rule's matches in `text`, searched only near its anchors when it has some. A search window
    keeps the text around it for `\\b` and lookbehinds, so the matches are those of a full search."""
    if rule.anchor is None:
        yield from rule.pattern.finditer(text)
        return
    windows: list[list[int]] = []
    for hit in rule.anchor.finditer(text):
        lo, hi = max(0, hit.start() - ANCHOR_REACH), min(len(text), hit.end() + _AFTER_ANCHOR)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    for lo, hi in windows:
        yield from rule.pattern.finditer(text, lo, hi)
