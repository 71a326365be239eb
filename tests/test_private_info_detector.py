"""`PrivateInfoDetector` on documents, and the measured goals on the Presidio and SE-context sets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from civility.detectors.base import Document
from civility.detectors.private_info import DEFAULT_THRESHOLD, ENTITIES, PrivateInfoDetector
from civility.evaluation.private_info import DEFAULT_SE, evaluate_presidio, evaluate_se, load_se, main
from civility.preprocess import prepare
from civility.types import Category, Message

DETECTOR = PrivateInfoDetector()


def detect(text: str) -> tuple[float, list[tuple[str, str, float]]]:
    detection = DETECTOR.detect([Document(Message("m1", text), prepare(text))])[0]
    found = [(f.explanation.pattern or "", text[f.start : f.end], f.score) for f in detection.findings]
    return detection.scores[Category.PRIVATE_INFO], found


def test_detector_contract() -> None:
    assert DETECTOR.name == "private_info"
    assert DETECTOR.categories == (Category.PRIVATE_INFO,)
    assert set(ENTITIES) == {
        "email",
        "phone",
        "street_address",
        "ip_address",
        "government_id",
        "payment_card",
    }


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("FYI her home address is 4821 Larkspur Lane, Springfield.", ["4821 Larkspur Lane, Springfield"]),
        (
            "Let's all email him at dana.whitlock@example.com until he reverts this.",
            ["dana.whitlock@example.com"],
        ),
        ("Signed-off-by: Dana Whitlock <dana.whitlock@example.com>", []),
        ("If you need logs, email me at dana.whitlock@example.com.", []),
        ("Bumped from 1.2.3 to 1.2.4 on 2024-01-15, see #123456789.", []),
        ("", []),
    ],
)
def test_flags_doxxing_not_developer_talk(text: str, flagged: list[str]) -> None:
    score, found = detect(text)
    assert [value for _, value, s in found if s >= DEFAULT_THRESHOLD] == flagged
    assert (score >= DEFAULT_THRESHOLD) == bool(flagged)


def test_explanation_says_which_step_decided() -> None:
    text = "Spam this guy: +1 415 555 0171"
    detection = DETECTOR.detect_one(Document(Message("m", text), prepare(text)))
    (finding,) = detection.findings
    ex = finding.explanation
    assert (ex.detector, ex.pattern, ex.validated) == ("private_info", "phone", True)
    assert ex.score_before_context is not None and ex.score_before_context >= finding.score
    assert "raise:call_to_action" in ex.reason and "spam this guy" in ex.context_words
    assert text[finding.start : finding.end] == "+1 415 555 0171"


def test_vetoed_values_are_not_findings() -> None:
    _, found = detect("Co-authored-by: Priya N <priya@corp.example.org>")
    assert found == []


def test_se_context_set_is_well_formed_and_fictional() -> None:
    rows = load_se(DEFAULT_SE)
    assert len(rows) >= 200
    labels = [r["label"] for r in rows]
    assert labels.count("doxxing") >= 100 and labels.count("negative") >= 100
    for row in rows:
        text = str(row["text"])
        for span in row["spans"]:  # type: ignore[attr-defined]
            value = text[span["start"] : span["end"]]
            assert value and span["entity"] in ENTITIES
            if span["entity"] == "email":
                assert value.endswith((".example.com", "@example.com", ".org", ".net", ".example")), value


def test_se_context_goals() -> None:
    """Issue 4 goals: recall >= 0.9 on doxxing of others, zero flags on every hard-negative class."""
    result = evaluate_se(DEFAULT_SE)
    assert result.recall >= 0.9
    negatives = {cls: flagged for cls, flagged, _ in result.flags_by_class if cls.startswith("negative/")}
    assert negatives and all(flagged == 0 for flagged in negatives.values()), negatives


@pytest.mark.shared
def test_presidio_span_goals(shared_data: Path) -> None:
    """Span recall and precision >= 0.95 for email and phone, >= 0.90 for street addresses."""
    path = shared_data / "presidio-synth-pii" / "synth_dataset_v2.json"
    scores = {s.entity: s for s in evaluate_presidio(path)}
    for entity, goal in (("email", 0.95), ("phone", 0.95), ("street_address", 0.90)):
        assert scores[entity].precision >= goal and scores[entity].recall >= goal, scores[entity]


def test_main_prints_protocol_and_numbers(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["--presidio", str(tmp_path / "absent.json")]) == 0
    out = capsys.readouterr().out
    assert "partial match" in out and "SE-context set" in out and "negative/trailer | 0 |" in out


def _cpu_seconds(text: str) -> float:
    """The least CPU time (not wall time, which other processes stretch) of three runs on `text`."""
    import time

    runs = []
    for _ in range(3):
        started = time.process_time()
        DETECTOR.detect_one(Document(Message("big", text), prepare(text)))
        runs.append(time.process_time() - started)
    return min(runs)


ADDRESS_WORDS = ("Main", "Street", "12", "Apt.", "rue", "Via", "Foo")


@pytest.mark.parametrize(
    "word",
    [lambda n: str(n * 7919 % 100000), lambda n: ADDRESS_WORDS[n % 7]],
    ids=["numbers", "address-words"],
)
def test_long_single_line_inputs_stay_linear(word: Callable[[int], str]) -> None:
    """Line- and sentence-based rules look at a bounded window, so one huge line is not quadratic.

    A growth test, not a speed test: four times the words must cost well under 16 times the CPU
    (quadratic); linear is about 4. The machine's speed cancels out of the ratio."""
    small, large = (" ".join(word(n) for n in range(size)) for size in (1500, 6000))
    _cpu_seconds(small)  # warm the caches of compiled patterns
    assert _cpu_seconds(large) < 9 * max(_cpu_seconds(small), 1e-3)


def test_place_entities_from_spacy_raise_street_addresses() -> None:
    """With a pipeline that tags places (here an entity ruler on a blank English pipeline, offline)."""
    import spacy

    text = "FYI her home address is 17 Quarry Road, Millbrook."
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "GPE", "pattern": "Millbrook"}])
    prepared = prepare(text)
    plain = DETECTOR.detect_one(Document(Message("m", text), prepared))
    tagged = DETECTOR.detect_one(Document(Message("m", text), prepared, tokens=nlp(prepared.text)))
    (before,), (after,) = plain.findings, tagged.findings
    assert after.explanation.score_before_context == pytest.approx(
        min(1.0, before.explanation.score_before_context + 0.1)
    )
    assert "ner:GPE" in after.explanation.context_words
