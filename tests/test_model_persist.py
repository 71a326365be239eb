"""The model file: skops with an explicit (empty) trusted list; anything else is refused with a ModelError."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
import skops.io as sio
from sklearn.linear_model import LogisticRegression

from civility.errors import ModelError
from civility.model import static
from civility.model.persist import DEFAULT_DIR, DEFAULT_MODEL, load, save


def test_shipped_model_loads_with_the_trusted_list() -> None:
    artifact = load(DEFAULT_MODEL)
    assert [c.value for c in artifact.categories] == [
        "insult",
        "identity_attack",
        "harassment",
        "sexual",
        "profanity",
    ]
    assert artifact.scorer.coef_words.shape[0] == artifact.scorer.coef_chars.shape[0] == 5
    assert artifact.scorer.coef_pieces is None  # the static-embedding term is off by default
    assert all(0.0 < t < 1.0 for t in artifact.thresholds.values())
    calibration = artifact.scorer.calibration  # Platt scaling per head, slopes positive
    assert calibration is not None and calibration.shape == (2, 5) and (calibration[0] > 0).all()


def test_untrusted_type_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.skops"
    sio.dump({"format_version": 2, "coef_words": Fraction(1, 3)}, bad)
    assert sio.get_untrusted_types(file=bad) == ["fractions.Fraction"]
    with pytest.raises(ModelError, match="cannot load the model safely"):
        load(bad)


def test_unexpected_contents_are_refused(tmp_path: Path) -> None:
    """skops trusts scikit-learn estimators by default; the loader still checks what it got."""
    bad = tmp_path / "bad.skops"
    model = LogisticRegression().fit(np.array([[0.0], [1.0]]), [0, 1])
    sio.dump({"format_version": 2, "coef_words": model}, bad)
    with pytest.raises(ModelError, match="unexpected"):
        load(bad)


@pytest.mark.parametrize("content", [b"", b"not a zip file", b"PK\x03\x04broken"])
def test_corrupt_file_is_a_model_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "civility.skops"
    path.write_bytes(content)
    with pytest.raises(ModelError):
        load(path)


def test_missing_file_says_how_to_fix(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="civility train"):
        load(tmp_path / "nothing.skops")


Breaks = Callable[[np.ndarray], np.ndarray]


@pytest.mark.parametrize(
    ("array", "broken"),
    [
        ("coef_chars", lambda a: a[:, :100]),
        ("coef_pieces", lambda a: a[:, :100]),
        ("calibration", lambda a: a[:, :3]),  # not one slope and intercept per head
        ("calibration", lambda a: a * np.array([[-1.0], [1.0]], np.float32)),  # would flip the ranking
        ("calibration", lambda a: a * np.float32("nan")),
    ],
)
def test_wrong_shapes_are_refused(
    tmp_path: Path, array: str, broken: Callable[[np.ndarray], np.ndarray]
) -> None:
    good = sio.load(DEFAULT_MODEL, trusted=[])
    good.setdefault("coef_pieces", np.zeros((5, len(static.vocabulary())), np.float16))
    good.setdefault("calibration", np.ones((2, 5), np.float32))
    good[array] = broken(good[array])
    bad = tmp_path / "civility.skops"
    sio.dump(good, bad)
    with pytest.raises(ModelError, match="shapes"):
        load(bad)


def test_a_model_with_word_piece_weights_round_trips(tmp_path: Path) -> None:
    shipped = load(DEFAULT_MODEL)
    pieces = np.linspace(-1, 1, 5 * len(static.vocabulary()), dtype=np.float32).reshape(5, -1)
    pieces = pieces.astype(np.float16).astype(np.float32)
    artifact = replace(shipped, scorer=replace(shipped.scorer, coef_pieces=pieces))
    path = tmp_path / "civility.skops"
    save(artifact, path, {})
    loaded = load(path)
    assert loaded.scorer.coef_pieces is not None
    assert np.array_equal(loaded.scorer.coef_pieces, pieces)


def test_a_model_without_calibration_round_trips(tmp_path: Path) -> None:
    """`FitConfig(calibrate=False)` models have no Platt scaling and score on the raw scale."""
    shipped = load(DEFAULT_MODEL)
    artifact = replace(shipped, scorer=replace(shipped.scorer, calibration=None))
    path = tmp_path / "civility.skops"
    save(artifact, path, {})
    assert load(path).scorer.calibration is None


def test_older_format_says_retrain(tmp_path: Path) -> None:
    old = tmp_path / "civility.skops"
    sio.dump({"format_version": 1, "table": np.zeros((3, 5), np.float32)}, old)
    with pytest.raises(ModelError, match="civility train"):
        load(old)


def test_models_folder_stays_small() -> None:
    """What scoring loads (the model and the word-piece vocabulary) stays small; the 15 MB table of
    static vectors is built locally, only for `civility train --static-weight`."""
    total = sum(p.stat().st_size for p in DEFAULT_DIR.iterdir() if p.is_file())
    assert total + (DEFAULT_DIR / "static" / "vocab.txt").stat().st_size < 8 * 1024 * 1024
