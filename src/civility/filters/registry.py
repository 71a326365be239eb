"""The filters a default `Analyzer` applies, in order, by name.

Three are mechanisms the user already controls and always run: `masked_span` (code, logs, quotes...
are never evidence), `inline_ignore` (a moderator note) and `allowlist` (empty unless configured).
The others are context heuristics, each measured in `benchmarks/results/`; a community whose labels
differ (say, one that counts "Ugh." as hostile) can turn one off with `disabled_filters`.
"""

from __future__ import annotations

from civility.config import Config
from civility.errors import ConfigError
from civility.filters import FindingFilter
from civility.filters.allowlist import allowlist, inline_ignore
from civility.filters.code_token import code_identifier
from civility.filters.denial import denied_insult
from civility.filters.errand_idiom import errand_idiom
from civility.filters.greeting import greeting
from civility.filters.groan import groan
from civility.filters.laughter import laughter
from civility.filters.markup import masked_span
from civility.filters.mention import condemned_mention
from civility.filters.moderation_action import moderation_action
from civility.filters.oath_idiom import oath_idiom
from civility.filters.reader_praise import reader_praise
from civility.filters.reported_quote import reported_quote
from civility.filters.reported_speech import reported_speech
from civility.filters.self_directed import self_directed
from civility.filters.swear_exclamation import swear_exclamation
from civility.filters.swear_without_group import swear_without_group
from civility.filters.technical_target import technical_target
from civility.filters.technical_term import technical_term
from civility.filters.thing_evaluation import thing_evaluation

CONTEXT_FILTERS: dict[str, FindingFilter] = {
    "code_identifier": code_identifier,
    "technical_term": technical_term,
    "condemned_mention": condemned_mention,
    "reported_quote": reported_quote,
    "reported_speech": reported_speech,
    "denied_insult": denied_insult,
    "self_directed": self_directed,
    "technical_target": technical_target,
    "errand_idiom": errand_idiom,
    "oath_idiom": oath_idiom,
    "swear_exclamation": swear_exclamation,
    "swear_without_group": swear_without_group,
    "moderation_action": moderation_action,
    "thing_evaluation": thing_evaluation,
    "reader_praise": reader_praise,
    "greeting": greeting,
    "laughter": laughter,
    "groan": groan,
}
"""The context heuristics in the order they run (the first reason wins; `code_identifier` runs before
the moderator's own `inline_ignore` and `allowlist`, as it always has); `disabled_filters` names these."""

FILTER_NAMES = tuple(CONTEXT_FILTERS)


def active_filter_names(config: Config) -> list[str]:
    """The names of the filters `default_filters` returns, in their running order (baselines record it)."""
    unknown = config.disabled_filters - set(FILTER_NAMES)
    if unknown:
        raise ConfigError(f"unknown filter(s) {sorted(unknown)}; valid names: {', '.join(FILTER_NAMES)}")
    kept = [name for name in FILTER_NAMES if name not in config.disabled_filters]
    code = [kept.pop(kept.index("code_identifier"))] if "code_identifier" in kept else []
    return ["masked_span", *code, "inline_ignore", "allowlist", *kept]


def default_filters(config: Config) -> list[FindingFilter]:
    """The mechanisms and the context heuristics the configuration keeps, in their running order."""
    mechanisms = {
        "masked_span": masked_span,
        "inline_ignore": inline_ignore,
        "allowlist": allowlist(config.allowlist),
    }
    return [mechanisms.get(name) or CONTEXT_FILTERS[name] for name in active_filter_names(config)]
