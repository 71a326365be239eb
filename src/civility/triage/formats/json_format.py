"""JSON: the summary (counts, skipped records) and the ranked flagged messages in one document."""

from __future__ import annotations

import json
from typing import TextIO

from civility import __version__
from civility.triage.formats.records import message_record, summary_record
from civility.triage.report import Report


def render(report: Report, stream: TextIO) -> None:
    document = {
        "civility_version": __version__,
        "summary": summary_record(report),
        "thresholds": {c.value: t for c, t in report.thresholds.items()},
        "messages": [message_record(a, report) for a in report.items],
    }
    json.dump(document, stream, ensure_ascii=False, indent=2)
    stream.write("\n")
