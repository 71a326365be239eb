"""The threshold rule: the best F1 cut, or the middle of the near-optimal stretch of the F curve."""

from __future__ import annotations

import numpy as np
import pytest

from civility.model.corpus import COLUMNS
from civility.model.fit import FitConfig, choose_threshold, plateau_for, threshold_rows, threshold_rule
from civility.types import Category

HARASSMENT = COLUMNS.index(Category.HARASSMENT)

# F1 when flagging scores >= cut, highest cut first:
#   0.9 0.333 | 0.8 0.571 | 0.7 0.750 | 0.6 0.667 | 0.5 0.800 | 0.4 0.727 | 0.35 0.833 | 0.3 0.769 | ...
Y = np.array([1, 1, 1, 0, 1, 0, 1, 0, 0, 0])
P = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.35, 0.3, 0.2, 0.1])


@pytest.mark.parametrize(
    ("plateau", "cut"),
    [
        (0.0, 0.35),  # the arg-max, at the low edge of the good stretch
        (0.1, 0.5),  # near-optimal 0.3-0.7 (F1 >= 0.733): its middle
        (0.2, 0.4),  # near-optimal 0.1-0.7: the near-optimal cut closest to 0.4
    ],
)
def test_plateau_picks_the_middle_of_the_near_optimal_cuts(plateau: float, cut: float) -> None:
    assert choose_threshold(Y, P, plateau=plateau) == pytest.approx(cut)


@pytest.mark.parametrize(("plateau", "cut"), [(0.1, 0.3), (0.2, 0.1)])
def test_the_low_edge_picks_the_lowest_near_optimal_cut(plateau: float, cut: float) -> None:
    assert choose_threshold(Y, P, plateau=plateau, edge="low") == pytest.approx(cut)


def test_no_positives_and_tiny_scores_fall_back_to_the_clip() -> None:
    assert choose_threshold(np.zeros(4), np.array([0.9, 0.5, 0.2, 0.1])) == 0.5
    assert choose_threshold(np.array([1, 0, 0]), np.array([0.01, 0.005, 0.001]), plateau=0.1) == 0.05


def test_the_rule_is_described_as_configured() -> None:
    assert threshold_rule(FitConfig(threshold_plateau=0.0)) == "max F1"
    shipped = "lowest of the cuts within 0.005 of the max F1 for insult, profanity (max F1 for the rest)"
    assert threshold_rule(FitConfig()) == shipped
    wide = FitConfig(threshold_plateau=0.005, threshold_edge="middle", threshold_plateau_heads=None)
    assert threshold_rule(wide) == "middle of the cuts within 0.005 of the max F1"
    low = FitConfig(threshold_plateau=0.005, threshold_edge="low", threshold_plateau_heads=None)
    assert threshold_rule(low) == "lowest of the cuts within 0.005 of the max F1"
    scoped = FitConfig(threshold_plateau=0.005, threshold_edge="low", threshold_plateau_heads=("insult",))
    expected = "lowest of the cuts within 0.005 of the max F1 for insult (max F1 for the rest)"
    assert threshold_rule(scoped) == expected


@pytest.mark.parametrize(
    ("heads", "category", "plateau"),
    [
        (None, "identity_attack", 0.005),  # no scope: every head
        (("insult", "profanity"), "insult", 0.005),
        (("insult", "profanity"), "identity_attack", 0.0),  # outside the scope: the arg-max
    ],
)
def test_the_plateau_applies_only_to_the_heads_it_is_scoped_to(
    heads: tuple[str, ...] | None, category: str, plateau: float
) -> None:
    config = FitConfig(threshold_plateau=0.005, threshold_plateau_heads=heads)
    assert plateau_for(category, config) == plateau


def test_a_misspelt_plateau_head_is_refused() -> None:
    with pytest.raises(ValueError, match=r"unknown head\(s\) \['insults'\]"):
        FitConfig(threshold_plateau_heads=("insults",))


@pytest.mark.parametrize(
    "field, value",
    [
        ("other_weight_by_head", {"sexul": 1.0}),
        ("balanced_heads", ("harrassment",)),
        ("swear_balance_heads", ("identity",)),
        ("static_heads", ("identity",)),
    ],
)
def test_every_head_keyed_field_refuses_a_misspelt_head(field: str, value: object) -> None:
    with pytest.raises(ValueError, match=rf"^{field}: unknown head\(s\)"):
        FitConfig(**{field: value})  # type: ignore[arg-type]


def _harassment_rows(sources: list[str], positives: list[int]) -> np.ndarray:
    labels = np.zeros((len(sources), len(COLUMNS)), dtype=np.int8)
    labels[:, HARASSMENT] = positives
    return labels


SOURCES = ["vcu"] * 40 + ["seeds"] * 30 + ["edos"] * 30
WITHOUT_SEEDS = ("toxicr", "strudel", "vcu", "ferreira", "sgid4se")


@pytest.mark.parametrize(
    ("vcu_positives", "seed_positives", "sources", "chosen"),
    [
        # 20 developer-talk positives (seeds included by default): the cut is chosen on those rows.
        (10, 10, None, {"vcu", "seeds"}),
        # Fewer than 20: every known row, the web sets too.
        (10, 9, None, {"vcu", "seeds", "edos"}),
        # `threshold_sources` without the seeds (measured and rejected): the seeds neither count nor vote.
        (20, 10, WITHOUT_SEEDS, {"vcu"}),
        (19, 10, WITHOUT_SEEDS, {"vcu", "seeds", "edos"}),
    ],
)
def test_cuts_are_chosen_on_developer_talk_when_it_holds_enough_positives(
    vcu_positives: int, seed_positives: int, sources: tuple[str, ...] | None, chosen: set[str]
) -> None:
    positives = [1] * vcu_positives + [0] * (40 - vcu_positives)
    positives += [1] * seed_positives + [0] * (30 - seed_positives) + [1] * 10 + [0] * 20
    config = FitConfig() if sources is None else FitConfig(threshold_sources=sources)
    rows = threshold_rows(_harassment_rows(SOURCES, positives), SOURCES, HARASSMENT, config)
    assert {SOURCES[i] for i in np.flatnonzero(rows)} == chosen
