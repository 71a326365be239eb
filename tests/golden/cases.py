"""Hand-built reports for the golden-file tests: fixed assessments, so the files never change when
the model is retrained. Regenerate the files with `python scripts/regen_golden.py`."""

from __future__ import annotations

from datetime import UTC, datetime

from civility.engine import count_all
from civility.triage.report import Report, rank
from civility.types import Assessment, Category, Explanation, Finding, Message, Skipped, SourceLocation, Span

C = Category
MODEL = Explanation("model", "the classifier's score for this category reached its threshold")
EMAIL = Explanation("private_info", "an email address in a personal context", pattern="email")
PHONE = Explanation("private_info", "a phone number valid for its region", pattern="phone")
PRIVATE_VALUES = ("jane.doe@example.com", "+1 202-555-0142")
XSS_TEXT = (
    "you moron <script>document.title='pwned'</script> idiot "
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> jerk "
    "[click me](javascript:document.title='pwned2') <a href=\"javascript:document.title='pwned4'\">docs</a>"
)


def _at(day: int, hour: int) -> datetime:
    return datetime(2024, 5, day, hour, 0, tzinfo=UTC)


def _scores(**given: float) -> dict[Category, float]:
    return {c: given.get(c.value, 0.01) for c in Category}


def _assess(
    message: Message,
    scores: dict[Category, float],
    *findings: tuple[Category, str, float],
    masked: tuple[Span, ...] = (),
) -> Assessment:
    found = []
    for category, evidence, score in findings:
        start = message.text.index(evidence)
        why = MODEL if category is not C.PRIVATE_INFO else EMAIL if "@" in evidence else PHONE
        found.append(Finding(category, start, start + len(evidence), score, why))
    flagged = frozenset(c for c, s in scores.items() if s >= 0.5)
    return Assessment(message, scores, tuple(found), flagged, masked)


def _msg(
    id: str,
    text: str,
    thread: str | None,
    author: str | None,
    when: datetime | None,
    url: str | None = None,
    line: int = 1,
) -> Message:
    repo = "example/widgets" if thread else None
    return Message(id, text, thread, author, when, url, repo, SourceLocation("issue-thread.json", line))


def assessments() -> list[Assessment]:
    """Five flagged messages: ties, masked spans, a heated thread, an XSS payload, no metadata."""
    base = "https://github.com/example/widgets/issues"
    text1 = (
        "Thanks for the patch. Honestly you are an idiot if you think `rm -rf /` is fine.\n\n"
        "> earlier reply: this is crap\n\nPlease read the docs."
    )
    quote = text1.index("> earlier")
    code = text1.index("`rm")
    one = _assess(
        _msg("1001", text1, "12", "alice", _at(1, 10), f"{base}/12#issuecomment-1001", 3),
        _scores(insult=0.91, profanity=0.3),
        (C.INSULT, "idiot", 0.91),
        masked=(Span(code, code + 10, "inline_code"), Span(quote, quote + 29, "quote")),
    )
    text2 = "What the hell is this shit, @alice? See #14 and close it."
    mention = text2.index("@alice")
    two = _assess(
        _msg(
            "1002",
            text2,
            "12",
            "bob",
            _at(1, 11),
            f"{base}/12#issuecomment-1002",
            9,
        ),
        _scores(profanity=0.72),
        (C.PROFANITY, "hell", 0.6),
        (C.PROFANITY, "shit", 0.72),
        masked=(Span(mention, mention + 6, "mention"),),
    )
    three = _assess(
        _msg(
            "1003",
            "Stop replying or you will regret it, I will keep coming after you.",
            "14",
            "alice",
            _at(3, 9),
            f"{base}/14#issuecomment-1003",
            15,
        ),
        _scores(harassment=0.66, insult=0.52),
        (C.HARASSMENT, "you will regret it", 0.66),
        (C.INSULT, "you will regret it", 0.52),
    )
    four = _assess(
        _msg("1004", XSS_TEXT, "15", "mallory<b>", _at(4, 8), "javascript:document.title='pwned3'", 21),
        _scores(insult=0.8),
        (C.INSULT, "moron", 0.8),
        (C.INSULT, "idiot", 0.7),
        (C.INSULT, "jerk", 0.6),
    )
    five = _assess(
        _msg("row-7", "damn, that broke again", None, None, None),
        _scores(profanity=0.72),
        (C.PROFANITY, "damn", 0.72),
    )
    return [five, two, one, three, four]


def private_assessment() -> Assessment:
    """A doxxing comment: a phone number and an email of someone else (reserved, fictional values)."""
    base = "https://github.com/example/widgets/issues"
    return _assess(
        _msg(
            "1006",
            "Go tell her yourself: call +1 202-555-0142 or write to jane.doe@example.com tonight.",
            "14",
            "anon-7731",
            _at(3, 12),
            f"{base}/14#issuecomment-1006",
            33,
        ),
        _scores(private_info=0.95, harassment=0.55),
        (C.HARASSMENT, "Go tell her yourself", 0.55),
        (C.PRIVATE_INFO, "+1 202-555-0142", 0.95),
        (C.PRIVATE_INFO, "jane.doe@example.com", 0.9),
    )


def skipped() -> list[Skipped]:
    return [
        Skipped(SourceLocation("issue-thread.json", 27), "record has no text field (body); skipped", "1005")
    ]


def sample_report(show_private: bool = False) -> Report:
    return _report(assessments(), show_private)


def private_report(show_private: bool = False) -> Report:
    """The sample plus a message with private information, which every format must redact."""
    return _report([*assessments(), private_assessment()], show_private)


def _report(items: list[Assessment], show_private: bool) -> Report:
    tally = count_all([*items, *skipped()])
    thresholds = dict.fromkeys(Category, 0.5)
    return Report(rank(items), tally.summary(), tuple(tally.skipped), thresholds, show_private)


def baseline_report(show_private: bool = False) -> Report:
    """The sample against a baseline: one message dismissed (hidden), one confirmed, one unreviewed."""
    from civility.baseline import Baseline
    from civility.triage.fingerprint import keyed
    from civility.triage.known import apply_baseline, updated

    report = sample_report(show_private)
    by_id = {a.message.id: a for a in report.items}
    baseline = updated(Baseline(), [by_id[i] for i in ("1001", "1002", "1004")], ["issue-thread.json"])
    for message_id, verdict in (("1001", "confirmed"), ("1004", "dismissed")):
        for key in keyed(by_id[message_id]):
            baseline = baseline.with_verdict(key.fingerprint, verdict, None, "2024-06-01T12:00:00Z")
    return apply_baseline(report, baseline)
