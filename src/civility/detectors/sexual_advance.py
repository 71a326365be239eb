"""`SexualAdvanceDetector`: sexual advances and demands aimed at a person.

The Code of Conduct names "unwelcome sexual attention or advances". The `sexual` head learned from
SGID4SE's objectification labels, EDOS's sexist objectification and civility's seeds, so it scores
sexual words about bodies, but an advance worded as a request or a proposition scores low or as
profanity: "send me a dick pic" (insult 0.14), "let's have sex tonight" (nothing), "I want to fuck
you" (profanity) (`benchmarks/results/probe_scores_sexual.md`). These rules catch the unambiguous
shapes, each aimed at a person:

1. **images asked for**: "send me nudes", "send me a dick pic", "show me your boobs";
2. **a proposition**: a first person who wants a sexual act with the reader or a third person ("I
   want to fuck you", "I'd love to have sex with you", "let's have sex tonight", "wanna make out
   after the meetup?");
3. **a sexual demand**: "suck my dick", "sit on my face";
4. **courting**: a date asked for (a phone number, a drink, going out) with a pet name or a remark
   on the reader's looks ("can I have your number, beautiful?", "you're too pretty to be a
   programmer, let's get a drink");
5. **personal questions with no work purpose**: "are you single?", "what are you wearing?".

Explicit words without an addressee (a game's content, a porn filter, "calm your tits") are left
to the model: projects discuss such content, and the labelled sets mark it neither way. A sentence
that condemns or reports the words is skipped (`civility.detectors.phrase_rules`), as are code, logs
and quoted replies. Measured on every labelled set in `benchmarks/rule_detectors.py --detector
sexual_advance`.
"""

from __future__ import annotations

import re
from typing import ClassVar

from civility.detectors.phrase_rules import NEGATED, PhraseDetector, PhraseRule, words
from civility.types import Category

SCORE = 0.8
_I = re.I
_PERSON = r"(?:you|u|ya|her|him|me)"
_IMAGES = (
    r"(?:nudes|nude\s+(?:pics?|photos?|pictures|selfies)|naked\s+(?:pics?|photos?|pictures|selfies)|"
    r"(?:dick|cock|tit|boob|ass|pussy)\s+pics?|(?:sexy|hot|naughty|lewd)\s+(?:pics?|photos?|pictures|selfies))"
)
_BODY = r"(?:tits|titties|boobs|breasts|ass|butt|pussy|dick|cock|body|panties|bra)"
_WANT = (
    r"(?:i|we)\s*(?:want|wanna|['’]d\s+(?:love|like)|would\s+(?:love|like)|need|['’]m\s+gonna|am\s+gonna|"
    r"['’]m\s+going|am\s+going|['’]ll|will|gonna|could)\s+(?:to\s+)?"
)
"""A first person's wish or intent ("I want to", "I'd love to", "I'll")."""
_ACT = (
    r"(?:fuck(?=\s+\w+\s*(?:$|[.!?,;]|so\b|hard|tonight|all\s+night))|bang|shag|lick|suck|finger|grope|"
    r"undress|spank|eat\s+out|jerk\s+off\s+to|bend(?=\s+\w+\s+over))"
)
"""Sexual acts done to a person. "fuck you" only when it ends the clause or goes on sexually (not
"fuck you up", "fuck you over"); not "screw" ("screw you over"), "touch" or "kiss" ("I could kiss
you for this fix"), "hook up" ("let's hook up next week to go over the roadmap")."""
_SEX = r"(?:have\s+sex|sleep|make\s+out|get\s+laid)"
_PET_NAME = r"(?:beautiful|gorgeous|sexy|babe|baby|sweetheart|sweetie|honey|darling|cutie|hottie|princess)"
_CALLED = rf"(?:,\s*|\b(?:hey|hi|hello)\s+){_PET_NAME}\b"
"""The reader addressed with a pet name ("..., beautiful?", "hey sexy")."""
_LOOKS = (
    r"\b(?:you|u)\s*(?:['’]re|are|r|look)\s+(?:so\s+|too\s+|really\s+|very\s+|pretty\s+)?"
    r"(?:pretty|beautiful|gorgeous|hot|sexy|cute)\b"
)
"""A remark on the reader's looks ("you're too pretty to be a programmer")."""
_DATE = (
    r"\b(?:(?:give|send|text|dm)\s+me\s+your\s+(?:phone\s+)?number|have\s+your\s+(?:phone\s+)?number"
    r"|go\s+out\s+with\s+me|(?:go\s+)?on\s+a\s+date|(?:get|grab|have)\s+(?:a\s+)?(?:drink|drinks|dinner)"
    r"|(?:come|back)\s+to\s+my\s+(?:place|room|hotel))\b"
)
"""A request to date: a phone number, going out, a drink or dinner, the writer's room."""

