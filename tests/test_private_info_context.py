"""Context rules, one table per rule: (message, value in it, expected verdict rule). Values are fictional."""

from __future__ import annotations

import pytest

from civility.detectors import context_rules as rules
from civility.detectors.context import Candidate, assess
from civility.detectors.private_info import recognize
from civility.preprocess import prepare


def verdict_rule(text: str, value: str, reserved_veto: bool = True, masks: bool = True) -> str:
    """The rule that decided for the recognized candidate covering `value` (masks from `prepare`)."""
    start = text.index(value)
    cand = next(c for c in recognize(text) if c.start <= start < c.end)
    return assess(text, cand, prepare(text).masked if masks else (), reserved_veto).rule


VETO_CASES = [
    # masked spans (computed by civility.preprocess.prepare)
    ("```\nemail: lena@corp.test.org\n```", "lena@corp.test.org", "veto:masked_span"),
    ("> his number is +1 415 555 0171\n\nplease don't quote that", "+1 415 555 0171", "veto:masked_span"),
    # trailers and headers, checked line by line without the preprocessor
    ("Fix parser.\n\nSigned-off-by: Dana Whitlock <dana@whitlock.example.com>", "dana@", "veto:trailer_line"),
    ("Co-authored-by: Priya N <priya@corp.example.org>", "priya@", "veto:trailer_line"),
    ("Reviewed-by: Marco F <m.f@example.net>", "m.f@", "veto:trailer_line"),
    # logs and traces
    ("2024-03-11 10:22:01 INFO connected to 203.0.113.42:5432", "203.0.113.42", "veto:log_or_trace_line"),
    ("ERROR twilio: SMS to +1 415 555 0171 rejected", "+1 415", "veto:log_or_trace_line"),
    ('  File "notify.py", line 3, in send_sms("+1 415 555 0171")', "+1 415", "veto:log_or_trace_line"),
    # config and package metadata
    ('author_email = "dana@corp.example.org"', "dana@", "veto:config_line"),
    ("Maintainer: Dana Whitlock <dana@corp.example.org>", "dana@", "veto:trailer_line"),
    ("Jonas Okafor <jonas@corp.example.org>", "jonas@", "veto:config_line"),
    # bots, noreply and role addresses, even with a third-person cue
    ("his bot mails from 123+ci-helper@users.noreply.github.com", "123+", "veto:bot_address"),
    ("she said to write to security@corp.example.org", "security@", "veto:role_address"),
    ("join users@lists.corp.example.org for help", "users@", "veto:role_address"),
    # non-routable networks are nobody's location
    ("he runs it on 10.1.2.3, his home server", "10.1.2.3", "veto:private_network"),
    # test data said to be test data
    ("The fixture customer lives at 4821 Larkspur Lane, Springfield.", "4821", "veto:example_language"),
    # quoted mail headers flattened onto one line, shell prompts
    (
        "On Mon, From: A Date: Tue To: B Cc: lena@corp.example.org wrote",
        "lena@",
        "veto:email_header_or_shell",
    ),
    ("[dev@box repo]$ ldapsearch -D lena@corp.example.org", "lena@", "veto:email_header_or_shell"),
    # own contact details
    ("If you need logs, email me at lena@corp.example.org.", "lena@", "veto:own_contact"),
    ("my number is +1 415 555 0171, text first", "+1 415", "veto:own_contact"),
    ("Thanks for the review!\n\nCheers,\nDana\n+1 415 555 0171", "+1 415", "veto:own_contact"),
    ("--\nPriya Nandakumar\nRelease manager\npriya@corp.example.org", "priya@", "veto:own_contact"),
]


@pytest.mark.parametrize(("text", "value", "expected"), VETO_CASES)
def test_vetoes(text: str, value: str, expected: str) -> None:
    """Each rule on its own: the preprocessor's masks are used only for the masked-span rule."""
    assert verdict_rule(text, value, masks=expected == "veto:masked_span") == expected


@pytest.mark.parametrize(("text", "value", "expected"), VETO_CASES)
def test_vetoes_hold_with_the_preprocessor_masks(text: str, value: str, expected: str) -> None:
    assert verdict_rule(text, value).startswith("veto:")


RESERVED_CASES = [
    # reserved values are vetoed without a strong cue...
    ("use dana@example.com in the docs", "dana@", "veto:reserved_value"),
    ("the widget formats (415) 555-0187 nicely", "(415)", "veto:reserved_value"),
    ("he pointed DNS at 198.51.100.7", "198.51", "veto:reserved_value"),
    # ...and flagged with one: the reserved-value rule cannot hide doxxing
    ("his personal email is dana@example.com", "dana@", "raise:third_person_possession"),
    ("Let's all call her at (415) 555-0187", "(415)", "raise:call_to_action"),
    ("Found where he lives: 4821 Larkspur Lane", "4821", "raise:leaking_language"),
]


@pytest.mark.parametrize(("text", "value", "expected"), RESERVED_CASES)
def test_reserved_values_need_a_strong_cue(text: str, value: str, expected: str) -> None:
    assert verdict_rule(text, value) == expected


CUE_CASES = [
    ("FYI her home address is 17 Quarry Road, Millbrook.", "17 Quarry", "raise:third_person_possession"),
    ("That reviewer's wife's number is +1 415 555 0171", "+1 415", "raise:third_person_possession"),
    ("she lives on 88 Hawthorn Crescent btw", "88 Haw", "raise:third_person_possession"),
    ("go tell him what you think, +1 415 555 0171", "+1 415", "raise:call_to_action"),
    ("Spam this guy: lena@corp.example.org", "lena@", "raise:call_to_action"),
    ("show up at 17 Quarry Road and ask", "17 Quarry", "raise:call_to_action"),
    ("lol doxxed: 17 Quarry Road", "17 Quarry", "raise:leaking_language"),
    ("Here's her number: +1 415 555 0171", "+1 415", "raise:leaking_language"),
    ("He asked about lena@corp.example.org yesterday", "lena@", "raise:third_person_pronoun"),
    ("lena@corp.example.org", "lena@", "none"),
]


@pytest.mark.parametrize(("text", "value", "expected"), CUE_CASES)
def test_cues(text: str, value: str, expected: str) -> None:
    assert verdict_rule(text, value, reserved_veto=False) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Signed-off-by: A <a@example.com>", ("signed-off-by:",)),
        ("  Co-Authored-By: A <a@example.com>", ("co-authored-by:",)),
        ("She signed off on it: a@example.com", None),
    ],
)
def test_trailer_rule_is_line_based(text: str, expected: tuple[str, ...] | None) -> None:
    start = text.index("a@")
    assert rules.trailer_line(text, start, start + 13, "email", "a@example.com", ()) == expected


def test_own_contact_loses_to_a_closer_third_person_reference() -> None:
    text = "email me at lena@corp.example.org, and here is his address: 17 Quarry Road"
    start = text.index("17 Quarry")
    cand = Candidate("street_address", start, len(text), 0.65, False, "test")
    assert assess(text, cand).rule == "raise:leaking_language"
