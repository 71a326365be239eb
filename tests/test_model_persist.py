"""The model file: skops with an explicit (empty) trusted list; anything else is refused with a ModelError."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
import skops.io as sio
from sklearn.linear_model import LogisticRegression

from civility.errors import ModelError
from civility.model.persist import DEFAULT_DIR, DEFAULT_MODEL, load


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
    assert all(0.0 < t < 1.0 for t in artifact.thresholds.values())


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


def test_wrong_shapes_are_refused(tmp_path: Path) -> None:
    good = sio.load(DEFAULT_MODEL, trusted=[])
    good["coef_chars"] = good["coef_chars"][:, :100]
    bad = tmp_path / "civility.skops"
    sio.dump(good, bad)
    with pytest.raises(ModelError, match="shapes"):
        load(bad)


def test_older_format_says_retrain(tmp_path: Path) -> None:
    old = tmp_path / "civility.skops"
    sio.dump({"format_version": 1, "table": np.zeros((3, 5), np.float32)}, old)
    with pytest.raises(ModelError, match="civility train"):
        load(old)


def test_models_folder_stays_small() -> None:
    total = sum(p.stat().st_size for p in DEFAULT_DIR.iterdir() if p.is_file())
    assert total < 8 * 1024 * 1024
