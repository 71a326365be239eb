"""Evidence helpers: words from touching tokens, punctuation trimmed, span F1 as in SemEval-2021."""

from __future__ import annotations

import numpy as np
import pytest

from civility.model.evidence import evidence, words
from civility.model.metrics import binary, span_f1
from civility.model.scorer import TokenTable


@pytest.mark.parametrize(
    ("offsets", "expected"),
    [
        ([(0, 3), (4, 7)], [(0, 1), (1, 2)]),
        ([(0, 1), (1, 2), (2, 4)], [(0, 3)]),  # f * ck: one word
        ([(0, 5), (5, 6), (7, 9)], [(0, 2), (2, 3)]),  # "moron." then the next word
    ],
)
def test_words_group_touching_tokens(offsets: list[tuple[int, int]], expected: list[tuple[int, int]]) -> None:
    assert words(offsets) == expected


def test_evidence_is_the_strongest_positive_word_without_punctuation() -> None:
    text = "you moron."
    table = np.zeros((4, 1), dtype=np.float32)
    table[1, 0], table[2, 0] = 3.0, 0.1  # "moron" strong, "." weak
    scorer = TokenTable(table, np.zeros(1, np.float32))
    found = evidence(scorer, np.array([0, 1, 2]), [(0, 3), (4, 9), (9, 10)], 0, text)
    assert [(e.start, e.end, e.word) for e in found] == [(4, 9, "moron")]


def test_no_positive_word_means_no_evidence() -> None:
    scorer = TokenTable(-np.ones((3, 1), dtype=np.float32), np.zeros(1, np.float32))
    assert evidence(scorer, np.array([0, 1]), [(0, 2), (3, 5)], 0, "ab cd") == []


@pytest.mark.parametrize(
    ("gold", "predicted", "f1"),
    [(set(), set(), 1.0), ({1, 2}, set(), 0.0), ({1, 2, 3, 4}, {3, 4}, 2 / 3), ({1}, {1}, 1.0)],
)
def test_span_f1(gold: set[int], predicted: set[int], f1: float) -> None:
    assert span_f1(gold, predicted) == pytest.approx(f1)


def test_binary_metrics() -> None:
    m = binary([1, 1, 0, 0], [1, 0, 1, 0])
    assert (m.precision, m.recall, m.f1, m.accuracy) == (0.5, 0.5, 0.5, 0.5)


def test_window_score_keeps_one_insult_in_a_long_comment() -> None:
    table = np.zeros((2, 1), dtype=np.float32)
    table[1, 0] = 36.0
    ids = [np.array([0] * 40 + [1] + [0] * 40)]
    whole = TokenTable(table, np.array([-2.0], np.float32), window=0).logits(ids)[0, 0]
    windowed = TokenTable(table, np.array([-2.0], np.float32), window=12).logits(ids)[0, 0]
    assert whole < 0 < windowed
