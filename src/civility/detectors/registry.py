"""The detectors a default `Analyzer` runs, by name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from civility.config import Config
from civility.detectors.base import Detector

if TYPE_CHECKING:
    from civility.model.persist import Artifact

DETECTOR_NAMES = (
    *("model", "threat", "sexual_advance", "dehumanization", "discredit", "contempt"),
    "private_info",
)


def default_detectors(config: Config, artifact: Artifact | None = None) -> list[Detector]:
    """The shipped model (or `artifact`, a model in memory), the phrase rules (threats, sexual advances,
    dehumanization, discrediting, contempt) and the private-information rules, minus those the
    configuration disables."""
    unknown = config.disabled_detectors - set(DETECTOR_NAMES)
    if unknown:
        from civility.errors import ConfigError

        raise ConfigError(f"unknown detector(s) {sorted(unknown)}; valid names: {', '.join(DETECTOR_NAMES)}")
    detectors: list[Detector] = []
    if "model" not in config.disabled_detectors:
        from civility.detectors.model import ModelDetector

        detectors.append(
            ModelDetector(config.model_path, thresholds=config.thresholds or None, artifact=artifact)
        )
    if "threat" not in config.disabled_detectors:
        from civility.detectors.threat import ThreatDetector

        detectors.append(ThreatDetector())
    if "sexual_advance" not in config.disabled_detectors:
        from civility.detectors.sexual_advance import SexualAdvanceDetector

        detectors.append(SexualAdvanceDetector())
    if "dehumanization" not in config.disabled_detectors:
        from civility.detectors.dehumanization import DehumanizationDetector

        detectors.append(DehumanizationDetector())
    if "discredit" not in config.disabled_detectors:
        from civility.detectors.discredit import DiscreditDetector

        detectors.append(DiscreditDetector())
    if "contempt" not in config.disabled_detectors:
        from civility.detectors.contempt import ContemptDetector

        detectors.append(ContemptDetector())
    if "private_info" not in config.disabled_detectors:
        from civility.detectors.private_info import PrivateInfoDetector

        detectors.append(PrivateInfoDetector())
    return detectors
