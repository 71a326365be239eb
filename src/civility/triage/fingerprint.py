"""Fingerprints: stable ids for flagged findings, so verdicts survive unrelated edits of an export.

A fingerprint is sha256 over a version tag, the category, the thread, the message id and the
evidence text normalised (Unicode NFKC, case-folded, whitespace collapsed). It does not depend on
offsets, line numbers, scores, the order of messages or the other messages of the export, so
re-exporting a thread with new comments, or retraining the model (same evidence, new score), keeps
it. Editing the flagged words themselves makes a new finding, on purpose: a human has not seen them.
Caveat: messages without an id in the export get `file:line` ids, which move when lines move.
A flagged category without an evidence span gets one message-level fingerprint (empty evidence).
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from civility.types import Assessment, Category, Finding

VERSION_TAG = "civility-fingerprint-v1"


@dataclass(frozen=True)
class Keyed:
    """One flagged finding of a message with its fingerprint (`finding` None: message-level)."""

    fingerprint: str
    category: Category
    assessment: Assessment
    finding: Finding | None


def normalise(evidence: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", evidence).casefold().split())


def fingerprint(category: Category, thread: str | None, message_id: str, evidence: str) -> str:
    parts = (VERSION_TAG, category.value, thread or "", message_id, normalise(evidence))
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def keyed(assessment: Assessment) -> list[Keyed]:
    """The flagged findings of `assessment`, one per distinct fingerprint, in text order."""
    message = assessment.message
    out: dict[str, Keyed] = {}
    for category in sorted(assessment.flagged):
        found = [f for f in assessment.findings if f.category is category]
        spans: list[Finding | None] = list(found) or [None]
        for finding in spans:
            evidence = message.text[finding.start : finding.end] if finding else ""
            key = fingerprint(category, message.thread, message.id, evidence)
            out.setdefault(key, Keyed(key, category, assessment, finding))
    return sorted(out.values(), key=lambda k: (k.finding.start if k.finding else -1, k.category.value))


def file_key(path: str | Path) -> str:
    """sha256 of a file's name only (not its folder, not its content): which export a finding is in."""
    return hashlib.sha256(Path(path).name.encode("utf-8")).hexdigest()


def source_key(assessment: Assessment) -> str | None:
    source = assessment.message.source
    return file_key(source.path) if source is not None else None
