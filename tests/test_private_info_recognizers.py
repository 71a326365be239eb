"""Span tables per recognizer: (text, expected substrings found, or () for none). Values are fictional."""

from __future__ import annotations

from types import ModuleType

import pytest

from civility.detectors import email, government_id, ip_address, payment_card, phone, street_address
from civility.detectors.private_info import DEFAULT_THRESHOLD, recognize


def found(recognizer: ModuleType, text: str) -> list[str]:
    """The substrings a recognizer reports at or above the default threshold."""
    return [text[c.start : c.end] for c in recognizer.find(text) if c.score >= DEFAULT_THRESHOLD]


CASES = [
    # email: pattern + domain check
    (email, "write to dana.whitlock@example.com today", ["dana.whitlock@example.com"]),
    (email, "cc: m.ferrante+lists@mail.example.org.", ["m.ferrante+lists@mail.example.org"]),
    (email, "<img src='logo@2x.png'>", []),
    (email, "npm install lodash@4.17.21", []),
    (email, "ping @dana on GitHub", []),
    (email, "user@localhost has no TLD", []),
    # phone: phonenumbers validity, formats
    (phone, "call +1 415 555 0132 now", ["+1 415 555 0132"]),
    (phone, "Desk: (212) 555-0199x135", ["(212) 555-0199x135"]),
    (phone, "mobile: 07700 900456", ["07700 900456"]),
    (phone, "Phone: 0113 496 0555", ["0113 496 0555"]),
    (phone, "212.555.0143 fax", ["212.555.0143"]),
    (phone, "released 2024-01-15 as version 3.12.1", []),
    (phone, "fixed in #12345678", []),
    (phone, "commit 1234567 broke it", []),
    (phone, "Text 5550142 if the door is locked", ["5550142"]),
    (phone, "My driver's license number is 5130634", []),
    # street addresses: US/UK/CA/EU cores, extension over unit/city/postcode
    (
        street_address,
        "She lives at 4821 Larkspur Lane, Springfield, IL 62704.",
        ["4821 Larkspur Lane, Springfield, IL 62704"],
    ),
    (street_address, "send it to 17 Quarry Road, Apt. 3", ["17 Quarry Road, Apt. 3"]),
    (street_address, "moved to Friedhofstrasse 33", ["Friedhofstrasse 33"]),
    (street_address, "at 12 Rue de Virton, Ettelbruck", ["12 Rue de Virton, Ettelbruck"]),
    (street_address, "PSC 6477, Box 2981\nAPO AE 83700", ["PSC 6477, Box 2981\nAPO AE 83700"]),
    (
        street_address,
        "88 Hawthorn Crescent\nEastleigh\nSO50 9AB",
        ["88 Hawthorn Crescent\nEastleigh\nSO50 9AB"],
    ),
    (street_address, "I have 2 Pull Requests open", []),
    (street_address, "Python 3 Migration Guide, part 2", []),
    (street_address, "see 5 Musicians Of The 70s", []),
    (street_address, "On Wed, 13 Feb 2019 at 12:06 he wrote", []),
    (street_address, "released Aug 20, 2015\nOK then", []),
    (street_address, "Issue moved to org/repo #66 via ZenHub", []),
    (street_address, "Invoice address:\nMachnova 9\n642 26 Žamberk", ["Machnova 9\n642 26 Žamberk"]),
    (
        street_address,
        "ship to Flat 93\nGoodwin Trace\nNorth Bradleyland\nN4 6AB",
        ["Flat 93\nGoodwin Trace\nNorth Bradleyland\nN4 6AB"],
    ),
    (
        street_address,
        "Found him: 4821 Larkspur Lane, Springfield. Call him",
        ["4821 Larkspur Lane, Springfield"],
    ),
    # IP addresses
    (ip_address, "connect from 203.0.113.42 failed", ["203.0.113.42"]),
    (ip_address, "host 2001:db8::17 is up", ["2001:db8::17"]),
    (ip_address, "bump to v1.2.3.4", []),
    (ip_address, "999.1.1.1 is not an address", []),
    (ip_address, "Updated from NC 19.0.5.2 to 20.0.2.2", []),
    # government ids: SSN area rules
    (government_id, "His SSN is 853-37-1694", ["853-37-1694"]),
    (government_id, "SSN 666-12-3456", []),
    (government_id, "SSN 912-12-3456", []),
    (government_id, "ticket 123-00-4567", []),
    # payment cards: Luhn
    (payment_card, "card 4111 1111 1111 1111 expired", ["4111 1111 1111 1111"]),
    (payment_card, "my card 4111 1111 1111 1112", []),
    (payment_card, "build 1234567890123", []),
]


@pytest.mark.parametrize(
    ("recognizer", "text", "expected"), CASES, ids=[f"{c[0].ENTITY}-{i}" for i, c in enumerate(CASES)]
)
def test_recognizer_spans(recognizer: ModuleType, text: str, expected: list[str]) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("His social security number is 853-37-1694", [("government_id", "853-37-1694")]),
        (
            "card 4111 1111 1111 1111, phone +1 202 555 0133",
            [("payment_card", "4111 1111 1111 1111"), ("phone", "+1 202 555 0133")],
        ),
        (
            "Address: 4821 Larkspur Lane, Springfield\nMobile: 0113 496 0555",
            [("street_address", "4821 Larkspur Lane, Springfield"), ("phone", "0113 496 0555")],
        ),
    ],
)
def test_overlaps_resolved_by_score_then_priority(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.entity, text[c.start : c.end]) for c in recognize(text, DEFAULT_THRESHOLD)] == expected
