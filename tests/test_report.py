"""Triage building blocks: evidence pieces, redaction, URL safety, Markdown escaping, grouping, ranking."""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "golden"))

from cases import MODEL, assessments

from civility.analyzer import Analyzer
from civility.engine import count_all
from civility.triage import evidence
from civility.triage.formats import render
from civility.triage.formats.markdown_text import code, escape, render_pieces
from civility.triage.formats.table_format import _evidence
from civility.triage.grouping import by_author, by_thread
from civility.triage.highlight import Piece, excerpts, pieces
from civility.triage.links import safe_url
from civility.triage.report import Report, rank
from civility.triage.view import printable
from civility.types import Assessment, Category, Explanation, Finding, Message, Span

EMAIL = Explanation("private_info", "an email address", pattern="email")


def _assessment(
    text: str, evidence: list[tuple[Category, str]], masked: tuple[Span, ...] = (), **message: object
) -> Assessment:
    findings = tuple(
        Finding(c, text.index(e), text.index(e) + len(e), 0.9, EMAIL if c is Category.PRIVATE_INFO else MODEL)
        for c, e in evidence
    )
    flagged = frozenset(c for c, _ in evidence)
    scores = {c: (0.9 if c in flagged else 0.0) for c in Category}
    return Assessment(Message("m", text, **message), scores, findings, flagged, masked)  # type: ignore[arg-type]


def test_pieces_mark_evidence_and_set_masked_code_apart() -> None:
    text = "you idiot, run `rm -rf /` now"
    a = _assessment(text, [(Category.INSULT, "idiot")], (Span(15, 25, "inline_code"),))
    assert pieces(a, 0, len(text)) == [
        Piece("you "),
        Piece("idiot", (Category.INSULT,)),
        Piece(", run "),
        Piece("`rm -rf /`", masked="inline_code"),
        Piece(" now"),
    ]


@pytest.mark.parametrize("show_private", [False, True])
def test_private_values_are_redacted_unless_asked(show_private: bool) -> None:
    text = "idiot, write to jane.doe@example.com today"
    a = _assessment(text, [(Category.INSULT, "idiot"), (Category.PRIVATE_INFO, "jane.doe@example.com")])
    shown = "".join(p.text for window in excerpts(a, show_private) for p in window)
    assert ("jane.doe@example.com" in shown) is show_private
    assert ("@e***.com" in shown) is not show_private


@pytest.mark.parametrize(
    ("text", "value", "mask"),
    [
        # contact details that are not doxxing (so not findings) are still masked in every output
        ("you idiot, mail me at jane.doe@example.com", "jane.doe@example.com", "j***@e***.com"),
        ("idiot.\n\nSigned-off-by: Jane Doe <jane.doe@example.com>", "jane.doe@example.com", "j***@e***.com"),
        ("> call her on +1 415 555 0132\n\nyou idiot", "555 0132", "+1 415 *** **32"),
        ("you idiot\n```\nuser=bob phone=415-555-0132\n```", "555-0132", "415-***-**32"),
    ],
)  # fmt: skip
def test_values_that_are_not_findings_are_redacted_too(text: str, value: str, mask: str) -> None:
    a = _assessment(text, [(Category.INSULT, "idiot")])
    shown = "".join(p.text for window in excerpts(a) for p in window)
    assert value not in shown and mask in shown, shown
    assert evidence.context(a, a.findings[0], 60).count(value) == 0
    assert value in "".join(p.text for window in excerpts(a, show_private=True) for p in window)


def test_a_value_masked_inside_a_masked_trailer_keeps_the_trailer_one_piece() -> None:
    text = "you idiot\nSigned-off-by: Jane Roe <jane.roe@example.com>"
    trailer = Span(text.index("Signed"), len(text), "trailer")
    a = _assessment(text, [(Category.INSULT, "idiot")], (trailer,))
    expected = Piece("Signed-off-by: Jane Roe <j***@e***.com>", masked="trailer", holds_redacted=True)
    assert pieces(a, 0, len(text))[-1] == expected


def test_html_says_a_masked_trailer_holds_a_redacted_value() -> None:
    text = "you idiot\nSigned-off-by: Jane Roe <jane.roe@example.com>"
    trailer = Span(text.index("Signed"), len(text), "trailer")
    a = _assessment(text, [(Category.INSULT, "idiot")], (trailer,))
    report = Report(rank([a]), count_all([a]).summary(), (), dict.fromkeys(Category, 0.5), False)
    stream = io.StringIO()
    render(report, "html", stream)
    assert (
        'title="trailer: skipped by the detectors; private information in it is redacted"'
        in stream.getvalue()
    )
    assert "jane.roe@example.com" not in stream.getvalue()


