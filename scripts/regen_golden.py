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

from cases import baseline_report, private_report, sample_report  # noqa: E402

from civility.triage.formats import FORMATS, render  # noqa: E402

EXTENSION = {"table": "txt", "md": "md", "html": "html", "json": "json", "jsonl": "jsonl", "csv": "csv"}


CASES = {"report": sample_report, "private": private_report, "baseline": baseline_report}
"""Golden case name -> the report it renders (see tests/golden/cases.py)."""


def rendered(fmt: str, case: str = "report", show_private: bool = False) -> str:
    stream = io.StringIO()
    render(CASES[case](show_private), fmt, stream)
    return stream.getvalue()


def golden_path(fmt: str, case: str = "report") -> Path:
    return GOLDEN / f"{case}.{EXTENSION[fmt]}"


def main() -> int:
    for case in CASES:
        for fmt in FORMATS:
            path = golden_path(fmt, case)
            path.write_text(rendered(fmt, case), encoding="utf-8", newline="")
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
