"""benchmarks/card_diff.py reads the cards `civility evaluate` writes (a round trip through markdown)."""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from civility.model.evaluate import Report
from civility.model.metrics import binary
from civility.model.protocols import Result
from civility.model.report import markdown

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "card_diff.py"


@functools.cache
def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("card_diff", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["card_diff"] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _card(tmp_path: Path, name: str, folds: tuple[float, ...], lodo_pred: list[int]) -> Path:
    fold_mean = binary([1, 1, 0, 0], [1, 0, 0, 0])
    cv = Result("strudel", "3-fold CV", "toxic", fold_mean, analyzer=fold_mean, fold_f1=folds)
    lodo = Result("vcu", "LODO", "uncivil", binary([1, 1, 0, 0], lodo_pred))
    report = Report(names=("strudel", "vcu"), folds=3, seed=13, rows=8, cv=[cv], lodo=[lodo])
    path = tmp_path / name
    path.write_text(markdown(report), encoding="utf-8")
    return path


def test_a_generated_card_reads_back(tmp_path: Path) -> None:
    card = _script().read_card(_card(tmp_path, "a.md", (0.5, 0.6, 0.7), [1, 1, 0, 0]))
    assert card.in_domain == {"strudel": (pytest.approx(0.667, abs=1e-3), pytest.approx(0.667, abs=1e-3))}
    assert card.folds == {"strudel": (0.5, 0.6, 0.7)}
    assert card.lodo == {"vcu": (1.0, None)}
    assert card.madlibs == 0.0


def test_folds_are_compared_pairwise(tmp_path: Path) -> None:
    a = _card(tmp_path, "a.md", (0.5, 0.6, 0.7), [1, 1, 0, 0])
    b = _card(tmp_path, "b.md", (0.4, 0.6, 0.8), [1, 0, 0, 0])
    text = "\n".join(_script().report(a, b))
    assert "| strudel | 3 | +0.000 | 0.058 | +0.00 | 1 / 1 / 1 | 1.000 | no | -0.100 +0.000 +0.100 |" in text
    assert "| vcu | 1.000 | 0.667 | -0.333 | n/a | n/a | n/a |" in text


@pytest.mark.parametrize(("up", "down", "p"), [(0, 0, 1.0), (10, 0, 0.002), (7, 3, 0.344), (5, 5, 1.0)])
def test_sign_test(up: int, down: int, p: float) -> None:
    assert _script().sign_test(up, down) == pytest.approx(p, abs=1e-3)


@pytest.mark.parametrize(
    ("b", "lost"),
    [
        ((0.44, 0.55, 0.64), "yes"),  # down on every fold, well beyond twice the SE
        ((0.40, 0.62, 0.70), "no"),  # mean -0.027 but one fold carries it: inside 2 SE
        ((0.495, 0.595, 0.695), "no"),  # steady, but only -0.005: not material
    ],
)
def test_the_adoption_criterion(b: tuple[float, ...], lost: str) -> None:
    row = _script().fold_table({"strudel": (0.5, 0.6, 0.7)}, {"strudel": b})[-1]
    assert row.split("|")[8].strip() == lost
