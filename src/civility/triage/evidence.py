"""Evidence text for reports, with private information redacted unless the user asked to see it."""

from __future__ import annotations

from civility.types import Assessment, Finding


def evidence(assessment: Assessment, finding: Finding, show_private: bool = False) -> str:
    """The raw text of `finding`, with private information masked unless `show_private`."""
    return excerpt(assessment, finding.start, finding.end, show_private)


def excerpt(assessment: Assessment, start: int, end: int, show_private: bool = False) -> str:
    """`text[start:end]`, every private value overlapping it (`civility.redact.secrets`) replaced by its
    redacted form."""
    text = assessment.message.text
    if show_private:
        return text[start:end]
    from civility.redact import redact_value, secrets

    pieces, cursor = [], start
    for secret in secrets(text, assessment.findings, start, end):
        if secret.end <= cursor or secret.start >= end:
            continue
        pieces += [text[cursor : secret.start], redact_value(secret.kind, text[secret.start : secret.end])]
        cursor = secret.end
    pieces.append(text[cursor:end])
    return "".join(pieces)


def context(assessment: Assessment, finding: Finding, width: int = 60, show_private: bool = False) -> str:
    """The finding with up to `width` characters either side, on one line, redacted."""
    text = assessment.message.text
    start, end = max(0, finding.start - width), min(len(text), finding.end + width)
    snippet = " ".join(excerpt(assessment, start, end, show_private).split())
    return ("…" if start > 0 else "") + snippet + ("…" if end < len(text) else "")
