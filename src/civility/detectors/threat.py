"""`ThreatDetector`: explicit threats against people, which a bag of words scores low.

A threat rarely needs an abusive word ("I will find you and hurt you", "people like you should be
raped"), and the labelled sets hold few of them (62 threats in developer talk), so the model misses
most (`benchmarks/results/probe_scores_threats.md`; "rape" occurs mostly in rows labelled clean, where
it is discussed). These rules catch the unambiguous shapes, each needing both a person as the target
and a harm that only a person can suffer:

1. **intent**: a first person (or "someone should") with a future or wish ("I'll", "we are going to",
   "I want to") and a violent verb whose object is the reader or a person ("I'll kill you", "we are
   going to hunt you down", "someone should shoot him");
2. **wish for harm**: a person or a group as subject of a passive of harm ("you should be shot",
   "people like you deserve to be raped", "muslims should be killed", "I hope you die"), or of harm
   as a noun ("maintainers like you deserve a beating");
3. **call to kill a group**: "Kill all the jews." opening a sentence, or after "let's", "we should";
4. **self-harm incitement**: "kill yourself", "kys", "go hang yourself" (told, not described);
5. **intimidation idioms**: "I know where you live", "watch your back", "sleep with one eye open",
   "someone should teach you a lesson", "you'll pay for this", "I will find you", "we're coming for
   you", "close this issue one more time and you will regret it";
6. **career threats**: "I'll make sure nobody ever hires you again", "I'll get you fired", "we will
   ruin your career" (a first person's intent against a person's livelihood).

Threats of sexual violence (rape, molest, grope, sexually assault) are both `harassment` and `sexual`.

What keeps them precise: negation cannot stand inside a shape ("I would never hurt you", "you
should not be punished" do not match, nor does "no woman should be raped"); a machine cannot be the
target (objects are persons, so "kill the process" never matches), nor an errand ("I'll shoot you
an email", `civility.filters.errand_idiom.ERRAND`); a sentence that reports or
condemns speech ("he said ...", "saying ... is harassment", "reported") is left to the model, as
is a quoted reply, code or a log (masked by preprocessing). Matches are made on the prepared text and
mapped back to raw offsets. Measured on every labelled set in `benchmarks/rule_detectors.py
--detector threat`.
"""

from __future__ import annotations

import re
from typing import ClassVar

from civility.detectors.phrase_rules import (
    IDENTITY_PLURALS,
    NEGATED,
    PhraseDetector,
    PhraseRule,
    alternation,
    words,
)
from civility.filters.errand_idiom import ERRAND
from civility.types import Category

SCORE = 0.9
"""A rule match is strong evidence; the score clears every configured cut unless a user raises it."""
IDIOM_SCORE = 0.8
_I = re.I

