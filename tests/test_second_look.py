"""The second look: a category whose every model finding a filter set aside is scored again without
those sentences, so another sentence over the cut still carries the flag; one that lost only its
strongest word is scored again without the set-aside words (`civility.second_look`)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from civility.analyzer import Analyzer
from civility.detectors.base import Detection, Document
from civility.filters.mention import sentence_bounds
from civility.preprocess import prepare
from civility.second_look import blanked_regions, lost_categories, merged, weakened_categories, without_words
from civility.types import Category, Explanation, Finding, Message

INSULT, PROFANITY = Category.INSULT, Category.PROFANITY


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.mark.parametrize(
    ("text", "flagged", "evidence", "set_aside"),
    [
        # the winning sentence was set aside, another one is over the cut by itself
        ("Ugh. this maintainer is lazy and arrogant.", {INSULT}, ["lazy", "arrogant"], "groan"),
        ("Ugh. Pathetic.", {INSULT}, ["Pathetic"], "groan"),
        ("you are fun. this maintainer is lazy and arrogant.", {INSULT}, ["lazy", "arrogant"], "praises the"),
        ("lol. Pathetic.", {INSULT}, ["Pathetic"], "laughter"),
        # nothing else is over the cut: unflagged, and the reason is still reported
        ("Ugh. Gross.", set(), [], "groan"),
        ("you are fun", set(), [], "praises the reader"),
        ("haha", set(), [], "laughter"),
    ],
)
def test_the_next_sentence_carries_the_flag(
    analyzer: Analyzer, text: str, flagged: set[Category], evidence: list[str], set_aside: str
) -> None:
    (assessment,) = analyzer.analyze([text])
    assert assessment.flagged == flagged
    assert [text[f.start : f.end] for f in assessment.findings if f.category is INSULT] == evidence
    assert any(set_aside in reason for reason in assessment.suppressed), assessment.suppressed


def test_an_unflagged_category_reports_the_score_without_the_set_aside_words(analyzer: Analyzer) -> None:
    (assessment,) = analyzer.analyze(["Ugh. Gross."])
    assert assessment.scores[INSULT] < analyzer.thresholds[INSULT]


def test_messages_no_filter_touched_are_unchanged(analyzer: Analyzer) -> None:
    texts = ["you are an idiot", "Thanks, merged!", "Damn, forgot the header."]
    for assessment in analyzer.analyze(texts):
        assert not assessment.suppressed


def test_without_words_blanks_only_the_words_inside_the_spans_and_keeps_offsets() -> None:
    raw = "Ugh. `make` this is **lazy**"
    doc = Document(Message(id="1", text=raw), prepare(raw))
    start = raw.index("lazy")
    blanked = without_words(doc, [(0, 3), (start, start + 4)])
    assert len(blanked.prepared.text) == len(doc.prepared.text)
    assert "Ugh" not in blanked.prepared.text and "lazy" not in blanked.prepared.text
    assert "this is" in blanked.prepared.text
    assert blanked.prepared.to_raw(0, 3) == doc.prepared.to_raw(0, 3)


def _finding(category: Category, detector: str = "model") -> Finding:
    return Finding(category, 0, 3, 0.9, Explanation(detector=detector, reason="r"))


def test_lost_categories_are_over_the_cut_with_every_model_finding_dropped() -> None:
    model = Detection(scores={INSULT: 0.9, PROFANITY: 0.9, Category.SEXUAL: 0.01})
    cuts = {INSULT: 0.3, PROFANITY: 0.3, Category.SEXUAL: 0.05}
    kept = [_finding(PROFANITY)]
    dropped = [_finding(INSULT), _finding(PROFANITY), _finding(Category.SEXUAL), _finding(INSULT, "threat")]
    assert lost_categories(model, kept, dropped, cuts) == {INSULT}


def _word(category: Category, start: int, score: float = 0.9) -> Finding:
    return Finding(category, start, start + 3, score, Explanation(detector="model", reason="r"))


def test_weakened_categories_lost_their_strongest_word_and_kept_another() -> None:
    """The model lists a range's evidence strongest first; only that first word's loss weakens."""
    strongest, other, elsewhere = _word(INSULT, 0), _word(INSULT, 10), _word(INSULT, 20, score=0.5)
    model = Detection(scores={INSULT: 0.9}, findings=(strongest, other, elsewhere))
    cuts = {INSULT: 0.3}
    assert weakened_categories(model, [other, elsewhere], [strongest], cuts) == {INSULT}
    assert weakened_categories(model, [strongest, elsewhere], [other], cuts) == set()
    assert weakened_categories(model, [elsewhere], [strongest, other], cuts) == set(), "lost, not weakened"
    assert lost_categories(model, [elsewhere], [strongest, other], cuts) == {INSULT}
    assert weakened_categories(model, [other], [strongest], {INSULT: 0.95}) == set(), "under the cut"


def test_blanked_regions_are_sentences_when_lost_and_words_when_weakened() -> None:
    raw = "Ugh. Holy crap, you are dumb."
    doc = Document(Message(id="1", text=raw), prepare(raw))
    groan, crap = Finding(INSULT, 0, 3, 0.9, Explanation("model", "r")), _word(PROFANITY, raw.index("crap"))
    crap = replace(crap, end=crap.start + 4)
    assert blanked_regions(doc, [groan], frozenset({INSULT}), frozenset()) == [sentence_bounds(raw, 0, 3)]
    assert blanked_regions(doc, [crap], frozenset(), frozenset({PROFANITY})) == [(crap.start, crap.end)]


@pytest.mark.parametrize(
    ("text", "without_second_look", "with_second_look"),
    [
        # the denial set aside "bitch"; "civil" was left holding the score (insult 0.48)
        ("Nobody here is a bitch, please stay civil.", {INSULT}, set()),
        # the exclamation's "crap" goes; the insult in the same sentence stays (words, not the sentence)
        ("Holy crap, you are dumb.", {INSULT, PROFANITY}, {INSULT, PROFANITY}),
    ],
)
def test_a_weakened_category_is_scored_without_the_set_aside_words(
    analyzer: Analyzer, text: str, without_second_look: set[Category], with_second_look: set[Category]
) -> None:
    (plain,) = Analyzer(second_look=False).analyze([text])
    (looked,) = analyzer.analyze([text])
    assert plain.flagged == without_second_look
    assert looked.flagged == with_second_look


def test_merged_takes_only_the_lost_categories_from_the_second_look() -> None:
    first = Detection(scores={INSULT: 0.9, PROFANITY: 0.8}, findings=(_finding(INSULT), _finding(PROFANITY)))
    again = Detection(scores={INSULT: 0.4, PROFANITY: 0.1}, findings=(_finding(INSULT),))
    result = merged(first, again, frozenset({INSULT}))
    assert result.scores == {INSULT: 0.4, PROFANITY: 0.8}
    assert [f.category for f in result.findings] == [PROFANITY, INSULT]
