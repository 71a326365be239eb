"""The filters an Analyzer applies: their order, turning a context heuristic off by name, and the
second-look switch (`civility.filters.registry`, `Config.disabled_filters`)."""

from __future__ import annotations

import pytest

import civility.filters
from civility.analyzer import Analyzer
from civility.config import Config
from civility.errors import ConfigError
from civility.filters.registry import FILTER_NAMES, active_filter_names, default_filters
from civility.types import Category

MECHANISMS = ("masked_span", "inline_ignore", "allowlist")


def _names(config: Config) -> list[str]:
    return [getattr(f, "__name__", "") for f in default_filters(config)]


def test_default_order_puts_the_mechanisms_and_code_identifier_first() -> None:
    assert _names(Config())[:4] == ["masked_span", "code_identifier", "inline_ignore", "allowlist"]
    assert _names(Config())[4:] == list(FILTER_NAMES[1:])


def test_every_filter_is_in_the_documented_table() -> None:
    table = civility.filters.__doc__ or ""
    for name in (*MECHANISMS, *FILTER_NAMES):
        assert f"| `{name}` |" in table


def test_a_disabled_filter_is_not_applied_and_the_order_of_the_rest_is_kept() -> None:
    names = _names(Config(disabled_filters=frozenset({"groan", "code_identifier"})))
    assert "groan" not in names and "code_identifier" not in names
    assert names[:3] == ["masked_span", "inline_ignore", "allowlist"]
    assert names[3:] == [n for n in FILTER_NAMES if n not in ("groan", "code_identifier")]


@pytest.mark.parametrize(
    "disabled", [frozenset(), frozenset({"groan", "code_identifier"}), frozenset(FILTER_NAMES)]
)
def test_the_recorded_names_are_the_filters_applied(disabled: frozenset[str]) -> None:
    config = Config(disabled_filters=disabled)
    assert active_filter_names(config) == _names(config)


def test_an_unknown_filter_name_lists_the_valid_ones() -> None:
    with pytest.raises(ConfigError, match=r"unknown filter.*'groans'.*valid names: code_identifier"):
        Analyzer(Config(disabled_filters=frozenset({"groans"})))


@pytest.mark.parametrize(
    ("text", "disabled", "flagged"),
    [
        # ToxiCR labels groans toxic; a community that agrees can turn the groan filter off
        ("Ugh.", frozenset(), set()),
        ("Ugh.", frozenset({"groan"}), {Category.INSULT}),
        ("lol", frozenset(), set()),
        ("lol", frozenset({"laughter"}), {Category.INSULT}),
    ],
)
def test_turning_a_context_filter_off_gives_its_flags_back(
    text: str, disabled: frozenset[str], flagged: set[Category]
) -> None:
    (assessment,) = Analyzer(Config(disabled_filters=disabled)).analyze([text])
    assert assessment.flagged == flagged


def test_without_the_second_look_the_set_aside_sentence_keeps_its_score() -> None:
    """The other sentence's own evidence keeps the flag either way; only the second look gives the
    category that sentence's score instead of the groan's."""
    text = "Ugh. this maintainer is arrogant and lazy."
    (with_look,) = Analyzer().analyze([text])
    (without,) = Analyzer(second_look=False).analyze([text])
    assert with_look.flagged == without.flagged == {Category.INSULT}
    assert [text[f.start : f.end] for f in without.findings] == ["arrogant", "lazy"]
    assert with_look.scores[Category.INSULT] < without.scores[Category.INSULT]
    assert with_look.scores[Category.INSULT] == max(f.score for f in with_look.findings)
    assert any("groan" in reason for reason in without.suppressed)
