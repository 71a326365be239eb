"""Drop evidence of a violent verb aimed at a machine ("I will kill the process", "purge the cache").

Developers kill processes, hang debuggers, shoot down workers, nuke and purge caches. The harassment
head sits on a low cut (held-out threats need it, see `benchmarks/results/card_threshold_sources.md`),
so "I will kill the process" crosses it ("I will" plus a violent verb is what a threat looks like to a
bag of words), "I will purge the cache" scores identity_attack 0.52 ("purge" is ethnic-cleansing
vocabulary in the hate sets) and "can you nuke the cache?" insult 0.36. A sentence is about a machine
when a violent verb takes a computing object:

1. verb, optional particle, a determiner, up to two more words (no "and", "who", "other"), then a
   computing noun ("kill the hung worker", "shoot down all the old pods", "hang the debugger on ...")
   that does not name a person with the noun after it ("the server admin", "the build guy");
2. verb and a command-line argument on the same line ("kill -9 1234", "pkill -f", "kill %1").

In such a sentence, a model finding of harassment, identity_attack or insult is dropped when its word
is inside the verb phrase or is a function word that carries the head's weight ("will", "I", "can"),
unless the sentence names a person: a third person ("him", "them", "maintainers"), a group
(`civility.model.identity.TERMS`), "people", or the reader as object ("I will kill the process and
then you"). The reader asked to do the work ("can you kill the job", "you should purge the cache",
"your local server") is not a target. Other evidence in the sentence ("kill the job, idiot") stays.

A pronoun object alone is not enough: "I'd shoot it in the head" (a dog), "I can hit it in a shot or
two" (a head) and "Then we'll kill it" are labelled threats in the training sets (docs/ARCHITECTURE.md),
so "I'll punch it" stays flagged. "it" counts when a computing noun stands in the same sentence or the
one before ("The worker is stuck again. I'll kill it.").
"""

from __future__ import annotations

import re
from functools import lru_cache

from civility.detectors.base import Document
from civility.filters.mention import outside, sentence_bounds
from civility.model.identity import TERMS
from civility.types import Category, Finding

