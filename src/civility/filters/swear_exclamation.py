"""Drop insult evidence in an exclamation that swears at no one ("Holy crap, this is fast!", "hell yes").

Developers swear in surprise, delight and confusion: "Holy crap, this is fast now!" scored insult
0.26 (cut 0.24) on "crap", "What the heck is going on with CI?" insult 0.73 on "heck", "Heck yeah."
0.65 out of fold; ToxiCR labels "What the heck is this." and "Heck yeah. :)" not toxic. The swear
word is vulgarity, which the profanity head and its category report, but an exclamation with no
one in it insults no one, and an insult flag ranks a message above its vulgarity (severity 2, not 1).

A bare swear is an exclamation too: "Shit!" scored insult 0.91 and identity_attack 0.19, "Crap!"
insult 0.96, "Oh fuck!!" 0.94. The pattern reads the message as the model does, with disguised
swears decoded at their raw positions (`Prepared.decoded`), so "sh**!" and "Oh sh**, my bad." are
exclamations too.

A model finding of insult, identity_attack or harassment is dropped when it lies inside "holy crap /
shit / cow / hell ...", "hell / heck / fuck / damn yes / yeah / no" opening a sentence, a swear that
is a sentence or opens one before a comma ("Shit!", "Oh crap, my bad.", "Damn it."), or "what the
heck / hell / fuck" in a sentence that does not speak to the reader ("what the hell are you doing"
keeps its finding), or is a function word of that sentence, through
`civility.filters.errand_idiom.in_idiom`. Other evidence stays ("holy crap, you are dumb" keeps
"dumb"), and so does every profanity finding.
"""

from __future__ import annotations

import re

from civility.detectors.base import Document
from civility.filters.errand_idiom import SENTENCE_OPENS, first_match, in_idiom
from civility.types import Finding

_SWEAR = r"(?:hell|heck|fuck|fucking|fuckin|damn|dang|shit)"
_BARE = r"(?:shit|crap|fuck|damn|dammit|damnit|goddammit|goddamn|bollocks|crud)"
"""A swear that makes a sentence on its own ("Shit!", "Oh crap, my bad.", "Damn it.")."""
_EXCLAMATION = re.compile(
    r"\bholy\s+(?:crap|shit|cow|moly|hell|fuck|fucking\s+shit|smokes)\b"
    rf"|{SENTENCE_OPENS}(?:(?:oh|ah|aw|well|ugh|argh)[ \t,]+)?{_BARE}(?:[ \t]+it)?(?=[ \t]*(?:[.!?,;:…]|$))"
    rf"|{SENTENCE_OPENS}(?:(?:oh|ah|aw)[ \t,]+)?{_SWEAR}[ \t,]+(?:yes|yeah|yea|yep|no|nope)\b"
    r"|\bwhat\s+the\s+(?:heck|hell|fuck|fudge|frick)\b(?![^.!?\n]*\b(?:you|your|you're|u|ur|yourself)\b)",
    re.I | re.M,
)
IN_AN_EXCLAMATION = "is a swear word in an exclamation aimed at no one"
"""The phrase every reason of this filter carries (what `benchmarks/mention_filter.py` counts)."""


def exclamation_phrase(text: str) -> str | None:
    """The first swearing exclamation in `text` ("Holy crap", "hell yes", "what the heck"), if any."""
    return first_match(_EXCLAMATION, text)


def swear_exclamation(finding: Finding, doc: Document) -> str | None:
    """A reason when an insult, identity-attack or harassment finding is inside a swearing exclamation,
    or is a function word of its sentence, and the sentence holds no violent verb outside it."""
    return in_idiom(finding, doc, _EXCLAMATION, IN_AN_EXCLAMATION)
