"""Unicode clean-up with exact offsets: invisible characters, NFKC, stacked marks, homoglyphs.

NFKC is applied per grapheme-like cluster (a character and the combining marks after it), so each
output character maps to the cluster it came from: `ﬁ` → `fi` (both from the ligature), `Ｆ` → `F`,
`e` + U+0301 → `é`. Only non-ASCII text reaches these functions.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from civility.preprocess.edits import Edit
from civility.preprocess.lexicon import LEXICON

_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_CLUSTER = re.compile(rf"[^\x00-\x7f][{_MARKS}]*|[\x00-\x7f][{_MARKS}]+")
#: Zero-width and bidirectional control characters: removed (they hide words from matching).
INVISIBLE = frozenset(
    "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
#: Cyrillic and Greek letters that look like Latin ones.
HOMOGLYPHS: dict[str, str] = dict(
    zip(
        "аеорсухіјѕԁһӏАВЕКМНОРСТХІЈЅαοιкνρτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧսօո",
        "aeopcyxijsdhlABEKMHOPCTXIJSaoikvptuxABEZHIKMNOPTYXuon",
        strict=True,
    )
)
_WORD_CHARS = r"\w$@!*#%|+"
_HOMOGLYPH_WORD = re.compile(rf"[{_WORD_CHARS}]*[{''.join(HOMOGLYPHS)}][{_WORD_CHARS}]*")


def clean(text: str) -> list[Edit]:
    """Drop invisible characters; NFKC each cluster; drop marks stacked on ASCII letters (zalgo)."""
    edits = []
    for match in _CLUSTER.finditer(text):
        cluster = match.group()
        replacement = "" if cluster in INVISIBLE else _nfkc(cluster)
        if replacement != cluster:
            edits.append(Edit(match.start(), match.end(), replacement))
    return edits


@lru_cache(maxsize=16384)
def _nfkc(cluster: str) -> str:
    out = unicodedata.normalize("NFKC", cluster)
    if out[:1] == " " and cluster[:1] != " ":  # spacing accents (´ ¨) decompose to space + mark: keep
        return cluster
    if out[:1].isascii() and out[:1].isalpha() and len(out) > 1 and unicodedata.combining(out[-1]):
        out = "".join(c for c in out if not unicodedata.combining(c))
    return "".join(c for c in out if c not in INVISIBLE)


def homoglyphs(text: str) -> list[Edit]:
    """Look-alike Cyrillic/Greek letters inside Latin words (or spelling a lexicon word) → Latin."""
    edits = []
    for match in _HOMOGLYPH_WORD.finditer(text):
        word = match.group()
        mapped = "".join(HOMOGLYPHS.get(c, c) for c in word)
        latin = any(c.isascii() and c.isalpha() for c in word)
        if (latin and mapped.isascii()) or mapped.lower() in LEXICON:
            sources = tuple((i, i + 1) for i in range(match.start(), match.end()))
            edits.append(Edit(match.start(), match.end(), mapped, sources))
    return edits
