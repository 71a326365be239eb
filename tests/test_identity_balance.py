"""Identity-term balancing: negatives that mention an over-represented group are weighted up, nothing else."""

from __future__ import annotations

import numpy as np
import pytest

from civility.model import identity
from civility.model.fit import FitConfig, balanced_terms
from civility.model.ngrams import words


def test_mentions_finds_terms_as_whole_lower_cased_words() -> None:
    docs = [
        words("As a gay developer I love this community"),
        words("Muslims and Jews build this project together"),
        words("This is a gaiety of bugs; the old code is black magic"),
        words("please rebase"),
    ]
    found = {term: rows.tolist() for term, rows in identity.mentions(docs).items()}
    assert found == {"gay": [0], "muslims": [1], "jews": [1], "old": [2], "black": [2]}


def corpus(term_positive: int, term_negative: int, other_positive: int, other_negative: int) -> tuple:
    """y and a single term's mention rows: the term's rows come first."""
    y = np.array([1] * term_positive + [0] * term_negative + [1] * other_positive + [0] * other_negative)
    return y, {"gay": np.arange(term_positive + term_negative)}


def weighted_rate(weights: np.ndarray, y: np.ndarray, rows: np.ndarray) -> float:
    return float((weights[rows] * y[rows]).sum() / weights[rows].sum())


def test_over_represented_term_gets_the_overall_rate() -> None:
    y, by_term = corpus(30, 10, 70, 890)  # the term: 75% positive; overall 10%
    before = weighted_rate(np.ones(len(y)), y, np.arange(len(y)))
    weights = identity.balance(np.ones(len(y)), y, by_term, cap=1000.0)
    assert weighted_rate(weights, y, by_term["gay"]) == pytest.approx(before)
    assert set(weights[:30]) == {1.0}  # positives keep their weight
    assert set(weights[40:]) == {1.0}  # rows without the term too


@pytest.mark.parametrize(
    ("case", "by_term"),
    [
        ("term as rare as the rest", {"gay": np.arange(100, 140)}),
        ("too few rows to trust", {"gay": np.arange(0, 10)}),
    ],
)
def test_left_alone(case: str, by_term: dict[str, np.ndarray]) -> None:
    y = np.zeros(1000, dtype=int)
    y[::10] = 1
    weights = np.ones(len(y))
    assert np.array_equal(identity.balance(weights, y, by_term, cap=20.0), weights), case


def test_factor_is_capped_and_unknown_rows_take_no_part() -> None:
    y, by_term = corpus(39, 1, 10, 950)
    weights = np.ones(len(y))
    weights[500:] = 0.0  # unknown for this head: weight 0
    out = identity.balance(weights, y, by_term, cap=20.0)
    assert out[39] == 20.0
    assert set(out[500:]) == {0.0}


def test_groups_are_row_indices_per_source_in_first_seen_order() -> None:
    found = identity.groups(["toxicr", "toxic_spans", "toxicr", "seeds", "toxic_spans"])
    assert list(found) == ["toxicr", "toxic_spans", "seeds"]
    rows = {k: v.tolist() for k, v in found.items()}
    assert rows == {"toxicr": [0, 2], "toxic_spans": [1, 4], "seeds": [3]}


def test_a_source_with_a_high_positive_rate_is_balanced_like_a_term() -> None:
    y = np.array([1] * 30 + [0] * 10 + [1] * 70 + [0] * 890)
    sources = ["news"] * 40 + ["code review"] * 960
    weights = identity.balance(np.ones(len(y)), y, identity.groups(sources), cap=1000.0)
    assert weighted_rate(weights, y, np.arange(40)) == pytest.approx(0.1)
    assert set(weights[40:]) == {1.0}


@pytest.mark.parametrize(
    ("text", "roles_on", "roles_off"),
    [
        ("You are a great lawyer", ["lawyer"], []),
        ("As a newcomer and a student I found the docs confusing", ["newcomer", "student"], []),
        ("the maintainers are gay", ["gay", "maintainers"], ["gay"]),
        ("kill the process", [], []),
    ],
)
def test_roles_are_balanced_only_when_the_config_asks(text: str, roles_on: list, roles_off: list) -> None:
    on = identity.mentions([words(text)], balanced_terms(FitConfig(balance_roles=True)))
    off = identity.mentions([words(text)], balanced_terms(FitConfig(balance_roles=False)))
    assert sorted(on) == sorted(roles_on)
    assert sorted(off) == sorted(roles_off)


def test_roles_and_identity_terms_do_not_overlap() -> None:
    assert not identity.TERMS.intersection(identity.ROLES)
