"""A human walks unreviewed findings one at a time: confirm, dismiss, skip or quit.

Every answer is written to the baseline at once (atomically), so an interrupted review loses at most
the question on screen. Context (the message, redacted) comes from the exports when they are given;
without them only what the baseline holds is shown (category, message id, thread), never any text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from civility.baseline import Baseline, Entry, now, save
from civility.triage.evidence import evidence
from civility.triage.fingerprint import Keyed
from civility.triage.highlight import Piece, excerpts
from civility.triage.view import printable
from civility.types import Category

Ask = Callable[[str], str | None]
"""Shows a prompt and returns the answer line, or None at end of input."""

CHOICES = {"c": "confirmed", "d": "dismissed", "s": "skip", "q": "quit"}
PROMPT = "[c]onfirm  [d]ismiss  [s]kip  [q]uit > "


@dataclass
class Tally:
    answered: dict[str, int] = field(default_factory=lambda: {"confirmed": 0, "dismissed": 0, "skip": 0})
    quit: bool = False


def review(
    path: Path,
    baseline: Baseline,
    contexts: Mapping[str, Keyed],
    ask: Ask,
    out: TextIO,
    show_private: bool = False,
) -> Baseline:
    """Ask about every unreviewed finding (highest priority first); returns the saved baseline."""
    queue = ordered([e for e in baseline.entries if e.verdict == "unreviewed"], contexts)
    tally = Tally()
    for n, entry in enumerate(queue, 1):
        shown = describe(entry, contexts.get(entry.fingerprint), show_private)
        out.write(f"\n[{n}/{len(queue)}] " + printable(shown))
        answer = _choice(ask)
        if answer == "quit":
            tally.quit = True
            break
        tally.answered[answer] += 1
        if answer == "skip":
            continue
        note = (ask("note (optional, Enter for none) > ") or "").strip() or None
        baseline = baseline.with_verdict(entry.fingerprint, answer, note, now())
        save(baseline, path)
        out.write(f"saved: {answer}\n")
    left = sum(e.verdict == "unreviewed" for e in baseline.entries)
    done = ", ".join(f"{k} {v}" for k, v in tally.answered.items())
    out.write(f"\nreview {'stopped' if tally.quit else 'done'}: {done}; {left} left unreviewed in {path}\n")
    return baseline


def ordered(entries: Sequence[Entry], contexts: Mapping[str, Keyed]) -> list[Entry]:
    """Findings with context by message priority (then recency), then the rest in baseline order."""

    def key(entry: Entry) -> tuple[int, float]:
        found = contexts.get(entry.fingerprint)
        return (0, -found.assessment.priority) if found else (1, 0.0)

    return sorted(entries, key=key)


def describe(entry: Entry, found: Keyed | None, show_private: bool) -> str:
    category = Category.parse(entry.category)
    lines = [f"{category.value} — {category.clause}"]
    where = [f"thread #{entry.thread}" if entry.thread else None, f"message {entry.message_id}"]
    if found is None:
        lines.append(" · ".join(w for w in where if w))
        lines.append("(no context: pass --export with the export file(s) this baseline covers to see it)")
        return "\n".join(lines) + "\n"
    a = found.assessment
    m = a.message
    where += [f"@{m.author}" if m.author else None, m.url]
    lines[0] += f"\nscore {a.scores.get(category, 0.0):.2f}, priority {a.priority:.2f}"
    lines.append(" · ".join(w for w in where if w))
    if found.finding is not None and category is Category.PRIVATE_INFO:
        lines.append("evidence: " + evidence(a, found.finding, show_private))
    for excerpt in excerpts(a, show_private):
        lines.append("  | " + plain(excerpt))
    return "\n".join(lines) + "\n"


def plain(pieces: Sequence[Piece]) -> str:
    """One line: evidence »like this«, masked code/quotes ⟦kind: like this⟧, redacted values as masked."""
    out = []
    for piece in pieces:
        text = " ".join(piece.text.split())
        pad_l = " " if piece.text[:1].isspace() else ""
        pad_r = " " if piece.text[-1:].isspace() and text else ""
        if piece.masked:
            text = f"⟦{piece.masked.replace('_', ' ')}: {text}⟧"
        elif piece.categories and not piece.redacted:
            text = f"»{text}«"
        out.append(pad_l + text + pad_r)
    return "".join(out)


def _choice(ask: Ask) -> str:
    while True:
        line = ask(PROMPT)
        if line is None:
            return "quit"
        answer = CHOICES.get(line.strip().lower()[:1])
        if answer:
            return answer
