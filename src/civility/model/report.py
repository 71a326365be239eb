"""The evaluation report as Markdown: the protocol first, then the numbers, the peer beside ours."""

from __future__ import annotations

import statistics

from civility.model.evaluate import Report
from civility.model.metrics import Binary
from civility.model.peers import PEER
from civility.model.protocols import Result

GOALS = {"toxicr": "F1 ≥ 0.92", "strudel": "F1 ≥ 0.70", "sgid4se": "F1 ≥ 0.85"}
HEAD = "| set | task | F1 | P | R | acc | n (pos) |"
ANALYZER = "whole analyzer F1 / P / R"


def _peer_cell(report: Report, source: str) -> str:
    peer = report.peer.get(source)
    return f"{peer.f1:.3f} / {peer.precision:.3f} / {peer.recall:.3f}" if peer else "n/a"


def _analyzer_cell(result: Result) -> str:
    m = result.analyzer
    return f"{m.f1:.3f} / {m.precision:.3f} / {m.recall:.3f}" if m else "n/a"


def _line(source: str, task: str, m: Binary, extra: str = "") -> str:
    return f"| {source} | {task} | {m.row()} |{extra}"


def protocol(report: Report) -> list[str]:
    return [
        "### Protocol",
        f"- Training mix: {', '.join(report.names)} ({report.rows:,} texts), seed {report.seed}"
        + (
            f"; static-embedding share of the log-odds {report.static_weight:g} on "
            f"{', '.join(report.static_heads)}."
            if report.static_weight and report.static_heads
            else "."
        ),
        f"- In-domain CV of a set: {report.folds}-fold stratified (seeded) on that set's binary label; "
        "each fold trains on the whole training mix minus that fold and tests on the fold (fold means).",
        "- LODO (leave one dataset out): train on the mix without the set, test on all of it.",
        "- Thresholds: 3-fold out-of-fold scores of the whole mix are computed once; every refit picks "
        f"its per-category thresholds ({report.threshold_rule}, developer-talk rows when they "
        "hold ≥ 20 positives) on "
        "those scores restricted to its own training rows, so no threshold is chosen on a test row. "
        "Calibration (Platt scaling per category) is fitted on the same scores and rows, and each cut is "
        "carried onto the calibrated scale, so calibration changes scores, not flags.",
        "- A binary-labelled text counts as flagged when any category reaches its threshold (SGID4SE: "
        "sexual or identity_attack; HateXplain: identity_attack, its hate-speech task). Gold labels come "
        "from the mapping in this card.",
        '- Model columns (F1, P, R, acc) are the classifier alone. The column "whole analyzer" runs '
        "`civility scan`'s default analyzer (phrase rules, context filters, second look) with the same "
        "refit as its model on the same test rows; the filters and rules were written by people who read "
        "rows of these sets, so it is the product's number on them, not an untouched estimate.",
        f"- {PEER} runs in its own venv on the raw text of the same sets at its default 0.5 cut; it is "
        "pre-trained, so its numbers are on all rows (no folds). Cells show F1 / P / R.",
    ]


def counts(report: Report) -> list[str]:
    head = "| source | " + " | ".join(report.categories) + " |"
    out = [
        "### Training data: positives / negatives per category after the mapping",
        "",
        head,
        "|" + " --- |" * (len(report.categories) + 1),
    ]
    for source, per in report.mapping_counts.items():
        cells = " | ".join(
            f"{per[c][0]:,} / {per[c][1]:,}" if sum(per[c]) else "–" for c in report.categories
        )
        out.append(f"| {source} | {cells} |")
    return [*out, ""]


def markdown(report: Report) -> str:
    out = counts(report) + protocol(report) + in_domain(report)
    out += ["", "Strata and categories (pooled over the CV folds):", "", HEAD, "|" + " --- |" * 7]
    for r in report.cv:
        for name, m in r.strata.items():
            out.append(_line(f"{r.source} · stratum {name}", r.task, m))
        for name, m in r.categories.items():
            out.append(_line(f"{r.source} · {name}", "category", m))
    p, rc, f, n = report.spans
    out += [
        "",
        "### Evidence spans (ToxiSpanSE, toxic code-review comments, same CV folds as ToxiCR)",
        f"Character-level span F1 {f:.3f} (P {p:.3f}, R {rc:.3f}) over {n} toxic texts; ToxiSpanSE's "
        "RoBERTa reports 0.881 (their 10-fold CV). alt-profanity-check gives no spans.",
    ]
    out += [
        "",
        "### Leave one dataset out",
        HEAD[:-1] + f"| {ANALYZER} | {PEER} | per category F1 |",
        "|" + " --- |" * 10,
    ]
    for r in report.lodo:
        cats = ", ".join(f"{k} {m.f1:.2f}" for k, m in r.categories.items())
        extra = f" {_analyzer_cell(r)} | {_peer_cell(report, r.source)} | {cats} |"
        out.append(_line(r.source, r.task, r.overall, extra))
    out += calibration(report)
    out += madlibs(report)
    shown = ", ".join(f"{k} {v:.2f}" for k, v in report.thresholds.items())
    out += ["", f"Thresholds of the model fitted on the whole mix: {shown}."]
    if report.peer_note:
        out += ["", f"Note: {report.peer_note}."]
    return "\n".join(out) + "\n"


