"""Street addresses in US, UK, Canadian and European styles, found by a street "core" then extended.

The core is one of: house number + name + street type (`4821 Larkspur Lane`); a street word with a
European suffix + number (`Friedhofstrasse 33`, `Vesterskovvej 79`); a street prefix + name + number
(`Rue de Virton 38`, `Via Roma 131`, `ul. Zamkowa 33`); a military address (`PSC 1234, Box 5678 /
APO AE 12345`). The span then absorbs what follows on the same line or the next lines when it looks
like an address part: unit, city, state or region code, postcode, country.
"""

from __future__ import annotations

import re

from civility.detectors.context import Candidate, boost

ENTITY = "street_address"
#: A capitalised word (Latin Extended-A has no case-only range, so its lower-case letters pass too).
_CAP = r"[A-ZÀ-ÖØ-Þ\u0100-\u017f\u0370-\u03ff\u0400-\u042f][\w'’.-]*"
_TYPES = (
    r"Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Place|Pl|Terrace|Ter|Circle|Cir|"
    r"Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Crescent|Cres|Close|Mews|Gardens|Gdns|Grove|Alley|Plaza|"
    r"Heights|Hts|Expressway|Freeway|Turnpike|Causeway|Esplanade|Promenade|Parade|Motorway|Crossroad|Row"
)
_AMBIGUOUS = (
    r"Way|Pass|Park|Hill|Run|Point|View|Walk|Green|Path|Pike|Ridge|Crossing|Vista|Summit|Station|Radial|"
    r"Creek|Springs|Route|Junction|Manor|Meadows|Estates|Oval|Rise|Wharf|Quay|Village|Villages|Vale|Valley|"
    r"Falls|Ferry|Fork|Forks|Harbor|Haven|Hollow|Island|Knoll|Lake|Lakes|Landing|Lodge|Mill|Mills|Mission|"
    r"Mount|Orchard|Pines|Port|Prairie|Ranch|Shore|Shores|Spur|Stream|Trace|Track|Well|Wells|Common|Corner|"
    r"Curve|Dale|Divide|Extension|Field|Fields|Glen|Gateway|Isle|Loop|Locks|Meadow|Plains|Bypass|Overpass|Rapids|Bluff|Bluffs|Cove|Coves|Gardens|Squares|Terraces|"
    # the rest of the USPS street suffixes (Publication 28) and common Australian ones
    r"Crest|Mall|Light|Lights|Bridge|Brook|Burg|Camp|Canyon|Cape|Center|Centre|Cliff|Club|Course|Estate|Ford|"
    r"Forest|Forge|Fort|Garden|Inlet|Key|Land|Lock|Mountain|Neck|Passage|Pine|Plain|Ramp|Rest|River|"
    r"Shoal|Skyway|Spring|Stravenue|Trafficway|Tunnel|Underpass|Viaduct|Ville|Wall|Bayou|Beach|Bend|Bottom|"
    r"Branch|Circuit|Circus|Quadrant|Brae|Steps|Ronde|Esplanade|Mall|Arcade|Annex"
)
_SUFFIX = (
    r"straße|strasse|str\.|weg|gasse|platz|allee|damm|ufer|steig|vej|gade|gata|gatan|vägen|veien|vegen|"
    r"gaten|katu|tie|kuja|polku|kaari|laan|straat|plein|gracht|steeg|dreef|kade|singel|utca|körút|út|stræti|straeti|"
    r"vegur|braut|centret|vænget"
)
#: Street prefixes that are not English words match in any case; the others only capitalised.
_PREFIX_ANY_CASE = (
    r"rue|avda\.?|viale|piazza|piazzale|corso|vicolo|calle|avenida|paseo|carrer|camino|rua|travessa|praça|"
    r"estrada|ul\.|ulica|aleja|impasse|strada|piața|bulevardul|rynek|trg|οδός|λεωφόρος|πλατεία|leof\.|odos"
)
_PREFIX = (
    rf"(?i:{_PREFIX_ANY_CASE})|Avenue|Av\.|Boulevard|Bd|Via|Plaza|Largo|Alameda|al\.|Chemin|Allée|Quai|Cours|"
    r"Plac|Place|Route"
)
_WORDTYPE = (
    r"terrasse|tér|kapu|köz|sor|sétány|rakpart|liget|utca|út|u\.|vei|veg|gate|vænget|bakke|park|plass|torg|"
    r"tori|tee|põik|maantee|puiestee|tänav|strasse|straße|str\.|gasse|weg|platz|allee|laan|straat|vej|gade"
)
_NUM = r"\d{1,5}[A-Za-z]?\b(?![.,]?\d)\.?"
_SENTENCE_START = r"(?:The|Our|My|His|Her|Their|This|That|It|We|You|He|She|They|Please|Invoice|Address)\b"
_FUNCTION = r"(?:Of|The|And|For|To|In|On|At|A|An|With|By|From|Or)\b"
_N = r"(?<!#)\b\d{1,6}"
"""A house number, not an issue reference (`#66`)."""
_HOUSE = rf"(?:{_N}[ \t]+)?"
_UNIT = (
    r"(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat|Floor|Fl\.|Room|Rm\.?|Studio|Level|Piano|Puerta|Piso|"
    r"Appartamento|Escalera|Bloque|Stiege|Top|Étage|Whg\.?|#)[ \t]*\w{1,6}\b"
)
_POST = (
    r"(?:\d{5}(?:-\d{4})?|\d{2}-\d{3}|\d{4}|\d{3}[ \t]\d{2}"
    r"|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)"
)
# A European street line, then a postcode + city line: `Machnova 9\n642 26 Žamberk`, `642, rue X\n30158 Y`.
_LOWER = r"(?:rue|chemin|boulevard|avenue|allée|impasse|place|pl\.|plac|aleja|al\.|ul\.|ulica|r\.|av\.?|via)"
_FIRST = rf"(?:(?!{_SENTENCE_START}){_CAP}|{_LOWER}|(?i:{_PREFIX_ANY_CASE}))"
_NEXT = rf"(?:{_CAP}|[a-z]{{1,3}}'?|{_LOWER}|(?i:{_WORDTYPE}|polku|kuja|katu|tie|gata|vej|gade))"
_STREET_LINE = (
    rf"(?:(?:{_UNIT}[ \t]+)?{_N}(?:/\d+)?,?[ \t]+{_FIRST}(?:[ \t]+{_NEXT}){{0,4}}(?:,?[ \t]+{_UNIT})?"
    rf"|{_FIRST}(?:[ \t]+{_NEXT}){{0,4}},?[ \t]+(?:\d{{1,5}}[a-zA-Z]?(?:[/-]\d+)?|S/N)(?:[ \t]+{_UNIT})?"
    rf"|(?:{_LOWER}|(?i:{_PREFIX_ANY_CASE}))(?:[ \t]+{_NEXT}){{1,4}})"
)
_CA_POST = r"[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"
_EU_POST = r"(?:[A-Z]{1,2}-)?(?:\d{5}|\d{4}(?:[ \t]?[A-Z]{2})?|\d{3}[ \t]\d{2}|\d{2}-\d{3}|\d{4}-\d{3})"
_POST_CITY = (
    rf"(?:{_EU_POST},?(?:[ \t]+|\n[ \t]*){_CAP}"
    rf"|{_CAP}(?:[ \t]+{_CAP}){{0,2}},[ \t]*(?:[A-Z]{{2,3}},?[ \t]+)?(?:\d{{4,5}}\b|{_CA_POST}))"
)
CORES: tuple[tuple[str, re.Pattern[str], float], ...] = (
    ("postcode_after_label", re.compile(
        r"(?i:\b(?:zip|postal|post|postcode)(?: code)?(?: is)?:?[ \t]+)(?=\d)(\d{3,5}(?:-\d{3,4})?\b)"), 0.7),
    ("military", re.compile(
        r"\b(?:PSC|Unit|CMR)[ \t]+\d{4},?[ \t]+Box[ \t]+\d{4}[\s,]+[APD]PO[ \t]+A[AEP][ \t]+\d{5}|"
        r"\bUS[A-Z]{1,4}[ \t]+" + _CAP + r"[\s,]+FPO[ \t]+A[AEP][ \t]+\d{5}", re.I), 0.9),
    ("po_box", re.compile(r"\bP\.?[ \t]?O\.?[ \t]+Box[ \t]+\d{1,6}\b", re.I), 0.6),
    ("lines_then_uk_postcode", re.compile(
        rf"(?:(?:{_UNIT}|(?:{_N}[ \t]+)?{_CAP}(?:[ \t]+{_CAP}){{0,3}})[ \t]*\n[ \t]*){{2,3}}"
        r"[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b"), 0.65),
    ("street_then_postcode_city", re.compile(rf"{_STREET_LINE}[ \t]*(?:,|\n)[ \t]*{_POST_CITY}"), 0.65),
    ("number_name_type", re.compile(
        rf"{_N}[A-Za-z]?(?:[ \t]+\d{{1,5}})?[ \t]+(?:[NSEW]\.?[ \t]+)?"
        rf"(?:{_CAP}[ \t]+){{1,4}}(?:{_TYPES})\b\.?"), 0.65),
    ("suffix_number", re.compile(rf"{_HOUSE}\b[^\W\d_][\w'’-]*?(?i:{_SUFFIX})[ \t]+{_NUM}"), 0.65),
    ("prefix_name_number", re.compile(
        rf"{_HOUSE}\b(?:{_PREFIX})[ \t]+(?:[\w'’.-]+[ \t]+){{0,4}}?{_NUM}"), 0.65),
    ("name_word_type_number", re.compile(
        rf"{_HOUSE}\b(?:{_CAP}[ \t]+){{1,3}}(?i:{_WORDTYPE})[ \t]+{_NUM}"), 0.6),
    ("number_then_prefix", re.compile(
        r"(?<!#)\b\d{1,5}(?:[ \t]+\d{1,5})?[ \t]+(?:(?i:rue|calle|rua|trg)|Avenue|Av\.|Boulevard|Bd|Chemin"
        r"|Allée|Place|Impasse|Quai|Route|Via)[ \t]+(?:[\w'’.-]+[ \t]*){1,3}"), 0.6),
    ("number_lowercase_type", re.compile(
        rf"{_N}[ \t]+(?:[a-z][\w'’.-]*[ \t]+){{1,3}}(?:street|avenue|road|lane|drive|boulevard)\b"), 0.45),
    ("number_name_number", re.compile(
        rf"{_N}[ \t]+(?:(?!{_FUNCTION}){_CAP}[ \t]+){{1,3}}{_NUM}"), 0.45),
    ("number_name_ambiguous_type", re.compile(
        rf"{_N}[A-Za-z]?[ \t]+(?:{_CAP}[ \t]+){{1,3}}(?:{_AMBIGUOUS})\b"), 0.4),
)  # fmt: skip
_PLACE_WORD = rf"(?:{_CAP}|\d[\w-]*|\([\w ]+\)|[a-z]{{1,3}})"
_PART = re.compile(
    rf"^(?:{_UNIT}|{_POST}(?:[ \t]+{_CAP}){{0,2}}|[A-Z]{{2}}[ \t]+{_POST}|"
    rf"{_CAP}(?:[ \t]+{_PLACE_WORD}){{0,3}}(?:,?[ \t]+(?:[A-Z]{{2}}[ \t]+)?{_POST})?"
    r"|,?[ \t]*[A-Z]{2})$"
)
#: A whole line after a line break may be a lower-case city or a placeholder, never a sentence or a label.
_LINE_PART = re.compile(
    rf"^(?!(?i:phone|mobile|desk|fax|e-?mail|website|tel)\b)"
    rf"(?:{_PART.pattern[1:-1]}|[\w'’.()-]+(?:[ \t]+[\w'’.()-]+){{0,3}})$"
)
#: The next address part runs to a comma, line end or full stop (`Apt. 4`, `ul. Zamkowa` keep theirs).
_PART_TEXT = re.compile(r"(?:[^,\n;.]|\.(?!\s)|(?:(?<=\b\w)|(?<=\b\w\w)|(?<=\b\w{3})|(?<=\b\w{4}))\.)*")
_SEP = re.compile(r"(?:[ \t]*,[ \t]*|(?:[ \t]*\n[ \t>?,]*){1,2}|[ \t]+)")
CONTEXT = re.compile(
    r"\baddress\b|\blives?\b|\bliving\b|\blocated\b|\bmoved\b|\bsend\b|\bship\b|\bat\b|\bon\b|\bis in\b|"
    r"\breturn to\b|\bvisit\b|\bhouse\b|\bhome\b",
    re.I,
)


