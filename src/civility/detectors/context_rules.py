"""The named context rules used by `civility.detectors.context`: vetoes, own-contact offers and cues.

Each veto is `rule(text, start, end, entity, value, masked) -> matched words | None`, so a table test
can call it on plain text. Line-based checks (trailers, logs, traces, config) do not rely on the
preprocessor's masks, which may be coarser.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Sequence

from civility.types import Span

Words = tuple[str, ...]
Veto = Callable[[str, int, int, str, str, Sequence[Span]], Words | None]
CueTable = tuple[tuple[str, re.Pattern[str], float], ...]

_I = re.I
_TRAILER = re.compile(
    r"^\s*(?:[\w-]+-by|co-authored-by|cc|bcc|from|to|reply-to|sender|author|committer|maintainer"
    r"|reviewed-on|link|closes|fixes|git-svn-id|change-id)\s*:",
    _I,
)
_LOG = re.compile(
    r"^\s*(?:\[?\d{4}-\d\d-\d\d[T ]\d|\[?\d\d:\d\d:\d\d|\w{3} [ \d]\d \d\d:\d\d|\[?(?:TRACE|DEBUG|INFO|WARN|"
    r"WARNING|ERROR|FATAL|CRITICAL|NOTICE)\b\]?|at [\w$.<>]+\(|File \"|Traceback|Caused by:|\$ |>>> |#\d+ 0x"
    r"|[\w.]+Exception\b|[\w.]+Error:)",
)
_CONFIG = re.compile(
    r"""^\s*(?:["']?[a-z][\w.-]*["']?\s*=|["'][\w.-]+["']\s*:|[a-z]+_[\w.-]*\s*:|<[\w:-]+>[^<]*$|[\w-]+\.[\w.-]+\s*[=:])""",
)
_META = re.compile(r"^\s*[A-Za-z][\w .'-]{0,40}<[^<>@\s]+@[^<>\s]+>\s*,?\s*$")
_BOT = re.compile(
    r"noreply|no-reply|donotreply|do-not-reply|mailer-daemon|\[bot\]|dependabot|renovate|github-actions|"
    r"greenkeeper|snyk-bot|users\.noreply\.github\.com|^git@|@reply\.github\.com|^reply[+@]|^notifications@",
    _I,
)
_ROLE_LOCAL = re.compile(
    r"^(?:security|secure|support|info|admin|administrator|contact|help|hello|team|dev|devel|developers?|"
    r"maintainers?|abuse|postmaster|webmaster|hostmaster|privacy|legal|sales|press|media|conduct|coc|"
    r"board|ops|announce|users?|discuss|bugs?|issues|noc|root|lists?|owner|office|community|"
    r"foundation|licensing|infra|release|releases|notifications?|jobs|careers|billing|feedback|"
    r"[\w.+-]+-(?:dev|devel|users|announce|discuss|request|owner|bounces|commits|issues|security))@",
    _I,
)
_LIST_DOMAIN = re.compile(r"@(?:lists?\.|googlegroups\.com$|groups\.io$|[\w.-]*\.lists\.)", _I)
_RESERVED_DOMAIN = re.compile(
    r"@(?:[\w-]+\.)*(?:example\.(?:com|org|net|edu)|[\w-]+\.(?:test|invalid|example|localhost|local))$", _I
)
#: NANP 555-0100..0199 and Ofcom's drama ranges (020 7946 0xxx, 07700 900xxx).
_FICTIONAL_PHONE = re.compile(
    r"555[\s.-]?01\d\d$|^(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?555[\s.-]?01\d\d"
    r"|^(?:\+44[\s.-]?(?:\(0\))?|0)(?:20[\s.-]?7946[\s.-]?0\d{3}|7700[\s.-]?900[\s.-]?\d{3})$"
)
_TEST_CARDS = {
    "4111111111111111",
    "4242424242424242",
    "5555555555554444",
    "378282246310005",
    "4000056655665556",
}
_OWN = re.compile(
    r"(?:\b(?:e-?mail|mail|ping|contact|reach|call|text|phone|write(?: to)?|message|find|dm|whatsapp|"
    r"visit|cc)\s+me\b|\bmy\s+(?:\w+\s+)?(?:e-?mail|address|number|phone|cell|mobile|contact|home|office"
    r"|ip|desk)|\bI(?:'m| am) (?:at|on|reachable)|\bI can be reached|\breach(?:able)? me|\bme directly)"
    r"[^.!?\n]{0,40}$",
    _I,
)
_SIGN_OFF = re.compile(
    r"(?:^-- ?$|^(?:thanks|thank you|cheers|best|regards|best regards|kind regards|sincerely|br|thx|"
    r"greetings|yours)[,!.]?\s*$)",
    _I | re.M,
)
_THIRD = re.compile(r"\b(?:he|she|him|his|her|hers|they|them|their)\b", _I)


def _line(text: str, start: int, reach: int = 400) -> str:
    """The line holding `start`, at most `reach` characters either side (a cut-off start cannot match `^`)."""
    lo = text.rfind("\n", max(0, start - reach), start) + 1
    hi = text.find("\n", start, start + reach)
    if lo == 0 and start > reach:
        return "\x00" + text[start - reach : hi if hi >= 0 else start + reach]
    return text[lo : hi if hi >= 0 else min(len(text), start + reach)]


def in_masked_span(
    text: str, start: int, end: int, entity: str, value: str, masked: Sequence[Span]
) -> Words | None:
    hit = next((s for s in masked if s.start <= start and end <= s.end), None)
    return (hit.kind,) if hit is not None else None


def trailer_line(
    text: str, start: int, end: int, entity: str, value: str, masked: Sequence[Span]
) -> Words | None:
    m = _TRAILER.match(_line(text, start))
    return (m.group(0).strip().lower(),) if m else None


def log_or_trace_line(
    text: str, start: int, end: int, entity: str, value: str, masked: Sequence[Span]
) -> Words | None:
    m = _LOG.match(_line(text, start))
    return (m.group(0).strip()[:20].lower(),) if m else None


def config_line(
    text: str, start: int, end: int, entity: str, value: str, masked: Sequence[Span]
) -> Words | None:
    line = _line(text, start)
    m = _CONFIG.match(line) or _META.match(line)
    return (m.group(0).strip()[:20].lower(),) if m else None


def bot_address(
    text: str, start: int, end: int, entity: str, value: str, masked: Sequence[Span]
) -> Words | None:
    m = _BOT.search(value) if entity == "email" else None
    return (m.group(0).lower(),) if m else None


def role_address(
    text: str, start: int, end: int, entity: str, value: str, masked: Sequence[Span]
) -> Words | None:
    if entity != "email":
        return None
    m = _ROLE_LOCAL.match(value) or _LIST_DOMAIN.search(value)
    return (m.group(0).lower(),) if m else None


def private_network(
    text: str, start: int, end: int, entity: str, value: str, masked: Sequence[Span]
) -> Words | None:
    if entity != "ip_address":
        return None
    try:
        ip = ipaddress.ip_address(value)
    except ValueError:
        return None
    not_documentation = reserved_value(entity, value) is None
    hidden = ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_unspecified
    return ("non-routable address",) if hidden and not_documentation else None


_FAKE = re.compile(
    r"\b(?:fixtures?|fictional|fake|faker|placeholder|dummy|sample (?:data|input)|mock(?:ed)?)\b", _I
)


def example_language(
    text: str, start: int, end: int, entity: str, value: str, masked: Sequence[Span]
) -> Words | None:
    """The sentence says the value is test data: fixture, fake, placeholder, dummy, sample input."""
    floor, ceiling = max(0, start - 300), min(len(text), end + 300)
    lo = max(text.rfind(". ", floor, start), text.rfind("\n", floor, start), floor - 1) + 1
    stops = (text.find(". ", end, ceiling), text.find("\n", end, ceiling))
    hi = min((i for i in stops if i >= 0), default=ceiling)
    m = _FAKE.search(text[lo:hi])
    return (m.group(0).lower(),) if m else None


_HEADER_WORD = re.compile(r"\b(?:From|Sent|Date|To|Cc|Reply-To|Subject|wrote)\b:?")
_SHELL = re.compile(r"(?:^|\s)(?:\[[^\]\n]*\]|[\w.-]+@[\w.-]+(?::\S*)?)[$#] |(?:^|\s)\$ \w|\bmailto:?")


def email_header_or_shell(
    text: str, start: int, end: int, entity: str, value: str, masked: Sequence[Span]
) -> Words | None:
    """A quoted mail header run (`From ... Date ... To ... Cc`, `mailto`) or a shell command line."""
    line = _line(text, start)
    headers = {m.group(0).rstrip(":") for m in _HEADER_WORD.finditer(line)}
    if len(headers) >= 3:
        return tuple(sorted(headers))[:4]
    m = _SHELL.search(line)
    return (m.group(0).strip().lower(),) if m else None


VETOES: tuple[tuple[str, Veto], ...] = (
    ("masked_span", in_masked_span),
    ("trailer_line", trailer_line),
    ("log_or_trace_line", log_or_trace_line),
    ("config_line", config_line),
    ("bot_address", bot_address),
    ("role_address", role_address),
    ("private_network", private_network),
    ("example_language", example_language),
    ("email_header_or_shell", email_header_or_shell),
)


def reserved_value(entity: str, value: str) -> Words | None:
    """Documentation and test values: example domains, 555-01xx, documentation IP ranges, test cards."""
    if entity == "email":
        return ("reserved domain",) if _RESERVED_DOMAIN.search(value) else None
    if entity == "phone":
        return ("fictional number range",) if _FICTIONAL_PHONE.search(value.split("x")[0].strip()) else None
    if entity == "payment_card":
        return ("test card",) if re.sub(r"\D", "", value) in _TEST_CARDS else None
    if entity == "ip_address":
        return _documentation_ip(value)
    return None


def _documentation_ip(value: str) -> Words | None:
    nets = ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
    try:
        ip = ipaddress.ip_address(value)
    except ValueError:
        return None
    hit = next(
        (n for n in nets if ip.version == ipaddress.ip_network(n).version and ip in ipaddress.ip_network(n)),
        None,
    )
    return (hit,) if hit else None


def own_contact(text: str, start: int, end: int) -> Words | None:
    """The writer offers their own details: "email me at", "my number is", or a signature block."""
    sentence = re.split(r"[.!?\n]\s", text[max(0, start - 80) : start])[-1]
    m = _OWN.search(sentence)
    if m:
        return (m.group(0).split()[0].lower() + " " + m.group(0).split()[1].lower(),)
    return _signature(text, start)


def _signature(text: str, start: int) -> Words | None:
    """A sign-off line ("Cheers,", "-- ") at most six lines above the value, which ends the message."""
    lo = max(0, start - 400)
    sign_offs = list(_SIGN_OFF.finditer(text, lo, start))
    if not sign_offs or text.count("\n", sign_offs[-1].end()) > 6:
        return None
    if _THIRD.search(text, sign_offs[-1].end(), start):
        return None
    return ("signature: " + sign_offs[-1].group(0).strip().lower(),)


def third_person_between(text: str, start: int) -> bool:
    """A third-person reference just before the value overrides an own-contact phrase further back."""
    return bool(
        re.search(
            r"\b(?:his|her|their|\w+'s)\s+(?:\w+\s+){0,2}\w+\W{0,3}$", text[max(0, start - 40) : start], _I
        )
    )


_P = r"(?:his|her|their)"
_THING = (
    r"(?:home|house|address|addr|number|phone|cell|mobile|e-?mail|inbox|apartment|flat|place|parents?|"
    r"wife|husband|girlfriend|boyfriend|partner|mom|mother|dad|father|kids?|family|work|office|landline|"
    r"ip|ssn|location|whereabouts|doorstep|street|employer|workplace|contact(?: sheet| info)?|info|details)"
)
STRONG_CUES: CueTable = (
    (
        "leaking_language",
        re.compile(
            r"\bdox+(?:ed|ing|x)?\b|\bfound (?:out )?where \w+ (?:lives?|works?|stays?)|\bhere(?:'s| is| are)"
            rf" {_P}\b|\b(?:leaked|leaking|exposed|tracked (?:him|her|them) down|looked (?:him|her|them) up)"
            r"|\bnot so anonymous|\bcan'?t hide\b|\bfor anyone who wants\b|\breal name\b"
            r"|\byou know what to do\b|\bprotects (?:him|her|them)\b"
            r"|\b(?:thinks?|thought) (?:he|she|they)(?:'s| is| was| were| are) anonymous\b"
            r"|\bif anyone (?:wants|needs) to (?:find|reach)",
            _I,
        ),
        1.0,
    ),
    (
        "call_to_action",
        re.compile(
            r"\b(?:call|text|e-?mail|mail|spam|flood|message|visit|ring|harass|bomb|contact|find|dm|msg)"
            r"\s+(?:him|her|them|this (?:guy|girl|dude|person|clown|idiot|number))\b|\bshow up at\b|"
            r"\bpay (?:him|her|them) a visit\b|\blet'?s (?:all )?(?:visit|call|go|tell|spam|flood|email)\b|"
            r"\bgo tell (?:him|her|them)\b|\bblow up (?:his|her|their) (?:phone|inbox)"
            r"|\bmake (?:his|her|their) life",
            _I,
        ),
        1.0,
    ),
    (
        "third_person_possession",
        re.compile(
            rf"\b{_P}\s+(?:[\w-]+\s+){{0,2}}{_THING}\b|\b[A-Z]\w+'s\s+(?:[\w-]+\s+){{0,2}}{_THING}\b|"
            r"\b(?:he|she|they|guy|girl|dude|man|woman|person|troll|family|wife|husband|maintainer|author)"
            r"\s+(?:(?:now|just|has|have|recently)\s+)?(?:lives?|stays?|is staying|moved|resides?|sleeps?)"
            r"|\b\w+\s+(?:lives|resides)"
            r"\s+(?:at|on|in|near|to)\b"
            r"|\blives (?:at|on)\b",
            _I,
        ),
        1.0,
    ),
)
WEAK_CUES: CueTable = (("third_person_pronoun", _THIRD, 0.72),)