def test_a_window_never_cuts_a_private_value_in_half() -> None:
    text = "x" * 200 + " idiot " + "y" * 70 + " jane.doe@example.com"
    a = _assessment(text, [(Category.INSULT, "idiot"), (Category.PRIVATE_INFO, "jane.doe@example.com")])
    shown = "".join(p.text for p in pieces(a, 150, 290))
    assert "doe@" not in shown and "example.com" not in shown


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://github.com/o/r/issues/1#issuecomment-2", "https://github.com/o/r/issues/1#issuecomment-2"),
        ("http://lists.example.com/1001", "http://lists.example.com/1001"),
        ("javascript:alert(1)", None),
        (" JaVaScRiPt:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("vbscript:msgbox", None),
        ("//evil.example.com/x", None),
        ("/relative/path", None),
        ('https://example.com/a"><script>', "https://example.com/a%22%3E%3Cscript%3E"),
        (None, None),
    ],
)
def test_only_http_urls_become_links(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        ("thanks @alice!", "thanks `@alice`\\!"),
        ("see #14", "see `#14`"),
        ("<script>alert(1)</script>", "\\<script\\>alert\\(1\\)\\</script\\>"),
        ("![x](https://example.com/t.png)", "\\!\\[x\\]\\(`https://example.com/t.png)`"),
        ("a *b* _c_ $x$ | d", "a \\*b\\* \\_c\\_ \\$x\\$ \\| d"),
        ("two\n\nlines", "two lines"),
    ],
)
def test_markdown_escaping_makes_user_text_inert(text: str, markdown: str) -> None:
    assert escape(text) == markdown


def test_markdown_pieces_bold_evidence_and_code_span_masked_text() -> None:
    rendered = render_pieces(
        [Piece("- you "), Piece("idiot", (Category.INSULT,)), Piece(" `x`", masked="inline_code")]
    )
    assert rendered == "\\- you **idiot** `` inline code: `x` ``"
    assert code("a ``b`` c") == "```a ``b`` c```"


@pytest.mark.parametrize(
    ("text", "words", "shown"),
    [
        ("you look hot in your avatar", ["look", "hot"], "you look hot in your avatar"),
        ("you look  \n hot in it", ["look", "hot"], "you look hot in it"),
        ("an idiot, a moron", ["idiot", "moron"], "an idiot, a moron"),
    ],
)
def test_terminal_evidence_keeps_one_space_between_adjacent_words(
    text: str, words: list[str], shown: str
) -> None:
    assessment = _assessment(text, [(Category.SEXUAL, w) for w in words])
    assert _evidence(assessment, show_private=False).plain == shown


def test_terminal_text_shows_escape_sequences_instead_of_running_them() -> None:
    assert printable("ok\x1b[2Jcleared\u202eevil") == "ok\\x1b[2Jcleared\\u202eevil"


def test_ranking_is_severity_times_score_then_recency() -> None:
    ranked = rank(assessments())
    assert [a.message.id for a in ranked] == ["1003", "1001", "1004", "1002", "row-7"]
    older = _assessment("damn", [(Category.PROFANITY, "damn")], created_at=datetime(2020, 1, 1, tzinfo=UTC))
    newer = _assessment("damn", [(Category.PROFANITY, "damn")], created_at=datetime(2024, 1, 1, tzinfo=UTC))
    assert rank([older, newer]) == (newer, older)


def test_grouping_by_thread_and_author() -> None:
    threads = by_thread(rank(assessments()))
    assert [(g.thread, [a.message.id for a in g.items], g.heated) for g in threads] == [
        ("14", ["1003"], False),
        ("12", ["1001", "1002"], True),  # in the order written, not by priority
        ("15", ["1004"], False),
    ]
    alice = by_author(rank(assessments()))[0]
    assert (alice.author, len(alice.items), alice.threads) == ("alice", 2, ("12", "14"))
    assert alice.first == datetime(2024, 5, 1, 10, tzinfo=UTC) and alice.last == datetime(
        2024, 5, 3, 9, tzinfo=UTC
    )
    assert alice.categories == ((Category.INSULT, 2), (Category.HARASSMENT, 1))


def test_author_groups_list_who_their_flagged_messages_mention(analyzer: Analyzer) -> None:
    """Sustained targeting shows as one handle mentioned again and again; the analyzer's own mention
    spans decide, so a handle in code or a quoted reply is not counted, nor the writer's own."""
    texts = [
        "@Bob you are an idiot, cc @carol",
        "@bob seriously, you moron. `@dan` wrote this",
        "> @zed: you moron\n\nI am @eve and you are a moron @BOB",
        "@frank thanks, merged!",
    ]
    items = list(analyzer.analyze([Message(str(n), t, author="eve") for n, t in enumerate(texts)]))
    assert [bool(a.flagged) for a in items] == [True, True, True, False]
    (eve,) = by_author([a for a in items if a.flagged])
    assert eve.mentioned == (("Bob", 3), ("carol", 1))