def _extend(text: str, end: int) -> tuple[int, bool]:
    """Absorb up to four address parts after `end`; True when a unit or postcode was among them."""
    strong = False
    for _ in range(4):
        sep = _SEP.match(text, end)
        if sep is None:
            break
        line_end = text.find("\n", sep.end(), sep.end() + 80)
        line_end = min(len(text), sep.end() + 80) if line_end < 0 else line_end
        nxt = re.match(_PART_TEXT, text[sep.end() : line_end]).group(0).rstrip(" \t.?")  # type: ignore[union-attr]
        pattern = _LINE_PART if "\n" in sep.group(0) else _PART
        part = pattern.match(nxt) if nxt and len(nxt) <= 40 and sum(ch.isdigit() for ch in nxt) < 7 else None
        if part is None:
            unit = re.match(rf"[ \t]*,?[ \t]*{_UNIT}", text[end:])
            if unit is None:
                break
            end, strong = end + unit.end(), True
            continue
        strong = strong or bool(re.search(rf"{_UNIT}|\d{{3,}}|\b[A-Z]\d[A-Z]", nxt))
        end = sep.end() + len(nxt)
    return end, strong


#: Dates and times look like "number + capitalised word + number" (`8 May 2018`, `Aug 20, 2015`).
_DATE = re.compile(
    r"\b(?i:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb"
    r"|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?=[\s,\d]|$)"
    r"|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day)?\b|\b(?:UTC|GMT|CET|PST|EST)\b|\d:\d\d"
)


