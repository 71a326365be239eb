"""Seed rows and the contrast rows their rationales make (`civility.model.seeds`)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from civility.errors import InputError
from civility.model.corpus import COLUMNS, UNKNOWN
from civility.model.seeds import contrast_labels, load_seeds, parse_line, parse_text

SEXUAL, INSULT = COLUMNS.index("sexual"), COLUMNS.index("insult")


@pytest.mark.parametrize(
    ("marked", "text", "contrast"),
    [
        ("you are an idiot", "you are an idiot", None),  # no rationale, no contrast
        (
            "I'm [touching myself] reading your pull request",
            "I'm touching myself reading your pull request",
            "I'm reading your pull request",
        ),
        (
            "[hey cutie], [send me some pics of you] and maybe I'll merge your PR",
            "hey cutie, send me some pics of you and maybe I'll merge your PR",
            "and maybe I'll merge your PR",
        ),
        (
            "women can't code, [go back to the kitchen]",
            "women can't code, go back to the kitchen",
            "women can't code",
        ),
        ("this [fucking] build broke again", "this fucking build broke again", "this build broke again"),
        ("[go kill yourself]", "go kill yourself", None),  # nothing left to contrast
        ("[wtf], why", "wtf, why", None),  # one word left: too little to teach anything
    ],
)
def test_rationale_and_contrast(marked: str, text: str, contrast: str | None) -> None:
    assert parse_text(marked) == (text, contrast)


@pytest.mark.parametrize(
    ("marked", "message"),
    [("a [b", "unbalanced"), ("a ]b[", "unbalanced"), ("a [[b]]", "nested"), ("a [] b", "empty")],
)
def test_bad_brackets(marked: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_text(marked)


def test_a_seed_keeps_its_bracketed_offence() -> None:
    seed = parse_line("sexual\t[hey cutie], send me pics [of you] please")
    assert seed.offence == ("hey cutie", "of you")
    assert parse_line("none\tsend me pics of the dialog").offence == ()


def test_contrast_labels_clear_the_positives_and_keep_unknowns() -> None:
    assert contrast_labels((1, 0, UNKNOWN, 1, 0)) == [0, 0, UNKNOWN, 0, 0]


def test_contrast_rows_follow_the_seed_rows(tmp_path: Path) -> None:
    path = tmp_path / "seeds.tsv"
    path.write_text(
        "# header\n"
        "sexual\tI'm [touching myself] reading your pull request\n"
        "none\tthanks for your pull request\n"
        "insult,?harassment\tyou [clown], read the docs\n",
        encoding="utf-8",
    )
    corpus = load_seeds(path)
    assert corpus.texts == (
        "I'm touching myself reading your pull request",
        "thanks for your pull request",
        "you clown, read the docs",
        "I'm reading your pull request",
        "you, read the docs",
    )
    assert corpus.strata == ("seeds",) * 3 + ("contrast",) * 2
    assert set(corpus.sources) == {"seeds"}
    assert corpus.labels[0, SEXUAL] == 1 and corpus.labels[3, SEXUAL] == 0
    assert not np.any(corpus.labels[3] == 1)
    assert corpus.labels[4, INSULT] == 0 and corpus.labels[4, COLUMNS.index("harassment")] == UNKNOWN


def test_a_clean_seed_cannot_mark_an_offence(tmp_path: Path) -> None:
    path = tmp_path / "seeds.tsv"
    path.write_text("none\tfine\nnone\tthe [build] broke\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"seeds\.tsv:2: only a positive seed"):
        load_seeds(path)


def test_the_shipped_seeds_parse() -> None:
    corpus = load_seeds()
    assert not any("[" in t or "]" in t for t in corpus.texts)
    seeds = np.array([s == "seeds" for s in corpus.strata])
    assert seeds.sum() > 100
    # every contrast row is negative for every category its seed was positive for
    assert not np.any(corpus.labels[~seeds] == 1)
