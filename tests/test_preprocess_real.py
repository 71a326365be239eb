"""prepare() on real developer comments: every derived character maps back exactly."""

from __future__ import annotations

import csv
import itertools
import unicodedata
from pathlib import Path

import pytest

from civility.preprocess import prepare
from civility.preprocess.lexicon import LEET, WILDCARDS
from civility.preprocess.unicode_clean import HOMOGLYPHS

pytestmark = pytest.mark.shared


def _comments(shared_data: Path, limit: int) -> list[str]:
    path = shared_data / "vcu-github-incivility" / "annotated_comment_level.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = itertools.islice(csv.DictReader(handle), limit)
        return [row["comment_body"] for row in rows if row["comment_body"]]


def test_real_comments_map_back_exactly(shared_data: Path) -> None:
    for raw in _comments(shared_data, 1500):
        prepared = prepare(raw)
        starts, ends = prepared.offsets.raw_index, prepared.offsets.raw_end
        assert len(starts) == len(ends) == len(prepared.text)
        for char, start, end in zip(prepared.text, starts, ends, strict=True):
            source = raw[start:end]
            assert source, (raw, start, end)
            if char not in (" ", source):
                assert _explained(char, source), (raw, char, source)
        masked = sum(s.end - s.start for s in prepared.masked)
        assert masked <= len(raw)


def _explained(char: str, source: str) -> bool:
    """A rewrite is a Unicode compatibility form, a homoglyph, a letter run or a de-obfuscated letter."""
    folded = unicodedata.normalize("NFKC", source)
    return (
        char in folded
        or HOMOGLYPHS.get(source) == char
        or (len(set(source)) == 1 and source[0] == char)
        or source in LEET
        or source in WILDCARDS
    )


def test_plain_real_comments_come_back_unchanged(shared_data: Path) -> None:
    """ASCII comments with nothing masked: only letter runs (`sooo`) and disguises may change."""
    prepared = [prepare(raw) for raw in _comments(shared_data, 1500) if raw.isascii()]
    plain = [p for p in prepared if not p.masked]
    changed = [p.raw for p in plain if p.text != p.raw]
    assert len(plain) > 500
    assert len(changed) <= len(plain) // 100, changed[:5]


@pytest.mark.parametrize(
    ("raw", "decoded"),
    [
        ("sh**!", "shit!"),
        ("Oh sh**, my bad.", "Oh shit, my bad."),
        ("What the h*ll is this?", "What the hell is this?"),
        ("Holy sh!t, fast", "Holy shit, fast"),
        ("ｓｈｉｔ happens", "shit happens"),
        ("f u c k!", "f u c k!"),  # decodes to fewer characters: left as written
        ("> sh**\nok `x = 1`", "> sh**\nok `x = 1`"),  # masked: the quote is not read at all
        ("kill the process", "kill the process"),
    ],
)
def test_decoded_reads_disguised_words_at_their_raw_positions(raw: str, decoded: str) -> None:
    assert prepare(raw).decoded == decoded
