"""A violent verb whose object is a machine is operations, not a threat (`technical_target`)."""

from __future__ import annotations

import pytest

from civility.analyzer import Analyzer
from civility.filters.technical_target import AIMED_AT_A_MACHINE, aimed_at_machine, technical_target
from civility.types import Category
from conftest import FindingAt


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
        ("pkill -f the runner, then kill %1", "kill", True),
        ("ZED.EXE hang\n-The mouse acts strange", "hang", False),  # a bullet on the next line, not a flag
        ("I'll terminate every idle instance", "terminate", True),
        ("I will destroy this branch once it is merged", "destroy", True),
        # A person in the same sentence keeps the threat.
        ("I will kill you and the process", "kill", False),
        ("I will kill the process and then him", "kill", False),
        ("people who break the build should be shot", "shot", False),
        ("maintainers who close my PRs will hang", "hang", False),
        # No computing object.
        ("I will kill whoever wrote this code", "kill", False),
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


@pytest.mark.parametrize("category", [Category.INSULT, Category.IDENTITY_ATTACK, Category.PROFANITY])
def test_only_harassment_is_dropped(category: Category, finding_at: FindingAt) -> None:
    assert technical_target(*finding_at("kill the fucking process", "fucking", category)) is None


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
    ],
)
def test_operations_talk_is_not_flagged(analyzer: Analyzer, text: str) -> None:
    (assessment,) = analyzer.analyze([text])
    assert Category.HARASSMENT not in assessment.flagged, assessment.scores


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
