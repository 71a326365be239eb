"""Drop model evidence inside a term of the trade ("naked pointer", "dumb terminal", "dumb quotes").

A few technical terms hold words the heads learned from sexual remarks and insults: with the shipped
model "The naked pointer is dangerous." scores sexual 0.11 (cut 0.05), "Avoid naked returns in Go."
0.07 and "It is a dumb terminal." insult 0.38. The developer sets use them as terms ("naked
pointers", "naked main", "naked printk", "dumb proxy", "dumb client"), and none of them names a
person. A model finding of any category whose evidence lies inside one of these terms is dropped;
other evidence in the message stays ("send me naked pictures" has no technical noun after "naked",
and "naked pointer, you idiot" keeps "idiot").

The list is closed on purpose: a noun after "naked" or "dumb" is a term only when it is a thing of
code or networks, so "naked lady", "naked chest" and "dumb blonde" are never matched.
"""

from __future__ import annotations

import re
from functools import lru_cache

from civility.detectors.base import Document
from civility.types import Finding

_NAKED_NOUNS = (
    r"pointers?|ptrs?|returns?|domains?|functions?|objects?|types?|structs?|urls?|ips?|arrays?|main|"
    r"printk|calls?|new|deletes?|exceptions?|variables?|vars?|loops?|runloops?|fragments?|values?|"
    r"strings?|literals?|refs?|references?|identifiers?|imports?|excepts?|asserts?|singletons?|"
    r"methods?|classes|class|instances?|sockets?|handles?|locks?|mutex(?:es)?"
)
_DUMB_NOUNS = r"terminals?|pipes?|quotes?|clients?|prox(?:y|ies)|switch(?:es)?|phones?|servers?|devices?"
_TERM = re.compile(
    rf"\b(?:naked\s+(?:{_NAKED_NOUNS})|dumb\s+(?:{_DUMB_NOUNS})|stupid\s+backoff)\b(?![\w'’-])",
    re.I,
)
IS_A_TECHNICAL_TERM = "is part of a technical term"
"""The phrase every reason of this filter carries (what `benchmarks/mention_filter.py` counts)."""


@lru_cache(maxsize=32)
def _terms(text: str) -> tuple[tuple[int, int, str], ...]:
    """The technical terms of `text`: (start, end, term), cached per message."""
    return tuple((m.start(), m.end(), m.group(0)) for m in _TERM.finditer(text))


def technical_term(finding: Finding, doc: Document) -> str | None:
    """A reason when the model finding's evidence lies inside a technical term."""
    if finding.explanation.detector != "model":
        return None
    for start, end, term in _terms(doc.raw):
        if start <= finding.start and finding.end <= end:
            return f"{finding.category} at {finding.start}..{finding.end} {IS_A_TECHNICAL_TERM} ({term!r})"
    return None


def technical_term_phrase(text: str) -> str | None:
    """The first technical term in `text`, if any (for benchmarks)."""
    found = _terms(text)
    return found[0][2] if found else None
