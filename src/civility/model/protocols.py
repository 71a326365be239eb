"""Evaluation protocols over an Experiment: in-domain k-fold CV and leave-one-dataset-out.

In-domain CV of set S, fold k: train on the whole training mix minus S's fold k, test on fold k
(stratified on S's binary label, seeded). LODO of S: train on the mix without S, test on all of S.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from sklearn.model_selection import StratifiedKFold

from civility.model.corpus import COLUMNS
from civility.model.experiment import Experiment, Scored, headline
from civility.model.metrics import Binary, binary, mean_binary
from civility.model.persist import Artifact

Progress = Callable[[str], None]
FoldHook = Callable[[Artifact, np.ndarray], None]
"""Called with each fold's model and its test rows (used for the evidence-span evaluation)."""


@dataclass(frozen=True)
class Result:
    """One protocol on one set: the headline binary task, per-category metrics, per-stratum metrics."""

    source: str
    protocol: str
    task: str
    overall: Binary
    """Fold mean for CV (the papers' convention); all rows for LODO."""
    categories: dict[str, Binary] = field(default_factory=dict)
    strata: dict[str, Binary] = field(default_factory=dict)
    scored: Scored | None = None


def cross_validate(
    exp: Experiment, source: str, folds: int, seed: int, progress: Progress, hook: FoldHook | None = None
) -> Result:
    rows = np.flatnonzero(exp.mask(source))
    task, gold, _ = headline(source, exp.labels[rows], np.zeros((len(rows), len(COLUMNS)), bool))
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    parts, fold_metrics = [], []
    for k, (_, test) in enumerate(splitter.split(rows, gold)):
        progress(f"{source}: fold {k + 1}/{folds}")
        train = np.ones(len(exp.labels), dtype=bool)
        train[rows[test]] = False
        artifact = exp.fit(train)
        scored = exp.score(artifact, rows[test])
        if hook is not None:
            hook(artifact, rows[test])
        _, g, p = headline(source, exp.labels[scored.rows], scored.flags)
        fold_metrics.append(binary(g, p))
        parts.append(scored)
    scored = Scored(
        np.concatenate([s.rows for s in parts]),
        np.concatenate([s.probs for s in parts]),
        np.concatenate([s.flags for s in parts]),
    )
    return _result(exp, source, f"{folds}-fold CV", task, mean_binary(fold_metrics), scored)


def leave_one_out(exp: Experiment, source: str, progress: Progress) -> Result:
    progress(f"LODO: without {source}")
    test = exp.mask(source)
    scored = exp.score(exp.fit(~test), np.flatnonzero(test))
    task, gold, pred = headline(source, exp.labels[scored.rows], scored.flags)
    return _result(exp, source, "LODO", task, binary(gold, pred), scored)


def _result(
    exp: Experiment, source: str, protocol: str, task: str, overall: Binary, scored: Scored
) -> Result:
    labels = exp.labels[scored.rows]
    categories = {}
    for i, category in enumerate(COLUMNS):
        known = labels[:, i] >= 0
        if (labels[known, i] == 1).sum() >= 5:
            categories[category.value] = binary(labels[known, i] == 1, scored.flags[known, i])
    strata = {}
    names = np.array([exp.data.corpus.strata[int(r)] for r in scored.rows])
    if len(set(names)) > 1:
        for name in sorted(set(names)):
            part = names == name
            _, g, p = headline(source, labels[part], scored.flags[part])
            strata[name] = binary(g, p)
    return Result(source, protocol, task, overall, categories, strata, scored)
