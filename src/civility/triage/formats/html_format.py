"""HTML: one self-contained page (inline CSS and JS, no network), filterable and sortable.

Every piece of comment text reaches the page through Jinja2 autoescaping; highlighting is built
from escaped pieces, only http(s) URLs become links, and a Content-Security-Policy allows nothing
but the page's own script (by hash), so even a missed escape could not run injected code.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib import resources
from typing import Any, TextIO

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from civility import __version__
from civility.triage.grouping import LADDER, by_author, by_thread
from civility.triage.highlight import excerpts
from civility.triage.links import safe_url
from civility.triage.report import Report, timestamp
from civility.triage.view import period, stamp, status_of, where_parts
from civility.types import Assessment


def render(report: Report, stream: TextIO) -> None:
    script = _static("report.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    page = (
        _environment()
        .get_template("report.html.jinja")
        .render(
            version=__version__,
            css=Markup(_static("report.css")),  # our own stylesheet, never user text
            script=Markup(script),  # our own script, never user text
            script_hash=f"sha256-{digest}",
            **context(report),
        )
    )
    stream.write(page)


def context(report: Report) -> dict[str, Any]:
    """The template's variables: plain values and highlight pieces, all escaped by the template."""
    items = [_item(report, rank, a) for rank, a in enumerate(report.items, 1)]
    by_id = {id(a): it for a, it in zip(report.items, items, strict=True)}
    summary = report.summary
    return {
        "summary": summary,
        "show_private": report.show_private,
        "dismissed": report.dismissed,
        "statuses": [s for s in ("new", "unreviewed", "confirmed") if any(i["status"] == s for i in items)],
        "categories": [_category(report, c, n) for c, n in summary.per_category.items()],
        "skipped": report.skipped,
        "items": items,
        "threads": [
            {
                "thread": g.thread,
                "repo": g.repo,
                "heated": g.heated,
                "comments": [by_id[id(a)] for a in g.items],
            }
            for g in by_thread(report.items)
        ],
        "authors": [
            {
                "author": g.author,
                "count": len(g.items),
                "threads": len(g.threads),
                "period": period(g.first, g.last),
                "categories": [(c.value, n) for c, n in g.categories],
                "mentioned": list(g.mentioned),
                "ranks": [by_id[id(a)]["rank"] for a in g.items],
            }
            for g in by_author(report.items)
        ],
        "ladder": LADDER,
    }


def _item(report: Report, rank: int, item: Assessment) -> dict[str, Any]:
    flagged = sorted(item.flagged, key=lambda c: (-c.severity * item.scores.get(c, 0.0), c.value))
    categories = [
        {
            "id": c.value,
            "score": f"{item.scores[c]:.4f}",
            "score_text": f"{item.scores[c]:.2f}",
            "severity": c.severity,
            "clause": c.clause,
        }
        for c in flagged
    ]
    message = item.message
    return {
        "rank": rank,
        "priority": f"{item.priority:.4f}",
        "priority_text": f"{item.priority:.2f}",
        "score": f"{max(item.scores[c] for c in flagged):.4f}",
        "time": f"{timestamp(item):.0f}",
        "when": stamp(message.created_at),
        "author": f"@{message.author}" if message.author else "unknown author",
        "categories": categories,
        "status": status_of(report, item),
        "where": [(kind, text) for kind, text in where_parts(item) if kind != "date"],
        "url": safe_url(message.url),
        "raw_url": message.url,
        "excerpts": excerpts(item, report.show_private),
    }


def _category(report: Report, category: Any, count: int) -> dict[str, Any]:
    threshold = report.thresholds.get(category)
    return {
        "id": category.value,
        "count": count,
        "severity": category.severity,
        "threshold": f"{threshold:.2f}" if threshold is not None else "",
        "clause": category.clause,
    }


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("civility.triage.formats", "templates"),
        autoescape=select_autoescape(["html", "jinja"], default=True, default_for_string=True),
        trim_blocks=False,
    )


@cache
def _static(name: str) -> str:
    return (resources.files("civility.triage.formats") / "templates" / name).read_text(encoding="utf-8")