def _sentence_stop(span: str) -> int:
    """1 when the span ends with a full stop that is not part of an abbreviation (`St.`, `Str.`)."""
    last = span.rsplit(None, 1)[-1] if span.strip() else ""
    return 1 if last.endswith(".") and len(last) > 4 else 0


_LETTER_NUMBER = re.compile(r"[^\W\d_]\.?[ \t]+\d")
"""A letter (and a full stop) before a number; found from `_SPACE_NUMBER` hits, which is faster."""
_SPACE_NUMBER = re.compile(r"(?<![ \t])[ \t]+\d")
"""Starts only where a run of blanks starts (the same matches; without the look-behind, the long blank
runs of masked regions made the scan quadratic)."""
_LETTER = re.compile(r"[^\W\d_]")
#: Speed: the slowest cores are only tried in windows around a cheap anchor they cannot match without:
#: core name -> (anchor, characters before it, characters after it, a separator the 60 characters
#: before the anchor must hold or ""). Other cores scan the whole text.
ANCHORS: dict[str, tuple[re.Pattern[str], int, int, str]] = {
    "street_then_postcode_city": (
        re.compile(r"\d{4}|\d{3}[ \t]\d{2}|\d{2}-\d{3}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"), 400, 120, ",\n"),
    "suffix_number": (_LETTER_NUMBER, 120, 40, ""),  # cheaper than the suffix list
    "name_word_type_number": (_LETTER_NUMBER, 160, 40, ""),
    "prefix_name_number": (re.compile(rf"\b(?:{_PREFIX})[ \t](?=[^\n]{{0,80}}?\d)"), 20, 300, ""),
    "lines_then_uk_postcode": (re.compile(r"[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b"), 400, 20, ""),
}  # fmt: skip
#: Anchors whose hits never cross a line break and need a digit later on their line: searched only on
#: lines that hold a digit (the same hits, since a line's hits do not depend on the other lines).
_LINE_ANCHORS = frozenset({"prefix_name_number"})
_DIGIT = re.compile(r"\d")
_CAP_FIRST = r"[A-ZÀ-ÖØ-Þ\u0100-\u017f\u0370-\u03ff\u0400-\u042f]"
#: Speed: a core is skipped when its gate fails. A gate is a pattern every match of the core contains
#: (so skipping never changes the result), or, for ASCII text, words one of which the lower-cased
#: match contains. Cores all need a digit: without one `find` returns at once.
GATES: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {
    "postcode_after_label": (re.compile(r"(?i:zip|post)"), ("zip", "post")),
    "military": (re.compile(r"(?i:[APDF]PO)"), ("apo", "ppo", "dpo", "fpo")),
    "po_box": (re.compile(r"(?i:box)"), ("box",)),
    "lines_then_uk_postcode": (re.compile(r"\n"), ()),
    "street_then_postcode_city": (re.compile(
        r"[,\n][ \t]*(?:[A-Z]{1,2}-)?(?:\d{4}|\d{3}[ \t]\d{2}|\d{2}-\d{3})"
        r"|,[ \t]*(?:[A-Z]{2,3},?[ \t]+)?(?:\d{4}|[A-Z]\d[A-Z])"), ()),
    "number_name_type": (re.compile(rf"\d[A-Za-z]?[ \t]+(?:\d{{1,5}}[ \t]+)?{_CAP_FIRST}"), ()),
    "prefix_name_number": (re.compile(r"[ \t]\d"), ()),
    "number_then_prefix": (re.compile(
        r"\d[ \t]+(?:\d{1,5}[ \t]+)?(?:(?i:rue|calle|rua|trg)|Avenue|Av\.|Boulevard|Bd|Chemin"
        r"|Allée|Place|Impasse|Quai|Route|Via)"), ()),
    "number_lowercase_type": (re.compile(
        r"\d[ \t]+(?:[a-z][\w'’.-]*[ \t]+){1,3}(?:street|avenue|road|lane|drive|boulevard)\b"), ()),
}  # fmt: skip
GATES["number_name_number"] = GATES["number_name_ambiguous_type"] = GATES["number_name_type"]
GATES["suffix_number"] = GATES["name_word_type_number"] = GATES["prefix_name_number"]
#: The words before an anchor hit (`[^\W\d_]\.?[ \t]+\d`) these cores need; the hit starts at the
#: word's last letter, and no suffix or word type is longer than 10 characters.
_WORD_BEFORE_NUMBER: dict[str, re.Pattern[str]] = {
    "suffix_number": re.compile(rf"(?i:{_SUFFIX})[ \t]+\d"),
    "name_word_type_number": re.compile(rf"(?i:{_WORDTYPE})[ \t]+\d"),
}


