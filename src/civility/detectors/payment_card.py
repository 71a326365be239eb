"""Payment card numbers: 12–19 digits (optionally grouped), a known issuer prefix and the Luhn checksum."""

from __future__ import annotations

import re

from civility.detectors.context import Candidate, boost

ENTITY = "payment_card"
PATTERN = re.compile(r"(?<![\w.-])(?:\d[ -]?){11,18}\d(?![\w.]*\d)")
CONTEXT = re.compile(r"\bcard\b|\bcredit\b|\bdebit\b|\bvisa\b|\bmastercard\b|\bamex\b|\bcc\b|\bpay", re.I)
_ISSUER = re.compile(r"^(?:4|5[1-5]|2[2-7]|3[47]|3[0-8]|6(?:011|5|4[4-9]|2)|35|18|50|5[06-9]|6[0-9])")


def luhn(digits: str) -> bool:
    """The Luhn (mod 10) checksum used by every card issuer."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def find(text: str) -> list[Candidate]:
    """Card numbers that pass Luhn; a context word ("card", "visa") raises the score."""
    found = []
    for m in PATTERN.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if not 12 <= len(digits) <= 19 or len(set(digits)) < 2 or not luhn(digits):
            continue
        issuer = bool(_ISSUER.match(digits))
        cand = Candidate(ENTITY, m.start(), m.end(), 0.6 if issuer else 0.4, True, "Luhn checksum passed")
        found.append(boost(text, cand, CONTEXT))
    return found
