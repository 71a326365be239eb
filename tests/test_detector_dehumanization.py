"""Identity groups called animals or vermin (`civility.detectors.dehumanization`): matches and non-matches."""

from __future__ import annotations

import pytest

from civility.analyzer import Analyzer
from civility.config import Config
from civility.detectors.dehumanization import DehumanizationDetector
from civility.preprocess import prepare
from civility.types import Category


def matched(text: str) -> list[str]:
    prepared = prepare(text).text
    return [prepared[start:end] for _, start, end in DehumanizationDetector().named(prepared)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("muslims are animals", "muslims are animals"),
        ("black people are subhuman", "black people are subhuman"),
        ("immigrants are vermin and should leave", "immigrants are vermin"),
        ("jews are parasites", "jews are parasites"),
        ("all women are just trash", "all women are just trash"),
        ("gay men are a disease", "gay men are a disease"),
        ("these refugees are nothing but rats", "these refugees are nothing but rats"),
        ("trans folks are not even human", "trans folks are not even human"),
        ("go back to your country", "go back to your country"),
        ("women don't belong in open source", "women don't belong in open source"),
        ("Muslims do not belong in this project.", "Muslims do not belong in this project"),
        ("gay people shouldn't belong in tech", "gay people shouldn't belong in tech"),
    ],
)
def test_dehumanization_matches_with_its_span(text: str, span: str) -> None:
    assert matched(text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "the blacks are crushed in this LUT, lift the shadows",  # colours, not people
        "the whites are garbage in this render",
        "lab rats are used in the test",
        "users are animals sometimes",  # not an identity group
        "PHP developers are monkeys",
        "chaos monkeys are useful for resilience testing",
        "no muslims are animals, stop that",
        "saying muslims are animals is hate speech and gets you banned",
        "he wrote that jews are parasites and I reported it",
        "women are underrepresented in open source",
        "chest tattoos on females are trash",
        "their schools teach that women are inferior",
        "I am a gay developer",
        "I had to go back to my country for a visa",
        "women belong in open source as much as anyone",
        "women don't belong to the admin group by default, the role is per user",
        "no women belong here? nonsense, half our maintainers are women",
        "he said women don't belong in tech and I reported it",
        "saying women don't belong in open source is harassment and gets you banned",
        "I felt like I didn't belong in open source at first",
        "> muslims are animals\n\nthis is not welcome here",
    ],
)
def test_hard_negatives_do_not_match(text: str) -> None:
    assert matched(text) == []


def test_the_analyzer_flags_what_the_model_misses_and_can_disable_it() -> None:
    text = "black people are subhuman"
    assert Category.IDENTITY_ATTACK in next(Analyzer().analyze([text])).flagged
    config = Config(disabled_detectors=frozenset({"dehumanization"}))
    assert Category.IDENTITY_ATTACK not in next(Analyzer(config).analyze([text])).flagged
