"""Markdown: the triage report for a private moderators' issue (GitHub-flavoured, nothing pings)."""

from __future__ import annotations

from typing import TextIO

from civility.triage.formats.markdown_text import code, escape, render_pieces
from civility.triage.grouping import LADDER, by_author, by_thread
from civility.triage.highlight import excerpts
from civility.triage.links import safe_url
from civility.triage.report import Report
from civility.triage.view import period, stamp, status_of, where_parts
from civility.types import Assessment, Category

SKIPPED_LISTED = 50
"""Skipped records listed one by one; the rest are counted (their reasons are summarised above)."""


def render(report: Report, stream: TextIO) -> None:
    lines = ["# civility triage report", ""]
    lines += _header(report)
    lines += _queue(report)
    lines += _threads(report)
    lines += _authors(report)
    stream.write("\n".join(lines).rstrip("\n") + "\n")


def _header(report: Report) -> list[str]:
    s = report.summary
    privacy = "shown (--show-private)" if report.show_private else "redacted"
    lines = [
        "civility lists candidates for human review; people decide. Private information: " + privacy + ".",
        "",
        f"**Read** {s.read} · **scanned** {s.scanned} · **skipped** {s.skipped} · **flagged** {s.flagged}",
        "",
    ]
    if report.dismissed:
        lines += [f"{report.dismissed} flagged message(s) dismissed in the baseline are not shown.", ""]
    if s.per_category:
        lines += [
            "| category | flagged | threshold | Code of Conduct clause |",
            "| --- | ---: | ---: | --- |",
        ]
        for category, count in s.per_category.items():
            threshold = report.thresholds.get(category)
            shown = f"{threshold:.2f}" if threshold is not None else ""
            lines.append(f"| `{category.value}` | {count} | {shown} | {category.clause} |")
        lines.append("")
    if s.set_aside:
        kinds = "; ".join(f"{escape(kind)} ({n})" for kind, n in s.set_aside_kinds.items())
        noun = "message" if s.set_aside == 1 else "messages"
        lines += [f"**Set aside by filters (not flagged):** {s.set_aside} {noun}: {kinds}", ""]
    if report.skipped:
        reasons = "; ".join(f"{escape(r)} ({n})" for r, n in s.skipped_reasons.items())
        lines += [f"**Skipped:** {reasons}", "", "<details><summary>Skipped records</summary>", ""]
        lines += [f"- {code(str(k.location))}: {escape(k.reason)}" for k in report.skipped[:SKIPPED_LISTED]]
        if len(report.skipped) > SKIPPED_LISTED:
            lines.append(f"- ... and {len(report.skipped) - SKIPPED_LISTED} more")
        lines += ["", "</details>", ""]
    return lines


def _queue(report: Report) -> list[str]:
    lines = ["## Queue", ""]
    if not report.items:
        return [*lines, "Nothing was flagged.", ""]
    for rank, item in enumerate(report.items, 1):
        cats = ", ".join(c.value for c in _flagged(item))
        status = status_of(report, item)
        title = f"### {rank}. {cats} — priority {item.priority:.2f}" + (f" ({status})" if status else "")
        lines += [title, "", "- **Where:** " + _where(item)]
        for category in _flagged(item):
            lines.append(f"- **{category.value}** {item.scores[category]:.2f} — {category.clause}")
        lines.append("")
        for excerpt in excerpts(item, report.show_private):
            lines += ["> " + render_pieces(excerpt), ""]
    return lines


def _threads(report: Report) -> list[str]:
    groups = by_thread(report.items)
    if not groups:
        return []
    rank = {id(a): i for i, a in enumerate(report.items, 1)}
    lines = ["## By thread", ""]
    for group in groups:
        heated = " — heated: read it as one unit" if group.heated else ""
        repo = f"{escape(group.repo)} " if group.repo else ""
        count = f"{len(group.items)} flagged comment" + ("s" if len(group.items) > 1 else "")
        lines += [f"### {repo}thread {code(group.thread)} — {count}{heated}", ""]
        for n, item in enumerate(group.items, 1):
            who = code("@" + item.message.author) if item.message.author else "unknown author"
            cats = ", ".join(f"{c.value} {item.scores[c]:.2f}" for c in _flagged(item))
            lines.append(f"{n}. {stamp(item.message.created_at)} {who}: {cats} (queue #{rank[id(item)]})")
        lines.append("")
    return lines


def _authors(report: Report) -> list[str]:
    groups = by_author(report.items)
    if not groups:
        return []
    lines = [
        "## By author",
        "",
        "| author | flagged messages | threads | period | categories | @mentioned in them |",
        "| --- | ---: | ---: | --- | --- | --- |",
    ]
    for g in groups:
        cats = ", ".join(f"{c.value} {n}" for c, n in g.categories)
        counts = f"{len(g.items)} | {len(g.threads)} | {period(g.first, g.last)}"
        mentioned = ", ".join(f"{code('@' + who)} {n}" for who, n in g.mentioned)
        lines.append(f"| {code('@' + g.author)} | {counts} | {cats} | {mentioned} |")
    lines += [
        "",
        "Contributor Covenant enforcement ladder, for the moderators to decide (civility never does):",
        "",
    ]
    lines += [f"{n}. **{step}**: {impact}" for n, (step, impact) in enumerate(LADDER, 1)]
    return [*lines, ""]


def _where(item: Assessment) -> str:
    parts = [escape(p) if kind != "author" else code(p) for kind, p in where_parts(item)]
    url = safe_url(item.message.url)
    if url:
        parts.append(f"<{url}>")
    elif item.message.url:
        parts.append(code(item.message.url))
    return " · ".join(parts)


def _flagged(item: Assessment) -> list[Category]:
    return sorted(item.flagged, key=lambda c: (-c.severity * item.scores.get(c, 0.0), c.value))