def _prefix_words() -> frozenset[str]:
    """Each street prefix's letters, lower-cased (`ul\\.` → `ul`, `Av\\.` → `av`)."""
    return frozenset(re.sub(r"\\\.\??|\(\?i:|\)", "", w).lower() for w in _PREFIX.split("|"))


#: Speed: in ASCII text, a core whose anchor starts with a whole word from this list (`\b` before it,
#: a blank after) cannot match unless that word is one of the text's lower-cased `[a-z]+` runs. One
#: `findall` and a set test skip the anchor's scan of every position (`\b` and ~45 words, case-blind).
_WHOLE_WORD_GATES: dict[str, frozenset[str]] = {"prefix_name_number": _prefix_words()}
_ASCII_LETTERS = re.compile(r"[a-z]+")


class _Text:
    """One text and what the cores' gates and anchors found in it, each computed at most once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lowered = text.lower() if text.isascii() else None
        self._gates: dict[int, bool] = {}
        self._hits: dict[str, list[tuple[int, int]]] = {}
        self._words: set[str] | None = None

    def may_match(self, name: str) -> bool:
        """False when core `name` cannot match anywhere in the text."""
        if name in GATES and not self._gate(*GATES[name]):
            return False
        if name in _WHOLE_WORD_GATES and self._lacks_words(_WHOLE_WORD_GATES[name]):
            return False
        if name in _WORD_BEFORE_NUMBER:
            word = _WORD_BEFORE_NUMBER[name]
            return any(word.search(self.text, max(0, start - 10), end) for start, end in self.hits(name))
        return True

    def _lacks_words(self, words: frozenset[str]) -> bool:
        """True when the text is ASCII and none of `words` is one of its lower-cased letter runs."""
        if self.lowered is None:
            return False
        if self._words is None:
            self._words = set(_ASCII_LETTERS.findall(self.lowered))
        return self._words.isdisjoint(words)

    def _gate(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> bool:
        key = id(pattern)
        if key not in self._gates:
            if words and self.lowered is not None:
                self._gates[key] = any(w in self.lowered for w in words)
            else:
                self._gates[key] = pattern.search(self.text) is not None
        return self._gates[key]

    def hits(self, name: str) -> list[tuple[int, int]]:
        """(start, end) of the anchor hits of core `name` (cores with the same anchor share them)."""
        anchor = ANCHORS[name][0]
        key = anchor.pattern
        if key not in self._hits:
            if anchor is _LETTER_NUMBER:
                self._hits[key] = _letter_number_hits(self.text)
            elif name in _LINE_ANCHORS:
                lines = _digit_lines(self.text)
                self._hits[key] = [h.span() for lo, hi in lines for h in anchor.finditer(self.text, lo, hi)]
            else:
                self._hits[key] = [h.span() for h in anchor.finditer(self.text)]
        return self._hits[key]


def _letter_number_hits(text: str) -> list[tuple[int, int]]:
    """The spans `_LETTER_NUMBER.finditer(text)` gives: each maximal run of blanks before a digit,
    from the letter (or letter and full stop) just before it."""
    hits = []
    for run in _SPACE_NUMBER.finditer(text):
        start = run.start()
        if start >= 1 and _LETTER.match(text, start - 1):
            hits.append((start - 1, run.end()))
        elif start >= 2 and text[start - 1] == "." and _LETTER.match(text, start - 2):
            hits.append((start - 2, run.end()))
    return hits


def _digit_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line that holds a digit, the end at its line break."""
    lines: list[tuple[int, int]] = []
    pos = 0
    while (digit := _DIGIT.search(text, pos)) is not None:
        lo = text.rfind("\n", 0, digit.start()) + 1
        hi = text.find("\n", digit.end())
        hi = len(text) if hi < 0 else hi
        lines.append((lo, hi))
        pos = hi
    return lines


