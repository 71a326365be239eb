"""The baseline: reviewed findings as fingerprints and human verdicts, never the text or evidence.

    {"version": 1, "generated_by": "civility 0.1.0", "updated_at": "...",
     "detectors": ["model", "private_info"], "filters": ["masked_span", "code_identifier", ..., "groan"],
     "files": ["<sha256 of an export's name: its path relative to the baseline's folder>", ...],
     "findings": [{"fingerprint": "<sha256>", "category": "insult", "message_id": "1001", "thread": "12",
                   "file": "<sha256 of the export's name>", "verdict": "unreviewed", "note": null,
                   "added_at": "...", "reviewed_at": null}, ...]}

`filters` lists the filters the scan ran, in order (`civility.filters.registry.active_filter_names`),
so a baseline records which context filters were off. Fingerprints are defined in
`civility.triage.fingerprint`. Files are written atomically (temporary file + `os.replace`); a baseline
that cannot be read is never overwritten; rewriting an existing one from `scan --update-baseline` or an
upgrade keeps the previous file as `<name>.bak`.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from civility import __version__
from civility.errors import BaselineError
from civility.triage.upgrades import CURRENT_VERSION, upgrade
from civility.types import Category

VERDICTS = ("unreviewed", "confirmed", "dismissed")


@dataclass(frozen=True)
class Entry:
    """One finding a baseline knows about, and what a human decided about it."""

    fingerprint: str
    category: str
    message_id: str
    thread: str | None = None
    file: str | None = None
    """sha256 of the export's name (path relative to the baseline's folder); never its content."""
    verdict: str = "unreviewed"
    note: str | None = None
    added_at: str | None = None
    reviewed_at: str | None = None


@dataclass(frozen=True)
class Baseline:
    entries: tuple[Entry, ...] = ()
    files: tuple[str, ...] = ()
    detectors: tuple[str, ...] = ()
    filters: tuple[str, ...] = ()
    generated_by: str = f"civility {__version__}"
    updated_at: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    """Unknown top-level keys, kept as they were."""

    def get(self, fingerprint: str) -> Entry | None:
        return next((e for e in self.entries if e.fingerprint == fingerprint), None)

    def with_verdict(self, fingerprint: str, verdict: str, note: str | None, when: str) -> Baseline:
        if verdict not in VERDICTS:
            raise BaselineError(f"unknown verdict {verdict!r}; choose one of: {', '.join(VERDICTS)}")
        entries = tuple(
            replace(e, verdict=verdict, note=note, reviewed_at=when) if e.fingerprint == fingerprint else e
            for e in self.entries
        )
        return replace(self, entries=entries)


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def load(path: Path) -> Baseline:
    """The baseline at `path`; BaselineError (naming the file and the fix) when it cannot be used."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(
            f"{path}: baseline not found; create it with `civility scan ... "
            f"--baseline {path} --update-baseline`"
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(
            f"{path}: not a readable civility baseline ({exc}); restore it from git "
            "or its .bak copy, or delete it to start again"
        ) from None
    data = upgrade(data, str(path))
    try:
        entries = tuple(_entry(item) for item in data["findings"])
        return Baseline(
            entries,
            tuple(data.get("files", ())),
            tuple(data.get("detectors", ())),
            tuple(data.get("filters", ())),
            data.get("generated_by", ""),
            data.get("updated_at"),
            {k: v for k, v in data.items() if k not in _KNOWN},
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise BaselineError(
            f"{path}: corrupt civility baseline ({exc}); restore it from git or its .bak copy"
        ) from None


def save(baseline: Baseline, path: Path, backup: bool = False) -> None:
    """Write atomically; with `backup`, an existing file is first copied to `<name>.bak`."""
    data = {
        "version": CURRENT_VERSION,
        "generated_by": f"civility {__version__}",
        "updated_at": baseline.updated_at or now(),
        "detectors": list(baseline.detectors),
        "filters": list(baseline.filters),
        "files": sorted(set(baseline.files)),
        **baseline.extra,
        "findings": [asdict(e) for e in sorted(baseline.entries, key=_order)],
    }
    if backup and path.exists():
        shutil.copy2(path, path.with_name(path.name + ".bak"))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
            json.dump(data, stream, indent=2, ensure_ascii=False)
            stream.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


_KNOWN = {"version", "generated_by", "updated_at", "detectors", "filters", "files", "findings"}


def _entry(item: dict[str, Any]) -> Entry:
    entry = Entry(**item)
    Category.parse(entry.category)
    if entry.verdict not in VERDICTS:
        raise ValueError(f"finding {entry.fingerprint[:12]} has unknown verdict {entry.verdict!r}")
    if len(entry.fingerprint) != 64:
        raise ValueError(f"finding has a malformed fingerprint {entry.fingerprint!r}")
    return entry


def _order(entry: Entry) -> tuple[str, str, str, str]:
    return (entry.file or "", entry.message_id, entry.category, entry.fingerprint)
