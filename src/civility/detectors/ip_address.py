"""IP addresses (v4 and v6), validated by the standard library's parser."""

from __future__ import annotations

import ipaddress
import re

from civility.detectors.context import Candidate, boost

ENTITY = "ip_address"
_V4 = r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.]*\d)"
_V6 = r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{1,4}(?![\w:])"
PATTERN = re.compile(f"{_V4}|{_V6}")
#: Speed: every v4 match holds `digit.digit` and every v6 match `:hex{0,4}:`. When a text has only
#: one of them, the other alternative never matches, so the one-alternative pattern finds the same.
_MAY_V4, _MAY_V6 = re.compile(r"\d\.\d"), re.compile(r":[0-9A-Fa-f]{0,4}:")
_PATTERNS = {(True, True): PATTERN, (True, False): re.compile(_V4), (False, True): re.compile(_V6)}
_VERSION = re.compile(
    r"(?:\bv|\bversions?|\bver\.?|\breleases?|\bupdated?|\bupgraded?|\bdowngraded?|\bbump(?:ed)?|==|>=|<=|~=)"
    r"[\s:]*(?:\S+\s+){0,2}(?:from\s+|to\s+)?$|\bfrom\s+\S*\s*\d+(?:\.\d+){3}\s+to\s+$",
    re.I,
)
CONTEXT = re.compile(r"\bip\b|\baddress\b|\bhost\b|\bconnect(?:ing|ed)?\b|\bfrom\b|\bserver\b", re.I)


def find(text: str) -> list[Candidate]:
    """Every valid IP address in `text`; version-like dotted quads (1.2.3.4 after `v`) are skipped."""
    pattern = _PATTERNS.get((_MAY_V4.search(text) is not None, _MAY_V6.search(text) is not None))
    if pattern is None:
        return []
    found = []
    for m in pattern.finditer(text):
        value = m.group(0)
        try:
            ip = ipaddress.ip_address(value)
        except ValueError:
            continue
        if ip.version == 6 and value.count(":") < 3:
            continue
        if _VERSION.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        cand = Candidate(ENTITY, m.start(), m.end(), 0.6, True, f"valid IPv{ip.version} address")
        found.append(boost(text, cand, CONTEXT))
    return found
