"""CSV: one row per finding of a flagged message, for spreadsheets."""

from __future__ import annotations

import csv
from typing import TextIO

from civility.triage.formats.records import message_record
from civility.triage.report import Report

COLUMNS = (
    "id",
    "thread",
    "author",
    "url",
    "priority",
    "category",
    "score",
    "start",
    "end",
    "evidence",
    "detector",
)


def render(report: Report, stream: TextIO) -> None:
    writer = csv.writer(stream)
    writer.writerow(COLUMNS)
    for assessment in report.items:
        record = message_record(assessment, report)
        for finding in record["findings"]:
            if finding["category"] not in record["flagged"]:
                continue
            writer.writerow([*(record[k] for k in COLUMNS[:5]), *(finding[k] for k in COLUMNS[5:])])