def _windows(name: str, source: _Text) -> list[tuple[int, int]]:
    """Merged (start, end) ranges of the text worth trying core `name` on."""
    _, before, after, separators = ANCHORS[name]
    text = source.text
    windows: list[tuple[int, int]] = []
    for start, end in source.hits(name):
        if separators and not any(sep in text[max(0, start - 60) : start] for sep in separators):
            continue
        lo, hi = max(0, start - before), min(len(text), end + after)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
        else:
            windows.append((lo, hi))
    return windows


def _matches(name: str, pattern: re.Pattern[str], source: _Text) -> list[re.Match[str]]:
    """`pattern.finditer(text)`, restricted to the windows around the core's anchor when it has one."""
    if not source.may_match(name):
        return []
    if name not in ANCHORS:
        return list(pattern.finditer(source.text))
    found: dict[int, re.Match[str]] = {}
    for lo, hi in _windows(name, source):
        for m in pattern.finditer(source.text, lo, hi):
            found.setdefault(m.start(), m)
    return [found[k] for k in sorted(found)]


def find(text: str) -> list[Candidate]:
    """Street addresses in `text`, longest first when cores overlap."""
    if _DIGIT.search(text) is None:  # every core needs one
        return []
    found: list[Candidate] = []
    covered = bytearray(len(text) + 1)
    source = _Text(text)
    for name, pattern, base in CORES:
        for m in _matches(name, pattern, source):
            if covered[m.start()] or _DATE.search(m.group(0)):
                continue
            end, strong = _extend(text, m.end())
            end -= _sentence_stop(text[m.start() : end])
            unit = re.search(rf"{_UNIT}[ \t]+$", text[max(0, m.start() - 16) : m.start()])
            start = m.start() - (len(unit.group(0)) if unit else 0)
            score = min(1.0, base + (0.2 if strong else 0.0))
            cand = Candidate(ENTITY, start, end, score, strong, f"street address ({name.replace('_', ' ')})")
            found.append(boost(text, cand, CONTEXT, amount=0.25))
            covered[start:end] = b"\x01" * (end - start)
    return sorted(found, key=lambda c: c.start)
