"""A short Markdown and HTML summary of the health tables. Aggregates only; every value is escaped."""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

from civility.health.tables import OVERALL, HealthTables

COLUMNS = (
    ("group", "group"),
    ("messages", "messages"),
    ("flagged_rate", "flagged % (95% CI)"),
    ("threads_flagged_share", "threads with a flag %"),
    ("flags_top10pct_authors_share", "flags from top 10% authors %"),
    ("median_hours_to_next_reply", "median h to next reply"),
)
METHOD = (
    "Flagged rates are the share of scanned messages with at least one category at or above its "
    "threshold, with 95% Wilson score intervals. Author concentration is the share of flagged messages "
    "written by the top 1% / 10% of a group's authors. Response time is the median, over flagged threads, "
    "of the hours from a thread's first flagged message to the next message in it. Groups with fewer "
    "than {min_cell} messages are suppressed. Scores are a model's, not human judgements: read them as "
    "trends to investigate, not as verdicts on people."
)


def rows(tables: HealthTables) -> list[list[str]]:
    """The summary table as text cells."""
    out = []
    for record in tables.groups.to_dict("records"):
        if record["suppressed"]:
            out.append([str(record["group"]), f"< {tables.min_cell}", "suppressed", "", "", ""])
            continue
        rate = f"{_pct(record['flagged_rate'])} ({_pct(record['flagged_ci_low'])}–"
        rate += f"{_pct(record['flagged_ci_high'])})"
        out.append(
            [
                str(record["group"]),
                f"{int(record['messages']):,}",
                rate,
                _pct(record["threads_flagged_share"]),
                _pct(record["flags_top10pct_authors_share"]),
                _num(record["median_hours_to_next_reply"]),
            ]
        )
    return out


def header(tables: HealthTables) -> str:
    overall = tables.groups[tables.groups["group"] == OVERALL].iloc[0]
    scanned = 0 if overall["suppressed"] else int(overall["messages"])
    text = f"Grouped by {tables.by}. Scanned {scanned:,} messages; skipped {tables.skipped:,}"
    return text + f"; failed inputs {len(tables.failed)}."


def markdown(tables: HealthTables) -> str:
    lines = ["# Community health summary", "", _md(header(tables)), ""]
    lines.append("| " + " | ".join(title for _, title in COLUMNS) + " |")
    lines.append("|" + " --- |" * len(COLUMNS))
    lines += ["| " + " | ".join(_md(cell) for cell in row) + " |" for row in rows(tables)]
    lines += ["", _md(METHOD.format(min_cell=tables.min_cell)), ""]
    lines += [f"- failed: {_md(reason)}" for reason in tables.failed]
    return "\n".join(lines).rstrip() + "\n"


def html_page(tables: HealthTables, images: Sequence[str] = ()) -> str:
    esc = html.escape
    head = "".join(f"<th>{esc(title)}</th>" for _, title in COLUMNS)
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows(tables))
    figures = "".join(f'<p><img src="{esc(name)}" alt="{esc(name)}"></p>' for name in images)
    failed = "".join(f"<li>failed: {esc(reason)}</li>" for reason in tables.failed)
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        "<title>Community health summary</title>"
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}</style>"
        f"</head><body><h1>Community health summary</h1><p>{esc(header(tables))}</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        f"<p>{esc(METHOD.format(min_cell=tables.min_cell))}</p><ul>{failed}</ul>{figures}</body></html>\n"
    )


def _pct(value: object) -> str:
    return "" if _missing(value) else f"{100 * float(value):.1f}"  # type: ignore[arg-type]


def _num(value: object) -> str:
    return "" if _missing(value) else f"{float(value):.1f}"  # type: ignore[arg-type]


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _md(text: str) -> str:
    """Escape Markdown metacharacters so group names cannot inject markup or links."""
    return "".join("\\" + ch if ch in "\\`*_[]<>|&#" else ch for ch in text)
