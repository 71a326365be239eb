"""Default detectors honour the configuration: a lowered threshold gets evidence and a flag."""

from __future__ import annotations

from civility.analyzer import Analyzer
from civility.config import Config
from civility.types import Category

TEXT = "this approach seems a bit lazy"  # the shipped model scores it under its insult threshold


def test_a_lowered_config_threshold_flags_with_evidence() -> None:
    default = next(Analyzer().analyze([TEXT]))
    assert Category.INSULT not in default.flagged
    threshold = default.scores[Category.INSULT] - 0.05
    lowered = next(Analyzer(Config(thresholds={Category.INSULT: threshold})).analyze([TEXT]))
    assert Category.INSULT in lowered.flagged
    assert any(f.category is Category.INSULT for f in lowered.findings)
