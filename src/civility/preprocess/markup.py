"""Masked spans: code blocks, inline code, stack traces, logs, quotes, URLs, trailers, bot text.

INTERIM: fenced code blocks and `>` quotes only. The preprocessing work replaces this module.
"""

from __future__ import annotations

import re

from civility.types import Span

_FENCE = re.compile(r"^```.*?(?:^```[^\n]*$|\Z)", re.M | re.S)
_QUOTE = re.compile(r"^>.*$", re.M)


def find_masked_spans(raw: str) -> tuple[Span, ...]:
    spans = [Span(m.start(), m.end(), "code_block") for m in _FENCE.finditer(raw)]
    spans += [Span(m.start(), m.end(), "quote") for m in _QUOTE.finditer(raw)]
    return tuple(sorted(spans, key=lambda s: (s.start, s.end)))
