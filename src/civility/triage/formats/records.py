"""The JSON-ready record of one flagged message, shared by the json, jsonl and csv formats."""

from __future__ import annotations

from typing import Any

from civility.triage.evidence import evidence
from civility.triage.report import Report
from civility.types import Assessment


def message_record(assessment: Assessment, report: Report) -> dict[str, Any]:
    """`id`, `thread`, `author`, `url`, `scores`, `findings` (evidence redacted), `priority`, and context."""
    message = assessment.message
    record: dict[str, Any] = {
        "id": message.id,
        "thread": message.thread,
        "author": message.author,
        "url": message.url,
        "repo": message.repo,
        "created_at": message.created_at.isoformat() if message.created_at else None,
        "source": str(message.source) if message.source else None,
        "priority": round(assessment.priority, 4),
        "flagged": sorted(c.value for c in assessment.flagged),
        "scores": {c.value: round(s, 4) for c, s in assessment.scores.items()},
        "findings": [
            {
                "category": f.category.value,
                "start": f.start,
                "end": f.end,
                "score": round(f.score, 4),
                "evidence": evidence(assessment, f, report.show_private),
                "detector": f.explanation.detector,
                "reason": f.explanation.reason,
            }
            for f in assessment.findings
        ],
    }
    if report.status:
        record["status"] = report.status.get(message.id, "new")
    return record


def summary_record(report: Report) -> dict[str, Any]:
    summary = report.summary
    return {
        "read": summary.read,
        "scanned": summary.scanned,
        "skipped": summary.skipped,
        "flagged": summary.flagged,
        "per_category": {c.value: n for c, n in summary.per_category.items()},
        "set_aside": summary.set_aside,
        "set_aside_kinds": summary.set_aside_kinds,
        **({"dismissed": report.dismissed} if report.status else {}),
        "skipped_records": [
            {"location": str(s.location), "id": s.message_id, "reason": s.reason} for s in report.skipped
        ],
    }
