"""Evaluate private-information detection: span recognition on the Presidio synthetic set, doxxing on the
SE-context set. Run `python -m civility.evaluation.private_info` (see `--help`).

Protocol (printed with the numbers):
- Presidio set: every sentence, span level, *recognition only* (intent is not labelled there). A gold
  span counts as found when a predicted span of the same entity type overlaps it by at least one
  character; a predicted span is correct when it overlaps a gold span of its type (partial match, as
  in SemEval-2013 task 9). Exact-boundary numbers are printed too. Presidio's ZIP_CODE spans count as
  part of street_address (a postcode is an address part); other Presidio types are out of scope.
- Real developer comments (STRUDEL, VCU, ToxiCR, SGID4SE texts in ../shared/data; none is about
  doxxing as far as their labels go): how many values were recognized and how many messages flagged.
  Only counts are printed, never the text.
- SE-context set: a message is flagged when its `private_info` score reaches the threshold; precision
  and recall of `doxxing`, and the number of flags per hard-negative class (the goal is zero).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from civility.detectors.private_info import DEFAULT_THRESHOLD, analyze, recognize
from civility.errors import InputError
from civility.evaluation import SpanScore, score_spans
from civility.preprocess import prepare

PRESIDIO_TYPES = {
    "EMAIL_ADDRESS": "email", "PHONE_NUMBER": "phone", "STREET_ADDRESS": "street_address",
    "ZIP_CODE": "street_address", "CREDIT_CARD": "payment_card", "US_SSN": "government_id",
    "IP_ADDRESS": "ip_address",
}  # fmt: skip
REPO = Path(__file__).resolve().parents[3]
DEFAULT_PRESIDIO = REPO.parent / "shared" / "data" / "presidio-synth-pii" / "synth_dataset_v2.json"
DEFAULT_SE = REPO / "tests" / "data" / "private_info" / "se_context.jsonl"
#: Written after the rules were frozen; never used to change them.
DEFAULT_SE_HOLDOUT = DEFAULT_SE.with_name("se_context_holdout.jsonl")
RESERVED_DECISION = (
    "Reserved values (example.com, 555-01xx, documentation IPs) are vetoed unless a strong doxxing cue "
    "(third-person possession/location, call to action, leaking language) is present, so the SE set can "
    "use only reserved values and still contain detectable doxxing."
)
Gold = tuple[str, int, int]


@dataclass(frozen=True)
class ContextResult:
    """Message-level results on the SE-context set."""

    messages: int
    precision: float
    recall: float
    flags_by_class: tuple[tuple[str, int, int], ...]
    """(class, flagged, total) for every class; hard-negative classes should have 0 flagged."""
    threshold: float
    reserved_veto: bool
    """Whether the reserved-value rule was on (off measures the other rules alone)."""


@dataclass(frozen=True)
class RealTextResult:
    """Flags on real developer comments, where every flag is a candidate false alarm to read."""

    messages: int
    recognized: tuple[tuple[str, int], ...]
    """(entity, values recognized before context) — what a context-free PII scanner would report."""
    flagged: int
    rules: tuple[tuple[str, int], ...]
    """(context rule, count) over every recognized value."""


@dataclass(frozen=True)
class PrivateInfoEvaluation:
    presidio: tuple[SpanScore, ...]
    presidio_texts: int
    presidio_seconds: float
    se: ContextResult | None
    se_without_reserved_veto: ContextResult | None
    real: RealTextResult | None = None
    se_holdout: ContextResult | None = None


def load_presidio(path: Path) -> list[tuple[str, list[Gold]]]:
    """(text, gold spans) with Presidio's types mapped onto ours; other types dropped."""
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: cannot read the Presidio set ({exc}); pass --presidio PATH") from None
    return [
        (row["full_text"], [(PRESIDIO_TYPES[s["entity_type"]], s["start_position"], s["end_position"])
                            for s in row["spans"] if s["entity_type"] in PRESIDIO_TYPES])
        for row in rows
    ]  # fmt: skip


def load_se(path: Path) -> list[dict[str, object]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}: not JSON ({exc}); fix the line") from None
    return rows


def evaluate_presidio(
    path: Path = DEFAULT_PRESIDIO, threshold: float = DEFAULT_THRESHOLD
) -> tuple[SpanScore, ...]:
    data = load_presidio(path)
    predicted = [[(c.entity, c.start, c.end) for c in recognize(text, threshold)] for text, _ in data]
    return score_spans([gold for _, gold in data], predicted)


def evaluate_se(
    path: Path = DEFAULT_SE, threshold: float = DEFAULT_THRESHOLD, reserved_veto: bool = True
) -> ContextResult:
    rows = load_se(path)
    counts: dict[str, list[int]] = {}
    tp = fp = fn = 0
    for row in rows:
        text, label, cls = str(row["text"]), row["label"], str(row["class"])
        flagged = any(s.score >= threshold for s in analyze(text, prepare(text).masked, reserved_veto))
        tp, fp, fn = (
            tp + (flagged and label == "doxxing"),
            fp + (flagged and label != "doxxing"),
            fn + (not flagged and label == "doxxing"),
        )
        counts.setdefault(f"{label}/{cls}", [0, 0])
        counts[f"{label}/{cls}"][0] += flagged
        counts[f"{label}/{cls}"][1] += 1
    by_class = tuple((k, v[0], v[1]) for k, v in sorted(counts.items()))
    return ContextResult(
        len(rows), _ratio(tp, tp + fp), _ratio(tp, tp + fn), by_class, threshold, reserved_veto
    )


