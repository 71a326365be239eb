"""Baseline format upgrades: one function per old version, applied in order up to the current one.

Version 1 is the first format, so there is nothing to upgrade yet; a future version 2 adds
`_from_1(data) -> data` to UPGRADES. A baseline newer than this civility is refused (never rewritten).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from civility.errors import BaselineError

CURRENT_VERSION = 1

UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}
"""Old version -> function returning the data in the next version."""


def upgrade(data: Any, where: str) -> dict[str, Any]:
    """`data` in the current format; BaselineError for a future, unknown or missing version."""
    if not isinstance(data, dict) or "findings" not in data:
        raise BaselineError(f"{where}: not a civility baseline (no 'findings'); pass the right file")
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise BaselineError(f"{where}: baseline has no valid 'version'; restore it from git or its .bak copy")
    if version > CURRENT_VERSION:
        raise BaselineError(
            f"{where}: baseline version {version} was written by a newer civility (this one reads up to "
            f"{CURRENT_VERSION}); upgrade civility (pip install -U civility) instead of overwriting it"
        )
    while version < CURRENT_VERSION:
        if version not in UPGRADES:
            raise BaselineError(f"{where}: no upgrade from baseline version {version}")
        data = UPGRADES[version](data)
        version += 1
        data["version"] = version
    return data
