"""Drop violent-verb evidence in oaths and idioms of waiting or racing ("Shoot!", "hang on", "beat me to it").

Code review swears mildly and idiomatically with violent verbs: "Shoot! I must be blind, I missed
the indentation", "hang on, isn't is_sensitive just !to_logcat?", "Kill it with fire." about dead
code; and "Hmm, rats." gives "rats" to identity_attack. The harassment head, whose cut sits on its
0.05 floor, flags each of them on the verb alone (labelled not toxic in ToxiCR). None can be a
threat: an oath has no object ("Shoot!" or "rats" opening its sentence and followed by
punctuation), "hang on / hang in there / hang tight" means wait or endure, and "kill it / this /
that with fire" has a thing for its object, as "it / this / that ... die in a fire" opening a
sentence has for its subject ("This actually needs to die in a fire"; not "that guy" or "this
idiot", nor "pieces of shit that need to die in a fire"). "You beat me to it" (and "to the punch")
says someone got there first: "Beat me to it!" scored harassment 0.10 on "Beat" (cut 0.07); no
row of the training mix that says it is labelled a threat. This filter drops harassment,
insult and identity_attack model evidence inside such a phrase, or a function word of its sentence,
unless another violent verb stands outside it ("Shoot! I'll shoot you" keeps its finding), through
`civility.filters.errand_idiom.in_idiom`.
"""

from __future__ import annotations

import re

from civility.detectors.base import Document
from civility.filters.errand_idiom import SENTENCE_OPENS, first_match, in_idiom
from civility.filters.technical_target import PERSON_NOUN
from civility.types import Finding

_NOT_A_PERSON = rf"(?!(?:\w+\s+)?{PERSON_NOUN}\b|(?:one|person|idiot|asshole|bitch|jerk|moron)\b)"
_IDIOM = re.compile(
    rf"{SENTENCE_OPENS}(?:(?:oh|aw|ah|argh|hmm+)[ \t,]+)?(?:shoot|rats)(?=[ \t]*(?:[!.,:;…]|$))"
    r"|\bhang\s+(?:on|in\s+there|tight)\b(?!\s+to\b)"
    r"|\bkill\s+(?:it|this|that)\s+with\s+fire\b"
    r"|\bbeat\s+(?:me|you|u|ya|us|him|her|them)\s+to\s+(?:it|the\s+punch)\b"
    rf"|{SENTENCE_OPENS}(?:it|this|that)\s+{_NOT_A_PERSON}(?:\w+\s+){{0,3}}?die\s+in\s+a\s+fire\b",
    re.I | re.M,
)
IN_AN_OATH = "is a violent verb in an oath or an idiom of waiting or racing"
"""The phrase every reason of this filter carries (what `benchmarks/mention_filter.py` counts)."""


def oath_phrase(text: str) -> str | None:
    """The first oath or idiom of waiting in `text` ("Shoot!", "hang on"), if any."""
    return first_match(_IDIOM, text)


def oath_idiom(finding: Finding, doc: Document) -> str | None:
    """A reason when the finding is inside "Shoot!", "hang on", "kill it with fire" or "beat me to it",
    or is a function word of that sentence, and the sentence holds no other violent verb."""
    return in_idiom(finding, doc, _IDIOM, IN_AN_OATH)
