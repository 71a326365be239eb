"""Drop insult evidence in short praise of the reader ("you are fun", "You're smart!", "Good job.").

The labelled sets hold many more "you are a ..." insults than compliments, and the praise words have
insulting uses there ("making fun of", "smart-ass", sarcastic "genius"), so a compliment on its own
crosses the insult cut: "you are fun" scores 0.66, "You're smart!" 0.52, "Honestly, you are a fun
person to work with." 0.32 (cut 0.26; `benchmarks/results/probe_scores_second_person.md`). The model's
evidence is the adjective and the words around it ("you", "You're", "Honestly").

A finding of insult or identity_attack is dropped when it is inside a clause of praise aimed at the
reader ("you are / you're / u r [so / really / such] [a / an] <praise> [person / maintainer ...] [to
work with]") or at their work ("good job", "great work", "nice catch", "well done" [folks / @name])
that ends its clause, or is a function word of that sentence ("you", "are", "so", "honestly").
"Good job." alone scored insult 0.73: VCU labels two short sarcastic ones mocking ("> I have
successfully compiled ...\nGood job."), and the bigram learned from them. Other evidence stays: "you
are fun, idiot" keeps "idiot". Sarcasm needs a cue, and a sentence with one keeps its findings:
"You're so smart, of course it works on your machine", "you think you're so smart", "if you're so
clever, fix it yourself", "yeah right, you're a genius", praise trailing off ("Nice job... not.").
What is lost is sarcasm with no cue, which a bag of words cannot tell from praise either. A noun
after the praise must name a person's role ("a smart ass" is not praise). Sexual evidence is never
dropped ("you're so hot" is a moderator's call). Measured in-sample on every labelled set
(`benchmarks/mention_filter.py --filter praise --all-sets`) and on the second-person probes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from civility.detectors.base import Document
from civility.filters.sentence_phrase import first_phrase, phrase_reason
from civility.filters.technical_target import PERSON_NOUN
from civility.model.identity import ROLES
from civility.types import Category, Finding

_I = re.I
_PRAISE = (
    r"(?:fun|funny|smart|clever|kind|nice|awesome|cool|great|amazing|brilliant|sweet|lovely|wonderful|"
    r"helpful|talented|generous|patient|thoughtful|fantastic|incredible|excellent|wise|"
    r"the\s+best|(?:an?\s+)?(?:genius|star|hero|legend|lifesaver|life\s+saver|rock\s?star|gem|treasure))"
)
_DEGREE = (
    r"(?:\s+(?:so|really|very|truly|just|such|always|too|super|incredibly|genuinely|amazingly|absolutely))*"
)
_ROLE = "|".join(sorted((re.escape(r) for r in ROLES), key=len, reverse=True))
_NOUN = (
    rf"(?:\s+(?:human(?:\s+being)?|friend|colleague|teammate|mentor|coder|programmer|{PERSON_NOUN}|{_ROLE}))"
)
_WITH = r"(?:\s+to\s+(?:work|review|collaborate|talk|pair)\s+with)"
_WORK_PRAISE = (
    r"\b(?:(?:really|very|super|such\s+a|a)\s+)?(?:good|great|nice|awesome|excellent|amazing|brilliant|"
    r"fantastic|superb|solid|terrific|outstanding|wonderful|stellar)\s+(?:job|work|catch|find|effort)"
    r"|\bwell\s+done"
)
"""Praise of the reader's work ("Good job.", "nice catch", "well done")."""
_VOCATIVE = (
    r"(?:,?\s+(?:folks|everyone|everybody|all|team|guys|people|y['’]all|mate|man|dude|buddy|friend|"
    r"@[\w-]+))?"
)
_PHRASE = re.compile(
    rf"(?:\b(?:you|u)(?:\s*['’]re|\s+(?:are|r)){_DEGREE}\s+(?:an?\s+)?(?:(?:really|very|super|truly)\s+)?"
    rf"{_PRAISE}{_NOUN}?{_WITH}?|(?:{_WORK_PRAISE}){_VOCATIVE})"
    r"(?!\s*(?:\.\.|…))(?=\s*(?:$|[.!?,;:)(]|:\)|and\b|thanks?\b|thank\b))",
    _I | re.M,
)
_SARCASM = re.compile(
    r"\bof\s+course\b|\bobviously\b|\byeah,?\s+right\b|\bsure\b|/s\b|\bthinks?\b|\bthought\b|\bpretend\w*|"
    r"\bact(?:s|ing)?\s+like\b|\bif\b|\bso[-\s]called\b|\bnot\b|n['’]t\b|\benough\b|\bexcept\b|\bbut\b",
    _I,
)
"""Cues that the praise is ironic, conditional or taken back: the sentence keeps its findings."""
_TRAILING_OFF = re.compile(r"\s*(?:\.\.|…)")
"""Praise trailing off ("you are a great....", "Nice job... not.") is irony, not praise."""
_FUNCTION_WORDS = frozenset(
    {"you", "u", "you're", "you’re", "youre", "are", "r", "a", "an", "so", "really", "very", "such", "too"}
    | {"just", "truly", "the", "honestly", "seriously", "thanks", "thank", "always", "super", "to", "with"}
)
_CATEGORIES = frozenset({Category.INSULT, Category.IDENTITY_ATTACK})
PRAISES_THE_READER = "praises the reader"
"""The phrase every reason of this filter carries (what `benchmarks/mention_filter.py` counts)."""


def reader_praise(finding: Finding, doc: Document) -> str | None:
    """A reason when the finding is the praise, or a function word, of a compliment to the reader."""
    return phrase_reason(finding, doc, _phrases, _FUNCTION_WORDS, _CATEGORIES, PRAISES_THE_READER)


@lru_cache(maxsize=32)
def _phrases(text: str, start: int, end: int) -> tuple[re.Match[str], ...]:
    """The compliments to the reader in text[start:end]; none when the sentence holds a sarcasm cue."""
    if _SARCASM.search(text, start, end):
        return ()
    # the sentence may end at an ellipsis ("Nice job... not."), which the pattern cannot see past `end`
    return tuple(m for m in _PHRASE.finditer(text, start, end) if not _TRAILING_OFF.match(text, m.end()))


def praised_reader(text: str) -> str | None:
    """The first compliment to the reader in `text` that the filter would act on (for benchmarks)."""
    return first_phrase(text, _PHRASE, _phrases)
