"""Saving and loading the model: skops with an explicit trusted-type list, never pickle.

The `.skops` file holds plain arrays and numbers (idf and coefficients per hashed n-gram bucket and
per word piece of the static-embedding vocabulary, stored as float16 to keep the file small, biases,
window, the Platt scaling of each head, thresholds); `<name>.json` next to it holds the
metadata (data hashes, seed, versions, mapping counts, feature description).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import skops.io as sio

from civility.errors import ModelError
from civility.model import static
from civility.model.scorer import NgramScorer
from civility.types import Category

FORMAT_VERSION = 2
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
    scorer: NgramScorer
    thresholds: dict[Category, float]


def save(artifact: Artifact, path: Path, metadata: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    scorer = artifact.scorer
    payload = {
        "format_version": FORMAT_VERSION,
        "categories": [c.value for c in artifact.categories],
        **{name: getattr(scorer, name).astype(np.float16) for name in _ARRAYS},
        "bias": scorer.bias.astype(np.float32),
        "window": int(scorer.window),
        "whole_limit": int(scorer.whole_limit),
        "thresholds": {c.value: float(t) for c, t in artifact.thresholds.items()},
    }
    if scorer.coef_pieces is not None:  # optional: only a model with a static-embedding term has it
        payload["coef_pieces"] = scorer.coef_pieces.astype(np.float16)
    if scorer.calibration is not None:  # optional: a model trained with calibration off has none
        payload["calibration"] = scorer.calibration.astype(np.float32)
    sio.dump(payload, path, compression=8)
    meta_path = path.with_suffix(".json")
    meta_path.write_text(json.dumps(metadata, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def load(path: Path) -> Artifact:
    """The artifact at `path`; ModelError if it is missing, untrusted, corrupt or of another format."""
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
    arrays = {name: np.asarray(payload[name], dtype=np.float32) for name in _ARRAYS}
    pieces, calibration = payload.get("coef_pieces"), payload.get("calibration")
    scorer = NgramScorer(
        **arrays,
        bias=np.asarray(payload["bias"], np.float32),
        window=int(payload["window"]),
        whole_limit=int(payload.get("whole_limit", 0)),  # absent in models saved before it existed
        coef_pieces=None if pieces is None else np.asarray(pieces, dtype=np.float32),
        calibration=None if calibration is None else np.asarray(calibration, dtype=np.float32),
    )
    return Artifact(
        categories=tuple(Category(c) for c in payload["categories"]),
        scorer=scorer,
        thresholds={Category(c): float(t) for c, t in payload["thresholds"].items()},
    )


def _pieces_ok(pieces: object, heads: int) -> bool:
    """The optional word-piece weights: absent, or one row per head and a column per vocabulary token."""
    if pieces is None:
        return True
    return isinstance(pieces, np.ndarray) and pieces.shape == (heads, len(static.vocabulary()))


def _count_ok(value: object) -> bool:
    """An optional word count such as `whole_limit`: a plain non-negative int (bool is not one)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _calibration_ok(calibration: object, heads: int) -> bool:
    """The optional Platt scaling: absent, or a slope row and an intercept row, with positive slopes."""
    if calibration is None:
        return True
    return (
        isinstance(calibration, np.ndarray)
        and calibration.shape == (2, heads)
        and bool(np.all(np.isfinite(calibration)))
        and bool(np.all(calibration[0] > 0))
    )


_ARRAYS = ("idf_words", "idf_chars", "coef_words", "coef_chars")
_EXPECTED: dict[str, type | tuple[type, ...]] = {
    "categories": list,
    **dict.fromkeys(_ARRAYS, np.ndarray),
    "bias": np.ndarray,
    "window": int,
    "thresholds": dict,
}


def _check_contents(path: Path, payload: dict[str, Any]) -> None:
    """Only the expected plain values, with the right types and shapes."""
    for key, kind in _EXPECTED.items():
        if not isinstance(payload.get(key), kind):
            raise ModelError(
                f"{path}: unexpected or missing {key!r} in the model; retrain with `civility train`"
            )
    heads, idf = len(payload["categories"]), payload["idf_words"]
    width = idf.shape[0] if idf.ndim == 1 else -1
    shapes_ok = (
        width > 0
        and width & (width - 1) == 0
        and payload["idf_chars"].shape == (width,)
        and payload["coef_words"].shape == (heads, width)
        and payload["coef_chars"].shape == (heads, width)
        and payload["bias"].shape == (heads,)
        and _pieces_ok(payload.get("coef_pieces"), heads)
        and _calibration_ok(payload.get("calibration"), heads)
        and _count_ok(payload.get("whole_limit", 0))
    )
    if not shapes_ok:
        raise ModelError(f"{path}: unexpected array shapes in the model; retrain with `civility train`")
