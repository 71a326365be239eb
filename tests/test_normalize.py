"""Normalisation and de-obfuscation tables: expected text and the raw span each rewrite maps to."""

from __future__ import annotations

import pytest

from civility.preprocess import prepare

# (raw, expected text, [(derived substring, raw substring it maps back to)])
CASES = [
    ("you f*ck off", "you fuck off", [("fuck", "f*ck")]),
    ("f**k this", "fuck this", [("fuck", "f**k")]),
    ("f#ck that", "fuck that", [("fuck", "f#ck")]),
    ("sh1t happens", "shit happens", [("shit", "sh1t")]),
    ("what an a$$", "what an ass", [("ass", "a$$")]),
    ("b!tch!", "bitch!", [("bitch", "b!tch")]),
    ("sh**!", "shit!", [("shit", "sh**")]),
    ("Oh f***!!", "Oh fuck!!", [("fuck", "f***")]),
    ("@ss", "ass", [("ass", "@ss")]),
    ("F*CK IT", "FUCK IT", [("FUCK", "F*CK")]),
    ("f u c k you", "fuck you", [("fuck", "f u c k")]),
    ("s.h.i.t code", "shit code", [("shit", "s.h.i.t")]),
    ("fuuuuuck", "fuck", [("fuck", "fuuuuuck")]),
    ("sooo slow", "soo slow", [("soo", "sooo")]),
    ("Shiiiit!!!", "Shit!!!", [("Shit", "Shiiiit")]),
    ("the passsword", "the password", [("password", "passsword")]),
    ("ﬁne", "fine", [("fi", "ﬁ")]),
    ("Ｆｕｃｋ", "Fuck", [("Fuck", "Ｆｕｃｋ")]),
    ("sh\u200bit", "shit", [("shit", "sh\u200bit")]),
    ("\u202eidiot", "idiot", [("idiot", "idiot")]),
    ("fսck іdiot", "fuck idiot", [("idiot", "іdiot")]),
    ("а$$hole", "asshole", [("asshole", "а$$hole")]),
    ("cafe\u0301", "café", [("é", "e\u0301")]),
    ("`code` here", "  here", [(" ", "`code`")]),
    ("a\n```\nx\n```\nb", "a\n \nb", [(" ", "```\nx\n```")]),
    # an @mention is masked like code, and its letter runs are not collapsed
    ("@mycompassspins so slooow", "  so sloow", [(" ", "@mycompassspins")]),
]

UNTOUCHED = [
    "v1.2 i18n k8s 0x1f a11y l10n $HOME f*args **kwargs",
    "this is *very* important and *is* not optional",
    "**it works** now, #it is #hit",
    "C# and C++ and node@18 and user@example.com",
    "good cool book, too soon",
    "e.g. i.e. U.S.A. a b c",
    "AAA battery 0xfffff xxx_yyy zzz",
    'exception.mehhhhhh(reason=msg) nulllable=True TYPE="blahhh"',
    "Привет мир, это не работает",
    "naïve café résumé",
    "it isn´t reliable 🤔",
]


@pytest.mark.parametrize(("raw", "text", "pairs"), CASES)
def test_normalised_text_and_raw_spans(raw: str, text: str, pairs: list[tuple[str, str]]) -> None:
    prepared = prepare(raw)
    assert prepared.text == text
    for derived, source in pairs:
        start = text.index(derived)
        raw_start, raw_end = prepared.to_raw(start, start + len(derived))
        assert raw[raw_start:raw_end] == source


@pytest.mark.parametrize("raw", UNTOUCHED)
def test_technical_and_clean_text_is_untouched(raw: str) -> None:
    prepared = prepare(raw)
    assert prepared.text == raw
    assert prepared.to_raw(0, len(raw)) == (0, len(raw))


def test_ten_megabyte_comment_stays_small() -> None:
    raw = "This is a perfectly ordinary sentence about the build. " * 190_000
    prepared = prepare(raw)
    assert prepared.text == raw
    assert len(list(prepared.offsets.segments())) == 1
