"""Packaging: every subpackage is installed by a plain `pip install .` (as pre-commit does it)."""

from __future__ import annotations

import tomllib
from pathlib import Path


def test_every_subpackage_is_listed_in_pyproject(repo_root: Path) -> None:
    listed = set(tomllib.loads((repo_root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    src = repo_root / "src"
    found = {".".join(init.parent.relative_to(src).parts) for init in src.rglob("__init__.py")}
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
    assert "civility_models" in listed
