"""Evidence text for reports, with private information redacted unless the user asked to see it."""

from __future__ import annotations

from civility.types import Assessment, Category, Finding


def evidence(assessment: Assessment, finding: Finding, show_private: bool = False) -> str:
    """The raw text of `finding`, with private information masked unless `show_private`."""
    return excerpt(assessment, finding.start, finding.end, show_private)


def excerpt(assessment: Assessment, start: int, end: int, show_private: bool = False) -> str:
    """`text[start:end]`, every private-information value overlapping it replaced by its redacted form."""
    text = assessment.message.text
    private = sorted(
        (
            f
            for f in assessment.findings
            if f.category is Category.PRIVATE_INFO and f.start < end and f.end > start
        ),
        key=lambda f: f.start,
    )
    if show_private or not private:
        return text[start:end]
    from civility.redact import redact_value

    pieces, cursor = [], start
    for finding in private:
        if finding.start >= cursor:
            pieces.append(text[cursor : finding.start])
        elif finding.end <= cursor:
            continue
        kind = finding.explanation.pattern or "private_info"
        pieces.append(redact_value(kind, text[finding.start : finding.end]))
        cursor = finding.end
    pieces.append(text[cursor:end] if cursor < end else "")
    return "".join(pieces)


def context(assessment: Assessment, finding: Finding, width: int = 60, show_private: bool = False) -> str:
    """The finding with up to `width` characters either side, on one line, redacted."""
    text = assessment.message.text
    start, end = max(0, finding.start - width), min(len(text), finding.end + width)
    snippet = " ".join(excerpt(assessment, start, end, show_private).split())
    return ("…" if start > 0 else "") + snippet + ("…" if end < len(text) else "")
