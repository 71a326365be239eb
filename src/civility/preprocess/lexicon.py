"""The small curated lexicon that guides de-obfuscation and the `civility_lexicon_v1` spaCy component.

Only obvious English profanities, slurs and insult words that people disguise (`f*ck`, `sh1t`,
`f u c k`). De-obfuscation rewrites a disguised token only when its decoded form is one of these
words, so technical tokens (`k8s`, `a11y`, `**kwargs`) are never touched. The list is a tool for
normalisation, not a classifier: the model decides what a word means in context.
"""

from __future__ import annotations

#: In priority order: when a wildcard form fits several words (`s**t`), the first listed wins.
WORDS: tuple[str, ...] = (
    # profanity
    "fuck", "fucking", "fucked", "fucker", "fuckers", "fucks", "motherfucker", "motherfucking",
    "shit", "shitty", "bullshit", "shits", "ass", "asses", "asshole", "assholes", "dumbass", "jackass",
    "bitch", "bitches", "bastard", "bastards", "damn", "goddamn", "crap", "crappy", "piss", "pissed",
    "cunt", "cunts", "dick", "dicks", "dickhead", "cock", "cocks", "prick", "pricks", "twat",
    "wanker", "wankers", "bollocks", "douche", "douchebag", "hell", "porn", "slut", "sluts",
    "whore", "whores", "tits", "boobs", "penis", "pussy", "sucks",
    # insults
    "idiot", "idiots", "idiotic", "moron", "morons", "moronic", "stupid", "dumb", "retard",
    "retarded", "imbecile", "loser", "losers", "scumbag", "cretin",
    # slurs (obfuscated most often; listed so disguise does not hide them from the model)
    "nigger", "niggers", "nigga", "faggot", "faggots", "fag", "fags", "kike", "spic", "chink",
    "tranny", "dyke",
)  # fmt: skip

LEXICON: frozenset[str] = frozenset(WORDS)
PRIORITY: dict[str, int] = {word: rank for rank, word in enumerate(WORDS)}

#: Leetspeak stand-ins and the letters they may stand for.
LEET: dict[str, str] = {
    "0": "o", "1": "il", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
    "$": "s", "@": "a", "!": "i", "|": "il", "€": "e", "+": "t",
}  # fmt: skip

#: Characters that stand for any one letter (`f*ck`, `f#ck`, `sh%t`).
WILDCARDS = frozenset("*#%")


def is_lexicon_word(word: str) -> bool:
    """Whether `word` (any case) is in the lexicon."""
    return word.lower() in LEXICON
