"""`civility.datasets.score_batch` with Hugging Face `datasets.Dataset.map` (offline, real files)."""

from __future__ import annotations

from pathlib import Path

import pytest
from datasets import Dataset, load_dataset

from civility import Analyzer
from civility.datasets import score_batch
from civility.errors import InputError

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "review-comments.jsonl"
NEW_COLUMNS = {"flagged", "flagged_categories", "assessed"}


def test_map_batched_adds_the_same_columns_as_score_frame(tmp_path: Path) -> None:
    ds = load_dataset("json", data_files=str(SAMPLE), split="train", cache_dir=str(tmp_path))
    scored = ds.map(score_batch, batched=True, batch_size=7)  # odd batch size: batches are independent
    assert set(scored.column_names) >= NEW_COLUMNS and len(scored) == len(ds)
    expected = Analyzer().score_frame(ds.to_pandas(), text_column="body")
    got = scored.to_pandas()
    for column in [c for c in expected.columns if c.startswith("score_")] + ["flagged", "flagged_categories"]:
        assert got[column].tolist() == expected[column].tolist(), column
    assert got["score_insult"].nunique() == len(got)  # real, distinct scores per row


@pytest.mark.parametrize(
    ("columns", "kwargs"), [({"text": ["you idiot"]}, {}), ({"msg": ["you idiot"]}, {"text_column": "msg"})]
)
def test_text_column_is_guessed_or_given(columns: dict[str, list[str]], kwargs: dict[str, str]) -> None:
    scored = Dataset.from_dict(columns).map(score_batch, batched=True, fn_kwargs=kwargs)
    assert scored["flagged"] == [True]


def test_no_text_column_says_how_to_name_it() -> None:
    with pytest.raises(InputError, match="fn_kwargs"):
        Dataset.from_dict({"msg": ["hello"]}).map(score_batch, batched=True)


@pytest.mark.slow
def test_num_proc_gives_the_same_result(tmp_path: Path) -> None:
    ds = load_dataset("json", data_files=str(SAMPLE), split="train", cache_dir=str(tmp_path))
    one = ds.map(score_batch, batched=True, batch_size=4)
    two = ds.map(score_batch, batched=True, batch_size=4, num_proc=2)
    assert one.to_pandas().equals(two.to_pandas())
