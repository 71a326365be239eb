"""Held-out GitHub issue threads: the shipped analyzer, end to end, on STRUDEL's labelled test issues.

Every other labelled set is in the training mix, so the model card measures them by cross-validation
or by leaving the set out of a refit. STRUDEL's `labeled_test_issues.csv` (193 whole issues, the
authors' test set) is never trained on: it is the one place to see what a moderator gets from the
product as shipped (model, rule detectors, context filters, second look, shipped thresholds) on
conversations nobody tuned it on. Protocol (printed with the numbers):

- The issues whose comments are in the training mix (`train_comments.csv` rows of the same issue)
  are left out, so every scored thread is unseen.
- The text is the title, a blank line and STRUDEL's `total_text` (the thread's comments joined;
  markdown fences are gone from it, so code and logs are not masked as they would be in an export).
- A thread counts as flagged when the analyzer flags any of the five model categories; private
  information is not toxicity in STRUDEL's sense and does not count.
- Beside it, on the same text: alt-profanity-check at its default 0.5, and the Perspective
  TOXICITY score STRUDEL stored with each issue at 0.5 (computed by the authors in 2020, not rerun).
  Average precision of each score ranks the threads without any threshold.
- Half the threads are labelled toxic, so flagging every thread is printed as the floor: F1 and
  average precision mean something here only above it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score

from civility.model import peers
from civility.model.metrics import Binary, binary
from civility.types import MODEL_CATEGORIES, Assessment

FOLDER = Path("strudel-github-toxicity")
TOXIC = MODEL_CATEGORIES
"""A thread flagged for any of the model's categories counts as toxic (private_info does not)."""
Assess = Callable[[list[str]], list[Assessment]]


@dataclass(frozen=True)
class Threads:
    """The held-out test issues: text, gold label and the stored Perspective score of each."""

    ids: tuple[str, ...]
    texts: tuple[str, ...]
    toxic: np.ndarray
    perspective: np.ndarray
    excluded: int
    """Test issues left out because comments of the same issue are in the training mix."""


@dataclass(frozen=True)
class Side:
    """One scorer on the threads: flags at its cut and the average precision of its scores."""

    name: str
    metrics: Binary
    average_precision: float
    priority_average_precision: float | None = None
    """civility only: average precision of the triage queue's order (severity x score over flagged
    categories, then unflagged threads by their highest score)."""


