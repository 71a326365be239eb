"""Writes golden.jsonl: what the recognizers, the language guess and the markup masks give on a table of
texts, computed by the code *before* the speed work (commit 2e93733), so `test_speed_equivalence.py`
proves the faster code gives the same answers.

Texts: fictional PII sentences from presidio-research's synthetic set (MIT; every value is fake, Faker
made them; a seeded sample, with and without a PII hit), the repository's SE-context tables, and
hand-written edge cases for the speed gates (long blank runs, v4/v6 look-alikes, number runs, letters
before numbers, non-Latin scripts, code characters). Regenerate only when a recognizer is *meant* to
change, from that commit's tree:

    git archive 2e93733 src | tar -x -C /tmp/before
    PYTHONPATH=/tmp/before/src python tests/data/speed/make_golden.py ../shared/data
"""

from __future__ import annotations

import dataclasses
import json
import random
import sys
from pathlib import Path

from civility.detectors.private_info import RECOGNIZERS
from civility.preprocess.language import detect_language
from civility.preprocess.markup import find_masked_spans

HERE = Path(__file__).resolve().parent
EDGE_CASES = [
    "Friedhofstrasse 33" + " " * 3000 + "1",
    "x" + " " * 5000 + "\t" * 100 + "42 Main Street",
    "1:2:1.2.3.4 and fe80::1 and a:b:c and dead:beef::1 and ::1 and 10.0.0.1:8080",
    "version 1.2.3.4 from 2.3.4.5 to 3.4.5.6; host 203.0.113.7 connected",
    "call me at 415 555 0132 or 4111 1111 1111 1111 or 078-05-1120 or 123-45-6789",
    "card 4242-4242-4242-4242, ssn 219 09 9999, phone (212) 555-0199 ext. 12",
    "Rue de Virton 38\n6700 Arlon\nBelgium",
    "ul. Zamkowa 33, 00-950 Warszawa and Via Roma 131, 00184 Roma",
    "PSC 1234, Box 5678\nAPO AE 12345 and USNS Comfort, FPO AP 96601",
    "P.O. Box 123, zip code 94107, postal code: 1234",
    "Flat 3\n12 Baker Street\nLondon\nNW1 6XE",
    "Vesterskovvej 79, Aarhus; Kungsgatan 5; Mannerheimintie 12 A",
    "12 rue des Lilas, 75011 Paris; 3 calle Mayor; 7 trg bana Jelačića",
    "123 main street and 45 elm avenue and 9 oak road",
    "1600 Pennsylvania Avenue NW, Washington, DC 20500",
    "4821 Larkspur Ln. and 17 Quarry Rd and 305 Cedar Hollow Dr.",
    "Straße 5, Hauptstraße 12, Bahnhofstr. 7, Lindenallee 3a",
    "Это русский текст, правда, без адреса 12 Main Street",
    "これは日本語のテキストです 12",
    "el perro es muy grande y la casa también está aquí, calle Mayor 5",
    "der Hund ist nicht mit auf für auch, Hauptstraße 5, 10115 Berlin",
    "def f(x): return x == 1 and y <= 2 {a; b} `code` https://example.com/a_b",
    "see #66 Main Street and #12 Oak Lane (issues, not addresses)",
    "8 May 2018 and Aug 20, 2015 at 10:30 UTC, 12 Monday Street",
    "dana.whitlock@example.com, noreply@github.com, j@x.png, lib@1.js",
    "Ａｄｄｒｅｓｓ： １２ Ｍａｉｎ Ｓｔｒｅｅｔ and ١٢٣٤٥٦٧٨٩ digits",
]


def row(text: str) -> dict[str, object]:
    return {
        "text": text,
        "candidates": [[list(dataclasses.astuple(c)) for c in r.find(text)] for r in RECOGNIZERS],
        "language": list(detect_language(text)),
        "masked": [[s.start, s.end, s.kind] for s in find_masked_spans(text)],
    }


def main(shared: Path) -> None:
    pii = json.loads((shared / "presidio-synth-pii" / "synth_dataset_v2.json").read_text(encoding="utf-8"))
    texts = [r["full_text"] for r in random.Random(7).sample(pii, 400)]
    for name in ("se_context.jsonl", "se_context_holdout.jsonl"):
        lines = (HERE.parent / "private_info" / name).read_text(encoding="utf-8").splitlines()
        texts += [json.loads(line)["text"] for line in lines]
    with (HERE / "golden.jsonl").open("w", encoding="utf-8") as out:
        for text in [*texts, *EDGE_CASES]:
            out.write(json.dumps(row(text), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[3] / "shared" / "data")
