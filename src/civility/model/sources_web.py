"""General web sets (news comments, Twitter, Gab, Reddit, YouTube) mapped onto the model categories.

These teach the heads what insults, identity attacks and threats look like outside developer talk;
see models/MODEL_CARD.md for the mapping and its counts.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from civility.model.corpus import Corpus, label_row
from civility.model.sources_se import ALL_CLEAN, _corpus


def _typed(maj: int, count: int) -> int:
    """Majority-marked → 1; marked by nobody → 0; a minority marked it → unknown."""
    return 1 if maj == 1 else (0 if count == 0 else -1)


def load_toxic_spans(root: Path) -> Corpus:
    path = root / "toxic-spans-typed" / "comments_aggregated.csv"
    f = pd.read_csv(path)
    kinds = ("insult", "identity_attack", "threat", "profane_obscene")
    maj = f[[f"maj_{k}" for k in kinds]].to_numpy(dtype=int)
    count = f[[f"n_{k}" for k in kinds]].to_numpy(dtype=int)
    rows = []
    for text, m, n in zip(f.comment_text, maj, count, strict=True):
        typed = [_typed(int(a), int(b)) for a, b in zip(m, n, strict=True)]
        labels = label_row(insult=typed[0], identity_attack=typed[1], harassment=typed[2], profanity=typed[3])
        rows.append((str(text), labels, "posts"))
    return _corpus("toxic_spans", rows, [path])


def olid_row(a: str, b: str, c: str) -> list[int]:
    if a == "NOT":
        return label_row(**ALL_CLEAN)
    if b == "UNT":
        return label_row(profanity=1, insult=0, identity_attack=0, harassment=0)
    if c == "GRP":
        return label_row(identity_attack=1)
    return label_row(insult=1)


def load_olid(root: Path) -> Corpus:
    folder = root / "olid-offenseval2019"
    train = folder / "olid-training-v1.0.tsv"
    f = pd.read_csv(train, sep="\t", quoting=csv.QUOTE_NONE, keep_default_na=False)
    rows = [
        (str(r.tweet), olid_row(str(r.subtask_a), str(r.subtask_b), str(r.subtask_c)), "train")
        for r in f.itertuples()
    ]
    return _corpus("olid", rows, [train])


def edos_row(sexist: str, vector: str) -> list[int]:
    if sexist != "sexist":
        return label_row(identity_attack=0, harassment=0, sexual=0)
    code = vector.split(" ", 1)[0]
    known: dict[str, int] = {}
    if code.startswith("1."):
        known["harassment"] = 1
    if code in ("2.1", "2.2", "2.3"):
        known["identity_attack"] = 1
    if code == "2.3":
        known["sexual"] = 1
    return label_row(**known)


def load_edos(root: Path) -> Corpus:
    path = root / "edos-sexism" / "edos_labelled_aggregated.csv"
    f = pd.read_csv(path, keep_default_na=False)
    rows = [
        (str(r.text), edos_row(str(r.label_sexist), str(r.label_vector)), str(r.split))
        for r in f.itertuples()
    ]
    return _corpus("edos", rows, [path])


def hatexplain_row(category: int) -> list[int] | None:
    """hatespeech -> identity_attack; normal -> 0 except profanity; offensive -> identity_attack 0.

    "normal" means neither hateful nor offensive to HateXplain's annotators, who judged swearing in
    casual tweets normal (1,316 normal posts swear; `benchmarks/swear_labels.py`): it says nothing
    about vulgarity in a professional setting, so profanity stays unknown, as for VCU's frustration.
    """
    if category == 0:
        return label_row(insult=0, identity_attack=0, harassment=0, sexual=0)
    if category == 1:
        return label_row(identity_attack=1)
    if category == 2:
        return label_row(identity_attack=0)
    return None


def load_hatexplain(root: Path) -> Corpus:
    path = root / "hatexplain" / "092-HateXplain.csv"
    f = pd.read_csv(path)
    rows = []
    for text, category in zip(f.text, f.category, strict=True):
        labels = hatexplain_row(int(category))
        if labels is not None:
            rows.append((str(text), labels, "posts"))
    return _corpus("hatexplain", rows, [path])


def load_ethos(root: Path) -> Corpus:
    folder = root / "ethos-hate"
    binary, multi = folder / "Ethos_Dataset_Binary.csv", folder / "Ethos_Dataset_Multi_Label.csv"
    labels = pd.read_csv(multi, sep=";").set_index("comment")
    rows = []
    for text, hate in pd.read_csv(binary, sep=";").itertuples(index=False):
        if hate < 0.5:
            rows.append((str(text), label_row(identity_attack=0, harassment=0), "binary"))
            continue
        extra = labels.loc[text] if text in labels.index else None
        if isinstance(extra, pd.DataFrame):
            extra = extra.iloc[0]
        known = {"identity_attack": 1}
        if extra is not None and extra.violence >= 0.5:
            known["harassment"] = 1
        rows.append((str(text), label_row(**known), "binary"))
    return _corpus("ethos", rows, [binary, multi])


def load_davidson(root: Path) -> Corpus:
    """Not in the default mix: its "offensive" is mostly slurs and swearing in tweets (see the card)."""
    path = root / "davidson-hate-offensive" / "labeled_data.csv"
    f = pd.read_csv(path)
    mapping = {0: label_row(identity_attack=1), 1: label_row(profanity=1), 2: label_row(**ALL_CLEAN)}
    rows = [(str(t), mapping[int(c)], "tweets") for t, c in zip(f.tweet, f["class"], strict=True)]
    return _corpus("davidson", rows, [path])
