"""The whole analyzer on a refit: what `civility scan` flags on rows its model was not trained on.

The card's CV and leave-one-dataset-out numbers are the classifier's alone, but a moderator sees the
analyzer's output: the phrase-rule detectors add findings (threats, sexual advances, dehumanization),
the context filters set evidence aside (self-deprecation, judgements of code, condemnation, quoted
abuse, code identifiers) and the second look rescores what they leave. `analyzer_flags` runs the
default analyzer (default configuration, every detector and filter) with a refit's model on that
refit's test rows, so each fold measures the product under the same folds and thresholds as the model.

The filters and rules were written by people who read rows of these sets (each filter's in-sample
measurement is in `benchmarks/results/`), so on a set in the training mix this number is the
product's, not an untouched estimate; the held-out threads (`civility evaluate --task threads`) are.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from civility.analyzer import Analyzer
from civility.config import Config
from civility.detectors.registry import default_detectors
from civility.model.corpus import COLUMNS
from civility.model.persist import Artifact


def analyzer_for(artifact: Artifact) -> Analyzer:
    """The default analyzer with `artifact` as its model (every other detector and filter as shipped)."""
    config = Config()
    return Analyzer(config, detectors=default_detectors(config, artifact))


def analyzer_flags(artifact: Artifact, texts: Sequence[str]) -> np.ndarray:
    """bool [texts, COLUMNS]: the model categories the analyzer flags in each text (a text it does not
    assess, e.g. one not in English, flags nothing, as in a scan)."""
    flags = np.zeros((len(texts), len(COLUMNS)), dtype=bool)
    for i, assessment in enumerate(analyzer_for(artifact).analyze(texts)):
        for j, category in enumerate(COLUMNS):
            flags[i, j] = category in assessment.flagged
    return flags