_I = re.I
_VERB = (
    r"(?:kill(?:s|ed|ing)?|hang(?:s|ed|ing)?|hung|shoot(?:s|ing)?|shot|destroy(?:s|ed|ing)?|nuke[sd]?|nuking|"
    r"beat(?:s|ing)?|execut(?:e|es|ed|ing)|abort(?:s|ed|ing)?|hunt(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|"
    r"murder(?:s|ed|ing)?|slaughter(?:s|ed|ing)?|strangl(?:e|es|ed|ing)|chok(?:e|es|ed|ing)|"
    r"crush(?:es|ed|ing)?|smash(?:es|ed|ing)?|stab(?:s|bed|bing)?|bomb(?:s|ed|ing)?|"
    r"burn(?:s|ed|ing)?|torch(?:es|ed|ing)?|wreck(?:s|ed|ing)?|trash(?:es|ed|ing)?|eliminat(?:e|es|ed|ing)|"
    r"exterminat(?:e|es|ed|ing)|squash(?:es|ed|ing)?|attack(?:s|ed|ing)?|hit(?:s|ting)?|punch(?:es|ed|ing)?|"
    r"purg(?:e|es|ed|ing)|annihilat(?:e|es|ed|ing)|obliterat(?:e|es|ed|ing)|crippl(?:e|es|ed|ing)|"
    r"butcher(?:s|ed|ing)?|massacr(?:e|es|ed|ing)|decimat(?:e|es|ed|ing)|slap(?:s|ped|ping)?|"
    r"whack(?:s|ed|ing)?|kick(?:s|ed|ing)?|assassinat(?:e|es|ed|ing)|snip(?:e|es|ed|ing))"
)
_PARTICLE = r"(?:\s+(?:off|down|up|out|away|back))?"
_DETERMINER = (
    r"(?:the|this|that|these|those|a|an|all|any|every|each|some|both|my|our|your|his|its|their|one|another|"
    r"whatever|which)"
)
_FREE_WORD = r"(?:\s+(?!(?:and|or|but|who|whoever|whom|whomever|whose|other|others)\b)[\w'’-]+)"
_MACHINE = (
    r"(?:process(?:es)?|procs?|pids?|jobs?|threads?|tasks?|workers?|servers?|daemons?|services?|containers?|"
    r"pods?|nodes?|vms?|instances?|sessions?|connections?|sockets?|queries|query|requests?|builds?|"
    r"pipelines?|ci|runners?|branch(?:es)?|commits?|prs?|tests?|benchmarks?|debuggers?|caches?|queues?|"
    r"loops?|apps?|programs?|scripts?|tabs?|browsers?|terminals?|shells?|windows?|kernels?|bugs?|"
    r"features?|code|codebase|functions?|methods?|modules?|files?|director(?:y|ies)|databases?|dbs?|"
    r"tables?|indexe?s?|migrations?|deploy(?:ment)?s?|releases?|tags?|versions?|performance|memory|"
    r"leaks?|clusters?|machines?|cpus?|gpus?|disks?|ports?|signals?|timeouts?|compilers?|linters?|"
    r"repos?|repository|checks?|stack|heap|cron|sigterm|sigkill|emulators?|simulators?|devices?|"
    r"binar(?:y|ies)|executables?|images?|volumes?|networks?|routers?|endpoints?|api|backends?|frontends?)"
)
_COMMAND_ARGUMENT = r"[ \t]+(?:-\d|-[a-z]{1,2}\b|--[a-z]|(?-i:-[A-Z]{2,}\b)|%\d)"
"""`kill -9`, `pkill -f`, `kill --signal`, `kill -KILL`, `kill %1` on the same line (not a "-The" bullet)."""
PERSON_NOUN = (
    r"(?:people|persons?|guys?|gals?|folks|team|staff|kids?|boys?|girls?|men|women|nerds?|monkeys?|"
    r"admins?|administrators?|managers?|engineers?|leads?|owners?|maintainers?|authors?|creators?|"
    r"writers?|devs?|developers?|operators?|reviewers?|users?|ninjas?|wizards?|gurus?|fanboys?|fans?)"
)
"""A person named with a machine noun in front ("the server admin", "that build guy")."""
_AIMED_AT_MACHINE = re.compile(
    rf"\b{_VERB}{_PARTICLE}"
    rf"(?:\s+{_DETERMINER}{_FREE_WORD}{{0,2}}\s+{_MACHINE}\b(?![\w'’-]|\s+{PERSON_NOUN}\b)|{_COMMAND_ARGUMENT})",
    _I,
)
_AIMED_AT_IT = re.compile(rf"\b{_VERB}{_PARTICLE}\s+it\b", _I)
"""A violent verb on "it": a machine only when one is named in this sentence or the one before."""
_MACHINE_NOUN = re.compile(rf"\b{_MACHINE}\b(?![\w'’-]|\s+{PERSON_NOUN}\b)", _I)
VIOLENT_VERB = rf"\b{_VERB}\b"
"""A violent verb in any form (shared with `civility.filters.errand_idiom`)."""
_ANY_VIOLENT_VERB = re.compile(VIOLENT_VERB, _I)
_PERSON = re.compile(
    r"\b(?:you|your|yours|yourself|yourselves|u|ya|y['’]?all|him|her|them|himself|herself|themselves|"
    r"people|ppl|folks|guys|everyone|everybody|someone|somebody|anyone|anybody|maintainers?|developers?|"
    r"devs|whoever|whomever|authors?|reviewers?|admins?|owners?|family|kids?|children|wife|husband)\b",
    _I,
)
_READER_AS_WORKER = re.compile(
    r"\b(?:can|could|would|will|should|do|did|have|if|when|once|unless|before|after|thank|thanks)\s+you\b"
    r"|\byou(?:\s*['’]\s*(?:ll|d))?\s+(?:should|could|can|may|might|must|need|have|want|just|then|probably|also)\b",
    _I,
)
_YOUR_MACHINE = re.compile(rf"\byour{_FREE_WORD}{{0,2}}\s+{_MACHINE}\b", _I)
FUNCTION_WORDS = frozenset(
    {"will", "shall", "would", "should", "could", "can", "may", "might", "must", "gonna", "going", "wanna"}
    | {"to", "i", "i'll", "i’ll", "we", "we'll", "let", "let's", "lets", "just", "it", "this", "that"}
    | {"the", "a", "an", "please", "then", "now", "go"}
    | {"until", "till", "when", "once", "after", "before", "if", "unless", "while", "again", "and", "or"}
)
"""Words that carry a head's weight only through the company they keep: modals and pronouns of threats
("I will"), and the connectives that time one ("until", "when": "We should hang the job until the lock
is released" kept harassment 0.22 on "until" once "hang" was set aside)."""
_GROUPS = TERMS - {
    "old",
    "older",
    "young",
    "younger",
    "white",
    "black",
    "straight",
    "blind",
    "deaf",
    "disabled",
}
"""Identity terms that name people; adjectives that also describe machines ("the old worker") are left out."""
_PHRASE_WORD = re.compile(rf"{_VERB}|{_MACHINE}|{_DETERMINER}|it|off|down|up|out|away|back", _I)
_CATEGORIES = frozenset({Category.HARASSMENT, Category.IDENTITY_ATTACK, Category.INSULT})
AIMED_AT_A_MACHINE = "is a violent verb aimed at a machine"
"""The phrase every reason of this filter carries (what `benchmarks/mention_filter.py` counts)."""


