"""Explicit threats (`civility.detectors.threat`): what matches, its span, and what must not."""

from __future__ import annotations

import pytest

from civility.analyzer import Analyzer
from civility.config import Config
from civility.detectors.base import Document
from civility.detectors.threat import ThreatDetector
from civility.preprocess import prepare
from civility.types import Category, Message


def matched(text: str) -> list[str]:
    prepared = prepare(text).text
    return [prepared[start:end] for _, start, end in ThreatDetector().named(prepared)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a first person's intent, aimed at a person
        ("I'll rape you", "I'll rape you"),
        ("I will kill you", "I will kill you"),
        ("I'm going to find you and hurt you", "I'm going to find you and hurt you"),
        ("we are going to hunt you down", "we are going to hunt you down"),
        ("close this again and I'll break your legs", "I'll break your legs"),
        ("I will smash your stupid face", "I will smash your stupid face"),
        ("Ima fucking stab u up", "Ima fucking stab u"),
        ("someone should shoot him", "someone should shoot him"),
        ("message me again and I'll kill you", "I'll kill you"),
        ("I'm gonna kill you if you break the build again", "I'm gonna kill you"),
        ("I will burn your house down", "I will burn your house"),
        ("i will rape ur grandma", "i will rape ur grandma"),
        ("I'm gonna fuck you up", "I'm gonna fuck you up"),
        # a wish or call for harm to a person or group
        ("people like you should be raped", "people like you should be raped"),
        ("I hope you get raped", "hope you get raped"),
        ("I hope you die", "hope you die"),
        ("you should die in a fire", "you should die"),
        ("you deserve to be shot", "you deserve to be shot"),
        ("scum like him should get hanged", "scum like him should get hanged"),
        ("muslims should be killed", "muslims should be killed"),
        ("women deserve to be raped", "women deserve to be raped"),
        ("maintainers should be shot", "maintainers should be shot"),
        ("she should just choke herself", "she should just choke herself"),
        ("maintainers like you deserve a beating", "maintainers like you deserve a beating"),
        ("he needs a good beating", "he needs a good beating"),
        ("you deserve a bullet", "you deserve a bullet"),
        ("Kill all the jews.", "Kill all the jews"),
        ("lets gas the gays", "lets gas the gays"),
        # incitement to self-harm
        ("kill yourself", "kill yourself"),
        ("you should kill yourself", "you should kill yourself"),
        ("just kys", "kys"),
        ("go hang yourself", "hang yourself"),
        ("drink bleach", "drink bleach"),
        # intimidation
        ("I know where you live", "I know where you live"),
        ("watch your back", "watch your back"),
        ("you'd better sleep with one eye open", "sleep with one eye open"),
        ("somebody should teach you a lesson you won't forget", "somebody should teach you a lesson"),
        ("I'm gonna teach him a lesson", "I'm gonna teach him a lesson"),
        ("you'll pay for this", "you'll pay for this"),
        ("close my issue again and you will pay for it, I promise", "you will pay for it"),
        ("I will find you.", "I will find you"),
        ("we're coming for you", "we're coming for you"),
        (
            "close this issue one more time and you will regret it",
            "one more time and you will regret it",
        ),
        ("Lock this thread again and you'll be sorry.", "again and you'll be sorry"),
        # career threats
        ("I will make sure nobody ever hires you again", "I will make sure nobody ever hires you"),
        ("I'll make sure you never work in this industry again", "I'll make sure you never work"),
        ("I'll get you fired", "I'll get you fired"),
        ("I'll make sure you never get a job in tech", "I'll make sure you never get a job"),
        ("we are going to ruin your reputation", "we are going to ruin your reputation"),
        ("I'll end your career", "I'll end your career"),
    ],
)
def test_threats_match_with_their_span(text: str, span: str) -> None:
    assert matched(text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        # negated, denied or condemned
        "I would never hurt you",
        "I won't kill you, relax",
        "no woman should be raped",
        "nobody deserves to be raped",
        "don't kill yourself over this bug, it can wait",
        "You can't even kill yourselves the traditional way",
        "saying people like you should be raped is harassment",
        'I reported the user who said "I will kill you"',
        'Telling someone "kill yourself" is harassment',
        "he said I'll kill you if I post again",
        "they think women should be killed for having standards",
        "someone told me to go kill yourself",
        # machines, idioms and games
        "I will kill the process",
        "kill -9 the worker",
        "I will kill it",
        "I will kill them all, every idle worker",
        "the process should be killed",
        "idle workers should be killed after 5 minutes",
        "kill all the workers after the timeout",
        "kill the children processes first",
        "this API should die in a fire",
        "you should die with a clear message if the config file is missing",
        "you must die() early when the lock is held",
        "the test should be executed after the build",
        "C++ has many ways to shoot yourself in the foot",
        "I'll beat you to it",
        "I'll shoot you an email tomorrow",
        "someone should shoot him a quick message about the release",
        "we'll kill you with kindness",
        "I'll hit you up on Slack",
        "this bug taught me a lesson",
        "this tutorial will teach you a lesson in async",
        "you will pay for this feature with memory",
        "I will find you a reviewer",
        "don't worry, I'll find you the link",
        "we are coming for you with a new release",
        "I'll make sure no one has to work around this again",
        "I'll make sure you get the credit for this work",
        "if you skip the tests you'll regret it later",
        "run it again and you will see the error",
        "try it once and you will never go back",
        "merge it again and you will regret nothing, it is fine now",
        "I'll make sure you don't have to work on the weekend",
        "I'll make sure you never work weekends again",
        "You will get fired up when you see the benchmarks",
        "I'm going to get fired for this outage",
        "this bug will ruin your day",
        "I could kill you for this patch",
        "users should be shot on sight",
        "you deserve a bullet point in the changelog for this",
        "he needs bullet-proof error handling",
        "this code deserves a beating in code review",
        "the benchmark needs a good thrashing before release",
        "nobody deserves a beating for a typo",
        "you need a kicking good test suite",
        # described, predicted or reported, not told
        "do you want to kill yourself?",
        "nobody cares until you kill yourself",
        "how to kill yourself without killing yourself",
        "you are going to get killed in the ratings",
        "1 in 5 women will be raped",
        "In the middle east they kill homosexuals",
        "I watched her kill all the men in the last act",
        # code, logs and quoted replies are masked before the rules run
        "```\nkill yourself() # test fixture\n```",
        "> I will kill you\n\nthat was uncalled for",
        "see `hope you die` in the spam list",
    ],
)
def test_hard_negatives_do_not_match(text: str) -> None:
    assert matched(text) == []


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("I'll rape you", {Category.HARASSMENT, Category.SEXUAL}),
        ("people like you should be raped", {Category.HARASSMENT, Category.SEXUAL}),
        ("I will kill you", {Category.HARASSMENT}),
        ("kys", {Category.HARASSMENT}),
    ],
)
def test_sexual_violence_is_also_sexual(text: str, categories: set[Category]) -> None:
    detection = ThreatDetector().detect_one(_document(text))
    assert {f.category for f in detection.findings} == categories
    assert all(f.explanation.detector == "threat" for f in detection.findings)


def test_spans_are_raw_offsets_past_masked_markup() -> None:
    text = "see `make test` first.\n\nI will kill you"
    finding = ThreatDetector().detect_one(_document(text)).findings[0]
    assert text[finding.start : finding.end] == "I will kill you"


def test_the_analyzer_flags_what_the_model_misses_and_can_disable_it() -> None:
    text = "people like you should be raped"
    with_rules = next(Analyzer().analyze([text]))
    assert {Category.HARASSMENT, Category.SEXUAL} <= with_rules.flagged
    without = next(Analyzer(Config(disabled_detectors=frozenset({"threat"}))).analyze([text]))
    assert not without.flagged  # the model alone misses it (benchmarks/results/probe_scores_threats.md)


def test_it_keeps_the_models_cuts() -> None:
    """The rules bring no thresholds of their own: the model's harassment cut stands."""
    analyzer = Analyzer()
    model_only = Analyzer(Config(disabled_detectors=frozenset({"threat"})))
    assert analyzer.thresholds == model_only.thresholds


def _document(text: str) -> Document:
    return Document(Message(id="1", text=text), prepare(text))
