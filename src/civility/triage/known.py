"""Compare a scan with a baseline: which flagged findings are new, and how the baseline changes.

Status of a message: `new` when any of its flagged findings is not in the baseline, else the most
pressing verdict among them: `unreviewed`, then `confirmed`, then `dismissed`. Dismissed messages
leave the queue (a human already decided); their count stays in the report.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from civility.baseline import Baseline, Entry, load, now
from civility.errors import BaselineError
from civility.triage.fingerprint import Keyed, file_key, keyed, source_key
from civility.triage.report import Report
from civility.types import Assessment

_ORDER = ("new", "unreviewed", "confirmed", "dismissed")


def status(baseline: Baseline, assessment: Assessment) -> str:
    verdicts = []
    for key in keyed(assessment):
        entry = baseline.get(key.fingerprint)
        verdicts.append(entry.verdict if entry else "new")
    return min(verdicts, key=_ORDER.index, default="new")


def new_findings(baseline: Baseline, items: Iterable[Assessment]) -> list[Keyed]:
    return [k for a in items for k in keyed(a) if baseline.get(k.fingerprint) is None]


def check_files(baseline: Baseline, files: Iterable[str], path: Path) -> None:
    """BaselineError when the baseline lists files and none of `files` is among them."""
    names = {file_key(f, path.parent) for f in files}
    if baseline.files and names and not names & set(baseline.files):
        raise BaselineError(
            f"{path}: this baseline was made for other export files; pass the baseline of these files, "
            "or add them with --update-baseline"
        )


def apply_baseline(report: Report, baseline: Baseline) -> Report:
    """`report` with a status per message and dismissed messages taken out of the queue."""
    statuses = {a.message.id: status(baseline, a) for a in report.items}
    shown = tuple(a for a in report.items if statuses[a.message.id] != "dismissed")
    return replace(report, items=shown, status=statuses, dismissed=len(report.items) - len(shown))


def updated(
    baseline: Baseline,
    items: Sequence[Assessment],
    files: Iterable[str],
    detectors: Sequence[str] = (),
    filters: Sequence[str] = (),
    when: str | None = None,
    root: Path | None = None,
) -> Baseline:
    """New findings added as `unreviewed`; entries of the scanned files that are no longer found dropped."""
    when = when or now()
    scanned = {file_key(f, root) for f in files}
    current = {k.fingerprint: k for a in items for k in keyed(a)}
    kept = [e for e in baseline.entries if e.fingerprint in current or e.file not in scanned]
    known = {e.fingerprint for e in kept}
    added = [_entry(k, when, root) for fp, k in current.items() if fp not in known]
    return replace(
        baseline,
        entries=(*kept, *added),
        files=tuple(sorted(set(baseline.files) | scanned)),
        detectors=tuple(detectors) or baseline.detectors,
        filters=tuple(filters) or baseline.filters,
        updated_at=when,
    )


def load_or_empty(path: Path) -> Baseline:
    return load(path) if path.exists() else Baseline()


def _entry(key: Keyed, when: str, root: Path | None) -> Entry:
    message = key.assessment.message
    return Entry(
        key.fingerprint,
        key.category.value,
        message.id,
        message.thread,
        source_key(key.assessment, root),
        added_at=when,
    )


def for_scan(
    report: Report,
    path: Path,
    *,
    update: bool,
    files: Iterable[str],
    detectors: Sequence[str] = (),
    filters: Sequence[str] = (),
) -> Report:
    """`scan --baseline PATH [--update-baseline]`: statuses against the baseline, updating it if asked.

    Without `update` a missing baseline is an error (a typo must not look like "everything is new").
    With it, the baseline is created or rewritten (previous file kept as `.bak`), and the report
    compares against the baseline as it was before the update, so new findings still show as new.
    """
    from civility.baseline import save

    before = load_or_empty(path) if update else load(path)
    files = list(files)
    if not update:
        check_files(before, files, path)
    else:
        save(updated(before, report.items, files, detectors, filters, root=path.parent), path, backup=True)
    return apply_baseline(report, before)


FILTERS = ("masked_span", "inline_ignore", "allowlist")


def detectors_run(disabled: Iterable[str]) -> list[str]:
    """Names of the default detectors a configuration runs, for the baseline's record."""
    from civility.detectors.registry import DETECTOR_NAMES

    return [d for d in DETECTOR_NAMES if d not in set(disabled)]
