"""The HTML report in a real headless Chromium: payloads in comment text run nothing, the queue renders,
and the filters and sorting work (driven through the page's `#min=...&categories=...` view link)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "golden"))

from cases import MODEL, sample_report

from civility.triage.formats import render
from civility.triage.report import rank
from civility.types import Assessment, Category, Finding, Message, Skipped, SourceLocation

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed (apt-get install chromium)"),
]
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
PAYLOAD = "\"'><img src=x onerror=\"document.title='pwned-attr'\"><svg onload=document.title='pwned-svg'>"


class _Elements(HTMLParser):
    """The real elements of a dumped DOM (escaped text stays text): tags with their attributes."""

    def __init__(self, dom: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.title = ""
        self._in_title = False
        self.feed(dom)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_title = tag == "title"

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False


def _chromium(tmp_path: Path, *args: str) -> str:
    command = [str(CHROMIUM), *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=90, check=True)
    return done.stdout


def _page(tmp_path: Path, report: object = None) -> Path:
    path = tmp_path / "report.html"
    with path.open("w", encoding="utf-8") as stream:
        render(report or sample_report(), "html", stream)  # type: ignore[arg-type]
    return path


def _hostile_report() -> object:
    """Payloads in every field a report shows: author, thread, repo, id, url, skip reason and text."""
    text = f"you idiot {PAYLOAD} <script>document.body.dataset.pwned='script'</script>"
    message = Message(
        id=PAYLOAD,
        text=text,
        thread=PAYLOAD,
        author=PAYLOAD,
        url="javascript:document.title='pwned-url'",
        repo=PAYLOAD,
        source=SourceLocation(PAYLOAD, 1),
    )
    finding = Finding(Category.INSULT, 4, 9, 0.9, MODEL)
    item = Assessment(
        message,
        {c: 0.9 if c is Category.INSULT else 0.0 for c in Category},
        (finding,),
        frozenset({Category.INSULT}),
    )
    base = sample_report()
    skipped = (*base.skipped, Skipped(SourceLocation(PAYLOAD, 2), PAYLOAD))
    return replace(base, items=rank([*base.items, item]), skipped=skipped)


@pytest.mark.parametrize("report", [None, _hostile_report()], ids=["sample", "payloads-everywhere"])
def test_payloads_in_comments_execute_nothing(tmp_path: Path, report: object) -> None:
    dom = _chromium(tmp_path, "--dump-dom", _page(tmp_path, report).as_uri())
    assert 'data-ready="1"' in dom, "the page's own script must run (so a silent payload means something)"
    page = _Elements(dom)
    assert page.title == "civility triage report"
    body = next(attrs for tag, attrs in page.tags if tag == "body")
    assert not any("pwned" in name for name in body), body
    assert [tag for tag, _ in page.tags if tag in ("script", "img", "svg", "iframe", "object")] == ["script"]
    handlers = [(tag, name) for tag, attrs in page.tags for name in attrs if name.startswith("on")]
    assert handlers == []
    links = [attrs.get("href") or "" for tag, attrs in page.tags if tag == "a"]
    assert links and all(h.startswith(("https://", "#")) for h in links), links


def test_view_link_filters_by_category_and_threshold(tmp_path: Path) -> None:
    page = _page(tmp_path).as_uri() + "#min=0.7&categories=insult,profanity&sort=time-desc"
    dom = _chromium(tmp_path, "--dump-dom", page)
    rows = re.findall(r'<tr class="item( hidden)?" id="item-(\d)"', dom)
    # insult 0.91 (#2), insult 0.80 (#3), profanity 0.72 (#4, #5) stay; #1 (harassment 0.66, insult 0.52) goes
    assert {rank for hidden, rank in rows if not hidden} == {"2", "3", "4", "5"}
    assert [rank for _, rank in rows] == ["3", "1", "4", "2", "5"]  # newest first, undated last
    assert '<span id="shown-count">4</span>' in dom


def test_view_link_filters_by_baseline_status(tmp_path: Path) -> None:
    from cases import baseline_report

    dom = _chromium(tmp_path, "--dump-dom", _page(tmp_path, baseline_report()).as_uri() + "#status=new")
    rows = re.findall(r'<tr class="item( hidden)?" id="item-(\d)"[^>]*data-status="(\w+)"', dom)
    assert [(rank, status) for hidden, rank, status in rows if not hidden] == [("1", "new"), ("4", "new")]
    assert len(rows) == 4  # the dismissed message is not in the page at all


def test_screenshot_renders_the_queue_with_highlighted_evidence(tmp_path: Path) -> None:
    from PIL import Image

    shot = tmp_path / "shot.png"
    _chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,1200", _page(tmp_path).as_uri())
    image = Image.open(shot).convert("RGB")
    assert image.size == (1280, 1200)
    colours = {colour for _, colour in image.getcolors(maxcolors=1 << 20) or []}
    assert (0xFF, 0xD8, 0xB5) in colours, "evidence highlight colour not drawn: the queue did not render"
