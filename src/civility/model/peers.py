"""alt-profanity-check, scored in its own virtual environment (it pins scikit-learn and joblib exactly).

Set it up once: `python -m venv benchmarks/.work/peer-venv && benchmarks/.work/peer-venv/bin/pip install
alt-profanity-check` (or point CIVILITY_PEER_PYTHON at another interpreter that has it). Texts go to
the subprocess as JSON lines on stdin; probabilities come back one per line. When the venv is absent
the peer is reported as unavailable instead of failing the evaluation.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Sequence
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[3]
DEFAULT_PYTHON = REPO / "benchmarks" / ".work" / "peer-venv" / "bin" / "python"
PEER = "alt-profanity-check"

_SCRIPT = """
import json, sys
from profanity_check import predict_prob
texts = [json.loads(line) for line in sys.stdin]
for start in range(0, len(texts), 20000):
    for p in predict_prob(texts[start:start + 20000]):
        sys.stdout.write(f"{float(p):.6f}\\n")
"""


def _wanted_python() -> Path:
    return Path(os.environ.get("CIVILITY_PEER_PYTHON", DEFAULT_PYTHON))


def peer_python() -> Path | None:
    path = _wanted_python()
    return path if path.is_file() else None


def unavailable_reason() -> str | None:
    python = peer_python()
    if python is None:
        return f"{PEER} unavailable: no interpreter at {_wanted_python()} (see civility.model.peers)"
    probe = subprocess.run([str(python), "-c", "import profanity_check"], capture_output=True, text=True)
    if probe.returncode != 0:
        return f"{PEER} unavailable: {python} cannot import profanity_check"
    return None


def peer_scores(texts: Sequence[str]) -> np.ndarray:
    """alt-profanity-check probabilities for `texts` (raw text, as the peer is meant to be used)."""
    python = peer_python()
    if python is None:
        raise RuntimeError(unavailable_reason())
    payload = "".join(json.dumps(t) + "\n" for t in texts)
    done = subprocess.run(
        [str(python), "-c", _SCRIPT], input=payload, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{PEER} failed: {done.stderr.strip()[-500:]}")
    return np.array([float(x) for x in done.stdout.split()], dtype=np.float32)
