"""Evidence and scoring over hashed n-grams: exact word contributions, windows, span F1 as in SemEval-2021."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from civility.model import ngrams, static
from civility.model.evidence import evidence
from civility.model.metrics import binary, span_f1
from civility.model.scorer import NgramScorer

BITS = 10


def _scorer(weights: dict[str, float], window: int = 0, bias: float = 0.0) -> NgramScorer:
    """A one-head scorer whose unigram and character n-grams of each given word carry its weight."""
    featurizer = ngrams.Featurizer(BITS)
    width = featurizer.width
    coef_w, coef_c = np.zeros((1, width), np.float32), np.zeros((1, width), np.float32)
    for word, value in weights.items():
        coef_w[0, featurizer.word_features([word]).bucket[0]] = value
        coef_c[0, featurizer.char_features([word]).bucket] = value
    ones = np.ones(width, np.float32)
    return NgramScorer(ones, ones, coef_w, coef_c, np.array([bias], np.float32), window)


def test_evidence_is_the_strongest_positive_word_without_punctuation() -> None:
    scorer, featurizer = _scorer({"moron": 3.0}), ngrams.Featurizer(BITS)
    found = evidence(scorer, "you moron.", 0, featurizer)
    assert [(e.start, e.end, e.word) for e in found] == [(4, 9, "moron")]


def test_no_positive_word_means_no_evidence() -> None:
    scorer = _scorer({"hello": -2.0, "there": -1.0})
    assert evidence(scorer, "hello there", 0, ngrams.Featurizer(BITS)) == []


@pytest.mark.parametrize(
    "text", ["you are a moron and a liar", "moron", "fine, thanks! moron moron", "I can't see why"]
)
def test_word_contributions_add_up_to_the_logit(text: str) -> None:
    scorer, featurizer = (
        _scorer({"moron": 3.0, "liar": 1.5, "thanks": -1.0}, bias=-1.0),
        ngrams.Featurizer(BITS),
    )
    doc = ngrams.words(text)
    logit = scorer.logits([doc], featurizer)[0, 0]
    parts = scorer.word_contributions(doc, 0, featurizer)
    assert parts.sum() + scorer.logit_bias[0] == pytest.approx(logit, abs=1e-5)
    calibrated = scorer.calibrated(np.array([0.5]), np.array([-1.25]))
    assert calibrated.logits([doc], featurizer)[0, 0] == pytest.approx(0.5 * logit - 1.25, abs=1e-5)
    parts = calibrated.word_contributions(doc, 0, featurizer)
    assert parts.sum() + calibrated.logit_bias[0] == pytest.approx(0.5 * logit - 1.25, abs=1e-5)


def test_window_score_keeps_one_insult_in_a_long_comment() -> None:
    doc = [f"word{i}" for i in range(60)] + ["moron"] + [f"thing{i}" for i in range(60)]
    featurizer = ngrams.Featurizer(BITS)
    whole = _scorer({"moron": 2.0}, window=0, bias=-2.0).logits([doc], featurizer)[0, 0]
    windowed = _scorer({"moron": 2.0}, window=12, bias=-2.0).logits([doc], featurizer)[0, 0]
    assert whole < 0 < windowed


def test_windowed_evidence_points_into_the_winning_window() -> None:
    text = " ".join(f"word{i}" for i in range(60)) + " moron " + " ".join(f"thing{i}" for i in range(60))
    found = evidence(_scorer({"moron": 6.0}, window=12), text, 0, ngrams.Featurizer(BITS))
    assert [e.word for e in found] == ["moron"]
    assert text[found[0].start : found[0].end] == "moron"


def test_hashing_is_stable_across_processes() -> None:
    """blake2b, not Python's salted hash(): the shipped coefficients index these exact buckets."""
    batch = ngrams.Featurizer(18).counts([["hello", "world"]])
    assert batch.words.indices.tolist() == sorted(batch.words.indices.tolist())
    assert ngrams.Featurizer(18).word_features(["hello"]).bucket[0] == ngrams._hash("w hello") & (
        (1 << 18) - 1
    )
    assert ngrams._hash("w hello") == int.from_bytes(
        __import__("hashlib").blake2b(b"w hello", digest_size=4).digest(), "little"
    )


def test_words_keep_apostrophes_and_drop_punctuation() -> None:
    assert ngrams.words("Don't   PANIC, it's fine!") == ["don't", "panic", "it's", "fine"]
    assert ngrams.segment("a, bc", 100)[1] == [(0, 1), (3, 5)]


@pytest.mark.parametrize(
    ("gold", "predicted", "f1"),
    [(set(), set(), 1.0), ({1, 2}, set(), 0.0), ({1, 2, 3, 4}, {3, 4}, 2 / 3), ({1}, {1}, 1.0)],
)
def test_span_f1(gold: set[int], predicted: set[int], f1: float) -> None:
    assert span_f1(gold, predicted) == pytest.approx(f1)


