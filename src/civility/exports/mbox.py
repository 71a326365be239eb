"""mbox mailing-list archives (LKML and friends): one message per `From ` separated block, streamed.

id = Message-ID, thread = the first id in References (the thread root) or In-Reply-To, author = the
display name in From (the address is not copied: reports should not spread it), text = the text/plain
body, which keeps its `>` quotes for the preprocessing to mask.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from email.message import EmailMessage
from email.utils import parseaddr, parsedate_to_datetime
from pathlib import Path

from civility.exports.checks import check_text_file
from civility.types import Message, Skipped, SourceLocation


def read(path: Path, text_column: str | None = None) -> Iterator[Message | Skipped]:
    """Stream the messages of an mbox file; `text_column` does not apply and is ignored."""
    check_text_file(path)
    for index, (line, raw) in enumerate(_blocks(path)):
        where = SourceLocation(str(path), line, index)
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        body = _plain_body(parsed)
        if not body.strip():
            yield Skipped(where, "no text/plain body in this email; nothing to scan")
            continue
        yield _message(parsed, body, where)


def _blocks(path: Path) -> Iterator[tuple[int, bytes]]:
    """(1-based line of the `From ` line, message bytes without it), one per message."""
    start, lines, previous_blank = 0, list[bytes](), True
    with path.open("rb") as fh:
        for number, line in enumerate(fh, start=1):
            if line.startswith(b"From ") and previous_blank:
                if lines:
                    yield start, b"".join(lines[:-1])  # the blank line before `From ` separates
                start, lines = number, []
            elif start:
                lines.append(line[1:] if line.startswith(b">From ") else line)
            previous_blank = not line.strip()
    if lines:
        yield start, b"".join(lines)


def _plain_body(parsed: EmailMessage) -> str:
    part = parsed.get_body(preferencelist=("plain",))
    if part is None:
        return ""
    try:
        return str(part.get_content())
    except (LookupError, UnicodeError):
        payload = part.get_payload(decode=True)
        return payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""


def _message(parsed: EmailMessage, body: str, where: SourceLocation) -> Message:
    message_id = str(parsed.get("Message-ID", "")).strip() or f"{where.path}:{where.line}"
    references = str(parsed.get("References", "")).split()
    thread = references[0] if references else str(parsed.get("In-Reply-To", "")).strip() or message_id
    name, address = parseaddr(str(parsed.get("From", "")))
    try:
        created = parsedate_to_datetime(str(parsed["Date"])) if parsed.get("Date") else None
    except (TypeError, ValueError):
        created = None
    return Message(
        id=message_id,
        text=body,
        thread=thread,
        author=name or address.split("@")[0] or None,
        created_at=created,
        source=where,
    )
