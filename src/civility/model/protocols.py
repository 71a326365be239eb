"""Evaluation protocols over an Experiment: in-domain k-fold CV and leave-one-dataset-out.

In-domain CV of set S, fold k: train on the whole training mix minus S's fold k, test on fold k
(stratified on S's binary label, seeded). LODO of S: train on the mix without S, test on all of S.
Each refit also runs the whole analyzer (rules, filters, second look) with its model on its test rows
(`civility.model.product`), so the product is measured under the same folds as the model.
Refits are independent tasks; with `jobs > 1` they run in forked worker processes that share the
encoded corpus and the out-of-fold scores computed before the fork.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace

import numpy as np
from sklearn.model_selection import StratifiedKFold

from civility.model.corpus import COLUMNS
from civility.model.experiment import Experiment, Scored, headline
from civility.model.metrics import Binary, binary, mean_binary
from civility.model.persist import Artifact
from civility.model.product import analyzer_flags

Progress = Callable[[str], None]
FoldHook = Callable[[Experiment, Artifact, np.ndarray], dict[str, set[int]]]
"""Called in the worker with each refit and its test rows; returns evidence spans by text."""


@dataclass(frozen=True)
class Task:
    source: str
    protocol: str
    fold: int
    test: np.ndarray
    """Row indices of the test part; everything else in the mix is training."""
    spans: bool = False


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
    analyzer: Binary | None = None
    """The headline task scored on the whole analyzer's flags (fold mean for CV), when measured."""
    fold_f1: tuple[float, ...] = ()
    """CV: the model's headline F1 on each fold, in fold order (the spread behind the fold mean)."""
    fold_analyzer_f1: tuple[float, ...] = ()
    """CV: the whole analyzer's headline F1 on each fold, when measured."""


def cv_tasks(exp: Experiment, source: str, folds: int, seed: int, spans: bool = False) -> list[Task]:
    rows = np.flatnonzero(exp.mask(source))
    _, gold, _ = headline(source, exp.labels[rows], np.zeros((len(rows), len(COLUMNS)), bool))
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    return [
        Task(source, f"{folds}-fold CV", k, rows[test], spans)
        for k, (_, test) in enumerate(splitter.split(rows, gold))
    ]


def lodo_task(exp: Experiment, source: str) -> Task:
    return Task(source, "LODO", 0, np.flatnonzero(exp.mask(source)))


_STATE: dict[str, object] = {}


def run(exp: Experiment, tasks: list[Task], jobs: int, hook: FoldHook, progress: Progress) -> list[tuple]:
    """(task, scored, spans) per task, in order; the out-of-fold pass is done before any fork."""
    exp.oof()
    _STATE.update(exp=exp, hook=hook)
    if jobs <= 1:
        out = []
        for n, task in enumerate(tasks, 1):
            progress(f"{task.protocol} {task.source} fold {task.fold + 1} ({n}/{len(tasks)})")
            out.append(_work(task))
        return out
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        results = []
        for n, result in enumerate(pool.map(_work, tasks), 1):
            progress(f"{result[0].protocol} {result[0].source} fold {result[0].fold + 1} ({n}/{len(tasks)})")
            results.append(result)
        return results


def _work(task: Task) -> tuple[Task, Scored, dict[str, set[int]]]:
    exp: Experiment = _STATE["exp"]  # type: ignore[assignment]
    hook: FoldHook = _STATE["hook"]  # type: ignore[assignment]
    train = np.ones(len(exp.labels), dtype=bool)
    train[task.test] = False
    artifact = exp.fit(train)
    spans = hook(exp, artifact, task.test) if task.spans else {}
    texts = [exp.data.corpus.texts[int(i)] for i in task.test]
    scored = replace(exp.score(artifact, task.test), analyzer=analyzer_flags(artifact, texts))
    return task, scored, spans


def summarise(exp: Experiment, parts: list[tuple[Task, Scored]]) -> Result:
    """One Result from the folds of one (source, protocol): fold-mean headline, pooled details."""
    task = parts[0][0]
    fold_metrics, analyzer_metrics = [], []
    for _, s in parts:
        name, gold, pred = headline(task.source, exp.labels[s.rows], s.flags)
        fold_metrics.append(binary(gold, pred))
        if s.analyzer is not None:
            analyzer_metrics.append(binary(gold, headline(task.source, exp.labels[s.rows], s.analyzer)[2]))
    rows = np.concatenate([s.rows for _, s in parts])
    flags = np.concatenate([s.flags for _, s in parts])
    labels = exp.labels[rows]
    categories = {}
    for i, category in enumerate(COLUMNS):
        known = labels[:, i] >= 0
        if (labels[known, i] == 1).sum() >= 5:
            categories[category.value] = binary(labels[known, i] == 1, flags[known, i])
    strata = {}
    names = np.array([exp.data.corpus.strata[int(r)] for r in rows])
    if len(set(names)) > 1:
        for stratum in sorted(set(names)):
            part = names == stratum
            _, g, p = headline(task.source, labels[part], flags[part])
            strata[stratum] = binary(g, p)
    complete = len(analyzer_metrics) == len(parts)
    analyzer = mean_binary(analyzer_metrics) if complete else None
    per_fold = tuple(m.f1 for m in fold_metrics) if len(parts) > 1 else ()
    per_fold_analyzer = tuple(m.f1 for m in analyzer_metrics) if len(parts) > 1 and complete else ()
    return Result(
        task.source,
        task.protocol,
        name,
        mean_binary(fold_metrics),
        categories,
        strata,
        analyzer,
        per_fold,
        per_fold_analyzer,
    )
