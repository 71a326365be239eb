"""A violent verb whose object is a machine is operations, not an attack (`technical_target`)."""

from __future__ import annotations

import pytest

from civility.analyzer import Analyzer
from civility.filters.technical_target import AIMED_AT_A_MACHINE, aimed_at_machine, technical_target
from civility.types import Category
from conftest import FindingAt, flagged_among


@pytest.fixture(scope="module")
def analyzer(harassment_floor: Analyzer) -> Analyzer:
    """Harassment at its floor cut (`conftest.harassment_floor`), so this filter is what decides."""
    return harassment_floor


@pytest.mark.parametrize(
    ("text", "word", "dropped"),
    [
        ("I will kill the process", "kill", True),
        ("I will kill the process", "will", True),  # the head's function words go with the verb
        ("I'll kill the hung worker if it stalls again", "kill", True),
        ("I will hang the debugger on the worker", "hang", True),
        ("I'd shoot down all the old pods", "shoot", True),
        ("we will nuke the whole cache tonight", "nuke", True),
        ("just kill -9 it", "kill", True),
        ("then kill %1 and pkill -f the runner", "kill", True),
        ("I will purge the cache", "purge", True),
        ("can you nuke the cache?", "nuke", True),  # the reader asked to do the work is no target
        ("you should hang the process", "hang", True),
        ("kill your local server first", "kill", True),
        ("I'd shoot it in the head", "shoot", False),  # "it" may be a dog or a person: a labelled threat
        ("The worker is stuck again. I'll kill it.", "kill", True),  # "it" stands for the worker
        ("the server hangs, just kill it", "kill", True),
        ("Kill the bill. In fact, shoot it.", "shoot", False),  # a bill is no machine
        ("kill the job with fire", "fire", False),  # not part of the phrase, not a function word
        ("kill the job, idiot", "idiot", False),
        ("I will purge the cache of those jews", "purge", False),  # a group is named
        ("ZED.EXE hang\n-The mouse acts strange", "hang", False),  # a bullet on the next line, not a flag
        ("I'll terminate every idle instance", "terminate", True),
        ("I will destroy this branch once it is merged", "destroy", True),
        ("We should hang the job until the lock is released", "until", True),  # a connective of the phrase
        # A person in the same sentence keeps the threat.
        ("I will kill you and the process", "kill", False),
        ("I will kill the process and then him", "kill", False),
        ("people who break the build should be shot", "shot", False),
        ("maintainers who close my PRs will hang", "hang", False),
        # No computing object.
        ("I will kill whoever wrote this code", "kill", False),
        ("I will shoot the server admin", "shoot", False),  # a person behind the machine noun
        ("I'll beat up the build guy tomorrow", "beat", False),
        ("I will hang the release manager", "hang", False),
        ("they could kill each other and stack the bodies", "kill", False),
        ("I will shoot 20 more", "shoot", False),  # a number is not a process id without a dash
        ("I know where you live", "live", False),
        # The machine is in another sentence.
        ("The process hung. I will kill them", "kill", False),
    ],
)
def test_the_filter_on_one_finding(text: str, word: str, dropped: bool, finding_at: FindingAt) -> None:
    reason = technical_target(*finding_at(text, word, Category.HARASSMENT))
    assert (reason is not None) == dropped, reason


@pytest.mark.parametrize("category", [Category.INSULT, Category.IDENTITY_ATTACK, Category.HARASSMENT])
def test_a_word_between_verb_and_machine_stays(category: Category, finding_at: FindingAt) -> None:
    assert technical_target(*finding_at("kill the fucking process", "fucking", category)) is None


@pytest.mark.parametrize("category", [Category.PROFANITY, Category.SEXUAL])
def test_other_categories_are_never_dropped(category: Category, finding_at: FindingAt) -> None:
    assert technical_target(*finding_at("I will kill the process", "kill", category)) is None


def test_the_reason_names_the_phrase(finding_at: FindingAt) -> None:
    reason = technical_target(*finding_at("I will kill the process", "kill", Category.HARASSMENT))
    assert reason is not None and AIMED_AT_A_MACHINE in reason and "'kill the process'" in reason


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Restart it. Then kill the old job.", "kill the old job"),
        ("kill him. kill the job", "kill the job"),  # the first match names a person; the second does not
        ("I will kill you", None),
        ("nothing violent here", None),
    ],
)
def test_aimed_at_machine_finds_the_first_sentence(text: str, phrase: str | None) -> None:
    assert aimed_at_machine(text) == phrase


@pytest.mark.parametrize(
    "text",
    [
        "I will kill the process",
        "I will kill the process if it hangs again",
        "I will hang the debugger on the worker",
        "I'd shoot the server if I could",
        "I will purge the cache",
        "can you nuke the cache?",
        "you should hang the process",
        "We should hang the job until the lock is released.",
    ],
)
def test_operations_talk_is_not_flagged(analyzer: Analyzer, text: str) -> None:
    (assessment,) = analyzer.analyze([text])
    assert assessment.flagged == frozenset(), assessment.scores


@pytest.mark.parametrize(
    "text",
    [
        "I will kill you and the process",
        "kill yourself",
        "I will keep messaging you until you answer, every day",
    ],
)
def test_threats_are_still_flagged(analyzer: Analyzer, text: str) -> None:
    (assessment,) = analyzer.analyze([text])
    assert Category.HARASSMENT in assessment.flagged, assessment.scores


FRAMES = (
    "I will {verb} the {machine}",
    "we need to {verb} the {machine} first",
    "just {verb} the {machine}",
    "{Verb} the {machine}!",
    "can you {verb} the {machine}?",
    "I am going to {verb} this {machine}",
    "don't {verb} the {machine} yet",
    "you should {verb} the {machine}",
)
VERBS = [
    "kill",
    "abort",
    "dump",
    "nuke",
    "execute",
    "hack",
    "destroy",
    "shoot",
    "hang",
    "murder",
    "terminate",
    "strangle",
    "slaughter",
    "butcher",
    "attack",
    "hit",
    "punch",
    "beat",
    "crush",
    "smash",
    "stab",
    "choke",
    "burn",
    "trash",
    "wipe",
    "purge",
    "annihilate",
    "obliterate",
    "cripple",
]
MACHINES = ("process", "container", "branch", "cache")
SWEEP = [
    frame.format(verb=verb, Verb=verb.capitalize(), machine=machine)
    for frame in FRAMES
    for verb in VERBS
    for machine in MACHINES
]


def test_no_violent_verb_aimed_at_a_machine_is_flagged(analyzer: Analyzer) -> None:
    """The issue's hard negatives (kill, abort, dump, nuke, execute...) in every frame, verb and object."""
    assert flagged_among(analyzer, SWEEP) == []
