"""`civility review` in a real pseudo-terminal: prompts appear, answers are typed, and Ctrl-C in the
middle keeps every answer already given (the baseline is saved after each one)."""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "golden"))

from cases import assessments

from civility.baseline import Baseline, save
from civility.triage.known import updated

pty = pytest.importorskip("pty")
PROMPT = b"[q]uit > "


def _read_until(fd: int, marker: bytes, seen: bytearray, timeout: float = 60.0, after: int = 0) -> None:
    deadline = time.monotonic() + timeout
    while marker not in seen[after:]:
        if time.monotonic() > deadline:
            raise AssertionError(f"no {marker!r} on the terminal; got {bytes(seen)[-400:]!r}")
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                seen.extend(os.read(fd, 4096))
            except OSError:
                break


def _interrupt(fd: int, seen: bytearray, tries: int = 6) -> None:
    """Ctrl-C (the terminal sends SIGINT) until the review says it stopped. CPython's `input()` can
    miss a SIGINT that lands between printing its prompt and waiting for a key (the handler runs at
    the next key); a person presses Ctrl-C again, and so does this test, on a loaded machine."""
    for _ in range(tries - 1):
        os.write(fd, b"\x03")
        try:
            _read_until(fd, b"again to continue", seen, timeout=10.0)
            return
        except AssertionError:
            continue
    os.write(fd, b"\x03")
    _read_until(fd, b"again to continue", seen)


def test_typed_answers_then_ctrl_c_keep_what_was_answered(tmp_path: Path) -> None:
    path = tmp_path / ".civility-baseline.json"
    save(updated(Baseline(), assessments(), ["issue-thread.json"], when="2024-06-01T12:00:00Z"), path)
    pid, leader = pty.fork()  # the child gets the pty as its controlling terminal, like a login shell
    if pid == 0:  # pragma: no cover - the child process
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.chdir(tmp_path)
        os.execv(sys.executable, [sys.executable, "-m", "civility", "review", str(path)])
    seen = bytearray()
    try:
        _read_until(leader, PROMPT, seen)
        assert b"[1/6]" in seen and b"no context: pass --export" in seen
        os.write(leader, b"d\n")
        _read_until(leader, b"note (optional", seen)
        os.write(leader, b"a quote, not an attack\n")
        _read_until(leader, b"[2/6]", seen)
        _read_until(leader, PROMPT, seen, after=seen.index(b"[2/6]"))
        _interrupt(leader, seen)
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 2
        assert b"review interrupted; every answer given so far is saved" in seen
    finally:
        with contextlib.suppress(ProcessLookupError, ChildProcessError):
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(leader)
    findings = json.loads(path.read_text(encoding="utf-8"))["findings"]
    answered = [(f["verdict"], f["note"]) for f in findings if f["verdict"] != "unreviewed"]
    assert answered == [("dismissed", "a quote, not an attack")]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".civility-baseline.json",
        ".civility-baseline.json.bak",
    ]
