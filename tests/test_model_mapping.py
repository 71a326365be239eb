"""The label mapping from each source's labels onto the five model categories (see MODEL_CARD.md)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from civility.model import seeds, sources
from civility.model.corpus import COLUMNS, UNKNOWN
from civility.model.sources_se import sgid_row, tbdf_row, toxic_binary_row
from civility.model.sources_web import edos_row, hatexplain_row, olid_row


def as_dict(row: list[int]) -> dict[str, int]:
    return {c.value: v for c, v in zip(COLUMNS, row, strict=True) if v != UNKNOWN}


CLEAN = {"insult": 0, "identity_attack": 0, "harassment": 0, "sexual": 0, "profanity": 0}


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (toxic_binary_row("Damn, I forgot the test", True), {"profanity": 1}),
        (toxic_binary_row("this is a clueless patch", True), {"insult": 1}),
        # minced oaths are vulgarity, not insults (ToxiCR labels "darn" toxic 132 times of 133)
        (toxic_binary_row("Darn, I forgot to update the tests.", True), {"profanity": 1}),
        (toxic_binary_row("How the heck did I miss this?", True), {"profanity": 1}),
        (toxic_binary_row("Oops, brain fart, sorry", True), {"profanity": 1}),
        (toxic_binary_row("this analysis is wrong, you clown", True), {"insult": 1}),
        (toxic_binary_row("please rebase", False), CLEAN),
        (tbdf_row("Insulting"), {"insult": 1}),
        (tbdf_row("Mocking"), {"insult": 1}),
        (tbdf_row("Identity attacks/Name-Calling"), {"insult": 1, "identity_attack": 1}),
        (tbdf_row("Identity Attack/Name-Calling"), {"insult": 1, "identity_attack": 1}),
        (tbdf_row("Threat"), {"harassment": 1}),
        (tbdf_row("Vulgarity"), {"profanity": 1}),
        (tbdf_row("name_calling"), {"insult": 1}),
        (tbdf_row("bitter_frustration"), {"insult": 0, "identity_attack": 0, "harassment": 0, "sexual": 0}),
        (tbdf_row("Impatience"), {"insult": 0, "identity_attack": 0, "harassment": 0, "sexual": 0}),
        (tbdf_row(float("nan")), CLEAN),
        (olid_row("NOT", "NULL", "NULL"), CLEAN),
        (
            olid_row("OFF", "UNT", "NULL"),
            {"profanity": 1, "insult": 0, "identity_attack": 0, "harassment": 0},
        ),
        (olid_row("OFF", "TIN", "IND"), {"insult": 1}),
        (olid_row("OFF", "TIN", "GRP"), {"identity_attack": 1}),
        (edos_row("not sexist", "none"), {"identity_attack": 0, "harassment": 0, "sexual": 0}),
        (edos_row("sexist", "1.1 threats of harm"), {"harassment": 1}),
        (
            edos_row("sexist", "2.3 dehumanising attacks & overt sexual objectification"),
            {"identity_attack": 1, "sexual": 1},
        ),
        (edos_row("sexist", "3.2 immutable gender differences and gender stereotypes"), {}),
        # "normal" to HateXplain's annotators includes casual swearing: profanity stays unknown
        (hatexplain_row(0), {"insult": 0, "identity_attack": 0, "harassment": 0, "sexual": 0}),
        (hatexplain_row(1), {"identity_attack": 1}),
        (hatexplain_row(2), {"identity_attack": 0}),
    ],
)
def test_mapping_rows(row: list[int], expected: dict[str, int]) -> None:
    assert as_dict(row) == expected


def _sgid(**on: int) -> SimpleNamespace:
    columns = [
        "target",
        "Objectification",
        "Appearance",
        "Harassment",
        "AntiLGBTQ",
        "Stereotyping",
        "Discredit",
        "Maternal",
        "Threats",
    ]
    return SimpleNamespace(**{c: str(on.get(c, 0)) for c in columns})


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (_sgid(), {"sexual": 0, "identity_attack": 0}),
        (_sgid(target=1, Objectification=1), {"sexual": 1}),
        (_sgid(target=1, AntiLGBTQ=1), {"identity_attack": 1}),
        (_sgid(target=1, Maternal=1), {"insult": 1, "identity_attack": 1}),
        (_sgid(target=1, Appearance=1, Threats=1), {"sexual": 1, "harassment": 1}),
        (_sgid(target=1, Threats=1), {"identity_attack": 1, "harassment": 1}),
        (_sgid(target=1), {"identity_attack": 1}),
    ],
)
def test_sgid_mapping(row: SimpleNamespace, expected: dict[str, int]) -> None:
    assert as_dict(sgid_row(row)) == expected


def test_seeds_parse_and_cover_every_category() -> None:
    seeds = sources.load(["seeds"])
    assert len(seeds) > 100
    assert (seeds.labels == 1).sum(axis=0).min() >= 5
    assert ((seeds.labels == 0).all(axis=1)).sum() >= 40


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ("none", {c.value: 0 for c in COLUMNS}),
        ("harassment", {**{c.value: 0 for c in COLUMNS}, "harassment": 1}),
        ("harassment,?insult", {**{c.value: 0 for c in COLUMNS}, "harassment": 1, "insult": -1}),
        ("sexual, identity_attack", {**{c.value: 0 for c in COLUMNS}, "sexual": 1, "identity_attack": 1}),
    ],
)
def test_seed_labels(names: str, expected: dict[str, int]) -> None:
    assert dict(zip([c.value for c in COLUMNS], seeds.seed_row(names), strict=True)) == expected


@pytest.mark.parametrize(
    ("line", "message"),
    [("harassment,?harassment\tsome text", "both listed and unknown"), ("?nope\tsome text", "nope")],
)
def test_bad_seed_lines_name_the_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    from civility.errors import InputError

    path = tmp_path / "seeds.tsv"
    path.write_text("# header\nnone\tfine\n" + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"seeds\.tsv:3: .*{message}"):
        seeds.load_seeds(path)


def test_unknown_dataset_is_an_input_error() -> None:
    from civility.errors import InputError

    with pytest.raises(InputError, match="unknown dataset"):
        sources.load(["nope"])


@pytest.mark.parametrize(
    ("name", "rows", "positives"),
    [("toxicr", 19647, {"insult": 1747, "profanity": 2010}), ("vcu", 5969, {"identity_attack": 28})],
)
def test_real_counts(shared_data: Path, name: str, rows: int, positives: dict[str, int]) -> None:
    corpus = sources.load([name], root=shared_data)
    assert len(corpus) == rows
    for category, count in positives.items():
        assert int((corpus.labels[:, [c.value for c in COLUMNS].index(category)] == 1).sum()) == count
