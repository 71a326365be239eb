"""pandas support: score a DataFrame column in batches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from civility.errors import InputError
from civility.types import Category, Message

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
    texts = frame[text_column].tolist()
    messages = [Message(id=str(i), text=t if isinstance(t, str) else "") for i, t in enumerate(texts)]
    assessments = list(analyzer.analyze(messages))
    out = frame.copy()
    for category in Category:
        out[f"score_{category.value}"] = [a.scores[category] for a in assessments]
    out["flagged"] = [bool(a.flagged) for a in assessments]
    out["flagged_categories"] = [",".join(sorted(c.value for c in a.flagged)) for a in assessments]
    out["assessed"] = [a.assessed for a in assessments]
    return out