@dataclass(frozen=True)
class ThreadsReport:
    threads: int
    positives: int
    excluded: int
    sides: tuple[Side, ...]
    flagged_by_category: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Category -> (threads flagged, of which labelled toxic)."""
    peer_note: str | None = None
    model: str | None = None
    """The model file scored with, when not the shipped one (`civility evaluate --model`)."""


def issue_key(comment_id: str) -> str:
    """STRUDEL comment ids are `repo/owner/issue/comment`; an issue id is the first three parts."""
    return "/".join(str(comment_id).split("/")[:3])


def load_threads(root: Path) -> Threads:
    """The test issues of STRUDEL whose comments are not among the training comments."""
    folder = root / FOLDER
    trained = {issue_key(i) for i in pd.read_csv(folder / "train_comments.csv", usecols=["_id"])["_id"]}
    frame = pd.read_csv(folder / "labeled_test_issues.csv", keep_default_na=False)
    unseen = frame[~frame["_id"].isin(trained)]
    texts = tuple(f"{title}\n\n{body}" for title, body in zip(unseen.title, unseen.total_text, strict=True))
    perspective = pd.to_numeric(unseen.perspective_score, errors="coerce").fillna(0.0).to_numpy()
    return Threads(
        ids=tuple(unseen["_id"]),
        texts=texts,
        toxic=(unseen.toxicity == "y").to_numpy(),
        perspective=perspective,
        excluded=len(frame) - len(unseen),
    )


def evaluate_threads(
    threads: Threads, assess: Assess, without_filters: Assess | None = None, model: str | None = None
) -> ThreadsReport:
    """Score the threads with `assess` (and optionally a variant without context filters) and peers;
    `model` names the model file `assess` uses when it is not the shipped one."""
    texts = list(threads.texts)
    assessments = assess(texts)
    name = "civility (shipped analyzer)" if model is None else f"civility (analyzer with {model})"
    sides = [_civility_side(name, assessments, threads.toxic)]
    if without_filters is not None:
        sides.append(
            _civility_side("civility without context filters", without_filters(texts), threads.toxic)
        )
    note = peers.unavailable_reason()
    if note is None:
        sides.append(_score_side(peers.PEER + " (0.5)", peers.peer_scores(texts), threads.toxic))
    sides.append(_score_side("Perspective TOXICITY, stored (0.5)", threads.perspective, threads.toxic))
    sides.append(_score_side("every thread flagged (the floor)", np.ones(len(texts)), threads.toxic))
    by_category = {}
    for category in TOXIC:
        flagged = np.array([category in a.flagged for a in assessments])
        by_category[category.value] = (int(flagged.sum()), int((flagged & threads.toxic).sum()))
    return ThreadsReport(
        len(texts), int(threads.toxic.sum()), threads.excluded, tuple(sides), by_category, note, model
    )


def ranking_scores(assessments: list[Assessment]) -> tuple[np.ndarray, np.ndarray]:
    """Per thread: its highest model-category score, and a key in the triage queue's order (severity x
    score over flagged categories, unflagged threads after flagged ones by their highest score)."""
    highest = np.array([max(a.scores.get(c, 0.0) for c in TOXIC) for a in assessments])
    return highest, np.array([a.priority for a in assessments]) + 1e-3 * highest


def _civility_side(name: str, assessments: list[Assessment], gold: np.ndarray) -> Side:
    flags = np.array([bool(a.flagged & set(TOXIC)) for a in assessments])
    highest, queue = ranking_scores(assessments)
    return Side(
        name,
        binary(gold, flags),
        float(average_precision_score(gold, highest)),
        float(average_precision_score(gold, queue)),
    )


def _score_side(name: str, scores: np.ndarray, gold: np.ndarray) -> Side:
    return Side(name, binary(gold, scores >= 0.5), float(average_precision_score(gold, scores)))


def _queue(side: Side) -> str:
    return "–" if side.priority_average_precision is None else f"{side.priority_average_precision:.3f}"


def markdown(report: ThreadsReport) -> str:
    """The protocol and the table, for the terminal and the model card."""
    scored_by = (
        "the shipped analyzer (model, rules, filters, second look, shipped thresholds)"
        if report.model is None
        else f"the analyzer with the model {report.model} (its thresholds; rules, filters, second look)"
    )
    lines = [
        "### Held-out GitHub issue threads (STRUDEL's labelled test issues, never trained on)",
        f"- {report.threads} whole issues ({report.positives} labelled toxic); {report.excluded} test issues "
        "left out because comments of the same issue are in the training mix.",
        "- Text: title, blank line, STRUDEL's `total_text` (comments joined, markdown fences gone). "
        f"Scored by {scored_by}; a "
        "thread is flagged when any of insult, identity_attack, harassment, sexual, profanity is.",
        "- Peers on the same text at 0.5; Perspective is the score STRUDEL stored in 2020. AP: average "
        "precision of each scorer's score (civility: the highest of the five categories), no threshold; "
        "AP (queue order): civility's triage order, severity x score over flagged categories (private "
        "information included), then unflagged threads by their highest score. Half the threads are "
        "toxic: the last row, every thread flagged, is the floor.",
        "",
        "| scorer | F1 | P | R | acc | n (pos) | AP | AP (queue order) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    lines += [
        f"| {s.name} | {s.metrics.row()} | {s.average_precision:.3f} | {_queue(s)} |" for s in report.sides
    ]
    flagged = ", ".join(f"{c} {n} ({tp} toxic)" for c, (n, tp) in report.flagged_by_category.items())
    lines += ["", f"Threads flagged per category (of which labelled toxic): {flagged}."]
    if report.peer_note:
        lines += ["", f"Note: {report.peer_note}."]
    return "\n".join(lines) + "\n"
