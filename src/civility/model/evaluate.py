"""`civility evaluate` as a library call: every protocol of the model card, with the peer side by side."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from civility.model import external, peers
from civility.model.calibration import Reliability, reliability
from civility.model.corpus import COLUMNS, shared_data_dir
from civility.model.experiment import Experiment, Scored, headline
from civility.model.features import document_words, prepared_texts
from civility.model.fit import FitConfig, threshold_rule
from civility.model.metrics import Binary, binary
from civility.model.ngrams import Featurizer
from civility.model.persist import Artifact
from civility.model.protocols import Progress, Result, Task, cv_tasks, lodo_task, run, summarise
from civility.model.train import mapping_counts

CV_SETS = ("toxicr", "strudel", "sgid4se")
"""In-domain CV (the papers' protocols). VCU is scored by leave-one-dataset-out, per category."""


@dataclass
class Report:
    names: tuple[str, ...]
    folds: int
    seed: int
    rows: int
    cv: list[Result] = field(default_factory=list)
    lodo: list[Result] = field(default_factory=list)
    madlibs_fpr: dict[str, float] = field(default_factory=dict)
    madlibs_overall: float = 0.0
    spans: tuple[float, float, float, int] = (0.0, 0.0, 0.0, 0)
    peer: dict[str, Binary] = field(default_factory=dict)
    peer_madlibs: tuple[float, dict[str, float]] | None = None
    peer_note: str | None = None
    thresholds: dict[str, float] = field(default_factory=dict)
    mapping_counts: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    categories: tuple[str, ...] = tuple(c.value for c in COLUMNS)
    static_weight: float = 0.0
    static_heads: tuple[str, ...] = ()
    threshold_rule: str = "max F1"
    calibration: dict[str, tuple[Reliability, Reliability]] = field(default_factory=dict)
    """Per head: reliability of the refits' probabilities before and after Platt scaling, pooled over
    the in-domain CV test rows where the head's label is known."""


def evaluate(
    names: Sequence[str],
    folds: int,
    config: FitConfig,
    progress: Progress,
    quick: bool = False,
    jobs: int = 1,
) -> Report:
    """All protocols; `quick` runs CV on ToxiCR and LODO on two sets only (for the slow test)."""
    root = shared_data_dir()
    progress(f"encoding the training mix ({', '.join(names)})")
    exp = Experiment(names, config)
    seed = config.seed
    report = Report(
        tuple(names),
        folds,
        seed,
        len(exp.labels),
        static_weight=config.static_weight,
        static_heads=config.static_heads if config.uses_static else (),
        threshold_rule=threshold_rule(config),
    )
    report.mapping_counts = mapping_counts(exp.data.corpus)
    gold_spans = external.load_spans(root)

    def spans(exp: Experiment, artifact: Artifact, rows: np.ndarray) -> dict[str, set[int]]:
        out = {}
        for r in rows:
            text = exp.data.corpus.texts[int(r)]
            if text in gold_spans:
                words = [exp.data.counts.words[int(r)]]
                head = int(np.argmax(artifact.scorer.probabilities(words, exp.featurizer)[0]))
                out[text] = external.predicted_span(artifact, exp.featurizer, text, head)
        return out

    cv_sets = [s for s in CV_SETS if s in names][: 1 if quick else None]
    lodo_sets = [s for s in dict.fromkeys(names) if s != "seeds"][: 2 if quick else None]
    tasks = [t for s in cv_sets for t in cv_tasks(exp, s, folds, seed, spans=s == "toxicr")]
    tasks += [lodo_task(exp, s) for s in lodo_sets]
    progress(f"{len(tasks)} refits with {jobs} process(es), after one out-of-fold pass")
    done = run(exp, tasks, jobs, spans, progress)
    predicted: dict[str, set[int]] = {}
    groups: dict[tuple[str, str], list[tuple[Task, Scored]]] = {}
    for task, scored, found in done:
        predicted.update(found)
        groups.setdefault((task.protocol, task.source), []).append((task, scored))
    for (protocol, _), parts in groups.items():
        (report.lodo if protocol == "LODO" else report.cv).append(summarise(exp, parts))
    report.spans = external.span_scores(gold_spans, predicted)
    report.calibration = calibration_of(
        exp, [scored for (protocol, _), parts in groups.items() if protocol != "LODO" for _, scored in parts]
    )
    progress("madlibs: fitting on the whole mix")
    full = exp.fit(np.ones(len(exp.labels), dtype=bool))
    report.thresholds = {c.value: t for c, t in full.thresholds.items()}
    madlibs = external.load_madlibs(root)
    flags = _flag_texts(full, exp.featurizer, madlibs.phrases)
    report.madlibs_overall = float(flags.mean())
    report.madlibs_fpr = external.false_positive_rates(flags, madlibs.terms)
    _peer(report, exp, madlibs, progress)
    return report


def calibration_of(exp: Experiment, parts: Sequence[Scored]) -> dict[str, tuple[Reliability, Reliability]]:
    """Per head, (before, after) Platt scaling on the pooled test rows whose label for it is known."""
    calibrated = [s for s in parts if s.uncalibrated is not None]
    if not calibrated:
        return {}
    rows = np.concatenate([s.rows for s in calibrated])
    after = np.concatenate([s.probs for s in calibrated])
    before = np.concatenate([s.uncalibrated for s in calibrated])
    out = {}
    for column, category in enumerate(COLUMNS):
        y = exp.labels[rows, column]
        known = y >= 0
        if (y[known] == 1).sum() >= 5:
            gold = y[known] == 1
            out[category.value] = (
                reliability(gold, before[known, column]),
                reliability(gold, after[known, column]),
            )
    return out


def _flag_texts(artifact: Artifact, featurizer: Featurizer, texts: list[str]) -> np.ndarray:
    probs = artifact.scorer.probabilities(document_words(prepared_texts(texts)), featurizer)
    cuts = np.array([artifact.thresholds[c] for c in COLUMNS])
    return np.asarray((probs >= cuts).any(axis=1))


def _peer(report: Report, exp: Experiment, madlibs: external.Madlibs, progress: Progress) -> None:
    report.peer_note = peers.unavailable_reason()
    if report.peer_note:
        return
    progress(f"{peers.PEER}: scoring the same texts")
    sets = [r.source for r in report.cv] + [r.source for r in report.lodo]
    for source in dict.fromkeys(sets):
        rows = np.flatnonzero(exp.mask(source))
        flags = peers.peer_scores([exp.data.corpus.texts[int(r)] for r in rows]) >= 0.5
        every = np.repeat(flags[:, None], len(COLUMNS), axis=1)
        _task, gold, pred = headline(source, exp.labels[rows], every)
        report.peer[source] = binary(gold, pred)
    flags = peers.peer_scores(madlibs.phrases) >= 0.5
    report.peer_madlibs = (float(flags.mean()), external.false_positive_rates(flags, madlibs.terms))


def default_root() -> Path:
    return shared_data_dir()
