"""WordPiece cuts of model words, as the uncased BERT tokenizer of all-MiniLM-L6-v2 makes them.

scripts/distill_static_embeddings.py checked the implementation against the real tokenizer on every
distinct word of the training mix (83,207 words, no difference); this table pins the rules."""

from __future__ import annotations

import pytest

from civility.model import static
from civility.model.wordpiece import WordPiece, pre_tokens

CASES = [
    ("idiot", ["idiot"]),
    ("unaffable", ["una", "##ffa", "##ble"]),
    ("fuckwit", ["fuck", "##wi", "##t"]),
    ("don't", ["don", "'", "t"]),
    ("you’re", ["you", "’", "re"]),
    ("naïve", ["naive"]),
    ("code_review", ["code", "_", "review"]),
    ("日本", ["日", "本"]),
    ("x" * 101, []),  # longer than the tokenizer's 100-character limit: unknown
    ("☃", []),  # not in the vocabulary: unknown pieces are dropped, as model2vec drops them
]


@pytest.mark.parametrize(("word", "pieces"), CASES)
def test_word_pieces(word: str, pieces: list[str]) -> None:
    vocab = static.vocabulary()
    assert [vocab[i] for i in static.wordpiece().word_ids(word)] == pieces


def test_pre_tokens_split_punctuation_and_ideographs() -> None:
    assert pre_tokens("a_b'c日") == ["a", "_", "b", "'", "c", "日"]


def test_greedy_longest_match_and_unknown_word() -> None:
    tiny = WordPiece(["[UNK]", "ab", "a", "##b", "##c"])
    assert tiny.word_ids("abc") == (1, 4)
    assert tiny.word_ids("ac") == (2, 4)
    assert tiny.word_ids("zz") == ()


@pytest.mark.skipif(
    not (static.static_dir() / "vectors.npy").is_file(),
    reason="models/static/vectors.npy not built (scripts/distill_static_embeddings.py)",
)
def test_vocabulary_is_the_distilled_tables() -> None:
    assert len(static.vocabulary()) == static.vectors().shape[0]
    assert static.vectors().shape[1] == 256
