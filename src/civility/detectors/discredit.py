"""`DiscreditDetector`: a person's place or work put down to who they are, not what they did.

SGID4SE labels it "Discredit" ("you only got commit access because you're a woman"), and the
Covenant names it as discrimination. Its words are neutral ("only", "because", "woman"), and
identity-term balancing stops the heads from learning the group's name as evidence, so the model
scores it low: "you only got this job because you are a woman" insult 0.16, identity_attack below
its cut (`benchmarks/results/probe_scores_identity.md`). The shape is narrow:

1. **"only ... because" + identity**: "(you / she / he / they) only got / were hired / were
   promoted ... because (you / she ...) (are / is) a woman / black / gay ..." or "because of (your /
   her ...) gender / race / skin colour";
2. **the hire named for the group**: "diversity hire", "quota hire", "token woman";
3. **sexual discrediting**: "... only got ... because she slept with ...", "slept her way to the
   top" (`sexual`, as civility's seeds label it).

The first person is left out ("people assume I only got in because I'm a woman" is someone telling
what was done to them), and so is a sentence that reports or condemns the words
(`civility.detectors.phrase_rules`) or that a verb of assumption or hearsay leads ("they imply ...",
"I keep hearing ..."). Measured in `benchmarks/rule_detectors.py --detector discredit`.
"""

from __future__ import annotations

import re
from typing import ClassVar

from civility.detectors.phrase_rules import NEGATED, PhraseDetector, PhraseRule, alternation, words
from civility.model.identity import GROUPS
from civility.types import Category

SCORE = 0.8
_I = re.I
_SINGULAR_IDENTITY = {t for terms in GROUPS.values() for t in terms if not t.endswith("s") or t in {"trans"}}
_IDENTITY = alternation(
    (_SINGULAR_IDENTITY - {"old", "older", "young", "younger", "straight", "man"}) | {"minority"}
)
_THIRD = r"(?:you|u|she|he|they)"
_BE = r"(?:\s*['’](?:re|s)|\s+(?:are|is|was|were|r))"
_THINK = r"(?:assum|think|thought|believ|say|said|feel|felt|know|knew|want)"
"""Verbs of thought or speech after "only": "they just assume because ...", "you only believe her
because ..." judge a belief, not a person's place."""
_ONLY = rf"\b{_THIRD}(?:{_BE})?\s+(?:only|just)\s+(?!{_THINK})\w+\b[^.!?\n]{{0,60}}?\bbecause\s+"
""""<person> only got / was only hired / is only here ... because": the claim that something was
given, not earned."""
_WHO = (
    rf"(?:{_THIRD}{_BE}\s+(?:an?\s+)?{_IDENTITY}\b"
    r"|of\s+(?:your|ur|her|his|their)\s+(?:gender|race|sex|skin\s+colou?r|religion|ethnicity|sexuality)\b)"
)
_SLEPT_WITH = rf"{_THIRD}\s+(?:slept|sleeps)\s+with\b"
_SLEPT_WAY = r"\b(?:slept|sleeping|fucked|fucking|screwed)\s+(?:her|his|their|your)\s+way\s+(?:to|into|up)\b"

RULES: tuple[PhraseRule, ...] = (
    PhraseRule(
        "only_because",
        re.compile(_ONLY + _WHO, _I),
        words("because"),
        "a person's place put down to who they are",
        SCORE,
        (Category.IDENTITY_ATTACK,),
        requires=frozenset(
            _SINGULAR_IDENTITY
            | {"minority", "gender", "race", "sex", "skin", "religion", "ethnicity", "sexuality"}
        ),
    ),
    PhraseRule(
        "quota_hire",
        re.compile(
            r"\b(?:diversity|quota|affirmative[-\s]action)\s+(?:hires?|picks?|cases?)\b"
            r"|\btoken\s+(?:woman|women|girl|female|black\s+(?:guy|person|woman|man)|minority|gay\s+guy)\b",
            _I,
        ),
        words("hire hires pick picks case cases token"),
        "a person called a diversity or quota hire",
        SCORE,
        (Category.IDENTITY_ATTACK,),
    ),
    PhraseRule(
        "slept_way",
        re.compile(rf"{_ONLY}{_SLEPT_WITH}|{_SLEPT_WAY}", _I),
        words("slept sleeps sleeping fucked fucking screwed"),
        "a person's place put down to sex",
        SCORE,
        (Category.SEXUAL,),
    ),
)
_HEARSAY = re.compile(
    r"\b(?:assum\w*|impl(?:y|ies|ied|ying)|hear(?:d|ing)?|accus\w*|rumou?rs?|insinuat\w*|myth|stereotype\w*)\b",
    _I,
)
"""Words before a match that make it someone's claim, not the writer's."""


class DiscreditDetector(PhraseDetector):
    """Claims that a person got their place for their identity (or for sex), not their work."""

    name: ClassVar[str] = "discredit"
    categories: ClassVar[tuple[Category, ...]] = (Category.IDENTITY_ATTACK, Category.SEXUAL)
    rules: ClassVar[tuple[PhraseRule, ...]] = RULES

    vetoes: ClassVar[tuple[re.Pattern[str], ...]] = (NEGATED, _HEARSAY)
    """A negation or a verb of assumption or hearsay before the claim."""