def technical_target(finding: Finding, doc: Document) -> str | None:
    """A reason when the finding is the phrase, or a function word, of a violent verb aimed at a machine."""
    if finding.category not in _CATEGORIES or finding.explanation.detector != "model":
        return None
    text = doc.raw
    start, end = sentence_bounds(text, finding.start, finding.end)
    phrases = _machine_phrases(text, start, end)
    if not phrases:
        return None
    word = text[finding.start : finding.end]
    inside = next((p for p in phrases if p.start() <= finding.start and finding.end <= p.end()), None)
    if inside is not None and not _PHRASE_WORD.fullmatch(word):
        inside = None  # a free word inside the phrase ("kill the fucking process") is its own evidence
    if inside is None and word.lower() not in FUNCTION_WORDS:
        return None
    phrase = (inside or phrases[0]).group(0)
    return f"{finding.category} at {finding.start}..{finding.end} {AIMED_AT_A_MACHINE} ({phrase!r})"


@lru_cache(maxsize=32)
def _machine_phrases(text: str, start: int, end: int) -> tuple[re.Match[str], ...]:
    """The violent verb phrases aimed at a machine in text[start:end], none if it names a person
    (cached: every finding of a sentence asks the same question; a str caches its own hash)."""
    phrases = tuple(_AIMED_AT_MACHINE.finditer(text, start, end))
    pronouns = tuple(_AIMED_AT_IT.finditer(text, start, end))
    if pronouns and _machine_nearby(text, start, end):
        phrases += pronouns
    if not phrases or _names_a_person(text, start, end):
        return ()
    return phrases


def _machine_nearby(text: str, start: int, end: int) -> bool:
    """A computing noun in this sentence or the one before it, for "it" to stand for."""
    before = sentence_bounds(text, max(start - 2, 0), max(start - 2, 0))[0] if start > 1 else start
    return _MACHINE_NOUN.search(text, before, end) is not None


def aimed_at_machine(text: str) -> str | None:
    """The first violent verb with a computing object in a sentence of `text` that names no person."""
    for match in _ANY_VIOLENT_VERB.finditer(text):
        phrases = _machine_phrases(text, *sentence_bounds(text, match.start(), match.end()))
        if phrases:
            return min(phrases, key=lambda p: p.start()).group(0)
    return None


def _names_a_person(text: str, start: int, end: int) -> bool:
    """A person or group in text[start:end], other than the reader asked to do the work."""
    if any(word.lower() in _GROUPS for word in re.findall(r"[\w'’]+", text[start:end])):
        return True
    excused = [m.span() for m in _READER_AS_WORKER.finditer(text, start, end)]
    excused += [m.span() for m in _YOUR_MACHINE.finditer(text, start, end)]
    return outside(_PERSON, text, start, end, excused)
