"""`ContemptDetector`: a person called worthless or told to leave, in words that also describe things.

Developer talk calls code "useless", "hopeless" or "a waste of space" all day, and the labelled sets
say those rows are clean, so the model learned the words as harmless: "you are useless" scores
insult 0.09, "you are a waste of space" 0.16, "get lost" nothing (cut 0.26;
`benchmarks/results/probe_scores_contempt.md`). Aimed at a person they are among the plainest
personal attacks there are. The shapes are narrow:

1. **worthless**: the reader as the subject ("you / u / you people / you guys are ...") called
   useless, worthless, hopeless, a waste of space / oxygen, a burden, a failure, a joke, a lost
   cause, and the clause ends there ("you are useless to me without the logs" and "you are hopeless
   at regex" judge less and are left to the model);
2. **unwelcome**: "nobody wants you here", "no one here likes you", and "get lost" or "go away" said
   as a whole clause opening a sentence or following a comma or a dash ("you are useless, go away";
   "the warning should go away" and "it doesn't just go away" are not);
3. **told to quit**: "you should (just) quit programming / give up coding / stop contributing /
   leave this project", "stop being such a baby", "stop acting like a child";
4. **excluded**: the reader, "people like you" or "your kind" told they do not belong or are not
   welcome, here or in the project, the community, open source or tech ("people like you don't belong
   here"; the model scores it insult 0.11, and "in this community" was flagged on "community" alone,
   a word a seed attacks; `benchmarks/results/probe_scores_community.md`). A sentence that wonders
   or reassures ("if you ever feel you are not welcome here, tell us", "never feel like you don't
   belong in open source") is vetoed, and "belong to" (a group, a module) never matches. "Not
   welcome" is also how a sentence condemns ("that language is not welcome here"), so "your kind is
   not welcome here" is left to the model like any condemning sentence; "isn't welcome" is matched.

A negation before a match ("you are not useless", "don't worry if you're hopeless") vetoes it, and a
sentence that reports or condemns the words ("he told me I was a waste of space, and I reported
it", "calling people useless is not OK") is left to the model (`civility.detectors.phrase_rules`),
as are code, logs and quoted replies. The first person is never a target ("I feel like a failure
today"). Career threats ("I'll make sure nobody ever hires you again") are harassment and live with
the other intimidation in `civility.detectors.threat`. Measured in `benchmarks/rule_detectors.py
--detector contempt`.
"""

from __future__ import annotations

import re
from typing import ClassVar

from civility.detectors.phrase_rules import NEGATED, PhraseDetector, PhraseRule, words
from civility.types import Category

SCORE = 0.8
_I = re.I
_YOU = r"\b(?:you|u|ya)(?:\s+(?:people|guys|lot|folks|all))?"
_BE = r"(?:\s*['’]re|\s+(?:are|r))"
_DEGREE = (
    r"(?:\s+(?:just|so|completely|totally|utterly|absolutely|truly|really|literally|clearly|simply|such|"
    r"nothing\s+but))*"
)
_WORTHLESS = (
    r"(?:useless|worthless|hopeless|an?\s+(?:complete\s+|total\s+|utter\s+|absolute\s+)?"
    r"(?:waste\s+of\s+(?:space|oxygen|air|skin|a\s+human(?:\s+being)?|a\s+person)|burden|failure|"
    r"joke|lost\s+cause|nobody|liability))"
)
_CLAUSE_END = r"(?=\s*(?:$|[.!?,;:)]|(?:and|who|to\s+(?:this|the|our)\s+(?:project|community|team))\b))"
"""The judgement ends its clause: "you are useless." but not "you are useless to me without the logs"."""
_CLAUSE_START = r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n)|(?<=[,;:\-–—]\s))"
"""A sentence, or a clause after a comma or a dash ("nobody wants you here, get lost"); never after a
subject ("the warning should go away", "it doesn't just go away")."""
_ONWARD = r"(?:(?:just|please|now|so|ok|okay|then|simply)[\s,]+)?"
_EXCLUDED = (
    r"\b(?:you(?:\s+(?:people|guys|lot|folks))?|people\s+like\s+you|(?:the\s+)?likes\s+of\s+you|"
    r"your\s+(?:kind|sort|type))"
    r"\s+(?:(?:do\s*n['’]?t|do\s+not|does\s*n['’]?t|does\s+not)\s+belong|"
    r"(?:(?:are|is)\s+not|['’]re\s+not|are\s*n['’]?t|is\s*n['’]?t)\s+welcome)"
    r"(?:\s+(?:here|around\s+here|in\s+(?:this|our|the)\s+(?:project|community|team|repo|repository|"
    r"industry|field)|in\s+(?:open\s+source|tech|programming|software)))?"
    r"(?=\s*(?:$|[.!?,;]|and\b))"
)
_WONDERING = re.compile(
    r"\b(?:if|when|whenever|feel|feels|felt|feeling|think|thinks|thought|worry|worried|afraid|fear|sense)\b"
    r"(?:\s+\w+){0,3}\s*$",
    re.I,
)
"""Before an exclusion, a sentence that wonders or reassures ("if you ever feel you are not welcome
here", "never feel like you don't belong")."""
_CHILD = r"(?:baby|crybaby|cry\s+baby|child|toddler|brat|drama\s+queen|snowflake)"
_CRAFT = (
    r"(?:programming|coding|software(?:\s+development)?|open\s+source|development|contributing|"
    r"this\s+project|the\s+project|tech)"
)

