"""Property tests: every derived character maps inside the raw text, monotonically."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from civility.preprocess import prepare

PIECES = st.sampled_from(
    ["ﬁ", "Ｆ", "e\u0301", "\u200b", "\u202e", "\r\n", "😀", "👩\u200d💻", "f*ck", "sh1t", "f u c k", "```",
     "`", "> ", "\n", "    ", "http://example.com/x", "ааа", "ß", "İ", "\ufdfa", "ﷺ", "㍿", "  "]
)  # fmt: skip
TEXT = st.lists(st.one_of(st.text(max_size=8), PIECES), max_size=20).map("".join)
ASCII_PLAIN = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyz ,.?"), max_size=200)


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_every_span_maps_inside_raw_and_is_monotone(raw: str) -> None:
    prepared = prepare(raw)
    offsets = prepared.offsets
    assert len(offsets) == len(prepared.text)
    previous = (0, 0)
    for i in range(len(prepared.text)):
        start, end = offsets.char(i)
        assert 0 <= start < end <= len(raw)
        assert start >= previous[0] and end >= previous[1]
        previous = (start, end)
    for i in range(len(prepared.text) + 1):
        for j in range(i, min(len(prepared.text), i + 5) + 1):
            start, end = prepared.to_raw(i, j)
            assert 0 <= start <= end <= len(raw)


@settings(max_examples=100, deadline=None)
@given(ASCII_PLAIN)
def test_plain_ascii_is_identity(raw: str) -> None:
    prepared = prepare(raw)
    if prepared.masked or any(c * 3 in raw for c in set(raw) if c.isalpha()):
        return
    assert prepared.text == raw
    assert list(prepared.offsets.raw_index) == list(range(len(raw)))
    assert list(prepared.offsets.raw_end) == list(range(1, len(raw) + 1))


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_decoded_keeps_raw_positions(raw: str) -> None:
    """`Prepared.decoded` is as long as `raw` and differs only where the model reads other letters."""
    prepared = prepare(raw)
    assert len(prepared.decoded) == len(raw)
    if prepared.text == raw:
        assert prepared.decoded == raw
