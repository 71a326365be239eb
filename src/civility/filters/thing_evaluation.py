"""Drop insult evidence that praises or judges a thing, not a person ("what a clever fix!").

Developers praise code in words the insult and identity-attack heads learned from attacks on people:
"what a clever fix!" scores identity_attack 0.27 (cut 0.11), "what a smart idea!" insult 0.41 and
"that's an insane speedup" insult 0.6; the sweep in `tests/test_filter_thing_evaluation.py` (30
adjectives, 5 praise frames, 8 nouns for code) flags 168 of 1,200 without this filter
(`benchmarks/filter_sweeps.py`). In a bag of words the
adjective and the exclamation's function words ("what", "a", "such") carry the weight.

A finding of insult or identity_attack is dropped when it is the evaluative adjective of a noun
phrase whose head is a thing developers make or a fault they find in it ("<adjective> [little|new]
fix / idea / patch / solution / approach / catch / trick / refactor / change / PR / bug / error /
edge case ..."), a harsh word used as an intensifier of a quality ("crazy fast", "stupidly simple"),
or a function word of the same sentence ("what", "a", "such", "this is"). Other evidence stays
("what a clever fix, moron"). An adjective that also describes people badly ("crazy", "insane",
"sick", "mad", "weird", "dirty", "annoying") keeps its finding when the sentence speaks to the reader
("you and your crazy ideas", "you are stupidly slow"). Sexual and profanity evidence is
never dropped here: "what a sexy fix" is a moderator's call. "Good job" is not a judgement of a thing
here: the labelled sets use it sarcastically ('Finally someone shared it here. good job.' is uncivil
in VCU), and the filter took three such flags away on the developer sets when "job" was a thing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from civility.detectors.base import Document
from civility.filters.mention import ADDRESSES_READER
from civility.filters.sentence_phrase import first_phrase, phrase_reason
from civility.filters.technical_target import PERSON_NOUN
from civility.types import Category, Finding

_I = re.I
_PRAISE = (
    r"clever|sweet|smart|brilliant|genius|nice|great|neat|elegant|beautiful|lovely|awesome|cool|good|"
    r"excellent|fantastic|wonderful|amazing|slick|solid|clean|simple|tidy|handy|thoughtful|killer|wicked|"
    r"dope|badass|impressive|creative|ingenious|superb|perfect"
)
_HARSH = (
    r"crazy|insane|sick|wild|mad|nuts|bonkers|ridiculous|"
    r"weird|strange|odd|dirty|nasty|annoying|tricky|funny"
)
"""Adjectives that judge a thing here but are insults for people: kept when the reader is addressed.
"weird bug", "dirty hack", "nasty leak" describe code ("race" alone is not a thing here: "dirty race")."""
_THING = (
    r"(?:fix(?:es)?|ideas?|patch(?:es)?|solutions?|approach(?:es)?|catch(?:es)?|tricks?|refactor(?:ing|s)?|"
    r"changes?|prs?|pull\s+requests?|implementations?|designs?|hacks?|workarounds?|features?|apis?|code|"
    r"commits?|tests?|releases?|work|finds?|suggestions?|improvements?|optimi[sz]ations?|speedups?|"
    r"results?|benchmarks?|diffs?|abstractions?|patterns?|algorithms?|librar(?:y|ies)|tools?|scripts?|"
    r"demos?|talks?|write-?ups?|explanations?|answers?|questions?|points?|docs|documentation|one-liners?|"
    r"trick|thing|stuff|move|use|way|feat|"
    r"bugs?|issues?|errors?|problems?|behaviou?rs?|regressions?|crash(?:es)?|failures?|glitch(?:es)?|"
    r"quirks?|warnings?|(?:race|edge|corner)\s+(?:conditions?|cases?)|leaks?)"
)
"""Things developers make, and the faults they find in them ("what a weird bug")."""
_PHRASE = re.compile(
    rf"\b(?P<adjective>{_PRAISE}|{_HARSH})(?:[\s-]+(?:little|new|old|small|big|one-line|tiny))?\s+{_THING}\b"
    rf"(?![\w'’-]|\s+{PERSON_NOUN}\b)",
    _I,
)
_INTENSIFIER = re.compile(
    rf"\b(?P<adjective>(?:{_HARSH}|stupid)(?:ly)?|wickedly|madly|sickly)\s+"
    r"(?:fast|quick|slow|small|simple|easy|good|useful|powerful|cheap|efficient|quiet|stable|smooth)\b"
    r"(?![\w'’-])",
    _I,
)
"""A harsh word as an intensifier of a quality ("crazy fast now", "stupidly simple"): speed, not a person."""
_HARSH_WORD = re.compile(rf"(?:{_HARSH}|stupid)(?:ly)?|wickedly|madly|sickly", _I)
_FUNCTION_WORDS = frozenset(
    {"what", "a", "an", "such", "that's", "that’s", "thats", "that", "this", "is", "it's", "it’s", "its"}
    | {"the", "really", "so", "pretty", "super", "very", "truly", "absolutely", "totally", "here"}
)
_CATEGORIES = frozenset({Category.INSULT, Category.IDENTITY_ATTACK})
JUDGES_A_THING = "judges a thing, not a person"
"""The phrase every reason of this filter carries (what `benchmarks/mention_filter.py` counts)."""


def thing_evaluation(finding: Finding, doc: Document) -> str | None:
    """A reason when the finding is the adjective, or a function word, of praise or judgement of a thing."""
    return phrase_reason(finding, doc, _phrases, _FUNCTION_WORDS, _CATEGORIES, JUDGES_A_THING)


@lru_cache(maxsize=32)
def _phrases(text: str, start: int, end: int) -> tuple[re.Match[str], ...]:
    """The adjective + thing phrases of text[start:end] that count (cached per sentence)."""
    found = tuple(_PHRASE.finditer(text, start, end)) + tuple(_INTENSIFIER.finditer(text, start, end))
    if any(_HARSH_WORD.fullmatch(p.group("adjective")) for p in found) and ADDRESSES_READER.search(
        text, start, end
    ):
        found = tuple(p for p in found if not _HARSH_WORD.fullmatch(p.group("adjective")))
    return found


def judged_thing(text: str) -> str | None:
    """The first adjective + thing phrase in `text` that the filter would act on (for benchmarks)."""
    return first_phrase(text, _PHRASE, _phrases) or first_phrase(text, _INTENSIFIER, _phrases)
