"""Saving and loading the model: skops with an explicit trusted-type list, never pickle.

The `.skops` file holds plain arrays and numbers (the per-token table, biases, window, thresholds);
`<name>.json` next to it holds the metadata (data hashes, seed, versions, mapping counts);
`tokenizer.json` in the same folder is the tokenizer the table is indexed by.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import skops.io as sio

from civility.errors import ModelError
from civility.model.corpus import sha256
from civility.model.scorer import TokenTable
from civility.model.vectors import TOKENIZER_FILE
from civility.types import Category

FORMAT_VERSION = 1
TRUSTED_TYPES: tuple[str, ...] = ()
"""Types skops may rebuild beyond its built-in safe set. The artifact holds only arrays, numbers,
strings, lists and dicts, so nothing else is trusted; any other type makes loading fail."""


def _default_dir() -> Path:
    """The installed `civility_models` package (models/ in a checkout or editable install)."""
    try:
        import civility_models

        return Path(civility_models.__file__).resolve().parent
    except ImportError:  # a source tree that was never installed
        return Path(__file__).resolve().parents[3] / "models"


DEFAULT_DIR = _default_dir()
DEFAULT_MODEL = DEFAULT_DIR / "civility.skops"


@dataclass(frozen=True)
class Artifact:
    categories: tuple[Category, ...]
    scorer: TokenTable
    thresholds: dict[Category, float]
    tokenizer_sha256: str


def save(artifact: Artifact, path: Path, metadata: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "format_version": FORMAT_VERSION,
        "categories": [c.value for c in artifact.categories],
        "table": artifact.scorer.table.astype(np.float32),
        "bias": artifact.scorer.bias.astype(np.float32),
        "window": int(artifact.scorer.window),
        "thresholds": {c.value: float(t) for c, t in artifact.thresholds.items()},
        "tokenizer_sha256": artifact.tokenizer_sha256,
    }
    sio.dump(payload, path, compression=8)
    meta_path = path.with_suffix(".json")
    meta_path.write_text(json.dumps(metadata, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def load(path: Path) -> Artifact:
    """The artifact at `path`; ModelError if it is missing, untrusted, corrupt or for another tokenizer."""
    if not path.is_file():
        raise ModelError(f"model file {path} not found; run `civility train` or pass the path of a model")
    try:
        payload = sio.load(path, trusted=list(TRUSTED_TYPES))
    except Exception as exc:  # skops raises UntrustedTypesFoundException, zip and value errors
        raise ModelError(
            f"{path}: cannot load the model safely ({exc}); retrain with `civility train`"
        ) from None
    if not isinstance(payload, dict) or payload.get("format_version") != FORMAT_VERSION:
        raise ModelError(
            f"{path}: not a civility model of format {FORMAT_VERSION}; retrain with `civility train`"
        )
    _check_contents(path, payload)
    tokenizer = path.parent / TOKENIZER_FILE
    if not tokenizer.is_file() or sha256(tokenizer) != payload["tokenizer_sha256"]:
        raise ModelError(
            f"{path}: {tokenizer} is missing or is not the tokenizer this model was trained with"
        )
    scorer = TokenTable(np.asarray(payload["table"]), np.asarray(payload["bias"]), int(payload["window"]))
    return Artifact(
        categories=tuple(Category(c) for c in payload["categories"]),
        scorer=scorer,
        thresholds={Category(c): float(t) for c, t in payload["thresholds"].items()},
        tokenizer_sha256=str(payload["tokenizer_sha256"]),
    )


_EXPECTED: dict[str, type | tuple[type, ...]] = {
    "categories": list,
    "table": np.ndarray,
    "bias": np.ndarray,
    "window": int,
    "thresholds": dict,
    "tokenizer_sha256": str,
}


def _check_contents(path: Path, payload: dict[str, Any]) -> None:
    """Only the expected plain values, with the right types and shapes."""
    for key, kind in _EXPECTED.items():
        if not isinstance(payload.get(key), kind):
            raise ModelError(
                f"{path}: unexpected or missing {key!r} in the model; retrain with `civility train`"
            )
    table, bias = payload["table"], payload["bias"]
    if table.ndim != 2 or bias.shape != (table.shape[1],) or len(payload["categories"]) != table.shape[1]:
        raise ModelError(f"{path}: unexpected table shape {table.shape}; retrain with `civility train`")
