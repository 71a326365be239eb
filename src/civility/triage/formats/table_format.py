"""The terminal table: a summary header and the ranked queue, evidence highlighted in context, redacted."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from civility.triage.highlight import Piece, excerpts
from civility.triage.report import Report
from civility.triage.view import printable, status_of
from civility.types import Assessment


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
    if summary.set_aside:
        console.print(set_aside_line(summary.set_aside, summary.set_aside_kinds), markup=False)
    if report.dismissed:
        console.print(f"{report.dismissed} dismissed in the baseline, not shown", markup=False)
    for skipped in report.skipped:
        console.print(f"skipped {printable(str(skipped))}", markup=False, style="yellow")
    if not report.items:
        return
    table = Table(show_lines=True)
    for column in ("#", "priority", "categories", "where", "evidence"):
        table.add_column(column, overflow="fold")
    for rank, assessment in enumerate(report.items, 1):
        status = status_of(report, assessment)
        table.add_row(
            str(rank),
            f"{assessment.priority:.2f}" + (f"\n{status}" if status else ""),
            "\n".join(f"{c.value} {assessment.scores[c]:.2f}" for c in sorted(assessment.flagged)),
            Text(printable(_where(assessment))),
            _evidence(assessment, report.show_private),
        )
    console.print(table)


def set_aside_line(count: int, kinds: dict[str, int]) -> str:
    """'set aside by filters, not flagged: 2 messages (a violent verb aimed at a machine 2)'."""
    detail = "; ".join(f"{kind} {n}" for kind, n in kinds.items())
    return f"set aside by filters, not flagged: {count} message{'s' * (count != 1)} ({printable(detail)})"


def _where(assessment: Assessment) -> str:
    message = assessment.message
    parts = (
        message.repo,
        f"#{message.thread}" if message.thread else None,
        f"@{message.author}" if message.author else None,
        message.url,
    )
    return " ".join(x for x in parts if x) or message.id


def _evidence(assessment: Assessment, show_private: bool) -> Text:
    """Evidence in bold reverse, masked code/quotes dim in brackets, redacted values in cyan."""
    text = Text()
    for n, excerpt in enumerate(excerpts(assessment, show_private, width=40)):
        if n:
            text.append("\n")
        for piece in excerpt:
            text.append(*_styled(piece))
    return text


def _styled(piece: Piece) -> tuple[str, str]:
    body = " ".join(piece.text.split()) if piece.text.strip() else " "
    if piece.redacted:
        return printable(body), "cyan"
    if piece.masked:
        return f"[{piece.masked.replace('_', ' ')}: {printable(body)}]", "dim"
    return _spaced(piece.text), "bold reverse" if piece.categories else ""


def _spaced(raw: str) -> str:
    """`raw` with its runs of whitespace as single spaces, kept at its edges (the run between two pieces of
    evidence, "look" and "hot", is one space, not one on each side)."""
    core = printable(" ".join(raw.split()))
    if not core:
        return " " if raw else ""
    return (" " if raw[:1].isspace() else "") + core + (" " if raw[-1:].isspace() else "")
