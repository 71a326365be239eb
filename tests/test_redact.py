"""Redaction tables: every output shows masks, never the value. Values are fictional."""

from __future__ import annotations

import pytest

from civility.redact import redact_text, redact_value
from civility.types import Category, Explanation, Finding


@pytest.mark.parametrize(
    ("entity", "value", "expected"),
    [
        ("email", "jane.doe@gmail.example.com", "j***@g***.com"),
        ("email", "dana@example.org", "d***@e***.org"),
        ("phone", "+1 415 555 0132", "+1 415 *** **32"),
        ("phone", "(415) 555-0132", "(415) ***-**32"),
        ("phone", "555-0142", "***-**42"),
        ("street_address", "4821 Larkspur Lane, Springfield, IL 62704", "4821 L******* Lane, ..."),
        ("street_address", "Friedhofstrasse 33 Suite 979", "F************** ** Suite ***"),
        ("ip_address", "203.0.113.42", "203.0.***.***"),
        ("ip_address", "2001:db8::17", "2001:****:…"),
        ("payment_card", "4111 1111 1111 1111", "**** **** **** 1111"),
        ("government_id", "853-37-1694", "***-**-**94"),
        ("private_info", "secret value", "****** *****"),
    ],
)
def test_redact_value(entity: str, value: str, expected: str) -> None:
    assert redact_value(entity, value) == expected


def finding(start: int, end: int, pattern: str, category: Category = Category.PRIVATE_INFO) -> Finding:
    return Finding(
        category, start, end, 0.9, Explanation(detector="private_info", reason="test", pattern=pattern)
    )


@pytest.mark.parametrize(
    ("text", "findings", "expected"),
    [
        ("mail dana@example.org now", [finding(5, 21, "email")], "mail d***@e***.org now"),
        ("a +1 415 555 0132 b", [finding(2, 17, "phone")], "a +1 415 *** **32 b"),
        # overlapping findings are merged, the longer one decides the mask
        (
            "x 4821 Larkspur Lane y",
            [finding(2, 20, "street_address"), finding(2, 6, "phone")],
            "x 4821 L******* Lane y",
        ),
        # values that are not findings (self-offered, commit trailers) are masked all the same
        ("mail me at dana@example.org", [], "mail me at d***@e***.org"),
        ("Signed-off-by: Dana Lee <dana@example.org>", [], "Signed-off-by: Dana Lee <d***@e***.org>"),
        # findings of other categories are left alone
        ("you idiot", [finding(4, 9, "", Category.INSULT)], "you idiot"),
        ("two: a@example.org, b@example.net", [finding(20, 33, "email"), finding(5, 18, "email")],
         "two: a***@e***.org, b***@e***.net"),
    ],
)  # fmt: skip
def test_redact_text(text: str, findings: list[Finding], expected: str) -> None:
    assert redact_text(text, findings) == expected


def test_redacted_text_never_contains_the_value() -> None:
    text = "her number is +1 415 555 0132 and mail dana.whitlock@example.org"
    findings = [finding(14, 29, "phone"), finding(39, len(text), "email")]
    out = redact_text(text, findings)
    assert "555 0132" not in out and "whitlock" not in out
