"""The pre-commit entry point: fail a commit that adds flagged messages no human has seen yet.

Semantics (after detect-secrets' hook), for the export files pre-commit passes:
- exit 0: every flagged finding is already in the baseline (any verdict) -- nothing new;
- exit 1: new findings, printed as a short ranked list (redacted). The baseline is NOT changed: a
  human runs `civility review BASELINE --export FILE...` (adds them and asks confirm / dismiss),
  stages the baseline, and commits again;
- exit 3: nothing new, but the baseline was rewritten because findings it lists for these files are
  gone (the comments were removed or edited): stage the baseline (`git add`) and commit again;
- exit 2: bad input (a file that is not a readable export, a corrupt or future-version baseline).
With `--fail-on-unreviewed`, findings in the baseline that nobody reviewed yet also exit 1.
A missing baseline is an empty one; the hook never creates it for clean files.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from civility.baseline import save
from civility.config import Config
from civility.errors import InputError
from civility.triage.evidence import context, excerpt
from civility.triage.fingerprint import Keyed, file_key, keyed
from civility.triage.known import load_or_empty
from civility.triage.report import rank
from civility.triage.view import printable
from civility.types import Assessment, Skipped

EXIT_OK, EXIT_NEW, EXIT_BASELINE_UPDATED = 0, 1, 3
DEFAULT_BASELINE = ".civility-baseline.json"
SHOWN = 20


def run_hook(
    files: Sequence[str], baseline_path: Path, config: Config, out: TextIO, fail_on_unreviewed: bool = False
) -> int:
    baseline = load_or_empty(baseline_path)
    flagged = rank(_scan(files, config))
    keys = [k for a in flagged for k in keyed(a)]
    new = [k for k in keys if baseline.get(k.fingerprint) is None]
    waiting = [
        k for k in keys if (e := baseline.get(k.fingerprint)) is not None and e.verdict == "unreviewed"
    ]
    if new or (fail_on_unreviewed and waiting):
        _report(new, waiting if fail_on_unreviewed else [], files, baseline_path, out)
        return EXIT_NEW
    scanned = {file_key(f, baseline_path.parent) for f in files}
    current = {k.fingerprint for k in keys}
    kept = tuple(e for e in baseline.entries if e.fingerprint in current or e.file not in scanned)
    if baseline_path.exists() and len(kept) != len(baseline.entries):
        save(replace(baseline, entries=kept, updated_at=None), baseline_path)
        gone = len(baseline.entries) - len(kept)
        out.write(
            f"civility: {gone} finding(s) in the baseline are no longer in {', '.join(files)}; "
            f"{_relative(baseline_path)} was updated: stage it (git add {_relative(baseline_path)}) "
            "and commit again\n"
        )
        return EXIT_BASELINE_UPDATED
    return EXIT_OK


def check_exports(files: Sequence[str]) -> None:
    """InputError for a file that is not a discussion export: unreadable, or not one record has text.

    Runs before the model loads; reading stops at each file's first message."""
    from civility.exports import read_messages

    for path in files:
        problem = None
        for item in read_messages(path):
            if not isinstance(item, Skipped):
                problem = None
                break
            problem = problem or item.reason
        if problem is not None:
            raise InputError(f"{path} is not a discussion export civility can read: {problem}")


def _scan(files: Sequence[str], config: Config) -> list[Assessment]:
    from civility.engine import scan

    check_exports(files)
    results = scan(list(files), config=config)
    return [item for item in results if isinstance(item, Assessment) and item.flagged]


def _report(new: list[Keyed], waiting: list[Keyed], files: Sequence[str], path: Path, out: TextIO) -> None:
    shown_path = _relative(path)
    for title, found in (("new", new), ("unreviewed", waiting)):
        if not found:
            continue
        out.write(f"civility: {len(found)} {title} finding(s) for a human to review:\n")
        for n, key in enumerate(found[:SHOWN], 1):
            out.write(f"  {n}. {printable(_line(key))}\n")
        if len(found) > SHOWN:
            out.write(f"  ... and {len(found) - SHOWN} more\n")
    out.write(
        f"civility: review them with `civility review {shown_path} --export {' '.join(files)}`, "
        f"then `git add {shown_path}` and commit again\n"
    )


def _relative(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def _line(key: Keyed) -> str:
    a = key.assessment
    m = a.message
    where = " ".join(
        x
        for x in (
            str(m.source) if m.source else None,
            f"#{m.thread}" if m.thread else None,
            f"@{m.author}" if m.author else None,
        )
        if x
    )
    shown = context(a, key.finding, 40) if key.finding else " ".join(excerpt(a, 0, 400).split())[:80]
    return f"{key.category.value} {a.scores.get(key.category, 0.0):.2f}  {where}  {shown}"
