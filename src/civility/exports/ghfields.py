"""Fields shared by the GitHub mappings: owner/name and issue numbers from URLs, and the issue text."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

REPO = (re.compile(r"/repos/([^/\s]+)/([^/\s#?]+)"), re.compile(r"https?://[^/]+/([^/\s]+)/([^/\s#?]+)/"))
NUMBER = re.compile(r"/(?:issues|pulls?)/(\d+)")
ANCHOR = re.compile(r"#(issuecomment-\d+|discussion_r\d+)$")


def topic_text(record: Mapping[str, Any]) -> Any:
    """An issue or PR as scanned: `title + "\\n\\n" + body`, the title alone if the body is empty."""
    title, body = record.get("title"), record.get("body")
    if not isinstance(title, str) or not title.strip():
        return body
    return f"{title}\n\n{body}" if isinstance(body, str) and body.strip() else title


def number_of(record: Mapping[str, Any]) -> str | None:
    """The issue or PR number in the record's URLs (`.../issues/7`, `.../pulls/7`, `.../pull/7`)."""
    for key in ("issue_url", "pull_request_url", "html_url", "url"):
        match = NUMBER.search(str(record.get(key) or ""))
        if match:
            return match.group(1)
    return None


def repo_of(record: Mapping[str, Any]) -> str | None:
    """owner/name from the record's API or web URLs (GitHub or GitHub Enterprise)."""
    for key, pattern in ((k, p) for p in REPO for k in ("url", "repository_url", "html_url", "issue_url")):
        match = pattern.search(str(record.get(key) or ""))
        if match and match.group(1) not in ("repos", "api"):
            return f"{match.group(1)}/{match.group(2)}"
    return None
