"""Drop model evidence that is a greeting ("Hey,", "Hi @maintainer", "yo,").

The `sexual` head's cut was its 0.05 floor, and SGID4SE's advances and civility's seed advances open
with "hey" (9 of SGID4SE's 32 labelled rows with "hey" are sexual, and a seed "hey sexy" weighs 10),
so a greeting alone became evidence: "Hey, I guess this line should be right below import socket."
and "yo, class names should be camel cased" were flagged sexual with "Hey" / "yo" as the only
evidence (until negative pieces, 7 Dec, taught the heads that a clean message's sentences are clean;
the filter stays for other models and lower cuts). A greeting says nothing about a category, so a
model finding whose evidence is a greeting word in salutation position is dropped: the word opens a
sentence or line and is followed by punctuation, the end, an @mention, or a word for the audience
("Hey there", "hi all", "hello team"). A greeting followed by anything else keeps its finding ("hey
sexy", "yo momma"): there the next word is usually evidence too, and "yo momma" is a maternal insult
in SGID4SE. Other evidence in the message is untouched, so "Hey, send me nudes" stays flagged.
"""

from __future__ import annotations

import re

from civility.detectors.base import Document
from civility.types import Finding

_GREETING = r"(?:hey+|hi+|hello+|yo+|heya|hiya|howdy|greetings|hallo|ahoy|sup)"
_AUDIENCE = r"(?:there|all|everyone|everybody|folks|team|guys|friends|people|y['’]?all|again|@[\w-]+)"
_SALUTATION = re.compile(
    rf"(?:^|(?<=[.!?]))[ \t>*_#-]*(?P<word>{_GREETING})(?=[ \t]*(?:[,!.:;)\n]|$|{_AUDIENCE}\b))",
    re.I | re.M,
)
IS_A_GREETING = "is a greeting"
"""The phrase every reason of this filter carries (what `benchmarks/mention_filter.py` counts)."""


def greeting(finding: Finding, doc: Document) -> str | None:
    """A reason when the model finding's evidence is a greeting word in salutation position."""
    if finding.explanation.detector != "model":
        return None
    text = doc.raw
    lo = text.rfind("\n", 0, finding.start) + 1  # the line's start: "^" and the lookbehind see it
    for match in _SALUTATION.finditer(text, lo):  # no end bound: "$" must be the text's end
        if match.start("word") >= finding.start:
            if match.span("word") == (finding.start, finding.end):
                word = match.group("word")
                return f"{finding.category} at {finding.start}..{finding.end} {IS_A_GREETING} ({word!r})"
            return None
    return None
