"""JSON Lines / NDJSON: one JSON object per line, read line by line.

Records shaped like GitHub API objects (as `gh api ... --jq '.[]'` writes them) get the GitHub mapping;
other records are mapped by column names (see columns.py). A malformed line is skipped with its line number.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from civility.exports.checks import ENCODING, check_text_file
from civility.exports.github import records
from civility.types import Message, Skipped, SourceLocation


def read(path: Path, text_column: str | None = None) -> Iterator[Message | Skipped]:
    """Stream the messages of a JSONL file; blank lines are ignored, bad lines become Skipped."""
    check_text_file(path)
    index = 0
    with path.open(encoding=ENCODING, newline="\n") as fh:  # split on '\n' only, like `wc -l`
        for line_number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            where = SourceLocation(str(path), line_number, index)
            try:
                value = json.loads(line.rstrip("\r\n"))
            except json.JSONDecodeError as exc:
                reason = f"invalid JSON at column {exc.colno}: {exc.msg}; fix or remove this line"
                yield Skipped(where, reason)
                index += 1
                continue
            for item in records(value, where, text_column):
                yield item
                index += 1
