"""Phone numbers: a loose pattern, then the `phonenumbers` library decides validity for a region.

International numbers (`+44 ...`) are checked against their own country; national formats are tried
against a list of regions in order and the first region where the number is valid wins. A number the
library only calls *possible* needs a context word ("phone:", "call", "mobile") to reach the threshold.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from civility.detectors.context import Candidate, boost

ENTITY = "phone"
REGIONS = (
    "US", "GB", "CA", "AU", "IN", "DE", "FR", "IT", "ES", "NL", "BE", "CH", "AT", "IE", "SE", "NO", "DK",
    "FI", "IS", "PL", "PT", "GR", "CY", "HU", "CZ", "BR", "MX", "NZ", "ZA", "JP",
)  # fmt: skip
#: Regions whose numbering plans accept almost any 7–11 digit run (house number + postcode, for one).
LOOSE_REGIONS = frozenset({"DE", "AT", "IT", "IN", "BE", "NL", "IS"})
PATTERN = re.compile(
    r"(?<![\w.+/#-])(?:\+|\b00)?\(?\d[\d \t().\-/]{4,22}\d(?:[ \t]?(?:x|ext\.?|#)[ \t]?\d{1,6})?(?![\w-]*\d)"
)
CONTEXT = re.compile(
    r"\b(?:phone|tel|telephone|call|calls|mobile|cell|cellphone|fax|desk|number|whatsapp|text|sms|"
    r"reach|answering|ring|dial|contact|office|home|landline|messages?)\b",
    re.I,
)
_PHONE_WORDS = frozenset(
    {"phone", "tel", "telephone", "call", "calls", "mobile", "cell", "cellphone", "fax", "desk", "whatsapp"}
    | {"text", "sms", "ring", "dial", "landline"}
)
_OTHER_NUMBER = re.compile(
    r"\b(?:licen[cs]e|passport|account|acct|order|invoice|ticket|serial|iban|ssn|tracking|policy|case)\b"
    r"(?:\s+(?:number|no\.?|#|id))?\W*(?:is\W*)?$",
    re.I,
)
_AFTER = re.compile(r"^[ \t-]*(?:office|mobile|cell|fax|home|work|phone)\b", re.I)
_NOT_PHONE = re.compile(
    r"^\d{4}-\d\d-\d\d|^\d{1,2}[./]\d{1,2}[./]\d{2,4}$|^\d{1,4}\.\d{1,2}\.\d{1,3}(?:\.\d+)?$"
)


def _words(before: str) -> list[str]:
    """The context words `boost` finds in `before` (the 40 characters before a value)."""
    return [m.group(0).lower() for m in CONTEXT.finditer(before)]


@lru_cache(maxsize=4096)
def parse(value: str) -> tuple[str, bool] | None:
    """(region, valid) for the first region where `value` is a valid number, else a possible one."""
    number = re.split(r"[ \t]?(?:x|ext\.?|#)", value)[0]
    if number.startswith("00"):
        number = "+" + number[2:]
    regions: tuple[str | None, ...] = (None,) if number.startswith("+") else REGIONS
    possible = None
    for region in regions:
        try:
            parsed = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            return phonenumbers.region_code_for_number(parsed) or str(region), True
        if possible is None and phonenumbers.is_possible_number(parsed):
            possible = (str(region), False)
    return possible


def score(value: str, region: str, valid: bool) -> float:
    """Validity, region and formatting: `+` or separators look deliberate; a bare digit run could be anything.

    National numbers valid only in a loose region need a context word, and so do bare digit runs."""
    formatted = value.startswith("+") or bool(re.search(r"\d[ ().\-/]+\d", value))
    if valid and (value.startswith("+") or value.startswith("00")):
        return 0.85
    if valid:
        return (0.45 if region in LOOSE_REGIONS else 0.6) if formatted else 0.35
    return 0.3 if formatted else 0.15


def find(text: str) -> list[Candidate]:
    """Every phone number in `text` the library accepts, scored by validity, format and context."""
    found = []
    for m in PATTERN.finditer(text):
        value = m.group(0).rstrip(" \t(-./")
        digits = re.sub(r"\D", "", value)
        if not 7 <= len(digits) <= 17 or _NOT_PHONE.match(value):
            continue
        start = m.start() + (1 if value.startswith("(") and ")" not in value else 0)
        before = text[max(0, start - 40) : start]
        if _OTHER_NUMBER.search(before):
            continue  # "license number 5130634", "order no. 12345678"
        if value.isdigit() and len(digits) < 9 and not _PHONE_WORDS.intersection(_words(before)):
            continue  # a bare run of digits is a phone number only when the text says so
        result = parse(value)  # the slow step: last, after the checks that need only the text
        if result is None:
            continue
        region, valid = result
        reason = f"{'valid' if valid else 'possible'} phone number for region {region}"
        cand = Candidate(ENTITY, start, m.start() + len(value), score(value, region, valid), valid, reason)
        boosted = boost(text, cand, CONTEXT, amount=0.35)
        if boosted is cand and _AFTER.match(text[cand.end :]):
            boosted = Candidate(
                ENTITY, cand.start, cand.end, min(1.0, cand.score + 0.35), valid, reason, ("after",)
            )
        found.append(boosted)
    return found
