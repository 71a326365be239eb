"""Government ids: US Social Security numbers with the SSA's never-issued rules."""

from __future__ import annotations

import re

from civility.detectors.context import Candidate, boost

ENTITY = "government_id"
PATTERN = re.compile(r"(?<![\w-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\w-])")
CONTEXT = re.compile(r"\bssn\b|\bsocial security\b|\bsocial\b|\bsin\b|\btax id\b|\bid number\b", re.I)
#: Numbers published as examples or voided by the SSA.
KNOWN_INVALID = frozenset({"078051120", "219099999", "123456789"})


def valid_ssn(area: str, group: str, serial: str) -> bool:
    """Area 000, 666 and 900–999, group 00 and serial 0000 were never issued."""
    if area in ("000", "666") or area.startswith("9") or group == "00" or serial == "0000":
        return False
    return area + group + serial not in KNOWN_INVALID


def find(text: str) -> list[Candidate]:
    """SSNs; undelimited nine-digit runs count only with a context word."""
    found = []
    for m in PATTERN.finditer(text):
        area, sep, group, serial = m.groups()
        if not valid_ssn(area, group, serial):
            continue
        score = 0.6 if sep == "-" else 0.3
        cand = Candidate(ENTITY, m.start(), m.end(), score, True, "US SSN format with a valid area and group")
        found.append(boost(text, cand, CONTEXT, amount=0.35))
    return found
