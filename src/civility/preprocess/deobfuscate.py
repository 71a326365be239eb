"""Lexicon-guided de-obfuscation: `f*ck`, `sh1t`, `a$$`, `f u c k`, `s.h.i.t`, `fuuuuck`.

Each function returns `Edit`s on the current text. A disguised token is rewritten only when its
decoded form is a lexicon word, so `v1.2`, `k8s`, `0x1f`, `a11y`, `$HOME` and `**kwargs` stay as
they are. Replacements keep the token's length (one letter per disguised character), so every
letter still maps to the raw character it stands for.
"""

from __future__ import annotations

import re
from functools import lru_cache

from civility.preprocess.edits import Edit
from civility.preprocess.lexicon import LEET, LEXICON, WILDCARDS, WORDS

_EDGE = "*!"
_DISGUISE = "*#%$@!|+€0-9"
_PAIR = re.compile(rf"[A-Za-z][{_DISGUISE}]|[{_DISGUISE}][A-Za-z]")
_TOKEN_END = re.compile(rf"[\w{_DISGUISE}]*")
_TOKEN_CHARS = frozenset("*#%$@!|+€_")
_SPACED = re.compile(r"(?<![\w.])[A-Za-z](?P<sep>[.\-_*]| +)(?:[A-Za-z](?P=sep)){1,15}[A-Za-z](?!\w)")
_RUN = re.compile(r"([a-zA-Z])\1\1+")  # after NFKC, fullwidth and styled letters are ASCII too
_CHUNK_END = re.compile(r"\S*")
_PROSE_WORD = re.compile(r"[\"'(\[]*([A-Za-z]+(?:['-][A-Za-z]+)*)[\"')\].,;:!?]*")
_SPACED_GATE = re.compile(r"[ .\-_*][A-Za-z][ .\-_*]+[A-Za-z][ .\-_*]")
_SEPARATORS = " .-_*"
_TOKEN_OK = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ").union(LEET, WILDCARDS, _EDGE)
_WORD = re.compile(r"\w+")


def collapse_runs(text: str) -> list[Edit]:
    """Runs of 3+ identical letters in prose words: to one letter where that spells a lexicon word
    (`fuuuuck` → `fuck`), else to two (`passsword` → `password`, `sooooo` → `soo`). Words touching
    code characters (`@mention`, `x.mehhh(`, `a=blahhh`) and one-letter runs (`AAA`) stay."""
    edits: list[Edit] = []
    pos = 0
    for run in _RUN.finditer(text):
        if run.start() < pos:
            continue
        start = run.start()
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        pos = _CHUNK_END.match(text, run.start()).end()  # type: ignore[union-attr]
        chunk = _PROSE_WORD.fullmatch(text, start, pos)
        if chunk is not None and len(set(chunk.group(1).lower())) > 1:
            edits.extend(_collapse(text, *chunk.span(1)))
    return edits


def _collapse(text: str, start: int, end: int) -> list[Edit]:
    keep = 1 if _RUN.sub(r"\1", text[start:end]).lower() in LEXICON else 2
    return [Edit(r.start(), r.end(), r.group(1) * keep) for r in _RUN.finditer(text, start, end)]


def leet_tokens(text: str) -> list[Edit]:
    """`f*ck`, `sh1t`, `a$$`, `b!tch`, `@ss`: disguised tokens whose decoding is a lexicon word."""
    edits, pos = [], 0
    while (pair := _next_pair(text, pos)) is not None:
        start = pair[0]
        while start > pos and (text[start - 1].isalnum() or text[start - 1] in _TOKEN_CHARS):
            start -= 1
        end = _TOKEN_END.match(text, pair[0]).end()  # type: ignore[union-attr]
        edit = _decode_token(text, start, end)
        if edit is not None:
            edits.append(edit)
        pos = max(end, pair[1])
    return edits


#: A disguise character next to a letter. Found first (letters are everywhere, these are not) to give
#: the span `_PAIR.search` would.
_NEXT_TO_LETTER = re.compile(rf"[{_DISGUISE}](?:(?<=[A-Za-z].)|(?=[A-Za-z]))")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _next_pair(text: str, pos: int) -> tuple[int, int] | None:
    """The span of `_PAIR.search(text, pos)`: the first letter+disguise or disguise+letter pair."""
    for hit in _NEXT_TO_LETTER.finditer(text, pos):
        at = hit.start()
        if at > pos and text[at - 1] in _ASCII_LETTERS:
            return at - 1, at + 1
        if text[at + 1 : at + 2] in _ASCII_LETTERS:
            return at, at + 2
    return None


def spaced_letters(text: str) -> list[Edit]:
    """`f u c k`, `s.h.i.t`, `f-u-c-k`: single letters whose join is a lexicon word."""
    if not (_SPACED_GATE.search(text) or (text[:1].isalpha() and text[1:2] in _SEPARATORS)):
        return []
    edits = []
    for match in _SPACED.finditer(text):
        letters = [(i, c) for i, c in enumerate(match.group(), match.start()) if c.isalpha()]
        for window in (letters, letters[1:], letters[:-1]):
            if len(window) >= 3 and "".join(c for _, c in window).lower() in LEXICON:
                sources = tuple((i, i + 1) for i, _ in window)
                edits.append(Edit(window[0][0], window[-1][0] + 1, "".join(c for _, c in window), sources))
                break
    return edits


def _decode_token(text: str, start: int, end: int) -> Edit | None:
    token = text[start:end]
    if not 3 <= len(token) <= 20 or not _TOKEN_OK.issuperset(token):
        return None
    marks = len(token) - len(token.lstrip("*#%"))  # a leading `**`, `*` or `#` is markup, not a letter
    token, start = token[marks:], start + marks
    if marks and token.endswith("*"):
        token = token.rstrip("*")
    for lead in (0, len(token) - len(token.lstrip(_EDGE))):
        body = token[lead:].rstrip(_EDGE) if lead else token
        # "sh**!": the "!" ends the sentence, the stars are letters; "b!tch!": only the last "!" is
        for candidate in dict.fromkeys((body, body.rstrip("!"), body.rstrip(_EDGE))):
            word = _lexicon_match(candidate)
            if word is not None and word != candidate.lower():
                decoded = _with_case(candidate, word)
                sources = tuple((start + lead + k, start + lead + k + 1) for k in range(len(candidate)))
                return Edit(start + lead, start + lead + len(candidate), decoded, sources)
    return None


@lru_cache(maxsize=8192)
def _lexicon_match(token: str) -> str | None:
    letters = sum(c.isalpha() for c in token)
    wild = sum(c in WILDCARDS for c in token)
    if len(token) < 3 or letters == 0 or (not token.isascii() and "€" not in token):
        return None
    if wild > letters and not token[0].isalpha():
        return None
    for word in _BY_LENGTH.get(len(token), ()):
        if all(_fits(c, w) for c, w in zip(token.lower(), word, strict=True)):
            return word
    return None


def _fits(char: str, letter: str) -> bool:
    return char == letter or char in WILDCARDS or letter in LEET.get(char, "")


def _with_case(token: str, word: str) -> str:
    letters = [c for c in token if c.isalpha()]
    upper = len(letters) >= 2 and all(c.isupper() for c in letters)
    return "".join(
        c if c.isalpha() else (w.upper() if upper else w) for c, w in zip(token, word, strict=True)
    )


_BY_LENGTH: dict[int, tuple[str, ...]] = {
    n: tuple(w for w in WORDS if len(w) == n) for n in {len(w) for w in WORDS}
}
