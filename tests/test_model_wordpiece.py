"""The cached ASCII WordPiece must give exactly the HF tokenizer ids (the model table is indexed by them)."""

from __future__ import annotations

import numpy as np
import pytest

from civility.model.persist import DEFAULT_DIR
from civility.model.vectors import MAX_TOKENS, encode_ids, load_tokenizer

CASES = [
    "you are an idiot",
    "LGTM!! merged in 3f2a1c9, thanks @someone :)",
    "snake_case_name and CamelCaseName, x+=1; y<=2 || z>>3",
    "what the f*ck is this?!?",
    "the URL was https://example.com/a?b=c#d",
    "tabs\tand\nnew lines\r\nand   spaces",
    "a" * 150 + " long word",
    "don't won't it's O'Reilly's",
    "naïve café über",  # non-ASCII: HF path
    "emoji 🎉 here",
    "",
    "$$$ ^^^ ``` ~~~ |||",
]


@pytest.fixture(scope="module")
def tokenizer():  # type: ignore[no-untyped-def]
    return load_tokenizer(DEFAULT_DIR)


@pytest.mark.parametrize("text", CASES)
def test_same_ids_as_hf(tokenizer, text: str) -> None:  # type: ignore[no-untyped-def]
    ours = encode_ids(tokenizer, [text])[0]
    theirs = np.asarray(tokenizer.encode(text, add_special_tokens=False).ids[:MAX_TOKENS])
    assert ours.tolist() == theirs.tolist()