def in_domain(report: Report) -> list[str]:
    """The in-domain CV table (fold means, whole analyzer, peer, goal) and each fold's F1 under it."""
    out = ["", "### In-domain cross-validation", HEAD[:-1] + f"| {ANALYZER} | {PEER} | goal |"]
    out[-1] += "\n|" + " --- |" * 10
    for r in report.cv:
        extra = f" {_analyzer_cell(r)} | {_peer_cell(report, r.source)} | {GOALS.get(r.source, '')} |"
        out.append(_line(r.source, r.task, r.overall, extra))
    return out + fold_spread(report)


def _folds(values: tuple[float, ...]) -> str:
    return " ".join(f"{v:.3f}" for v in values) if values else "n/a"


def fold_spread(report: Report) -> list[str]:
    """Each fold's headline F1, so a change of a fold mean can be read against the folds' own spread."""
    rows = [r for r in report.cv if r.fold_f1]
    if not rows:
        return []
    out = [
        "",
        "Fold to fold (headline F1 of each fold in fold order; the same folds in every run with this seed, "
        "so two models can be compared fold by fold):",
        "",
        "| set | model F1 per fold | min – max | sd | whole analyzer F1 per fold |",
        "|" + " --- |" * 5,
    ]
    for r in rows:
        spread = f"{min(r.fold_f1):.3f} – {max(r.fold_f1):.3f} | {statistics.pstdev(r.fold_f1):.3f}"
        out.append(f"| {r.source} | {_folds(r.fold_f1)} | {spread} | {_folds(r.fold_analyzer_f1)} |")
    return out


def calibration(report: Report) -> list[str]:
    """Whether a score reads as a probability: Brier score and calibration error, raw and calibrated."""
    if not report.calibration:
        return []
    out = [
        "",
        "### Calibration (the same in-domain CV test rows, pooled; rows where the category is labelled)",
        "Each refit's Platt scaling is fitted on its own training rows' out-of-fold scores (see the "
        "protocol); it does not change any flag. Brier: mean squared error of the probability; ECE: "
        "row-weighted gap between mean probability and positive rate over 10 equal-width bins (lower is "
        "better for both). The rows are ToxiCR, STRUDEL and SGID4SE test folds, whose positive rates are "
        "far above a typical project's, so a probability is relative to such a mix.",
        "",
        "| category | rows (pos) | mean score raw / calibrated | positive rate | Brier raw / calibrated "
        "| ECE raw / calibrated |",
        "|" + " --- |" * 6,
    ]
    for name, (before, after) in report.calibration.items():
        out.append(
            f"| {name} | {before.rows:,} ({before.positives:,}) | {before.mean_probability:.3f} / "
            f"{after.mean_probability:.3f} | {before.positive_rate:.3f} | {before.brier:.4f} / "
            f"{after.brier:.4f} | {before.ece:.4f} / {after.ece:.4f} |"
        )
    return out


def madlibs(report: Report) -> list[str]:
    worst = sorted(report.madlibs_fpr.items(), key=lambda kv: -kv[1])
    peer_overall = f"{report.peer_madlibs[0]:.1%}" if report.peer_madlibs else "n/a"
    out = [
        "",
        "### Jigsaw bias madlibs (non-toxic identity templates; never trained on)",
        f"False-positive rate overall {report.madlibs_overall:.1%} (goal ≤ 2%); {PEER} {peer_overall}.",
        f"Terms above 5%: {sum(v > 0.05 for v in report.madlibs_fpr.values())} of {len(report.madlibs_fpr)}.",
        "",
        f"| term | FPR | {PEER} FPR |",
        "| --- | --- | --- |",
    ]
    peer_terms = report.peer_madlibs[1] if report.peer_madlibs else {}
    for term, rate in worst[:12]:
        peer = f"{peer_terms[term]:.1%}" if term in peer_terms else "n/a"
        out.append(f"| {term} | {rate:.1%} | {peer} |")
    return out
