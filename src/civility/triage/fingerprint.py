"""Fingerprints: stable ids for flagged findings, so verdicts survive unrelated edits of an export.

A fingerprint is sha256 over a version tag, the category, the thread, the message id and evidence
text normalised (Unicode NFKC, case-folded, whitespace collapsed):
- classifier categories (insult, profanity, ...): one fingerprint per message and category, the
  evidence being the whole message text, so a moderator decides once per message, and retraining the
  model (new scores, other top tokens) keeps the decision while the message stays flagged;
- `private_info`: one fingerprint per value found (an email dismissed as a project address does not
  cover a phone number in the same message).
Nothing depends on offsets, line numbers, scores, the order of messages or the other messages, so
re-exporting a thread with new comments keeps every fingerprint; editing the flagged message itself
makes a new finding, on purpose: no human has seen the new text. Caveat: messages without an id in
the export get `file:line` ids, which move when lines move.
"""

from __future__ import annotations

import hashlib
import os
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
        found = sorted((f for f in assessment.findings if f.category is category), key=lambda f: -f.score)
        if category is not Category.PRIVATE_INFO or not found:
            key = fingerprint(category, message.thread, message.id, message.text)
            out.setdefault(key, Keyed(key, category, assessment, found[0] if found else None))
            continue
        for finding in found:
            key = fingerprint(category, message.thread, message.id, message.text[finding.start : finding.end])
            out.setdefault(key, Keyed(key, category, assessment, finding))
    return sorted(out.values(), key=lambda k: (k.finding.start if k.finding else -1, k.category.value))


def file_key(path: str | Path, root: Path | None = None) -> str:
    """sha256 of a file's name (never its content): its path relative to `root` (the baseline's folder,
    so the key does not depend on the working directory), or its bare name without a root."""
    if root is None:
        name = Path(path).name
    else:
        name = Path(os.path.relpath(os.path.abspath(path), os.path.abspath(root))).as_posix()
    return hashlib.sha256(name.encode("utf-8")).hexdigest()


def source_key(assessment: Assessment, root: Path | None = None) -> str | None:
    source = assessment.message.source
    return file_key(source.path, root) if source is not None else None
