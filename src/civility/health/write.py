"""Write the health tables, plots and summaries into a folder."""

from __future__ import annotations

from pathlib import Path

from civility.errors import InputError
from civility.health.plots import plot_all
from civility.health.summary import html_page, markdown
from civility.health.tables import HealthTables


def write_report(tables: HealthTables, folder: str | Path) -> list[Path]:
    """groups.csv/.parquet, rates.csv/.parquet, the plots (PNG, SVG), summary.md and summary.html."""
    out = Path(folder)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create output folder {out}: {exc.strerror}; choose another -o") from None
    written = []
    for name, frame in (("groups", tables.groups), ("rates", tables.rates)):
        frame.to_csv(out / f"{name}.csv", index=False)
        frame.to_parquet(out / f"{name}.parquet", index=False)
        written += [out / f"{name}.csv", out / f"{name}.parquet"]
    plots = plot_all(tables, out)
    (out / "summary.md").write_text(markdown(tables), encoding="utf-8")
    images = [p.name for p in plots if p.suffix == ".png"]
    (out / "summary.html").write_text(html_page(tables, images), encoding="utf-8")
    return [*written, *plots, out / "summary.md", out / "summary.html"]
