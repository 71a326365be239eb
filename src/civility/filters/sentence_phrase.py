"""What the phrase filters share: a finding inside a phrase of its sentence, or a function word of it.

`thing_evaluation` ("what a clever fix!") and `reader_praise` ("you are fun") each find phrases in a
sentence (cached per sentence, with their own vetoes); a model finding of their categories is then
dropped when it lies inside one of those phrases or is one of the sentence's function words ("what",
"a", "you", "are"), which a bag of words gives weight to in such sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from civility.detectors.base import Document
from civility.filters.mention import sentence_bounds
from civility.types import Category, Finding

PhrasesOf = Callable[[str, int, int], tuple[re.Match[str], ...]]
"""The phrases of text[start:end] that count, for one sentence."""


def phrase_reason(
    finding: Finding,
    doc: Document,
    phrases_of: PhrasesOf,
    function_words: Collection[str],
    categories: Collection[Category],
    frame: str,
) -> str | None:
    """A reason naming `frame` when the model finding is inside a phrase of its sentence, or is a
    function word of a sentence that holds one. Phrases are found in the decoded text
    (`Prepared.decoded`: raw positions, disguised words read as the model reads them)."""
    if finding.category not in categories or finding.explanation.detector != "model":
        return None
    text = doc.prepared.decoded
    start, end = sentence_bounds(text, finding.start, finding.end)
    phrases = phrases_of(text, start, end)
    if not phrases:
        return None
    inside = next((p for p in phrases if p.start() <= finding.start and finding.end <= p.end()), None)
    if inside is None and text[finding.start : finding.end].lower() not in function_words:
        return None
    phrase = inside or phrases[0]
    return f"{finding.category} at {finding.start}..{finding.end} {frame} ({phrase.group(0)!r})"


def first_phrase(text: str, pattern: re.Pattern[str], phrases_of: PhrasesOf) -> str | None:
    """The first match of `pattern` in `text` that its sentence's phrases keep (for benchmarks)."""
    for match in pattern.finditer(text):
        start, end = sentence_bounds(text, match.start(), match.end())
        if any(p.span() == match.span() for p in phrases_of(text, start, end)):
            return match.group(0)
    return None