RULES: tuple[PhraseRule, ...] = (
    PhraseRule(
        "images",
        re.compile(
            rf"\bsend\s+(?:me\s+|us\s+)?(?:some\s+|your\s+|a\s+|more\s+)?{_IMAGES}\b"
            rf"|\bshow\s+(?:me|us)\s+(?:your|ur|those|them)\s+{_BODY}\b",
            _I,
        ),
        words("nudes nude naked pics pic photos photo pictures selfies show"),
        "a request for sexual images or to see a body",
        SCORE,
        (Category.SEXUAL,),
    ),
    PhraseRule(
        "proposition",
        re.compile(
            rf"\b{_WANT}(?:{_ACT}\s+{_PERSON}\b|{_SEX}\s+with\s+{_PERSON}\b)"
            rf"|\b(?:let['’]?s|wanna|want\s+to)\s+(?:have\s+sex|fuck|make\s+out|sleep\s+together)"
            r"(?=\s*(?:$|[.!?,;]|tonight|later|sometime|after|again|some\s+time|with\s+me|\?))",
            _I | re.M,
        ),
        words("fuck bang shag lick suck finger grope undress bend spank eat jerk sex sleep make laid"),
        "a sexual proposition to a person",
        SCORE,
        (Category.SEXUAL,),
    ),
    PhraseRule(
        "demand",
        re.compile(
            r"\b(?:suck|lick|blow|touch|rub)\s+my\s+(?:dick|cock|balls|pussy|tits|clit|nipples)\b"
            r"|\bsit\s+on\s+my\s+(?:face|dick|cock|lap)\b",
            _I,
        ),
        words("suck lick blow touch rub sit"),
        "a sexual demand",
        SCORE,
        (Category.SEXUAL,),
    ),
    PhraseRule(
        "courting",
        re.compile(
            rf"{_DATE}[^.!?\n]{{0,40}}?{_CALLED}|{_CALLED}\s*[,!]?[^.!?\n]{{0,60}}?{_DATE}"
            rf"|{_LOOKS}[^.!?\n]{{0,60}}?{_DATE}|{_DATE}[^.!?\n]{{0,60}}?{_LOOKS}",
            _I,
        ),
        words("beautiful gorgeous sexy babe baby sweetheart sweetie honey darling cutie hottie princess")
        | words("pretty hot cute"),
        "a request for a date with a pet name or a remark on looks",
        SCORE,
        (Category.SEXUAL,),
        requires=words("number date drink drinks dinner out place room hotel"),
    ),
    PhraseRule(
        "personal_question",
        re.compile(
            r"\bare\s+(?:you|u)\s+single\b(?![-‑])"
            r"|\bwhat\s+are\s+(?:you|u)\s+wearing(?=\s*(?:$|[.!?,;]|right\s+now|now\b|tonight|in\s+bed))"
            r"|\bdo\s+(?:you|u)\s+have\s+a\s+(?:boyfriend|girlfriend|bf|gf)\b",
            _I,
        ),
        words("single wearing boyfriend girlfriend bf gf"),
        "a personal question of sexual interest",
        SCORE,
        (Category.SEXUAL,),
    ),
)


class SexualAdvanceDetector(PhraseDetector):
    """Requests for sexual images, propositions, sexual demands and prying personal questions."""

    name: ClassVar[str] = "sexual_advance"
    categories: ClassVar[tuple[Category, ...]] = (Category.SEXUAL,)
    rules: ClassVar[tuple[PhraseRule, ...]] = RULES

    vetoes: ClassVar[tuple[re.Pattern[str], ...]] = (NEGATED,)
    """A negation just before the advance ("I don't send nudes", "she didn't want to have sex")."""
