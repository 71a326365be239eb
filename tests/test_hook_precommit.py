"""The hook under the real `pre-commit` framework, in a throw-away git repository.

pre-commit installs civility from a clone of this repository at HEAD into its own virtualenv (the
dependencies come from the package index: minutes, and network at install time), so this is `slow`.
The story: a commit adding a clean export passes; one adding an uncivil comment fails with the finding
shown; after a human dismisses it in `civility review` (answers on stdin) the same commit passes.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        importlib.util.find_spec("pre_commit") is None,
        reason="pre-commit not installed (pip install -e '.[dev]')",
    ),
    pytest.mark.skipif(not (REPO / ".git").exists(), reason="needs the civility git repository to clone"),
]
PRE_COMMIT = (sys.executable, "-m", "pre_commit")
"""The framework of the interpreter running the tests (its console script may not be on PATH, e.g.
in an unactivated venv); `pre-commit install` writes a git hook that calls this same interpreter."""

CLEAN = {
    "id": "c1",
    "thread": "3",
    "author": "dana",
    "body": "Thanks for the fix, the tests pass on my machine now.",
}
RUDE = {
    "id": "c2",
    "thread": "3",
    "author": "grumpy",
    "body": "You are a complete idiot, this patch is garbage.",
}


def _git(
    cwd: Path, *args: str, env: dict[str, str] | None = None, check: bool = True
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=check, timeout=1800
    )


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("precommit")
    clone = root / "civility"
    _git(root, "clone", "--quiet", "--no-hardlinks", str(REPO), str(clone))
    assert (clone / "models" / "civility.skops").exists(), "the clone must carry the shipped model"
    head = _git(clone, "rev-parse", "HEAD").stdout.strip()
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(root / "cache"),
        "GIT_AUTHOR_NAME": "t",
        "GIT_COMMITTER_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_EMAIL": "t@example.com",
    }
    proj = root / "project"
    proj.mkdir()
    _git(proj, "init", "--quiet")
    (proj / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {clone}\n  rev: {head}\n  hooks:\n  - id: civility\n    files: ^exports/\n",
        encoding="utf-8",
    )
    subprocess.run([*PRE_COMMIT, "install"], cwd=proj, env=env, check=True, capture_output=True, timeout=120)
    subprocess.run(
        [*PRE_COMMIT, "install-hooks"], cwd=proj, env=env, check=True, capture_output=True, timeout=1800
    )
    _git(proj, "add", ".pre-commit-config.yaml")
    _git(proj, "commit", "--quiet", "-m", "pre-commit config", env=env)
    return proj, env


def _add_export(proj: Path, name: str, records: list[dict[str, str]]) -> None:
    (proj / "exports").mkdir(exist_ok=True)
    (proj / "exports" / name).write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    _git(proj, "add", f"exports/{name}")


def test_pre_commit_blocks_new_findings_until_a_human_reviews_them(
    project: tuple[Path, dict[str, str]],
) -> None:
    proj, env = project
    _add_export(proj, "clean.jsonl", [CLEAN])
    done = _git(proj, "commit", "-m", "clean export", env=env, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "civility" in done.stdout + done.stderr and "Passed" in done.stdout + done.stderr

    _add_export(proj, "thread-3.jsonl", [CLEAN, RUDE])
    done = _git(proj, "commit", "-m", "uncivil export", env=env, check=False)
    output = done.stdout + done.stderr
    assert done.returncode != 0 and "Failed" in output
    assert "1 new finding(s)" in output and "insult" in output and "@grumpy" in output

    review = subprocess.run(
        [
            sys.executable,
            "-m",
            "civility",
            "review",
            ".civility-baseline.json",
            "--export",
            "exports/thread-3.jsonl",
        ],
        cwd=proj,
        input="d\nquoted from a bug report, not aimed at anyone\n",
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    assert "saved: dismissed" in review.stdout
    _git(proj, "add", ".civility-baseline.json")
    done = _git(proj, "commit", "-m", "uncivil export, reviewed", env=env, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    committed = _git(proj, "show", "--stat", "HEAD").stdout
    assert "exports/thread-3.jsonl" in committed and ".civility-baseline.json" in committed
