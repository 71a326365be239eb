"""Model evidence glued into a code identifier written in prose is code, not abuse (`code_identifier`)."""

from __future__ import annotations

import pytest

from civility.analyzer import Analyzer
from civility.filters.code_token import CODE_IDENTIFIER, code_identifier
from civility.types import Category
from conftest import FindingAt


@pytest.mark.parametrize(
    ("text", "word", "dropped"),
    [
        ("why not use os.kill here?", "kill", True),
        ("call self._worker.kill() after the timeout", "kill", True),
        ("hit._id is the wrong key here", "hit", True),
        ("use process->kill() instead", "kill", True),
        ("Process::kill sends SIGKILL", "kill", True),
        ("the kill_all helper is gone", "kill", True),
        ("$kill is undefined in this scope", "kill", True),
        ("see stupid.js line 4", "stupid", True),
        # C++ namespaces and path segments (Chromium's WTF, flagged profanity in ToxiCR review comments)
        ("Would you use WTF::String in Blink?", "WTF", True),
        ("nit: drop WTF::", "WTF", True),
        ('#include "platform/wtf/Allocator.h" for STATIC_ONLY.', "wtf", True),
        ("Should we put this into platform/wtf/HashFunctions.h ?", "wtf", True),
        ("see third_party/blink/wtf/text/wtf_string.cc.", "wtf", True),
        ('Could you use "WTF/Forward.h" instead?', "WTF", True),
        ("move it to third_party/wtf/ please", "wtf", False),  # no file named: could be prose
        ("wtf/ is the folder", "wtf", False),  # one side only: could be prose
        ("How about s/suck/are unreliable/?", "suck", False),  # sed: a word quoted to replace
        ("s/developer/idiot/", "idiot", False),  # sed: the writer's own replacement
        ("api/faggots/login (or something similar)", "faggots", False),  # a made-up route
        ("this is wtf/crap", "wtf", False),  # "and/or" prose: no path on both sides
        ("what the fuck/hell is this", "fuck", False),
        # Package and file names hyphened into one token (a version or an extension in it)
        ("uglify-js-2.2.5.tgz fails to install", "uglify", True),
        ("npm i kill-port@1.6.1", "kill", True),
        ("dirty-json.js is unmaintained", "dirty", True),
        ("update stupid-idea-v2.0.", "stupid", True),
        ("this is ugly-ass code", "ugly", False),  # a hyphened compound in prose
        ("an idiot-proof design", "idiot", False),
        ("you are a f-ing idiot", "f", False),
        ("fuck-this.code", "fuck", False),  # ".c" is an extension only when it ends the name
        # Prose punctuation is not code.
        ("I will kill you.", "kill", False),
        ("...kill them all", "kill", False),
        ("you idiot.Stop posting here", "idiot", False),  # a missing space after a full stop
        ("I will kill (and I mean it) whoever merged this", "kill", False),
        ("this is idiotic (really)", "idiotic", False),
        ("(this code is fucking awful.)", "awful", False),
        ("_idiot_ is what you are", "idiot", False),  # markdown emphasis, not an identifier
        ("I am going to sell it at $114514 a copy", "114514", False),  # a price, not a variable
    ],
)
def test_the_filter_on_one_finding(text: str, word: str, dropped: bool, finding_at: FindingAt) -> None:
    reason = code_identifier(*finding_at(text, word, Category.HARASSMENT))
    assert (reason is not None) == dropped, reason


def test_rule_detectors_findings_are_never_dropped(finding_at: FindingAt) -> None:
    text = "write to jane.doe@example.com"
    assert code_identifier(*finding_at(text, "doe", Category.PRIVATE_INFO, detector="email")) is None


def test_the_reason_says_why(finding_at: FindingAt) -> None:
    reason = code_identifier(*finding_at("why not use os.kill here?", "kill", Category.HARASSMENT))
    assert reason is not None and CODE_IDENTIFIER in reason


@pytest.mark.parametrize(
    "text",
    [
        "os.kill?",
        "if self._heartbeat_thread:\n  self._heartbeat_thread.kill()",
        "Why start a separate kill process rather than calling os.kill?",
        "uglify-js-2.2.5.tgz fails to install",
    ],
)
def test_code_named_in_prose_is_not_flagged(analyzer: Analyzer, text: str) -> None:
    (assessment,) = analyzer.analyze([text])
    assert assessment.flagged == frozenset(), assessment.scores


def test_a_threat_is_still_flagged(analyzer: Analyzer) -> None:
    (assessment,) = analyzer.analyze(["I will find you and hurt you, os.kill will not save you"])
    assert Category.HARASSMENT in assessment.flagged, assessment.scores
