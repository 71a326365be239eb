"""Long documents (`NgramScorer.whole_limit`): a document longer than the limit is scored on its
sentences and windows only. On a long document the whole-document term adds up many small weights of
words the heads saw in short messages, so it grows with length; its pieces are the size the heads
were fitted on."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import skops.io as sio

from civility.errors import ModelError
from civility.model import ngrams
from civility.model.fit import FitConfig, count, fit_heads
from civility.model.persist import DEFAULT_MODEL, TRUSTED_TYPES, load, save
from civility.model.scorer import NgramScorer

BITS = 10
WINDOW = 8


def _scorer(weight: float, whole_limit: int) -> NgramScorer:
    """One head in which every word bucket and character bucket carries the same small weight."""
    width = 1 << BITS
    ones = np.ones(width, np.float32)
    coef = np.full((1, width), weight, np.float32)
    return NgramScorer(ones, ones, coef, coef, np.zeros(1, np.float32), WINDOW, whole_limit=whole_limit)


def _doc(words: int, sentences: int = 1) -> ngrams.Words:
    per = words // sentences
    text = ". ".join(" ".join(f"w{s}x{i}" for i in range(per)) for s in range(sentences))
    return ngrams.segment_words(text, 10_000)


def _best_piece(scorer: NgramScorer, doc: ngrams.Words) -> float:
    scored = scorer.scored([doc], ngrams.Featurizer(BITS))
    return float(scored.raw[1:, 0].max())


def test_the_whole_term_of_a_long_document_grows_with_length() -> None:
    """The motivation, on a scorer where every word weighs the same: the whole of 60 words outscores
    each of its 8-word windows, though no word in it is worse than any other."""
    scorer, doc = _scorer(0.05, whole_limit=0), _doc(60)
    scored = scorer.scored([doc], ngrams.Featurizer(BITS))
    assert scored.raw[0, 0] > scored.raw[1:, 0].max()
    assert scored.window(0, 0) == (0, 60)


LIMITS = [
    ("over the limit: best window", 60, 1, 40, "piece"),
    ("over the limit with sentences: best sentence or window", 60, 3, 40, "piece"),
    ("at the limit: the whole counts", 40, 1, 40, "whole"),
    ("under the limit: the whole counts", 20, 1, 40, "whole"),
    ("limit 0: the whole always counts", 60, 1, 0, "whole"),
    ("over the limit but no pieces (shorter than a window)", 6, 1, 4, "whole"),
]


@pytest.mark.parametrize(
    ("words", "sentences", "limit", "winner"), [r[1:] for r in LIMITS], ids=[r[0] for r in LIMITS]
)
def test_which_range_scores_a_document(words: int, sentences: int, limit: int, winner: str) -> None:
    scorer, doc = _scorer(0.05, whole_limit=limit), _doc(words, sentences)
    scored = scorer.scored([doc], ngrams.Featurizer(BITS))
    whole = replace(scorer, whole_limit=0).scored([doc], ngrams.Featurizer(BITS)).raw[0, 0]
    expected = _best_piece(scorer, doc) if winner == "piece" else max(whole, *scored.raw[1:, 0], -np.inf)
    assert scored.logits[0, 0] == pytest.approx(expected, abs=1e-6)
    won = scored.window(0, 0)
    assert (won == (0, len(doc))) == (winner == "whole")


def test_a_batch_mixes_long_and_short_documents() -> None:
    """The limit applies per document: batching a long one beside a short one changes neither."""
    scorer, featurizer = _scorer(0.05, whole_limit=30), ngrams.Featurizer(BITS)
    long, short = _doc(60), _doc(12)
    together = scorer.logits([short, long, short], featurizer)[:, 0]
    alone = [scorer.logits([d], featurizer)[0, 0] for d in (short, long, short)]
    assert together == pytest.approx(alone, abs=1e-6)


def test_the_limit_round_trips_and_older_models_load_without_it(tmp_path: Path) -> None:
    shipped = load(DEFAULT_MODEL)
    path = tmp_path / "civility.skops"
    save(replace(shipped, scorer=replace(shipped.scorer, whole_limit=200)), path, {})
    assert load(path).scorer.whole_limit == 200
    payload = sio.load(path, trusted=list(TRUSTED_TYPES))
    del payload["whole_limit"]  # as saved before the limit existed
    sio.dump(payload, path)
    assert load(path).scorer.whole_limit == 0


@pytest.mark.parametrize("bad", [-1, 2.5, True, "200"])
def test_a_malformed_limit_is_refused(tmp_path: Path, bad: object) -> None:
    path = tmp_path / "civility.skops"
    save(load(DEFAULT_MODEL), path, {})
    payload = sio.load(path, trusted=list(TRUSTED_TYPES))
    payload["whole_limit"] = bad
    sio.dump(payload, path)
    with pytest.raises(ModelError, match="retrain"):
        load(path)


def test_fit_heads_carries_the_configured_limit() -> None:
    texts = ["you idiot. go away", "thanks, merged", "what a fix", "idiot"]
    labels = np.array([[1, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [1, 0, 0, 0, 0]], np.int8)
    counts = count([ngrams.segment_words(t, 100) for t in texts], bits=BITS)
    config = FitConfig(bits=BITS, whole_limit=120)
    scorer = fit_heads(counts, labels, ["toxicr"] * len(texts), config)
    assert scorer.whole_limit == 120
