"""The shipped model as a detector: scores, evidence spans in raw text, hard negatives it must not flag."""

from __future__ import annotations

import pytest

from civility.detectors.base import Detection, Document
from civility.detectors.model import ModelDetector
from civility.preprocess import prepare
from civility.types import MODEL_CATEGORIES, Category, Message


@pytest.fixture(scope="module")
def detector() -> ModelDetector:
    return ModelDetector()


def detect(detector: ModelDetector, text: str) -> Detection:
    return detector.detect([Document(Message("1", text), prepare(text))])[0]


def test_interface(detector: ModelDetector) -> None:
    assert detector.name == "model"
    assert detector.categories == MODEL_CATEGORIES
    assert set(detector.thresholds) == set(MODEL_CATEGORIES)
    assert detector.detect([]) == []
    result = detect(detector, "")
    assert set(result.scores) == set(MODEL_CATEGORIES)
    assert result.findings == ()


@pytest.mark.parametrize(
    ("text", "category", "evidence"),
    [
        ("you are an idiot", Category.INSULT, "idiot"),
        (
            "Thanks for the PR. Honestly whoever wrote this is a complete moron. Please fix the docs.",
            Category.INSULT,
            "moron",
        ),
        ("this is fucking broken again", Category.PROFANITY, "fucking"),
        ("what the f*ck is this build doing", Category.PROFANITY, "f*ck"),
        ("```\nrm -rf build\n```\nyou absolute idiot, read the docs", Category.INSULT, "idiot"),
        ("send me nudes babe", Category.SEXUAL, "nudes"),
    ],
)
def test_evidence_points_at_the_offending_words(
    detector: ModelDetector, text: str, category: Category, evidence: str
) -> None:
    result = detect(detector, text)
    spans = [text[f.start : f.end] for f in result.findings if f.category is category]
    assert evidence in spans, (result.scores, spans)
    finding = next(f for f in result.findings if f.category is category)
    assert finding.explanation.detector == "model"
    assert finding.explanation.top_features and finding.explanation.top_features[0][1] > 0


HARD_NEGATIVES: list[object] = [
    "kill the process with kill -9 and restart the daemon",
    "abort the transaction if the lock cannot be acquired",
    "dump the heap and attach the core dump",
    "the master node replicates to two slave nodes",
    "use a dummy object in the unit test",
    "this is a quick hack until the API lands",
    "nuke the cache directory and rebuild",
    "execute the script as root",
    "orphan and zombie processes are reaped by init",
    "sorry, stupid mistake on my part",
    "I am a gay developer",
    "As a black woman in tech I love this community",
    "I'm an old developer and I still love learning Rust",
    "The jewish holidays are next week so reviews will be slow",
    "Our team has many women engineers and we are proud of it",  # a known miss until NB scaling
    "I'm a muslim and I maintain the arabic translation",
    "please don't call people idiots here, it breaks our code of conduct",
    "LGTM, thanks for the quick fix!",
    # everyday words that seed rows or one training row had made evidence (benchmarks/probes/)
    "Thumbs up",  # identity_attack 0.24 before neutral seed rows (one SGID4SE row with ".thumbs")
    "This is insane, great job.",  # insult 0.26
    "Can you update your profile picture on the team page?",  # sexual 0.55
    "I'm bored of waiting for CI.",  # sexual 0.63
    "Can you send me some pics of the error dialog?",  # sexual 0.54
    # seed context words alone, clear since the sexual and harassment seeds' contrast rows
    "Thanks for your pull request!",  # sexual 0.79 before
    "Please answer my emails about the release.",  # sexual 0.79
    "Stop ignoring my messages about the broken build.",  # sexual 0.50
    "Send me the logs or I close the issue.",  # sexual 0.66
    "Answer me now or after lunch, no rush.",  # harassment 0.20
    # developer words the identity_attack seeds are set in, clear since the seed-leak rows (8 Dec)
    "Keep sending PRs!",  # identity_attack 0.65 before
    "Stop sending me notifications for every push, please.",
    "Accessibility matters: disabled people use this tool every day.",
    "```\nfuck = 1  # variable from the legacy code\n```\nRenamed the variable above.",
    "> you are an idiot\n\nThat comment was out of line; I have reported it to the moderators.",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_are_not_flagged(detector: ModelDetector, text: str) -> None:
    result = detect(detector, text)
    assert result.findings == (), {c.value: round(s, 2) for c, s in result.scores.items()}


def test_threshold_override_changes_what_is_flagged(tmp_path: object) -> None:
    strict = ModelDetector(thresholds={Category.INSULT: 0.999999})
    assert strict.thresholds[Category.INSULT] == 0.999999
    lenient = ModelDetector(thresholds={Category.PROFANITY: 0.0})
    assert any(f.category is Category.PROFANITY for f in detect(lenient, "the weather is nice").findings)


@pytest.mark.parametrize("where", ["start", "end"])
def test_every_word_of_a_long_message_is_scored(detector: ModelDetector, where: str) -> None:
    """Training cuts a text at MAX_WORDS; scoring must not, or an insult after a long report is lost."""
    from civility.model.features import MAX_WORDS

    filler = "The build passes on my machine and the tests are green. " * (MAX_WORDS // 11 + 10)
    insult = "You are a complete idiot."
    text = insult + " " + filler if where == "start" else filler + insult
    result = detect(detector, text)
    assert len(text.split()) > MAX_WORDS
    assert result.scores[Category.INSULT] >= detector.thresholds[Category.INSULT]
    assert [text[f.start : f.end] for f in result.findings] == ["idiot"]


@pytest.mark.parametrize(
    ("text", "category", "words"),
    [
        (
            "What the hell is this shit. Every fucking release breaks my build and you clowns just keep "
            "shipping this crap. Fix your damn code.",
            Category.PROFANITY,
            {"hell", "shit", "fucking", "crap", "damn"},
        ),
        ("You are an idiot. The tests pass now. Also you are a moron.", Category.INSULT, {"idiot", "moron"}),
    ],
)
def test_every_sentence_over_the_cut_gives_evidence(
    detector: ModelDetector, text: str, category: Category, words: set[str]
) -> None:
    result = detect(detector, text)
    found = [f for f in result.findings if f.category is category]
    assert {text[f.start : f.end].lower() for f in found} >= words
    assert all(detector.thresholds[category] <= f.score <= result.scores[category] for f in found)
    assert any(f.score == result.scores[category] for f in found)  # the winning range's evidence


def test_other_sentences_carry_their_own_score_and_say_so(detector: ModelDetector) -> None:
    text = "What a moron. The tests pass now. This maintainer is lazy and arrogant."
    result = detect(detector, text)
    other = [f for f in result.findings if "in another sentence" in f.explanation.reason]
    assert sorted(text[f.start : f.end] for f in other) == ["arrogant", "lazy"]
    assert all(
        detector.thresholds[Category.INSULT] <= f.score < result.scores[Category.INSULT] for f in other
    )


def test_winner_only_evidence_is_still_available(detector: ModelDetector) -> None:
    text = "You are an idiot. The tests pass now. Also you are a moron."
    single = ModelDetector(more_ranges=0)
    one = single.detect([Document(Message("1", text), prepare(text))])[0]
    both = detect(detector, text)
    assert one.scores == both.scores
    assert len(one.findings) < len(both.findings)
