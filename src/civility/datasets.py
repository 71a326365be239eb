"""Hugging Face `datasets` support: a batch function for `Dataset.map`.

    from datasets import load_dataset
    from civility.datasets import score_batch
    ds = load_dataset("csv", data_files="comments.csv", split="train")
    scored = ds.map(score_batch, batched=True, batch_size=512, num_proc=2, fn_kwargs={"text_column": "body"})

Adds `score_<category>` for the six categories, `flagged` (bool), `flagged_categories` (comma-separated ids)
and `assessed` (False when a message was not scored, e.g. not English), like `Analyzer.score_frame`.
Each process builds its analyzer once, so `num_proc` works (the function pickles by reference).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from civility.config import Config
from civility.engine.tasks import analyzer_for
from civility.errors import InputError
from civility.types import Category, Message

if TYPE_CHECKING:
    from civility.analyzer import Analyzer


def score_batch(
    batch: Mapping[str, Sequence[Any]], text_column: str | None = None, config: Config | None = None
) -> dict[str, list[Any]]:
    """The civility columns for one batch (a dict of columns, as `Dataset.map(batched=True)` passes)."""
    column = _text_column(batch, text_column)
    return score_columns(analyzer_for(config or Config()), batch[column])


def score_columns(analyzer: Analyzer, texts: Sequence[Any]) -> dict[str, list[Any]]:
    """`score_<category>`, `flagged`, `flagged_categories` and `assessed` for `texts`, in order.

    Missing text (None, NaN, empty) is not scored: zeros, not flagged, `assessed` False.
    """
    present = [i for i, t in enumerate(texts) if isinstance(t, str) and t.strip()]
    messages = [Message(id=str(i), text=texts[i]) for i in present]
    found = dict(zip(present, analyzer.analyze(messages), strict=True))
    rows = [found.get(i) for i in range(len(texts))]
    out: dict[str, list[Any]] = {
        f"score_{c.value}": [float(a.scores[c]) if a else 0.0 for a in rows] for c in Category
    }
    out["flagged"] = [bool(a and a.flagged) for a in rows]
    out["flagged_categories"] = [",".join(sorted(c.value for c in a.flagged)) if a else "" for a in rows]
    out["assessed"] = [bool(a and a.assessed) for a in rows]
    return out


def _text_column(batch: Mapping[str, Sequence[Any]], text_column: str | None) -> str:
    from civility.exports.columns import TEXT_COLUMNS, find_column

    found = find_column(batch.keys(), [text_column] if text_column else TEXT_COLUMNS)
    if found is None:
        wanted = repr(text_column) if text_column else "one of " + ", ".join(TEXT_COLUMNS)
        raise InputError(
            f"no text column ({wanted}) in the dataset; columns are {list(batch.keys())}; "
            'pass fn_kwargs={"text_column": NAME} to Dataset.map'
        )
    return found
