"""pandas support: score a DataFrame column in batches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from civility.errors import InputError

if TYPE_CHECKING:
    import pandas as pd

    from civility.analyzer import Analyzer


def score_frame(analyzer: Analyzer, frame: pd.DataFrame, text_column: str = "body") -> pd.DataFrame:
    """A copy of `frame` with `score_<category>` for the six categories, `flagged` and `flagged_categories`.

    Missing text (NaN/None) scores 0 and is not flagged; non-English or over-long messages likewise, with
    `assessed` False so a researcher can tell "clean" from "not scored".
    """
    if text_column not in frame.columns:
        raise InputError(
            f"no column {text_column!r} in the DataFrame; columns are {list(frame.columns)}; "
            "pass text_column=<the column holding the text>"
        )
    from civility.datasets import score_columns

    columns = score_columns(analyzer, frame[text_column].tolist())
    out = frame.copy()
    for name, values in columns.items():
        out[name] = values
    return out