_HARM = (
    r"(?:kill|murder|stab|shoot|strangle|choke|behead|decapitate|lynch|hang|slap|punch|hurt|torture|"
    r"burn|drown|gut|butcher|slaughter|execute|smother|poison|kidnap|assault|end|"
    r"beat\s+the\s+(?:shit|crap|hell)\s+out\s+of|kick\s+the\s+(?:shit|crap|hell)\s+out\s+of|"
    r"rape|molest|grope|sexually\s+assault)"
)
"""Violent verbs in their base form ("I will kill"). Not "beat" alone ("I'll beat you to it"), "hit"
("I'll hit you up"), "destroy" or "fight" (games and arguments), "find" ("I'll find you on Slack")."""
_BODY_HARM = (
    r"(?:break|snap|smash|bash|cut)\s+(?:your|his|her)\s+(?:\w+\s+)?"
    r"(?:legs?|neck|arms?|face|jaw|fingers|bones|skull|head|teeth|throat)\b"
    r"|kick\s+(?:your|his|her)\s+(?:\w+\s+)?(?:ass|arse|butt)\b"
    r"|beat\s+(?:you|him|her)\s+(?:up|to\s+death|senseless|black\s+and\s+blue)\b"
    r"|hunt\s+(?:you|him|her)\s+down\b"
    r"|fuck\s+(?:you|him|her)\s+up\b"
)
"""Harm whose object is a body part, or a person hunted down."""
_HARMED = (
    r"(?:killed|murdered|stabbed|shot(?!\s+down)|strangled|choked|beheaded|decapitated|lynched|hanged|"
    r"hung(?!\s+up)|slapped|"
    r"punched|tortured|burn(?:ed|t)\s+alive|drowned|gutted|butchered|slaughtered|executed|"
    r"exterminated|gassed|smothered|poisoned|kidnapped|assaulted|beaten(?:\s+(?:up|to\s+death))?|"
    r"put\s+down|wiped\s+out|strung\s+up|raped|molested|groped|sexually\s+assaulted)"
)
_SEXUAL_HARM = re.compile(r"\b(?:rap(?:e|ed)|molest(?:ed)?|grope[d]?|sexually\s+assault(?:ed)?)\b", _I)
_FAMILY = (
    r"(?:family|kids?|children|wife|husband|mom|mother|mum|momma|mama|dad|father|daughter|son|sister|brother|"
    r"grandma|grandmother|granny|grandpa|grandfather|parents|girlfriend|boyfriend|dog|cat|house|home|car)"
)
_LIKE_THEM = r"(?:\w+\s+like\s+(?:you|him|her|them|that))"
""""people like you", "scum like him"."""
_PERSON = (
    rf"(?:you|u|ya|y['’]?all|him|her|(?:your|ur)\s+{_FAMILY}|you\s+all|every\s+(?:one|last\s+one)\s+of\s+you|"
    rf"{_LIKE_THEM}|anyone|anybody|everyone|everybody)"
)
"""Who a threat is aimed at: the reader, a named third person, their family, anyone. Not "them" or
"it" (processes and jobs are killed all day)."""
_SELF = (
    r"(?:i['’]?m+a|imma|(?:i|we)\s*(?:['’]ll|will|shall|['’]m\s+(?:going\s+to|gonna|coming\s+to)|am\s+(?:going\s+to|gonna|"
    r"coming\s+to)|['’]re\s+(?:going\s+to|gonna|coming\s+to)|are\s+(?:going\s+to|gonna|coming\s+to)|"
    r"want\s+to|wanna|(?:['’]d|would)\s+(?:love|like)\s+to|should|gonna|will\s+come\s+and)"
    r"|(?:someone|somebody)\s+(?:should|needs\s+to|ought\s+to|has\s+to|will|is\s+going\s+to))"
)
"""A first person's intent (or a call on someone else); no slot for "not" or "never"."""
_ADVERB = (
    r"(?:\s+(?:personally|just|fucking|literally|really|gladly|happily|actually|definitely|come\s+and|go|"
    r"(?:find|track)\s+(?:you|him|her)(?:\s+down)?\s+and))*"
)


_COMMUNITY = (
    r"(?:developers|devs|maintainers|contributors|reviewers|committers|moderators|mods|admins|programmers|"
    r"newbies|newcomers|beginners|students|interns|volunteers|feminists|liberals|conservatives|leftists|"
    r"republicans|democrats|immigrants|refugees)"
)
"""People named by their role in a community or politics. Not every occupation of `ROLES`: workers,
drivers, managers, reporters and writers are also processes and classes that get killed."""


_WILL = (
    r"\s*(?:['’]ll|will|['’]m\s+(?:going\s+to|gonna)|am\s+(?:going\s+to|gonna)|['’]re\s+(?:going\s+to|gonna)|"
    r"are\s+(?:going\s+to|gonna))"
)
"""A first person's stated intent, for the career threats ("I'll get you fired")."""


_GROUP_WORDS = alternation(IDENTITY_PLURALS)
"""Identity groups in the plural ("muslims", "women"): `civility.model.identity.TERMS`."""
_GROUP = (
    rf"(?:(?:all|these|those|the)\s+)?(?:{_GROUP_WORDS}|{_COMMUNITY}|these\s+people|"
    r"those\s+people)"
)
_SUBJECT = rf"(?:you|u|ya|y['’]?all|he|she|{_GROUP}|{_LIKE_THEM}|(?:your|ur)\s+{_FAMILY})"
_DESERVE = r"(?:should|ought\s+to|deserves?\s+to|needs?\s+to|must|gotta)"
"""What a wish for harm says. Not the future ("you are going to get killed in the ratings", "1 in 5
women will be raped" are predictions and statistics)."""
_HARM_NOUNS = words("beating thrashing whipping kicking bullet")
_BEATING = (
    r"(?:deserves?|should\s+get|needs?|ought\s+to\s+get)\s+(?:a\s+)?(?:good\s+|proper\s+|real\s+)?"
    rf"{alternation(_HARM_NOUNS)}(?=[ \t]*(?:$|[\n.!?,;:)]|(?:for|and|or|from|to)\b))"
)
"""Harm as a noun that ends the clause: "maintainers like you deserve a beating", "he needs a bullet
for that". Not "a bullet point", "bullet-proof" or "a kicking good suite"; the subject is a person
or a group, so "this code deserves a beating" does not match."""
_CALL = (
    r"(?:^[ \t]*|[.!?:]\s+|\b(?:let['’]?s|we\s+(?:should|must|need\s+to|have\s+to|gotta)|"
    r"(?:i|we)\s*(?:['’]ll|will|want\s+to|wanna)|time\s+to)\s+(?:just\s+)?)"
)
"""What makes "kill (all) the <group>" a call rather than a report ("they kill homosexuals there"): it
opens a sentence, or follows "let's", "we should", "I will"."""
_NOT_ERRAND = rf"(?!\s+{ERRAND})"
"""Errands and idioms after "shoot you" or "kill you": "I'll shoot you an email", "shoot him a
quick note", "kill you with kindness" (`civility.filters.errand_idiom.ERRAND`)."""
_NOT_PERL = r"(?!\s*\(|\s+(?:with|if|when|unless|on|early|gracefully|loudly|instead|here)\b)"
"""Perl and PHP programs "die" ("you should die with a clear message if the file is missing")."""
_NOT_AFTER = r"(?<!\bno\s)(?<!\bnot\s)(?<!\bnever\s)"


