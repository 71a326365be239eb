"""JSON Lines: one object per flagged message, in priority order (for pipes and scripts)."""

from __future__ import annotations

import json
from typing import TextIO

from civility.triage.formats.records import message_record
from civility.triage.report import Report


def render(report: Report, stream: TextIO) -> None:
    for assessment in report.items:
        stream.write(json.dumps(message_record(assessment, report), ensure_ascii=False) + "\n")
