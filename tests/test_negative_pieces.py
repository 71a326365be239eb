"""Negative pieces (`FitConfig.negative_pieces`): the sentences and windows a clean message is scored on
join the fit as negatives; a positive message's pieces stay out (which of them carries the label is
unknown). The pieces are the ones scoring takes its maximum over (`scorer.piece_ranges`)."""

from __future__ import annotations

import numpy as np
import pytest

from civility.model import ngrams
from civility.model.fit import Counts, FitConfig, _NegativePieces, count, fit_heads
from civility.model.scorer import piece_ranges, stack

RANGES = [
    ("one sentence", "thumbs up", 24, []),
    ("two sentences", "thumbs up. nice work", 24, [(0, 2), (2, 4)]),
    ("a long sentence in windows", "a b c d e f", 4, [(0, 4), (2, 6)]),
    ("windows end on the last word", "a b c d e f g", 4, [(0, 4), (2, 6), (3, 7)]),
    ("no windows at 0", "a b c d e f g", 0, []),
    ("sentences, then windows of the long one", "a b. c d e f g", 4, [(0, 2), (2, 7), (2, 6), (3, 7)]),
]


@pytest.mark.parametrize(("text", "window", "expected"), [r[1:] for r in RANGES], ids=[r[0] for r in RANGES])
def test_pieces_are_the_ranges_scoring_takes_its_maximum_over(
    text: str, window: int, expected: list[tuple[int, int]]
) -> None:
    assert piece_ranges(ngrams.segment_words(text, 100), window) == expected


TEXTS = ["thumbs up. nice work", "you idiot. go away", "what a fix", "lgtm. merging. thanks"]
# insult, identity_attack, harassment, sexual, profanity: 1, 0 or -1 (unknown)
LABELS = np.array(
    [[0, 0, 0, 0, -1], [1, 0, -1, 0, 0], [0, 0, 0, 0, 0], [-1, -1, -1, -1, -1]],
    dtype=np.int8,
)


def encoded() -> Counts:
    return count([ngrams.segment_words(t, 100) for t in TEXTS], bits=10)


def pieces(config: FitConfig) -> _NegativePieces:
    counts = encoded()
    idf = ngrams.idf_weights(ngrams.document_frequency(counts.batch.words), len(TEXTS))
    idf_c = ngrams.idf_weights(ngrams.document_frequency(counts.batch.chars), len(TEXTS))
    made = _NegativePieces.of(counts, LABELS, config, (idf, idf_c))
    assert made is not None
    return made


def test_only_messages_with_a_clean_label_give_pieces() -> None:
    made = pieces(FitConfig(negative_pieces=1.0, bits=10))
    # "what a fix" is one sentence (no pieces); the unlabelled message gives none.
    assert made.owner.tolist() == [0, 0, 1, 1]
    assert made.x.shape[0] == 4


@pytest.mark.parametrize(
    ("factor", "split", "expected"), [(1.0, True, [0.5] * 4), (2.0, True, [1.0] * 4), (2.0, False, [2.0] * 4)]
)
def test_a_message_s_pieces_share_its_weight_when_split(
    factor: float, split: bool, expected: list[float]
) -> None:
    made = pieces(FitConfig(negative_pieces=factor, negative_pieces_split=split, bits=10))
    assert made.share.tolist() == expected


def test_a_head_gets_the_pieces_of_its_clean_messages_only() -> None:
    made = pieces(FitConfig(negative_pieces=1.0, bits=10))
    weights = np.array([1.0, 3.0, 1.0, 1.0])
    counts = encoded()
    x = stack(counts.batch, np.ones(1 << 10, np.float32), np.ones(1 << 10, np.float32))
    insult_x, insult_y, insult_w, insult_rows = made.rows(x, LABELS, weights, 0)
    assert insult_y.tolist() == [0, 1, 0, 0, 0], "three known messages, then the clean one's two pieces"
    assert insult_w.tolist() == [1.0, 3.0, 1.0, 0.5, 0.5]
    assert insult_x.shape[0] == 5
    assert insult_rows.tolist() == [0, 1, 2, 0, 0], "each row names its message (for per-message masks)"
    _, profanity_y, profanity_w, _ = made.rows(x, LABELS, weights, 4)
    assert profanity_y.tolist() == [0, 0, 0, 0], "the insult's message is clean of profanity: its pieces join"
    assert profanity_w.tolist() == [3.0, 1.0, 1.5, 1.5]


def test_off_adds_nothing_and_on_changes_the_fit() -> None:
    assert pieces_or_none(FitConfig(bits=10, negative_pieces=0.0)) is None
    plain = fit_heads(encoded(), LABELS, ["seeds"] * 4, FitConfig(bits=10, negative_pieces=0.0))
    with_pieces = fit_heads(encoded(), LABELS, ["seeds"] * 4, FitConfig(bits=10, negative_pieces=1.0))
    assert plain.coef_words.shape == with_pieces.coef_words.shape
    assert not np.array_equal(plain.coef_words, with_pieces.coef_words), "the pieces change the fit"


def pieces_or_none(config: FitConfig) -> _NegativePieces | None:
    counts = encoded()
    ones = np.ones(1 << 10, np.float32)
    return _NegativePieces.of(counts, LABELS, config, (ones, ones))


def test_a_mix_of_one_sentence_messages_has_no_pieces_to_add() -> None:
    """Short single sentences are scored whole only, so they give no pieces (and the fit still runs)."""
    texts = ["thumbs up", "you idiot", "what a fix"]
    labels = np.array([[0, 0, 0, 0, 0], [1, 0, 0, 0, 0], [0, 0, 0, 0, 0]], np.int8)
    counts = count([ngrams.segment_words(t, 100) for t in texts], bits=10)
    ones = np.ones(1 << 10, np.float32)
    config = FitConfig(bits=10, negative_pieces=1.0)
    assert _NegativePieces.of(counts, labels, config, (ones, ones)) is None
    scorer = fit_heads(counts, labels, ["seeds"] * 3, config)
    assert scorer.coef_words.shape == (5, 1 << 10)
