"""Redaction of private information: every output shows masks like `j***@g***.com`, never the value.

`redact_value(entity, value)` masks one value by its type (the `pattern` of a `private_info`
explanation); `redact_text(text, findings)` masks every private-information finding in a text. Masks
keep just enough for a moderator to tell two values apart (first letters, last digits, the street
type) and never enough to reach the person.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Secret:
    """A value an output must mask: where it is in the raw text and what kind of value it is."""

    start: int
    end: int
    kind: str


#: Characters recognized beyond a window's edges, so that a value straddling an edge is still seen whole.
MARGIN = 256


def secrets(
    text: str, findings: Iterable[Finding] = (), start: int = 0, end: int | None = None
) -> list[Secret]:
    """Every value to mask when showing `text[start:end]`, sorted and merged where they overlap (the
    longer span decides the kind).

    These are the private-information findings plus every value the recognizers see, whatever its
    context: a self-offered address ("mail me at ..."), a `Signed-off-by:` trailer or a number inside a
    quoted reply or a code block is not doxxing, so it is not a finding, but an output that lists
    flagged comments still must not copy it to new readers."""
    from civility.detectors.private_info import recognize

    stop = len(text) if end is None else end
    lo = max(0, start - MARGIN)
    spans = [
        (f.start, f.end, f.explanation.pattern or "private_info")
        for f in findings
        if f.category is Category.PRIVATE_INFO and f.end > f.start
    ]
    spans += [(c.start + lo, c.end + lo, c.entity) for c in recognize(text[lo : stop + MARGIN])]
    merged: list[Secret] = []
    for a, b, kind in sorted(s for s in spans if s[0] < stop + MARGIN and s[1] > lo):
        last = merged[-1] if merged else None
        if last is not None and a < last.end:
            longer = last.kind if last.end - last.start >= b - a else kind
            merged[-1] = Secret(last.start, max(last.end, b), longer)
        else:
            merged.append(Secret(a, b, kind))
    return merged


def redact_text(text: str, findings: Iterable[Finding] = ()) -> str:
    """`text` with every private value masked: its private-information findings and every value the
    recognizers see (`secrets`)."""
    out, cursor = [], 0
    for secret in secrets(text, findings):
        out += [text[cursor : secret.start], redact_value(secret.kind, text[secret.start : secret.end])]
        cursor = secret.end
    return "".join(out) + text[cursor:]
