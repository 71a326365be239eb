"""The shipped civility model, installed as the `civility_models` package (see MODEL_CARD.md).

Files: civility.skops (per-token tables, biases, thresholds; load with civility.model.persist.load),
civility.json (metadata), tokenizer.json and static-vectors.npz (static vectors distilled from
all-MiniLM-L6-v2, Apache-2.0). Rebuild with `civility train` (add `--distill` for the vectors).
"""
