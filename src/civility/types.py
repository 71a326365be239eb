"""The records civility passes between its stages: small, frozen and typed.

Every stage (read, preprocess, detect, filter, assess, triage) consumes and produces these, so each
seam can be tested on plain values. Offsets (`start`, `end`) always index the *raw* message text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Category(StrEnum):
    """The six Code-of-Conduct categories. The values are written into baselines: never rename one."""

    INSULT = "insult"
    IDENTITY_ATTACK = "identity_attack"
    HARASSMENT = "harassment"
    SEXUAL = "sexual"
    PRIVATE_INFO = "private_info"
    PROFANITY = "profanity"

    @property
    def severity(self) -> int:
        """Ranking weight from DESIGN.md: 3 for the gravest clauses, 1 for vulgarity."""
        return _SEVERITY[self]

    @property
    def clause(self) -> str:
        """The Contributor Covenant clause this category comes from, for the human reviewer."""
        return _CLAUSE[self]

    @classmethod
    def parse(cls, value: str) -> Category:
        """The category named `value`; the error lists the valid ids."""
        try:
            return cls(value.strip().lower())
        except ValueError:
            valid = ", ".join(c.value for c in cls)
            raise ValueError(f"unknown category {value!r}; choose one of: {valid}") from None


_SEVERITY = {
    Category.INSULT: 2,
    Category.IDENTITY_ATTACK: 3,
    Category.HARASSMENT: 3,
    Category.SEXUAL: 3,
    Category.PRIVATE_INFO: 3,
    Category.PROFANITY: 1,
}

_CLAUSE = {
    Category.INSULT: "Trolling, insulting or derogatory comments, and personal or political attacks",
    Category.IDENTITY_ATTACK: "Discrimination against people for who they are (diversity statement)",
    Category.HARASSMENT: "Public or private harassment: threats, intimidation, sustained targeting",
    Category.SEXUAL: "Sexualized language or imagery, and unwelcome sexual attention or advances",
    Category.PRIVATE_INFO: "Publishing others' private information without their explicit permission",
    Category.PROFANITY: "Other conduct which could reasonably be considered inappropriate "
    "in a professional setting",
}

#: Categories scored by the trained classifier; `private_info` comes from rule detectors.
MODEL_CATEGORIES: tuple[Category, ...] = (
    Category.INSULT,
    Category.IDENTITY_ATTACK,
    Category.HARASSMENT,
    Category.SEXUAL,
    Category.PROFANITY,
)


@dataclass(frozen=True)
class SourceLocation:
    """Where a record came from, so every message and error can point back to the input."""

    path: str
    """The input file (or dataset name)."""
    line: int | None = None
    """1-based line in the file where the record starts, where the format has lines."""
    record: int | None = None
    """0-based index of the record within the file or dataset."""

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line is not None else f"record {self.record}"
        return f"{self.path}:{where}" if (self.line is not None or self.record is not None) else self.path


@dataclass(frozen=True)
class Message:
    """One comment, issue body or review comment, as read from an export."""

    id: str
    """Stable id within the export (GitHub comment id, JSONL `id`, or file:line when there is none)."""
    text: str
    """The raw text; every finding offset indexes this string."""
    thread: str | None = None
    """The conversation it belongs to (issue or PR number, mailing-list thread)."""
    author: str | None = None
    """Login or name of the writer."""
    created_at: datetime | None = None
    """When it was written (timezone-aware when the export says so)."""
    url: str | None = None
    """Link to the original, for the moderator."""
    repo: str | None = None
    """owner/name of the repository, where known."""
    source: SourceLocation | None = None
    """Where in the input it was read."""
    note: str | None = None
    """A moderator's note field from the export; `civility: ignore` there suppresses findings."""


@dataclass(frozen=True)
class Span:
    """A region of the raw text that detectors skip (code, logs, quotes, URLs, @mentions, trailers, bot
    text)."""

    start: int
    end: int
    kind: str
    """One of `code_block`, `inline_code`, `stack_trace`, `log`, `quote`, `url`, `mention`, `trailer`,
    `bot`."""


@dataclass(frozen=True)
class Explanation:
    """Why a finding was made, in terms a reviewer can check."""

    detector: str
    """Name of the detector or model that produced the finding."""
    reason: str
    """One human-readable sentence."""
    pattern: str | None = None
    """Name of the pattern that matched, for rule detectors."""
    score_before_context: float | None = None
    """Score after the pattern and validation step, before context words moved it."""
    validated: bool | None = None
    """Whether a validator (checksum, phone-number metadata...) confirmed the match."""
    context_words: tuple[str, ...] = ()
    """Nearby words that raised or lowered the score."""
    top_features: tuple[tuple[str, float], ...] = ()
    """For the model: the features (tokens, n-grams) with the largest contribution, and that contribution."""


@dataclass(frozen=True)
class Finding:
    """A scored piece of evidence for one category, pointing into the raw text."""

    category: Category
    start: int
    end: int
    score: float
    explanation: Explanation

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")


@dataclass(frozen=True)
class Assessment:
    """Everything civility concluded about one message."""

    message: Message
    scores: Mapping[Category, float]
    """Probability-like score in [0, 1] for each of the six categories."""
    findings: tuple[Finding, ...] = ()
    flagged: frozenset[Category] = frozenset()
    """Categories whose score reached the configured threshold."""
    masked: tuple[Span, ...] = ()
    """Regions detectors skipped (code, quotes, logs...), for display."""
    language: str | None = "en"
    """Detected language; the model is English."""
    assessed: bool = True
    """False when the message was not scored (e.g. clearly not English); `scores` are then all 0."""
    suppressed: tuple[str, ...] = field(default=())
    """Why findings were dropped by filters (`civility.filters`: masked markup, code names, allow-list,
    inline ignore, mentions, reports, denials, self-deprecation, machines, praise of code), for
    transparency: one reason per dropped finding, with its category, offsets and the frame words that
    decided it ("'kill the process'"). Reports do not print them; private values are never among them."""
    reason: str | None = None
    """Why the message was not assessed, when `assessed` is False."""

    @property
    def priority(self) -> float:
        """Ranking key for triage: the largest severity × score over flagged categories (0 if none)."""
        return max((c.severity * self.scores.get(c, 0.0) for c in self.flagged), default=0.0)


@dataclass(frozen=True)
class Skipped:
    """A record that was read but not scanned, and why. scanned + skipped == records read."""

    location: SourceLocation
    reason: str
    """What was wrong and what to do about it."""
    message_id: str | None = None

    def __str__(self) -> str:
        return f"{self.location}: {self.reason}"
