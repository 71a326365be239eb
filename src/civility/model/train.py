"""`civility train` as a library call: corpus → n-gram counts → heads → out-of-fold thresholds → artifact."""

from __future__ import annotations

import platform
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import partial
from typing import Any

import numpy as np

from civility import __version__
from civility.model import ngrams, static
from civility.model.calibration import calibrate
from civility.model.corpus import COLUMNS, Corpus, sha256
from civility.model.features import MAX_WORDS, document_words, prepared_texts
from civility.model.fit import (
    Counts,
    FitConfig,
    count,
    fit_heads,
    oof_scores,
    threshold_rows,
    threshold_rule,
    thresholds,
)
from civility.model.persist import Artifact
from civility.model.scorer import NgramScorer
from civility.types import Category


@dataclass(frozen=True)
class Encoded:
    """A corpus with its n-gram counts, computed once and sliced for folds."""

    corpus: Corpus
    counts: Counts

    def select(self, mask: np.ndarray) -> Encoded:
        idx = np.flatnonzero(mask)
        return Encoded(self.corpus.select(mask), self.counts.rows(idx))


def encode_corpus(corpus: Corpus, config: FitConfig) -> Encoded:
    words = document_words(prepared_texts(corpus.texts))
    return Encoded(corpus, count(words, config.bits, pieces=config.uses_static))


def fit(data: Encoded, config: FitConfig, with_thresholds: bool = True) -> Artifact:
    """Heads on all of `data`; thresholds (and calibration) from out-of-fold scores on `data` itself
    (never test data). Without thresholds every cut is 0.5 and the scores are not calibrated."""
    labels, sources = data.corpus.labels, data.corpus.sources
    scorer = fit_heads(data.counts, labels, sources, config)
    if not with_thresholds:
        return Artifact(COLUMNS, scorer, {c: 0.5 for c in COLUMNS})
    return finish(scorer, labels, oof_scores(data.counts, labels, sources, config), sources, config)


def finish(
    scorer: NgramScorer, labels: np.ndarray, oof: np.ndarray, sources: Sequence[str], config: FitConfig
) -> Artifact:
    """The artifact of fitted heads: cuts chosen on out-of-fold scores of the training rows; with
    `config.calibrate`, Platt scaling fitted on the rows each cut is chosen on, folded into the scorer,
    and the cuts carried onto the calibrated scale (`civility.model.calibration`)."""
    chosen = thresholds(labels, oof, sources, config)
    if config.calibrate:
        rows_of = partial(threshold_rows, labels, sources, config=config)
        scorer, chosen = calibrate(scorer, chosen, labels, oof, rows_of)
    return Artifact(COLUMNS, scorer, {Category(k): v for k, v in chosen.items()})


def mapping_counts(corpus: Corpus) -> dict[str, dict[str, list[int]]]:
    """Per source, per category: [positives, negatives] (unknown rows are neither)."""
    out: dict[str, dict[str, list[int]]] = {}
    for source in dict.fromkeys(corpus.sources):
        rows = corpus.labels[corpus.source_mask(source)]
        out[source] = {
            c.value: [int((rows[:, i] == 1).sum()), int((rows[:, i] == 0).sum())]
            for i, c in enumerate(COLUMNS)
        }
    return out


def metadata(corpus: Corpus, names: Sequence[str], config: FitConfig, artifact: Artifact) -> dict[str, Any]:
    import scipy
    import sklearn
    import skops

    out: dict[str, Any] = {
        "civility_version": __version__,
        "categories": [c.value for c in COLUMNS],
        "thresholds": {c.value: t for c, t in artifact.thresholds.items()},
        "threshold_protocol": f"{threshold_rule(config)} on {config.inner_folds}-fold out-of-fold "
        "scores of the training data, clipped to [0.05, 0.95]",
        "seed": config.seed,
        "fit": asdict(config),
        "features": {
            "kind": "hashed n-grams",
            "words": "lower-cased \\w+ words: unigrams and adjacent bigrams",
            "characters": f"{min(ngrams.CHAR_SIZES)}- to {max(ngrams.CHAR_SIZES)}-grams of each word padded "
            "with spaces (char_wb)",
            "buckets_per_block": 1 << config.bits,
            "hash": "blake2b-32 (bigrams: multiply-xor of the two word hashes)",
            "weighting": "(1 + ln tf) x smoothed idf, L2-normalised per block",
            "window": config.window,
            "max_words": MAX_WORDS,
        },
        "data": {
            "sources": list(names),
            "files": {
                str(p.name if p.parent.name == "seeds" else f"{p.parent.name}/{p.name}"): sha256(p)
                for p in dict.fromkeys(corpus.files)
            },
            "rows": len(corpus),
            "mapping_counts": mapping_counts(corpus),
        },
        "versions": {
            "python": platform.python_version(),
            "numpy": np.__version__,
            "scikit-learn": sklearn.__version__,
            "skops": skops.__version__,
            "scipy": scipy.__version__,
        },
    }
    if artifact.scorer.calibration is not None:
        slopes, intercepts = artifact.scorer.calibration.tolist()
        out["calibration"] = {
            "method": "Platt scaling per head: sigmoid(slope x logit + intercept), fitted on the "
            f"{config.inner_folds}-fold out-of-fold scores of the rows each cut is chosen on; the cuts "
            "under thresholds were chosen on the raw scores and mapped through it (same flags)",
            **{
                c.value: {"slope": round(a, 6), "intercept": round(b, 6)}
                for c, a, b in zip(COLUMNS, slopes, intercepts, strict=True)
            },
        }
    if config.uses_static:
        out["features"]["static_embeddings"] = {
            "what": "mean of WordPiece token vectors, all-MiniLM-L6-v2 distilled by model2vec (256 dims)",
            "share_of_log_odds": config.static_weight,
            "heads": list(config.static_heads),
            "files": {
                p.name: sha256(p) for p in (static.static_dir() / n for n in ("vocab.txt", "vectors.npy"))
            },
        }
    return out