_NOT_IMPERATIVE = re.compile(
    r"(?<!\bneed\s)(?<!\bought\s)(?<!\bhave\s)(?<!\bgot\s)(?<!\bdeserve\s)"
    r"\b(?:to|you|u|ya|can|could|will|would|might|may|gonna|wanna|if|when|how|until|before|['’]ll|['’]d)\s+$",
    _I,
)
"""Before "kill yourself": a subject or an infinitive, so the words describe ("do you want to kill
yourself", "before you kill yourself", "how to kill yourself") instead of telling someone to."""


_VERBS = words(
    "fuck kill murder stab shoot strangle choke behead decapitate lynch hang slap punch hurt torture burn "
    "drown gut butcher slaughter execute smother poison kidnap assault end beat kick rape molest grope break "
    "snap smash bash cut hunt"
)
_PARTICIPLES = words(
    "killed murdered stabbed shot strangled choked beheaded decapitated lynched hanged hung slapped punched "
    "tortured burned burnt drowned gutted butchered slaughtered executed exterminated gassed smothered "
    "poisoned kidnapped assaulted beaten strung raped molested groped"
)
"""Not "put" or "wiped": common words that would run the wish pattern on one message in twenty; "put
down" and "wiped out" still match in a message that holds another of these words."""
_SELVES = frozenset({"yourself", "urself", "yourselves", "herself", "himself", "themselves"})
_HARASSMENT = (Category.HARASSMENT,)
RULES: tuple[PhraseRule, ...] = (
    PhraseRule(
        "intent",
        re.compile(rf"\b{_SELF}{_ADVERB}\s+(?:{_HARM}\s+{_PERSON}\b{_NOT_ERRAND}|{_BODY_HARM})\b", _I),
        _VERBS,
        "a first person's intent to harm a person",
        SCORE,
        _HARASSMENT,
    ),
    PhraseRule(
        "wish",
        re.compile(
            rf"{_NOT_AFTER}\b{_SUBJECT}\s+{_DESERVE}\s+(?:be|get)\s+{_HARMED}\b"
            rf"|{_NOT_AFTER}\b{_SUBJECT}\s+{_BEATING}"
            rf"|\b(?:hope|wish)\s+(?:that\s+)?{_SUBJECT}\s+(?:gets?\s+{_HARMED}|(?:will\s+)?die|dies)\b"
            rf"|{_NOT_AFTER}\b{_SUBJECT}\s+(?:should|deserves?\s+to|ought\s+to|needs?\s+to|must)\s+die\b{_NOT_PERL}"
            rf"|{_NOT_AFTER}\b{_SUBJECT}\s+(?:should|needs\s+to|ought\s+to|must)\s+(?:just\s+|go\s+)?"
            r"(?:kill|hang|shoot|choke)\s+(?:herself|himself|themselves|yourself|urself)\b"
            r"|\bcan\s+(?:she|he|you)\s+just\s+(?:kill|hang|shoot)\s+(?:herself|himself|yourself)\b",
            _I,
        ),
        _PARTICIPLES | _SELVES | _HARM_NOUNS | {"die", "dies"},
        "a wish for harm to a person or group",
        SCORE,
        _HARASSMENT,
        anchor=re.compile(
            rf"\b(?:{_HARMED}|{alternation(_HARM_NOUNS)}|die|dies|herself|himself|themselves|yourself|urself)\b",
            _I,
        ),
    ),
    PhraseRule(
        "call",
        re.compile(
            rf"{_CALL}(?:kill|shoot|hang|lynch|gas|exterminate|murder)\s+(?:all\s+)?(?:the\s+|those\s+|these\s+)?"
            rf"{_GROUP_WORDS}\b",
            _I | re.M,
        ),
        frozenset({"kill", "shoot", "hang", "lynch", "gas", "exterminate", "murder"}),
        "a call to kill a group",
        SCORE,
        _HARASSMENT,
        requires=IDENTITY_PLURALS,
    ),
    PhraseRule(
        "self_harm",
        re.compile(
            r"\b(?:kill|hang|shoot|off|neck)\s+(?:your\s?self|urself|yourselves)\b(?!\s+in\s+the\s+foot)"
            r"|\bkys\b|\bgo\s+(?:die|drink\s+bleach)\b|\bdrink\s+bleach\b",
            _I,
        ),
        _SELVES | {"kys", "bleach", "die"},
        "incitement to self-harm",
        SCORE,
        _HARASSMENT,
        vetoes=(NEGATED, _NOT_IMPERATIVE),  # "don't kill yourself over this"; "before you kill yourself"
    ),
    PhraseRule(
        "intimidation",
        re.compile(
            r"\b(?:i|we)\s+know\s+where\s+you\s+(?:live|work|sleep)\b|\bwatch\s+your\s+back\b"
            r"|\bsleep\s+with\s+one\s+eye\s+open\b|\byour\s+days\s+are\s+numbered\b"
            r"|\b(?:someone|somebody|some\s+one|i|we)\s*(?:['’]ll|will|should|needs?\s+to|ought\s+to|['’]m\s+gonna|"
            r"am\s+gonna|gonna|['’]m\s+going\s+to|am\s+going\s+to|are\s+going\s+to)\s+teach\s+(?:you|u|him|her|them)"
            r"\s+a\s+lesson\b"
            r"|\byou\s*(?:['’]ll|will|are\s+going\s+to|['’]re\s+going\s+to|['’]re\s+gonna|are\s+gonna)\s+pay\s+for\s+"
            r"(?:this|that|it)(?=\s*(?:$|[.!?,;]))"
            r"|\b(?:i|we)\s*(?:['’]ll|will|['’]m\s+gonna|am\s+gonna)\s+(?:find|hunt\s+down)\s+(?:you|u)"
            r"(?:\s+down)?(?=\s*(?:$|[.!?,;]|and\b))"
            r"|\b(?:i|we)\s*['’]?(?:m|re|\s+am|\s+are)\s+coming\s+for\s+(?:you|u)(?=\s*(?:$|[.!?,;]))",
            _I | re.M,
        ),
        words("where watch eye numbered lesson pay find hunt coming"),
        "an intimidation idiom",
        IDIOM_SCORE,
        _HARASSMENT,
        vetoes=(NEGATED,),  # "I don't know where you live"
    ),
    PhraseRule(
        "or_regret",
        re.compile(
            r"\b(?:again|one\s+more\s+time|ever\s+again)\s*,?\s+(?:and|&)\s+(?:you|u)\s*"
            r"(?:['’]ll|will|are\s+going\s+to|['’]re\s+going\s+to|['’]re\s+gonna|are\s+gonna)\s+"
            r"(?:regret\s+(?:it|this|that)|be\s+sorry)\b",
            _I,
        ),
        words("regret sorry"),
        "an intimidation idiom",
        IDIOM_SCORE,
        _HARASSMENT,
        requires=words("again time"),
    ),
    PhraseRule(
        "career",
        re.compile(
            rf"\b(?:i|we){_WILL}\s+(?:"
            r"(?:make\s+sure|see\s+to\s+it|ensure)\s+(?:that\s+)?"
            r"(?:(?:nobody|no\s+one|no-one)\s+(?:\w+\s+){0,2}(?:hires?|employs?|works?\s+with)\s+(?:you|u)\b"
            r"|(?:you|u)\s+(?:will\s+)?(?:never|don['’]?t|do\s+not|won['’]t)\s+(?:ever\s+|again\s+)?"
            r"(?:work(?=\s+(?:again|anywhere|in\s+(?:this|the|tech|open\s+source|any)|for\s+(?:anyone|any|a))\b)"
            r"|get\s+(?:a\s+)?(?:job|hired)\b))"
            r"|get\s+(?:you|u|him|her|them)\s+fired(?!\s+up)"
            r"|(?:ruin|end|destroy)\s+(?:your|ur|his|her|their)\s+(?:career|reputation)\b)",
            _I,
        ),
        words("hires hire employs employ work works job hired fired career reputation"),
        "a threat to a person's livelihood",
        IDIOM_SCORE,
        _HARASSMENT,
    ),
)


class ThreatDetector(PhraseDetector):
    """Explicit threats and calls for violence against a person (harassment; sexual violence also sexual)."""

    name: ClassVar[str] = "threat"
    categories: ClassVar[tuple[Category, ...]] = (Category.HARASSMENT, Category.SEXUAL)
    rules: ClassVar[tuple[PhraseRule, ...]] = RULES

    def categories_of(self, rule: PhraseRule, text: str, start: int, end: int) -> tuple[Category, ...]:
        sexual = _SEXUAL_HARM.search(text, start, end) is not None
        return (*rule.categories, Category.SEXUAL) if sexual else rule.categories
