"""mbox archives: messages, threads and authors from headers, line numbers, no addresses copied."""

from __future__ import annotations

from pathlib import Path

from civility.exports import detect_format, read_messages
from civility.types import Message, Skipped

MBOX = Path(__file__).parent / "data" / "mbox" / "list.mbox"


def test_mbox_messages_threads_and_skips() -> None:
    items = list(read_messages(MBOX))
    messages = [i for i in items if isinstance(i, Message)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert detect_format(MBOX) == "mbox"
    assert [(m.id, m.thread, m.author, m.source.line if m.source else None) for m in messages] == [
        ("<patch-1@example.org>", "<patch-1@example.org>", "Alice Example", 1),
        ("<reply-1@example.net>", "<patch-1@example.org>", "Bob Sample", 12),
    ]
    assert messages[1].text.endswith("From the tests I ran, nothing else breaks.\n")  # >From unescaped
    assert "> The exporter assumed ASCII." in messages[1].text  # quotes kept for masking
    assert messages[0].created_at is not None and messages[0].created_at.hour == 10
    (html_only,) = skipped
    assert html_only.location.line == 26 and "text/plain" in html_only.reason
    assert len(messages) + len(skipped) == 3
