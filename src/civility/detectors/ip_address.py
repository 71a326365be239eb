"""IP addresses (v4 and v6), validated by the standard library's parser."""

from __future__ import annotations

import ipaddress
import re

from civility.detectors.context import Candidate, boost

ENTITY = "ip_address"
_V4 = r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.]*\d)"
_V6 = r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{1,4}(?![\w:])"
PATTERN = re.compile(f"{_V4}|{_V6}")
_VERSION = re.compile(
    r"(?:\bv|\bversions?|\bver\.?|\breleases?|\bupdated?|\bupgraded?|\bdowngraded?|\bbump(?:ed)?|==|>=|<=|~=)"
    r"[\s:]*(?:\S+\s+){0,2}(?:from\s+|to\s+)?$|\bfrom\s+\S*\s*\d+(?:\.\d+){3}\s+to\s+$",
    re.I,
)
CONTEXT = re.compile(r"\bip\b|\baddress\b|\bhost\b|\bconnect(?:ing|ed)?\b|\bfrom\b|\bserver\b", re.I)


def find(text: str) -> list[Candidate]:
    """Every valid IP address in `text`; version-like dotted quads (1.2.3.4 after `v`) are skipped."""
    found = []
    for m in PATTERN.finditer(text):
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
