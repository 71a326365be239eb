"""Small statistics for community-health tables: Wilson intervals, concentration, medians."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

Z_95 = 1.959963984540054
"""Two-sided 95% normal quantile."""


def wilson(successes: int, trials: int, z: float = Z_95) -> tuple[float, float]:
    """The Wilson score interval for a proportion; (nan, nan) when there are no trials.

    Unlike the normal approximation it stays inside [0, 1] and behaves at rates near 0, which is where
    flag rates live.
    """
    if trials <= 0:
        return math.nan, math.nan
    if not 0 <= successes <= trials:
        raise ValueError(f"successes {successes} must be between 0 and trials {trials}")
    p = successes / trials
    z2 = z * z
    centre = (p + z2 / (2 * trials)) / (1 + z2 / trials)
    half = z * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials)) / (1 + z2 / trials)
    return max(0.0, centre - half), min(1.0, centre + half)


def top_share(counts: Iterable[int], population: int, fraction: float) -> float:
    """Share of all flags that come from the top `fraction` of a population of `population` authors.

    `counts` are the flag counts of the authors who have any; the top group is the ceil(fraction ×
    population) authors with the most flags. NaN when nothing was flagged.
    """
    ordered = sorted((c for c in counts if c > 0), reverse=True)
    total = sum(ordered)
    if total == 0 or population <= 0:
        return math.nan
    k = max(1, math.ceil(fraction * population))
    return sum(ordered[:k]) / total


def median(values: Sequence[float]) -> float:
    """The median, NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2
