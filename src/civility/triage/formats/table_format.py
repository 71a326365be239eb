"""The terminal table: a summary header and the ranked queue, evidence in context, redacted."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from civility.triage.evidence import context
from civility.triage.report import Report


def render(report: Report, stream: TextIO) -> None:
    console = Console(file=stream, highlight=False, soft_wrap=False, width=None if stream.isatty() else 120)
    summary = report.summary
    console.print(
        f"read {summary.read}, scanned {summary.scanned}, skipped {summary.skipped}, "
        f"flagged {summary.flagged}",
        markup=False,
    )
    if summary.per_category:
        console.print(
            "flagged per category: " + ", ".join(f"{c.value} {n}" for c, n in summary.per_category.items()),
            markup=False,
        )
    for skipped in report.skipped:
        console.print(f"skipped {skipped}", markup=False, style="yellow")
    if not report.items:
        return
    table = Table(show_lines=True)
    for column in ("#", "priority", "categories", "where", "evidence"):
        table.add_column(column, overflow="fold")
    for rank, assessment in enumerate(report.items, 1):
        message = assessment.message
        where = " ".join(
            x
            for x in (
                message.repo,
                f"#{message.thread}" if message.thread else None,
                f"@{message.author}" if message.author else None,
                message.url,
            )
            if x
        )
        shown = [f for f in assessment.findings if f.category in assessment.flagged][:3]
        table.add_row(
            str(rank),
            f"{assessment.priority:.2f}",
            "\n".join(f"{c.value} {assessment.scores[c]:.2f}" for c in sorted(assessment.flagged)),
            Text(where or message.id),
            Text("\n".join(context(assessment, f, 40, report.show_private) for f in shown)),
        )
    console.print(table)
