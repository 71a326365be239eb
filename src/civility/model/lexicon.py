"""A small profanity lexicon, used only to split binary "toxic" labels into profanity vs insult.

ToxiCR and STRUDEL label a comment toxic without saying why. A toxic comment that swears is taken
as profanity; one that does not is taken as an insult (the paper's other main kind). The list is
civility's own: common English swear words and their inflections, matched on whole words.

Minced oaths and mild vulgarity count too ("darn", "heck", "frickin", "brain fart", "anal about"):
ToxiCR labels them toxic almost without exception (132 of 133 rows with "darn"), and mapping those
rows to insult taught the insult head that "Darn, I forgot to update the tests." is an insult (1.0).
They are vulgarity, the mildest category, which is what ToxiCR's label means there.
"""

from __future__ import annotations

import re

_STEMS = (
    "fuck",
    "fucking",
    "fucked",
    "fucker",
    "fuckin",
    "motherfucker",
    "shit",
    "shitty",
    "bullshit",
    "crap",
    "crappy",
    "damn",
    "damned",
    "goddamn",
    "dammit",
    "wtf",
    "stfu",
    "ffs",
    "hell",
    "ass",
    "arse",
    "asshole",
    "bitch",
    "bastard",
    "piss",
    "pissed",
    "dick",
    "cock",
    "cunt",
    "bloody",
    "bollocks",
    "sucks",
    "suck",
    "screw",
    "screwed",
    # minced oaths and mild vulgarity (see the module docstring)
    "darn",
    "darned",
    "darnit",
    "damnit",
    "heck",
    "frick",
    "fricking",
    "frickin",
    "freaking",
    "freakin",
    "frigging",
    "friggin",
    "omfg",
    "sucky",
    "fart",
    "butt",
    "anal",
)

PROFANITY = re.compile(r"\b(?:" + "|".join(sorted(_STEMS, key=len, reverse=True)) + r")s?\b", re.IGNORECASE)


_ABOUT_BODIES_SEX_OR_GENDER = frozenset(
    {"ass", "arse", "asshole", "bitch", "bastard", "dick", "cock", "cunt", "butt", "anal", "fart"}
)
GENERIC_SWEARS = frozenset(
    form for stem in _STEMS if stem not in _ABOUT_BODIES_SEX_OR_GENDER for form in (stem, stem + "s")
)
"""Swears that say nothing about whom they are aimed at, as the model's lower-cased words: the lexicon
without its words for bodies, sex or gender ("bitch", "cunt", "dick", "ass"), which can carry a sexist
or sexual attack by themselves (`FitConfig.swear_balance_heads`)."""


def swears(text: str) -> bool:
    """Whether `text` contains a word from the lexicon (whole-word, case-insensitive)."""
    return PROFANITY.search(text) is not None
