"""The held-out thread evaluation: which issues are held out, the table, the card section."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from civility.cli import main
from civility.evaluation import threads
from civility.model.card import markers, write_section
from civility.model.metrics import binary


@pytest.mark.parametrize(
    ("comment_id", "issue"),
    [
        ("2018-1-OSS-E4/18-1-SKKU-OSS/3/394665010", "2018-1-OSS-E4/18-1-SKKU-OSS/3"),
        ("Apktool/iBotPeaches/1707", "Apktool/iBotPeaches/1707"),
    ],
)
def test_issue_key_drops_the_comment_part(comment_id: str, issue: str) -> None:
    assert threads.issue_key(comment_id) == issue


def test_held_out_threads_share_no_issue_with_the_training_comments(shared_data: Path) -> None:
    data = threads.load_threads(shared_data)
    folder = shared_data / threads.FOLDER
    trained = {threads.issue_key(i) for i in pd.read_csv(folder / "train_comments.csv")["_id"]}
    every = pd.read_csv(folder / "labeled_test_issues.csv")
    assert not trained & set(data.ids)
    assert len(data.ids) + data.excluded == len(every)
    assert data.excluded > 0
    assert len(data.texts) == len(data.toxic) == len(data.perspective)
    assert data.texts[0].startswith(str(every.set_index("_id").loc[data.ids[0], "title"]))


def test_markdown_prints_every_scorer_and_the_floor() -> None:
    gold = np.array([True, False, True, False])
    side = threads.Side("every thread flagged (the floor)", binary(gold, np.ones(4, bool)), 0.5)
    report = threads.ThreadsReport(4, 2, 1, (side,), {"insult": (1, 1)}, "peer unavailable: no venv")
    text = threads.markdown(report)
    assert "| every thread flagged (the floor) | 0.667 | 0.500 | 1.000 | 0.500 | 4 (2) | 0.500 | – |" in text
    queue = threads.Side("civility (shipped analyzer)", binary(gold, gold), 1.0, 0.75)
    queued = threads.markdown(threads.ThreadsReport(4, 2, 1, (queue, side), {}, None))
    assert "| civility (shipped analyzer) | 1.000 | 1.000 | 1.000 | 1.000 | 4 (2) | 1.000 | 0.750 |" in queued
    assert "insult 1 (1 toxic)" in text
    assert "Note: peer unavailable: no venv." in text


def test_a_named_section_leaves_the_main_one_alone(tmp_path: Path) -> None:
    card = tmp_path / "MODEL_CARD.md"
    begin, end = markers()
    t_begin, t_end = markers("threads")
    card.write_text(f"# card\n{begin}\nold\n{end}\nprose\n{t_begin}\n{t_end}\n", encoding="utf-8")
    write_section(card, "thread numbers", "civility evaluate --task threads --write-card", "threads")
    text = card.read_text(encoding="utf-8")
    assert f"{begin}\nold\n{end}\nprose\n" in text
    assert "thread numbers\n" + t_end in text
    assert "Produced by `civility evaluate --task threads --write-card`." in text


@pytest.mark.slow
def test_threads_task_prints_the_table(shared_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "--task", "threads"]) == 0
    out = capsys.readouterr().out
    assert "| civility (shipped analyzer) |" in out
    assert "| civility without context filters |" in out
    assert "| every thread flagged (the floor) |" in out
    assert "test issues left out" in out


def test_markdown_names_a_model_that_is_not_the_shipped_one() -> None:
    gold = np.array([True, False])
    side = threads.Side("civility (analyzer with /tmp/x.skops)", binary(gold, gold), 1.0, 1.0)
    text = threads.markdown(threads.ThreadsReport(2, 1, 0, (side,), {}, None, "/tmp/x.skops"))
    assert "Scored by the analyzer with the model /tmp/x.skops (its thresholds;" in text
    assert "shipped" not in text.split("| scorer |")[0]


@pytest.mark.parametrize(
    "args",
    [
        ["evaluate", "--task", "model", "--model", "x.skops"],
        ["evaluate", "--task", "threads", "--model", "x.skops", "--write-card"],
    ],
    ids=["model task", "writing the card"],
)
def test_a_model_file_is_refused_where_it_would_not_be_what_is_measured(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 2
    assert "--model only applies to --task threads without --write-card" in capsys.readouterr().err


@pytest.mark.slow
def test_threads_task_scores_a_given_model_file(
    shared_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shipped = Path(__file__).resolve().parents[1] / "models" / "civility.skops"
    assert main(["evaluate", "--task", "threads", "--model", str(shipped)]) == 0
    assert f"| civility (analyzer with {shipped}) |" in capsys.readouterr().out


def test_writing_the_card_without_the_peer_fails_before_the_run(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A card without alt-profanity-check would read n/a in its peer columns after hours of refits."""
    monkeypatch.setenv("CIVILITY_PEER_PYTHON", str(tmp_path / "no-such-python"))
    assert main(["evaluate", "--task", "model", "--write-card"]) == 2
    err = capsys.readouterr().err
    assert "--write-card: alt-profanity-check unavailable" in err and "CIVILITY_PEER_PYTHON" in err
