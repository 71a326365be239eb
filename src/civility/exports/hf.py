"""Hugging Face `datasets`: any in-memory Dataset, local JSON/CSV/Parquet files loaded through
`datasets.load_dataset`, and hub names (`hf:NAME` or `hf:NAME:SPLIT`).

A hub dataset that cannot be loaded (offline, unknown name) raises InputError at once: it is a usage
error, not a bad file to skip.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from civility.errors import InputError
from civility.exports.checks import check_file
from civility.exports.columns import record_to_message, text_column_for
from civility.types import Message, Skipped, SourceLocation

BATCH_ROWS = 1024
PREFIX = "hf:"
_BUILDERS = {".json": "json", ".jsonl": "json", ".ndjson": "json", ".csv": "csv", ".parquet": "parquet"}


def read_dataset(
    dataset: Any, text_column: str | None = None, name: str = "dataset"
) -> Iterator[Message | Skipped]:
    """Stream a `datasets.Dataset`, `IterableDataset` or `DatasetDict` (every split, in order) as messages."""
    if _is_dict(dataset):
        for split in dataset:
            yield from read_dataset(dataset[split], text_column, f"{name}[{split}]")
        return
    names = dataset.column_names  # None for some streaming datasets: then guessed per record
    column = text_column if names is None else text_column_for(names, text_column, name)
    index = 0
    for batch in dataset.iter(batch_size=BATCH_ROWS):
        for row in _rows(batch):
            yield record_to_message(row, SourceLocation(name, record=index), column)
            index += 1


def read_files(path: Path, text_column: str | None = None) -> Iterator[Message | Skipped]:
    """A local file loaded with `datasets.load_dataset(<json|csv|parquet>, data_files=path)`."""
    import datasets

    check_file(path)
    builder = _BUILDERS.get(path.suffix.lower())
    if builder is None:
        raise InputError(
            f"{path}: datasets cannot load {path.suffix!r} files; use .json, .jsonl, .csv or .parquet"
        )
    try:
        loaded = datasets.load_dataset(builder, data_files=str(path), split="train")
    except Exception as exc:  # datasets raises many types for a bad file
        raise InputError(f"{path}: datasets could not load it ({type(exc).__name__}: {exc})") from None
    yield from read_dataset(loaded, text_column, str(path))


def read_hub(spec: str, text_column: str | None = None) -> Iterator[Message | Skipped]:
    """A dataset on the Hugging Face hub (or in the local datasets cache): `NAME` or `NAME:SPLIT`."""
    import datasets

    name, _, split = spec.removeprefix(PREFIX).partition(":")
    try:
        loaded = datasets.load_dataset(name, split=split or None)
    except Exception as exc:
        if _offline():
            raise InputError(
                f"{name}: hub dataset is not available offline; download it first or pass a local file"
            ) from None
        raise InputError(f"{name}: cannot load hub dataset ({type(exc).__name__}: {exc})") from None
    yield from read_dataset(loaded, text_column, name)


def _offline() -> bool:
    flags = (os.environ.get(v, "") for v in ("HF_DATASETS_OFFLINE", "HF_HUB_OFFLINE"))
    return any(f.strip().lower() in ("1", "true", "yes", "on") for f in flags)


def _is_dict(dataset: Any) -> bool:
    return type(dataset).__name__ in ("DatasetDict", "IterableDatasetDict")


def _rows(batch: dict[str, list[Any]]) -> Iterator[dict[str, Any]]:
    names = list(batch)
    for values in zip(*(batch[n] for n in names), strict=True):
        yield dict(zip(names, values, strict=True))