def test_binary_metrics() -> None:
    m = binary([1, 1, 0, 0], [1, 0, 1, 0])
    assert (m.precision, m.recall, m.f1, m.accuracy) == (0.5, 0.5, 0.5, 0.5)


@pytest.mark.parametrize(
    ("text", "words", "breaks"),
    [
        (
            "Thanks for the PR. You moron! Fix it",
            ["thanks", "for", "the", "pr", "you", "moron", "fix", "it"],
            (4, 6),
        ),
        ("one line\nsecond line", ["one", "line", "second", "line"], (2,)),
        ("version 1.2 is out", ["version", "1", "2", "is", "out"], (2,)),
        ("no breaks here", ["no", "breaks", "here"], ()),
        ("", [], ()),
    ],
)
def test_segment_finds_sentence_breaks(text: str, words: list[str], breaks: tuple[int, ...]) -> None:
    doc, spans = ngrams.segment(text, 100)
    assert (list(doc), doc.breaks) == (words, breaks)
    assert [text[a:b].lower() for a, b in spans] == words


def test_one_insulting_sentence_among_friendly_ones_is_scored_alone() -> None:
    text = "Thanks a lot for the PR and the docs. Whoever wrote this is a moron. Please add a test."
    featurizer = ngrams.Featurizer(BITS)
    doc, _ = ngrams.segment(text, 100)
    scorer = _scorer({"moron": 1.0}, window=24, bias=-2.0)
    assert scorer.logits([list(doc)], featurizer)[0, 0] < 0 < scorer.logits([doc], featurizer)[0, 0]
    assert [e.word for e in evidence(scorer, text, 0, featurizer)] == ["moron"]


def test_counts_of_word_ranges_equal_counts_of_the_sliced_documents() -> None:
    docs = [ngrams.words("the quick brown fox jumps over the lazy dog"), [], ngrams.words("a b a b a")]
    owner, start, end = np.array([0, 0, 2, 1, 0]), np.array([0, 3, 1, 0, 8]), np.array([9, 6, 5, 0, 9])
    featurizer = ngrams.Featurizer(BITS)
    ranged = featurizer.counts_ranges(docs, owner, start, end)
    sliced = featurizer.counts([docs[o][a:b] for o, a, b in zip(owner, start, end, strict=True)])
    for got, want in ((ranged.words, sliced.words), (ranged.chars, sliced.chars)):
        assert got.has_canonical_format and (got != want).nnz == 0


def test_count_matrix_matches_scipy_duplicate_summing() -> None:
    from scipy import sparse

    rng = np.random.default_rng(3)
    rows, cols = np.sort(rng.integers(0, 7, 500)), rng.integers(0, 64, 500).astype(np.uint32)
    want = sparse.csr_matrix((np.ones(500, np.float32), (rows, cols.astype(np.int64))), shape=(9, 64))
    want.sum_duplicates()
    got = ngrams._count_matrix(rows, cols, 9, 64)
    assert (got != want).nnz == 0 and got.has_canonical_format


def test_evidence_for_words_the_cache_has_not_seen_yet() -> None:
    """Encoding new words grows the cache arrays; reading them must come after, not before."""
    featurizer = ngrams.Featurizer(BITS)
    doc = [f"novel{i}" for i in range(3000)] + ["moron"]
    features = featurizer.word_features(doc)
    assert features.bucket.size == 3 * len(doc) - 2
    assert featurizer.char_features(doc).position.max() == len(doc) - 1


def test_word_piece_weights_are_averaged_over_the_text_and_given_to_their_words() -> None:
    """The static-embedding term: mean of the text's token weights, each word owning its tokens' share."""
    featurizer = ngrams.Featurizer(BITS, pieces=True)
    pieces = np.zeros((1, len(static.vocabulary())), np.float32)
    pieces[0, static.wordpiece().ids["idiot"]] = 4.0
    scorer = replace(_scorer({}), coef_pieces=pieces)
    doc = ["you", "idiot"]  # two tokens: the mean is 4 / 2
    assert scorer.word_contributions(doc, 0, featurizer).tolist() == pytest.approx([0.0, 2.0])
    assert scorer.logits([doc], featurizer)[0, 0] == pytest.approx(2.0)
    assert scorer.logits([["idiot"]], featurizer)[0, 0] == pytest.approx(4.0)
    assert [(e.start, e.end, e.word) for e in evidence(scorer, "you idiot", 0, featurizer)] == [
        (4, 9, "idiot")
    ]


def test_the_embedding_term_is_the_whole_documents_not_the_best_sentences() -> None:
    """A mean over a short sentence is noisy; only the n-gram term takes the maximum over sentences."""
    featurizer = ngrams.Featurizer(BITS, pieces=True)
    pieces = np.zeros((1, len(static.vocabulary())), np.float32)
    pieces[0, static.wordpiece().ids["idiot"]] = 4.0
    scorer = replace(_scorer({}), coef_pieces=pieces)
    doc = ngrams.segment_words("you idiot. thanks a lot", 100)
    assert doc.breaks == (2,)
    assert scorer.logits([doc], featurizer)[0, 0] == pytest.approx(4.0 / 5)