RULES: tuple[PhraseRule, ...] = (
    PhraseRule(
        "worthless",
        re.compile(rf"{_YOU}{_BE}{_DEGREE}\s+{_WORTHLESS}{_CLAUSE_END}", _I | re.M),
        words("useless worthless hopeless waste burden failure joke lost nobody liability"),
        "a person called worthless",
        SCORE,
        (Category.INSULT,),
    ),
    PhraseRule(
        "unwelcome",
        re.compile(
            r"\b(?:nobody|no\s+one|no-one)\s+(?:here\s+|around\s+here\s+)?(?:wants|likes|needs)\s+you"
            r"(?:\s+(?:here|around(?:\s+here)?|in\s+this\s+(?:project|community)))?(?=\s*(?:$|[.!?,;]))"
            rf"|{_CLAUSE_START}\s*{_ONWARD}(?:get\s+lost|go\s+away)(?=\s*(?:$|[.!?,;]|and\b))",
            _I | re.M,
        ),
        words("wants likes needs lost away"),
        "a person told they are not wanted",
        SCORE,
        (Category.INSULT,),
    ),
    PhraseRule(
        "told_to_quit",
        re.compile(
            rf"{_YOU}\s+(?:should|need\s+to|ought\s+to|must)\s+(?:just\s+|really\s+)?"
            rf"(?:(?:quit|give\s+up|stop)\s+{_CRAFT}|leave\s+(?:this|the|our)\s+(?:project|community))"
            rf"(?=\s*(?:$|[.!?,;]|and\b))"
            rf"|\bstop\s+(?:being\s+(?:such\s+|so\s+)?(?:an?\s+)?|acting\s+like\s+(?:an?\s+)?){_CHILD}\b",
            _I | re.M,
        ),
        words("quit give stop leave"),
        "a person told to quit or called a child",
        SCORE,
        (Category.INSULT,),
    ),
    PhraseRule(
        "excluded",
        re.compile(_EXCLUDED, _I | re.M),
        words("belong welcome"),
        "a person told they do not belong",
        SCORE,
        (Category.INSULT,),
        vetoes=(_WONDERING,),  # "if you feel you are not welcome here, tell us"
    ),
)


class ContemptDetector(PhraseDetector):
    """A person called worthless, told they are not wanted or do not belong, or told to quit (insult)."""

    name: ClassVar[str] = "contempt"
    categories: ClassVar[tuple[Category, ...]] = (Category.INSULT,)
    rules: ClassVar[tuple[PhraseRule, ...]] = RULES

    vetoes: ClassVar[tuple[re.Pattern[str], ...]] = (NEGATED,)
    """A negation just before the match ("you are not useless" cannot match; "don't worry if you're
    hopeless" and "I never said you should quit programming" are vetoed)."""
