"""Plots of the health tables (matplotlib, no display needed): PNG and SVG side by side."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from civility.health.tables import OVERALL, HealthTables

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

TIME_GROUPINGS = ("month", "quarter")
MAX_BARS = 25
MAX_TICKS = 16


def plot_all(tables: HealthTables, folder: Path) -> list[Path]:
    """Write every plot that fits the grouping into `folder`; returns the files written."""
    figures = {"category_rates": category_rates(tables)}
    if tables.by in TIME_GROUPINGS:
        figures["rates_over_time"] = rates_over_time(tables)
    elif tables.by in ("repo", "thread"):
        figures["group_comparison"] = group_comparison(tables)
    written = []
    for name, figure in figures.items():
        for suffix in (".png", ".svg"):
            path = folder / f"{name}{suffix}"
            figure.savefig(path, dpi=120, bbox_inches="tight")
            written.append(path)
    return written


def rates_over_time(tables: HealthTables) -> Figure:
    """Flagged rate per category over time, with the 95% Wilson interval as a band."""
    rates = _published(tables.rates)
    figure, axes = _figure(9, 4.5)
    labels = list(dict.fromkeys(rates["group"]))
    position = {label: i for i, label in enumerate(labels)}
    marker = "o" if len(labels) <= MAX_TICKS else None
    for category, rows in rates.groupby("category", sort=False):
        x = [position[g] for g in rows["group"]]
        (line,) = axes.plot(x, rows["rate"] * 100, marker=marker, label=str(category))
        axes.fill_between(x, rows["ci_low"] * 100, rows["ci_high"] * 100, color=line.get_color(), alpha=0.1)
    step = max(1, -(-len(labels) // MAX_TICKS))
    axes.set_xticks(range(0, len(labels), step), labels[::step], rotation=45, ha="right")
    axes.set_ylabel("messages flagged (%)")
    axes.set_xlabel(tables.by)
    axes.set_title(f"Flagged rate per category by {tables.by} (95% Wilson interval)")
    axes.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1))
    return figure


def group_comparison(tables: HealthTables) -> Figure:
    """Flagged rate (any category) of the largest groups, with 95% Wilson intervals."""
    groups = _published(tables.groups).nlargest(MAX_BARS, "messages").iloc[::-1]
    figure, axes = _figure(8, max(2.5, 0.35 * len(groups) + 1))
    rate = groups["flagged_rate"] * 100
    errors = _errors(rate, groups["flagged_ci_low"] * 100, groups["flagged_ci_high"] * 100)
    axes.barh(list(groups["group"]), rate, xerr=errors, color="#4c72b0", capsize=3)
    axes.set_xlabel("messages flagged, any category (%)")
    axes.set_title(f"Flagged rate by {tables.by} (largest {MAX_BARS}; 95% Wilson interval)")
    return figure


def category_rates(tables: HealthTables) -> Figure:
    """Overall flagged rate per category."""
    rows = tables.rates[tables.rates["group"] == OVERALL]
    figure, axes = _figure(7, 3.5)
    if not rows["suppressed"].any():
        rate = rows["rate"] * 100
        errors = _errors(rate, rows["ci_low"] * 100, rows["ci_high"] * 100)
        axes.bar(list(rows["category"]), rate, yerr=errors, color="#dd8452", capsize=3)
    axes.set_ylabel("messages flagged (%)")
    axes.set_title("Flagged rate per category, all messages (95% Wilson interval)")
    axes.tick_params(axis="x", labelrotation=20)
    return figure


def _errors(rate: pd.Series, low: pd.Series, high: pd.Series) -> list[pd.Series]:
    """Error-bar lengths below and above; rounding can put a bound a hair past the rate."""
    return [(rate - low).clip(lower=0), (high - rate).clip(lower=0)]


def _published(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows a plot may show: not suppressed, not the overall total, not the 'unknown' bucket."""
    keep = ~frame["suppressed"].astype(bool) & ~frame["group"].isin([OVERALL, "unknown"])
    return frame[keep]


def _figure(width: float, height: float) -> tuple[Figure, Axes]:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), layout="constrained")
    return figure, figure.add_subplot()
