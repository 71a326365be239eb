"""Redaction of private information: every output shows masks like `j***@g***.com`, never the value.

`redact_value(entity, value)` masks one value by its type (the `pattern` of a `private_info`
explanation); `redact_text(text, findings)` masks every private-information finding in a text. Masks
keep just enough for a moderator to tell two values apart (first letters, last digits, the street
type) and never enough to reach the person.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from civility.types import Category, Finding

_STREET_WORDS = re.compile(
    r"^(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|place|pl|way|terrace|"
    r"apt|apartment|suite|ste|unit|flat|box|po|p\.o\.|psc|apo|fpo|dpo|rue|via|calle|ul|avenida|rua)\.?,?$",
    re.I,
)


def _initial(word: str) -> str:
    return word[:1] + "*" * max(3, len(word) - 1) if word else word


def redact_email(value: str) -> str:
    local, _, domain = value.rpartition("@")
    labels = domain.split(".")
    return f"{local[:1]}***@{labels[0][:1]}***.{labels[-1]}" if len(labels) > 1 else "***@***"


def _mask_digits(value: str, keep_head: int, keep_tail: int) -> str:
    total = sum(ch.isdigit() for ch in value)
    out, seen = [], 0
    for ch in value:
        if ch.isdigit():
            seen += 1
            out.append(ch if seen <= keep_head or seen > total - keep_tail else "*")
        else:
            out.append(ch)
    return "".join(out)


def redact_phone(value: str) -> str:
    """`+1 415 555 0132` → `+1 415 *** **32`: country code and area kept for long numbers, last two digits."""
    digits = sum(ch.isdigit() for ch in value)
    head = 0
    if digits >= 10:
        country = re.match(r"\+(\d{1,3})[\s.-]", value)
        head = (len(country.group(1)) if country else 0) + 3
    return _mask_digits(value, head, 2)


def redact_address(value: str) -> str:
    """`4821 Larkspur Lane, Springfield, IL 62704` → `4821 L******* Lane, ...`."""
    cut = re.search(r"\s*[,\n]", value)
    first, rest = (value[: cut.start()], value[cut.end() :].strip()) if cut else (value, "")
    words = [_address_word(w, i) for i, w in enumerate(first.split())]
    return " ".join(words) + (", ..." if rest else "")


def _address_word(word: str, index: int) -> str:
    if (index == 0 and word.isdigit()) or _STREET_WORDS.match(word):
        return word
    return "*" * len(word) if word[:1].isdigit() else _initial(word)


def redact_ip(value: str) -> str:
    if ":" in value:
        return value.split(":")[0] + ":****:…"
    parts = value.split(".")
    return ".".join(parts[:2] + ["***"] * (len(parts) - 2))


def redact_card(value: str) -> str:
    return _mask_digits(value, 0, 4)


def redact_government_id(value: str) -> str:
    return _mask_digits(value, 0, 2)


REDACTORS: dict[str, Callable[[str], str]] = {
    "email": redact_email,
    "phone": redact_phone,
    "street_address": redact_address,
    "ip_address": redact_ip,
    "payment_card": redact_card,
    "government_id": redact_government_id,
}


def redact_value(entity_type: str, value: str) -> str:
    """The mask for `value` of `entity_type`; an unknown type is masked entirely (`*` per character)."""
    redactor = REDACTORS.get(entity_type)
    return redactor(value) if redactor is not None else re.sub(r"\S", "*", value)


def redact_text(text: str, findings: Iterable[Finding]) -> str:
    """`text` with every private-information finding masked; overlapping findings are merged first."""
    spans = sorted(
        (f.start, f.end, f.explanation.pattern or "private_info")
        for f in findings
        if f.category is Category.PRIVATE_INFO and f.end > f.start
    )
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in spans:
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2] if last[1] - last[0] >= end - start else kind)
        else:
            merged.append((start, end, kind))
    out, cursor = [], 0
    for start, end, kind in merged:
        out += [text[cursor:start], redact_value(kind, text[start:end])]
        cursor = end
    return "".join(out) + text[cursor:]
