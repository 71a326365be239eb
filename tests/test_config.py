"""Configuration: thresholds from pyproject / civility.toml and the command line, with clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from civility.config import Config, load_config, parse_threshold
from civility.errors import ConfigError
from civility.types import Category


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("insult=0.7", (Category.INSULT, 0.7)),
        (" Profanity = 0.9", (Category.PROFANITY, 0.9)),
        ("private_info=0", (Category.PRIVATE_INFO, 0.0)),
    ],
)
def test_parse_threshold(text: str, expected: tuple[Category, float]) -> None:
    assert parse_threshold(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("insult", "CATEGORY=VALUE"),
        ("rude=0.5", "choose one of: insult, identity_attack"),
        ("insult=high", "between 0 and 1"),
        ("insult=1.5", "between 0 and 1"),
    ],
)
def test_parse_threshold_errors_say_what_is_valid(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_threshold(text)


def test_pyproject_table_is_found_from_a_subfolder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.civility]\nallowlist = ["dummy"]\n'
        "[tool.civility.thresholds]\ninsult = 0.8\n",
        encoding="utf-8",
    )
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    config = load_config(start=sub)
    assert config.thresholds == {Category.INSULT: 0.8}
    assert config.allowlist == ("dummy",)
    assert config.source == str(tmp_path / "pyproject.toml")


def test_civility_toml_wins_over_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.civility.thresholds]\ninsult = 0.8\n", encoding="utf-8")
    (tmp_path / "civility.toml").write_text("[thresholds]\ninsult = 0.6\n", encoding="utf-8")
    assert load_config(start=tmp_path).thresholds == {Category.INSULT: 0.6}


def test_detectors_and_filters_are_disabled_by_name(tmp_path: Path) -> None:
    path = tmp_path / "civility.toml"
    path.write_text('disabled_detectors = ["threat"]\ndisabled_filters = ["groan", "laughter"]\n', "utf-8")
    config = load_config(path)
    assert config.disabled_detectors == {"threat"}
    assert config.disabled_filters == {"groan", "laughter"}


def test_no_configuration_gives_defaults(tmp_path: Path) -> None:
    assert load_config(start=tmp_path) == Config()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("thresholds = {rude = 0.5}", "unknown category 'rude'"),
        ("colour = 'red'", "unknown key"),
        ("[thresholds]\ninsult = 2", "between 0 and 1"),
        ("not toml at all [", "cannot read configuration"),
        (
            "disabled_filters = ['groans']",
            r"disabled_filters: unknown name\(s\) \['groans'\]; valid .*groan",
        ),
        ("disabled_detectors = ['threats']", r"unknown name\(s\) \['threats'\]; valid names: model, threat"),
    ],
)
def test_bad_configuration_names_the_file(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "civility.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as info:
        load_config(path)
    assert str(path) in str(info.value)


def test_command_line_overrides_keep_other_thresholds() -> None:
    config = Config(thresholds={Category.INSULT: 0.8, Category.SEXUAL: 0.4})
    assert config.with_thresholds({Category.INSULT: 0.5}).thresholds == {
        Category.INSULT: 0.5,
        Category.SEXUAL: 0.4,
    }
