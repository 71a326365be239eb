"""The command line: every command answers --help, is documented in the README, and exits as documented."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from civility.cli import COMMANDS, build_parser, main


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert f"civility {command}" in capsys.readouterr().out


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_documented_in_the_readme(command: str, repo_root: Path) -> None:
    assert f"civility {command}" in (repo_root / "README.md").read_text(encoding="utf-8")


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run([sys.executable, "-m", "civility", "--version"], capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout.startswith("civility ")


def test_unknown_command_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(["frobnicate"])
    assert exit_info.value.code == 2
