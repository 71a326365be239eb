"""Regenerate the golden report files in tests/golden/ from the fixed cases in tests/golden/cases.py.

    python scripts/regen_golden.py          # rewrite every format's golden file
    git diff tests/golden                   # review the change before committing it

Run it after an intended change to a renderer; the golden tests fail on any unintended one.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

GOLDEN = Path(__file__).resolve().parents[1] / "tests" / "golden"
sys.path.insert(0, str(GOLDEN))

from cases import sample_report  # noqa: E402

from civility.triage.formats import FORMATS, render  # noqa: E402

EXTENSION = {"table": "txt", "md": "md", "html": "html", "json": "json", "jsonl": "jsonl", "csv": "csv"}


def rendered(fmt: str) -> str:
    stream = io.StringIO()
    render(sample_report(), fmt, stream)
    return stream.getvalue()


def golden_path(fmt: str) -> Path:
    return GOLDEN / f"report.{EXTENSION[fmt]}"


def main() -> int:
    for fmt in FORMATS:
        path = golden_path(fmt)
        path.write_text(rendered(fmt), encoding="utf-8", newline="")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
