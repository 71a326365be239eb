"""A person's place put down to who they are (`civility.detectors.discredit`): matches and non-matches."""

from __future__ import annotations

import pytest

from civility.analyzer import Analyzer
from civility.config import Config
from civility.detectors.discredit import DiscreditDetector
from civility.preprocess import prepare
from civility.types import Category


def matched(text: str) -> list[tuple[str, str]]:
    prepared = prepare(text).text
    return [(name, prepared[start:end]) for name, start, end in DiscreditDetector().named(prepared)]


@pytest.mark.parametrize(
    ("text", "rule", "span"),
    [
        (
            "you only got this job because you are a woman",
            "only_because",
            "you only got this job because you are a woman",
        ),
        ("he was only hired because he's black", "only_because", "he was only hired because he's black"),
        ("you're only here because you're a girl", "only_because", "you're only here because you're a girl"),
        (
            "they only got commit access because of their gender",
            "only_because",
            "they only got commit access because of their gender",
        ),
        (
            "she was only promoted because of her ethnicity",
            "only_because",
            "she was only promoted because of her ethnicity",
        ),
        ("She's just a diversity hire.", "quota_hire", "diversity hire"),
        ("she is the token woman on the core team", "quota_hire", "token woman"),
        (
            "she only got the maintainer role because she slept with someone",
            "slept_way",
            "she only got the maintainer role because she slept with",
        ),
        ("he slept his way to the top", "slept_way", "slept his way to"),
    ],
)
def test_discredit_matches_with_its_rule_and_span(text: str, rule: str, span: str) -> None:
    assert matched(text) == [(rule, span)]


@pytest.mark.parametrize(
    "text",
    [
        "people assume I only got in because I'm a woman",  # the first person tells what was done to them
        "I keep hearing that she only got the job because she is a woman, which is false",
        "she did not only get the job because she is a woman",
        "they just assume because they are women in sex work they are victims",
        "you are only believing her because she is a woman",
        "saying she only got the job because she is a woman is not ok",
        "he wrote that she was only hired because she is black, and I reported it",
        "she only got the job because she is the best engineer we interviewed",
        "we only got the release out because she worked all weekend",
        "she only got merged because she is a maintainer",  # a role, not an identity
        "the test only passes because it is a mock",
        "the token is only valid because it is signed",
        "this only works because the string is white-space trimmed",
        "our diversity hiring program starts in June",
        "she is not a diversity hire, she wrote half of the scheduler",
        "> you only got this job because you are a woman\n\nThis is unacceptable.",
        "`she only got in because she is a woman`",
    ],
)
def test_hard_negatives_do_not_match(text: str) -> None:
    assert matched(text) == []


def test_the_analyzer_flags_what_the_model_misses_and_can_disable_it() -> None:
    text = "you only got this job because you are a woman"
    assert Category.IDENTITY_ATTACK in next(Analyzer().analyze([text])).flagged
    config = Config(disabled_detectors=frozenset({"discredit"}))
    assert Category.IDENTITY_ATTACK not in next(Analyzer(config).analyze([text])).flagged


def test_sexual_discrediting_is_sexual() -> None:
    assessment = next(
        Analyzer(Config(disabled_detectors=frozenset({"model"}))).analyze(["he slept his way to the top"])
    )
    assert assessment.flagged == {Category.SEXUAL}
