"""Configuration: thresholds per category, enabled detectors, allow-list and limits.

Read from `[tool.civility]` in a `pyproject.toml` or from a `civility.toml` (top level), found in the
current directory or its parents; command-line options override it.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from civility.errors import ConfigError
from civility.types import Category


@dataclass(frozen=True)
class Config:
    """Everything a scan can be tuned by. Immutable: use `with_thresholds` and friends to derive."""

    thresholds: Mapping[Category, float] = field(default_factory=dict)
    """Per-category overrides of the model's thresholds (chosen on validation folds)."""
    disabled_detectors: frozenset[str] = frozenset()
    """Detector names not to run (e.g. `threat`; `civility.detectors.registry.DETECTOR_NAMES`)."""
    disabled_filters: frozenset[str] = frozenset()
    """Context filters not to apply (e.g. `groan`; `civility.filters.registry.FILTER_NAMES`)."""
    allowlist: tuple[str, ...] = ()
    """Regular expressions; a finding whose evidence text matches one fully is dropped."""
    max_chars: int = 200_000
    """Messages longer than this are skipped with a reason (they are almost always pasted logs)."""
    batch_size: int = 512
    """Messages per batch for spaCy and the model."""
    model_path: str | None = None
    """A model file other than the shipped one."""
    source: str | None = None
    """The file this configuration came from, for messages."""

    def with_thresholds(self, overrides: Mapping[Category, float]) -> Config:
        return replace(self, thresholds={**self.thresholds, **overrides})


def parse_threshold(text: str) -> tuple[Category, float]:
    """`insult=0.7` → (Category.INSULT, 0.7), with errors that list what is valid."""
    name, sep, value = text.partition("=")
    if not sep:
        raise ConfigError(f"threshold {text!r} must look like CATEGORY=VALUE, e.g. insult=0.7")
    try:
        category = Category.parse(name)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    return category, _probability(value, f"threshold for {category}")


def load_config(path: Path | None = None, start: Path | None = None) -> Config:
    """The configuration in `path`, or the nearest `civility.toml` / `pyproject.toml` above `start`."""
    found = path or _find_config(start or Path.cwd())
    if found is None:
        return Config()
    try:
        data = tomllib.loads(found.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{found}: cannot read configuration: {exc}") from None
    table = data.get("tool", {}).get("civility") if found.name == "pyproject.toml" else data
    return _from_table(table or {}, str(found))


def _find_config(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        if (folder / "civility.toml").is_file():
            return folder / "civility.toml"
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "[tool.civility" in pyproject.read_text(
            encoding="utf-8", errors="replace"
        ):
            return pyproject
    return None


def _from_table(table: Mapping[str, Any], source: str) -> Config:
    known = {
        *("thresholds", "disabled_detectors", "disabled_filters", "allowlist"),
        *("max_chars", "batch_size", "model_path"),
    }
    unknown = set(table) - known
    if unknown:
        raise ConfigError(f"{source}: unknown key(s) {sorted(unknown)}; valid keys: {sorted(known)}")
    thresholds = {}
    for name, value in dict(table.get("thresholds", {})).items():
        try:
            category = Category.parse(name)
        except ValueError as exc:
            raise ConfigError(f"{source}: {exc}") from None
        thresholds[category] = _probability(value, f"{source}: threshold for {category}")
    return Config(
        thresholds=thresholds,
        disabled_detectors=_names(table, "disabled_detectors", source),
        disabled_filters=_names(table, "disabled_filters", source),
        allowlist=tuple(table.get("allowlist", ())),
        max_chars=int(table.get("max_chars", Config.max_chars)),
        batch_size=int(table.get("batch_size", Config.batch_size)),
        model_path=table.get("model_path"),
        source=source,
    )


def _probability(value: object, what: str) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ConfigError(f"{what} must be a number between 0 and 1, got {value!r}") from None
    if not 0.0 <= number <= 1.0:
        raise ConfigError(f"{what} must be between 0 and 1, got {number}")
    return number


def _names(table: Mapping[str, Any], key: str, source: str) -> frozenset[str]:
    """The detector or filter names under `key`, checked here so that the error names the file."""
    from civility.detectors.registry import DETECTOR_NAMES
    from civility.filters.registry import FILTER_NAMES

    valid = DETECTOR_NAMES if key == "disabled_detectors" else FILTER_NAMES
    given = table.get(key, ())
    if isinstance(given, str):
        given = (given,)
    unknown = sorted(set(given) - set(valid))
    if unknown:
        raise ConfigError(f"{source}: {key}: unknown name(s) {unknown}; valid names: {', '.join(valid)}")
    return frozenset(given)
