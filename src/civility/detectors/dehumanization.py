"""`DehumanizationDetector`: identity groups called vermin, animals or subhuman, with no slur needed.

Identity-term balancing (`civility.model.identity`) stops the heads from learning a group's name as
evidence, so an attack carried by the group's name and a common noun scores low: "muslims are
animals" identity_attack 0.09, "black people are subhuman" 0.08 (cut 0.11; `benchmarks/results/
probe_scores_identity.md`). Dehumanizing a group is the clearest identity attack there is, and its
shape is narrow:

1. **a group called a non-human thing**: "<group> are (just / nothing but) animals / vermin /
   parasites / subhuman / a disease ...", where the group is an identity group of
   `civility.model.identity.TERMS` in the plural ("muslims", "women") or "<identity word> people /
   folks / men / women" ("black people", "gay men"), or immigrants and refugees;
2. **"go back to your country"** aimed at the reader;
3. **a group told it does not belong**: "<group> don't / shouldn't belong here / in tech / in open
   source / in this project" (the model scores "women don't belong in open source" identity_attack
   0.09, cut 0.20; `benchmarks/results/probe_scores_community.md`). "Belong to" never matches, nor a
   negated group ("no women belong ...") or a condemned or reported sentence.

Colours are not groups here ("the blacks are crushed in this LUT"): "blacks" and "whites" count only
as "black/white people". A sentence that condemns or reports the words is skipped
(`civility.detectors.phrase_rules`), as are code, logs and quoted replies. Measured in
`benchmarks/rule_detectors.py --detector dehumanization`.
"""

from __future__ import annotations

import re
from typing import ClassVar

from civility.detectors.phrase_rules import IDENTITY_PLURALS, PhraseDetector, PhraseRule, alternation, words
from civility.model.identity import TERMS
from civility.types import Category

SCORE = 0.8
_I = re.I
_COLOURS = {"blacks", "whites"}


_ENDS_IN_S = {"trans", "cis"}
"""Adjectives of `TERMS` that end in "s" but are not plurals."""
_PLURALS = IDENTITY_PLURALS - _COLOURS
_ADJECTIVES = {w for w in TERMS if not w.endswith("s")} - {"man", "woman", "old", "older", "young", "younger"}
_ADJECTIVES |= _ENDS_IN_S
_GROUP = (
    rf"(?:{alternation(_PLURALS | {'immigrants', 'refugees', 'migrants'})}"
    rf"|{alternation(_ADJECTIVES)}\s+(?:people|persons|folks|men|women|guys|kids|immigrants))"
)
_NOUNS = (
    r"(?:animals|beasts|vermin|parasites|cockroaches|roaches|rats|savages|apes|monkeys|pigs|dogs|"
    r"subhumans?|sub-humans?|filth|scum|trash|garbage|a\s+(?:disease|cancer|plague|virus|infestation)|"
    r"inferior|genetically\s+inferior|not\s+(?:even\s+)?human|less\s+than\s+human|degenerates)"
)
_SUBJECT_POSITION = r"(?<!\bno\s)(?<!\bnot\s)(?<!\bon\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bwith\s)(?<!\babout\s)"
"""The group is the subject: not negated ("no muslims are ..."), not the object of a preposition
("chest tattoos on females are trash")."""
RULES: tuple[PhraseRule, ...] = (
    PhraseRule(
        "non_human",
        re.compile(
            rf"{_SUBJECT_POSITION}\b(?:all\s+|the\s+|these\s+|those\s+)?{_GROUP}\s+(?:are|r)\s+"
            rf"(?:all\s+|just\s+|only\s+|literally\s+|nothing\s+but\s+|basically\s+|like\s+)*{_NOUNS}\b",
            _I,
        ),
        words(
            "animals beasts vermin parasites cockroaches roaches rats savages apes monkeys pigs dogs "
            "subhuman subhumans sub humans filth scum trash garbage disease cancer plague virus infestation "
            "inferior human degenerates"
        ),
        "an identity group called a non-human thing",
        SCORE,
        (Category.IDENTITY_ATTACK,),
    ),
    PhraseRule(
        "go_back",
        re.compile(
            r"\bgo\s+back\s+to\s+(?:your|ur)\s+(?:own\s+)?(?:country|homeland|continent|village)\b", _I
        ),
        words("country homeland continent"),
        "telling the reader to go back to their country",
        SCORE,
        (Category.IDENTITY_ATTACK,),
    ),
    PhraseRule(
        "not_belong",
        re.compile(
            rf"{_SUBJECT_POSITION}\b(?:all\s+|the\s+)?{_GROUP}\s+(?:do\s*n['’]?t|do\s+not|should\s+not|"
            rf"should\s*n['’]?t)\s+belong\s+(?:here|in\s+(?:tech|open\s+source|programming|software|"
            rf"engineering|computing|(?:this|our|the)\s+(?:project|community|team|field|industry)))\b",
            _I,
        ),
        words("belong"),
        "an identity group told it does not belong",
        SCORE,
        (Category.IDENTITY_ATTACK,),
    ),
)


class DehumanizationDetector(PhraseDetector):
    """Identity groups called animals, vermin or subhuman or told they do not belong; "go back to your
    country"."""

    name: ClassVar[str] = "dehumanization"
    categories: ClassVar[tuple[Category, ...]] = (Category.IDENTITY_ATTACK,)
    rules: ClassVar[tuple[PhraseRule, ...]] = RULES
