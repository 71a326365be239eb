"""Drop a threat finding whose violent verb is aimed at a machine ("I will kill the process").

Developers kill processes, hang debuggers, shoot down workers and nuke caches. The harassment head
sits on a low cut (held-out threats need it, see `benchmarks/results/card_threshold_sources.md`), so
"I will kill the process" crosses it: "I will" plus a violent verb is what a threat looks like to a bag
of words. A sentence is about a machine when a violent verb takes a computing object:

1. verb, optional particle, a determiner, up to two more words (no "and", "who", "other"), then a
   computing noun ("kill the hung worker", "shoot down all the old pods", "hang the debugger on ...");
2. verb and a command-line argument on the same line ("kill -9 1234", "pkill -f", "kill %1").

Every harassment finding of the model in such a sentence is dropped, the function words that carry the
head's weight ("will") with the verb, unless the sentence also names a person: a reader ("you"), a
third person ("him", "them", "maintainers") or "people". "I will kill the process and then you" keeps
its findings. Only harassment is dropped: an insult or a slur next to a process stays a finding.
"""

from __future__ import annotations

import re

from civility.detectors.base import Document
from civility.filters.mention import sentence_bounds
from civility.types import Category, Finding

_I = re.I
_VERB = (
    r"(?:kill(?:s|ed|ing)?|hang(?:s|ed|ing)?|hung|shoot(?:s|ing)?|shot|destroy(?:s|ed|ing)?|nuke[sd]?|nuking|"
    r"beat(?:s|ing)?|execut(?:e|es|ed|ing)|abort(?:s|ed|ing)?|hunt(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|"
    r"murder(?:s|ed|ing)?|slaughter(?:s|ed|ing)?|strangl(?:e|es|ed|ing)|chok(?:e|es|ed|ing)|"
    r"crush(?:es|ed|ing)?|smash(?:es|ed|ing)?|stab(?:s|bed|bing)?|bomb(?:s|ed|ing)?|"
    r"burn(?:s|ed|ing)?|torch(?:es|ed|ing)?|wreck(?:s|ed|ing)?|trash(?:es|ed|ing)?|eliminat(?:e|es|ed|ing)|"
    r"exterminat(?:e|es|ed|ing)|squash(?:es|ed|ing)?|attack(?:s|ed|ing)?|hit(?:s|ting)?|punch(?:es|ed|ing)?)"
)
_PARTICLE = r"(?:\s+(?:off|down|up|out|away|back))?"
_DETERMINER = (
    r"(?:the|this|that|these|those|a|an|all|any|every|each|some|both|my|our|his|its|their|one|another|"
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
_AIMED_AT_MACHINE = re.compile(
    rf"\b{_VERB}{_PARTICLE}(?:\s+{_DETERMINER}{_FREE_WORD}{{0,2}}\s+{_MACHINE}\b|{_COMMAND_ARGUMENT})", _I
)
_NAMES_A_PERSON = re.compile(
    r"\b(?:you|your|yours|yourself|yourselves|u|ya|y['’]?all|him|her|them|himself|herself|themselves|"
    r"people|ppl|folks|guys|women|men|girls|boys|everyone|everybody|someone|somebody|anyone|anybody|maintainers|developers|devs|"
    r"whoever|whomever|author|reviewers?|family|kids?|children|wife|husband)\b",
    _I,
)
AIMED_AT_A_MACHINE = "is a violent verb aimed at a machine"
"""The phrase every reason of this filter carries (what `benchmarks/mention_filter.py` counts)."""


def technical_target(finding: Finding, doc: Document) -> str | None:
    """A reason when the harassment finding sits in a sentence whose violent verb takes a computing object."""
    if finding.category is not Category.HARASSMENT or finding.explanation.detector != "model":
        return None
    start, end = sentence_bounds(doc.raw, finding.start, finding.end)
    aimed = _aimed_in(doc.raw, start, end)
    if aimed is None:
        return None
    return f"{finding.category} at {finding.start}..{finding.end} {AIMED_AT_A_MACHINE} ({aimed!r})"


def aimed_at_machine(text: str) -> str | None:
    """The first violent verb with a computing object in a sentence of `text` that names no person."""
    at = 0
    while (match := _AIMED_AT_MACHINE.search(text, at)) is not None:
        start, end = sentence_bounds(text, match.start(), match.end())
        if not _NAMES_A_PERSON.search(text, start, end):
            return match.group(0)
        at = match.end()
    return None


def _aimed_in(text: str, start: int, end: int) -> str | None:
    aimed = _AIMED_AT_MACHINE.search(text, start, end)
    if aimed is None or _NAMES_A_PERSON.search(text, start, end):
        return None
    return aimed.group(0)