REAL_TEXTS = (
    ("strudel-github-toxicity/train_comments.csv", "text"),
    ("vcu-github-incivility/annotated_comment_level.csv", "comment_body"),
    ("toxicr/code-review-dataset-full.csv", "message"),
    ("sgid4se/SGID-dataset-full.csv", "message"),
)


def evaluate_real(shared: Path, threshold: float = DEFAULT_THRESHOLD) -> RealTextResult:
    """Counts over the real developer comments found under `shared` (missing files are skipped)."""
    import pandas as pd

    texts: list[str] = []
    for name, column in REAL_TEXTS:
        if (shared / name).is_file():
            texts += pd.read_csv(shared / name, usecols=[column])[column].dropna().astype(str).tolist()
    recognized: dict[str, int] = {}
    rules: dict[str, int] = {}
    flagged = 0
    for text in texts:
        scored = analyze(text, prepare(text).masked)
        for s in scored:
            recognized[s.candidate.entity] = recognized.get(s.candidate.entity, 0) + 1
            rules[s.verdict.rule] = rules.get(s.verdict.rule, 0) + 1
        flagged += any(s.score >= threshold for s in scored)
    ordered = sorted(rules.items(), key=lambda kv: -kv[1])
    return RealTextResult(len(texts), tuple(sorted(recognized.items())), flagged, tuple(ordered))


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def evaluate(
    presidio: Path | None = DEFAULT_PRESIDIO, se: Path | None = DEFAULT_SE, shared: Path | None = None
) -> PrivateInfoEvaluation:
    """All evaluations; a `None` path (or a missing Presidio file) skips that part."""
    started = time.perf_counter()
    spans = evaluate_presidio(presidio) if presidio is not None and presidio.is_file() else ()
    seconds = time.perf_counter() - started
    texts = len(load_presidio(presidio)) if spans and presidio is not None else 0
    with_veto = evaluate_se(se) if se is not None else None
    without = evaluate_se(se, reserved_veto=False) if se is not None else None
    real = evaluate_real(shared) if shared is not None and shared.is_dir() else None
    holdout = evaluate_se(DEFAULT_SE_HOLDOUT) if se == DEFAULT_SE and DEFAULT_SE_HOLDOUT.is_file() else None
    return PrivateInfoEvaluation(spans, texts, seconds, with_veto, without, real, holdout)


def render(result: PrivateInfoEvaluation) -> Iterable[str]:
    yield __doc__.split("Protocol", 1)[1].split("\n", 1)[1].rstrip() if __doc__ else ""
    yield f"- {RESERVED_DECISION}"
    if result.presidio:
        rate = result.presidio_texts / max(result.presidio_seconds, 1e-9)
        yield f"\nPresidio synthetic set: {result.presidio_texts} texts, {rate:,.0f} texts/s (recognition)"
        yield "| entity | gold | predicted | precision | recall | F1 | exact P | exact R |"
        yield "| --- | --- | --- | --- | --- | --- | --- | --- |"
        for s in result.presidio:
            numbers = (s.precision, s.recall, s.f1, s.exact_precision, s.exact_recall)
            yield (
                f"| {s.entity} | {s.gold} | {s.predicted} | " + " | ".join(f"{n:.3f}" for n in numbers) + " |"
            )
    if result.real is not None:
        real = result.real
        yield f"\nReal developer comments: {real.messages} messages, {real.flagged} flagged"
        yield "recognized before context: " + ", ".join(f"{e} {n}" for e, n in real.recognized)
        yield "context rules applied: " + ", ".join(f"{r} {n}" for r, n in real.rules)
    se, off = result.se, result.se_without_reserved_veto
    if se is not None and off is not None:
        yield f"\nSE-context set: {se.messages} messages, threshold {se.threshold}"
        yield f"doxxing precision {se.precision:.3f}, recall {se.recall:.3f}"
        yield f"(reserved-value rule off: precision {off.precision:.3f}, recall {off.recall:.3f})"
        yield "| class | flagged | flagged, reserved-value rule off | total |\n| --- | --- | --- | --- |"
        for (cls, flagged, total), (_, flagged_off, _) in zip(
            se.flags_by_class, off.flags_by_class, strict=True
        ):
            yield f"| {cls} | {flagged} | {flagged_off} | {total} |"
    if result.se_holdout is not None:
        held = result.se_holdout
        negatives = sum(f for c, f, _ in held.flags_by_class if c.startswith("negative/"))
        yield f"\nSE-context held-out set (written after the rules were frozen): {held.messages} messages"
        yield f"doxxing precision {held.precision:.3f}, recall {held.recall:.3f}"
        yield f"hard negatives flagged: {negatives}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m civility.evaluation.private_info", description=__doc__)
    parser.add_argument("--presidio", type=Path, default=DEFAULT_PRESIDIO, help="synth_dataset_v2.json")
    parser.add_argument("--se", type=Path, default=DEFAULT_SE, help="SE-context JSONL set")
    parser.add_argument(
        "--real", type=Path, default=None, help="../shared/data: count flags on real comments"
    )
    args = parser.parse_args(argv)
    for line in render(evaluate(args.presidio, args.se, args.real)):
        sys.stdout.write(line + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
