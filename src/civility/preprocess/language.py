"""Cheap, dependency-free language guess: is this message clearly *not* English?

The model is English, so the only question is whether to score a message. The answer is English
unless the text is clearly something else: most letters in a non-Latin script, or Latin text with
many stopwords of one other language and few English ones. Code, names and short texts stay English.
"""

from __future__ import annotations

import re
from collections import Counter

#: (language, first code point, last code point) of scripts that identify a language well enough.
_SCRIPTS: tuple[tuple[str, int, int], ...] = (
    ("ja", 0x3040, 0x30FF),  # hiragana, katakana (checked before CJK ideographs)
    ("ko", 0xAC00, 0xD7AF),
    ("zh", 0x4E00, 0x9FFF),
    ("ru", 0x0400, 0x04FF),
    ("el", 0x0370, 0x03FF),
    ("ar", 0x0600, 0x06FF),
    ("he", 0x0590, 0x05FF),
    ("hi", 0x0900, 0x097F),
    ("th", 0x0E00, 0x0E7F),
)


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_STOPWORDS: dict[str, frozenset[str]] = {
    "en": _set("the and is are was to of in that it this for with not you be have on but what"),
    "es": _set("el la los las que de y en un una es por con para pero muy también está"),
    "de": _set("der die das und ist nicht ich sie es ein eine mit auf für auch wir zu"),
    "fr": _set("le la les et est une des du que pas je vous nous pour avec sur dans"),
    "pt": _set("o os as que de e em um uma não é para com por mas você está"),
    "it": _set("il lo gli che di e è un una non per con sono della questo ma"),
    "nl": _set("de het een en is niet ik je van dat op voor met zijn ook maar"),
}
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOPWORDS.items():
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _lang)
_WORD = re.compile(r"[^\W\d_]+")
_ASCII_WORD = re.compile(r"[a-z]+")
"""`_WORD` on lower-cased ASCII text, where it can only match these letters (faster)."""
#: A guess needs a few sentences, not a whole pasted log: longer texts are judged on their start.
_SAMPLE = 3_000
_CODEISH = re.compile(r"`[^`]*`|https?://\S+|\S*[_/\\=<>{}();]\S*")
#: Speed: `_CODEISH` cannot match without one of these; `_by_script` counts nothing without these.
_CODE_CHARS = re.compile(r"[`_/\\=<>{}();]")
_CODE_RUN = re.compile(r"(?<!\S)\S*[_/\\=<>{}();]\S*")
"""`_CODEISH` where its first two alternatives cannot match: each of its matches then starts where a
non-blank run starts (an earlier match ends where a run ends), so the look-behind changes nothing but
stops the quadratic retries inside long runs."""
_SCRIPT_CHARS = re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for _, low, high in _SCRIPTS) + "]")
_ANY_STOPWORD = frozenset(_LANGUAGES_OF)


def detect_language(text: str) -> tuple[str | None, float]:
    """`(language, confidence)`: `("en", c)` unless the text is clearly another language."""
    text = text[:_SAMPLE]
    scripted = None if text.isascii() or not _SCRIPT_CHARS.search(text) else _by_script(text)
    if scripted is not None:
        return scripted
    if _CODE_CHARS.search(text) is not None:
        plain = "`" not in text and "http" not in text  # only the third alternative can match
        text = (_CODE_RUN if plain else _CODEISH).sub(" ", text)
    words = (_ASCII_WORD if text.isascii() else _WORD).findall(text.lower())
    if len(words) < 5:
        return "en", 0.3
    counts = dict.fromkeys(_STOPWORDS, 0)
    occurrences = Counter(words)
    for word in _ANY_STOPWORD.intersection(occurrences):
        for lang in _LANGUAGES_OF[word]:
            counts[lang] += occurrences[word]
    english = counts.pop("en")
    other, hits = max(counts.items(), key=lambda kv: kv[1])
    if hits >= 3 and hits >= 2 * english + 2 and hits / len(words) >= 0.15:
        return other, min(0.95, 0.5 + hits / len(words))
    return "en", min(0.95, 0.5 + english / len(words))


def _by_script(text: str) -> tuple[str, float] | None:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    counts = dict.fromkeys((lang for lang, _, _ in _SCRIPTS), 0)
    for char in letters:
        code = ord(char)
        for lang, low, high in _SCRIPTS:
            if low <= code <= high:
                counts[lang] += 1
                break
    if counts["ja"] and counts["zh"]:
        counts["ja"] += counts.pop("zh")
    lang, hits = max(counts.items(), key=lambda kv: kv[1])
    share = hits / len(letters)
    return (lang, round(share, 2)) if share > 0.5 and hits >= 3 else None
