"""Runs inside benchmarks/.work/pii-venv: one peer tool over the Presidio set, JSON spans on stdout.

    python private_info_peers.py presidio|scrubadub PATH
    python private_info_peers.py faker N SEED > held_out.json   # a fresh sample in the Presidio format
Entity names are mapped onto civility's (email, phone, payment_card, government_id, ip_address,
street_address); everything else a tool reports is dropped.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time

PRESIDIO = {"EMAIL_ADDRESS": "email", "PHONE_NUMBER": "phone", "CREDIT_CARD": "payment_card",
            "US_SSN": "government_id", "IP_ADDRESS": "ip_address"}  # fmt: skip
SCRUBADUB = {"email": "email", "phone": "phone", "credit_card": "payment_card",
             "social_security_number": "government_id", "address": "street_address"}  # fmt: skip


def presidio(texts: list[str]) -> list[list[tuple[str, int, int]]]:
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    folder = tempfile.mkdtemp()
    spacy.blank("en").to_disk(folder)  # no downloadable model offline: a blank English pipeline
    config = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": folder}]}
    engine = AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=config).create_engine())
    return [[(PRESIDIO[r.entity_type], r.start, r.end) for r in engine.analyze(t, language="en")
             if r.entity_type in PRESIDIO] for t in texts]  # fmt: skip


def scrubadub(texts: list[str]) -> list[list[tuple[str, int, int]]]:
    import scrubadub as sd

    scrubber = sd.Scrubber()
    return [[(SCRUBADUB[f.type], f.beg, f.end) for f in scrubber.iter_filth(t) if f.type in SCRUBADUB]
            for t in texts]  # fmt: skip


LOCALES = ("en_US", "en_GB", "en_CA", "en_AU", "de_DE", "de_AT", "fr_FR", "nl_NL", "fi_FI", "hu_HU", "pl_PL",
           "it_IT", "es_ES", "da_DK", "sv_SE", "cs_CZ", "pt_PT", "no_NO")  # fmt: skip
#: Templates written for this benchmark (not Presidio's), one value type or several per sentence.
TEMPLATES = (
    "Please ship the replacement board to {STREET_ADDRESS}.",
    "He moved last year, now it's {STREET_ADDRESS}",
    "Invoice address:\n{STREET_ADDRESS}",
    "Call the front desk on {PHONE_NUMBER} before noon.",
    "Phone: {PHONE_NUMBER}\nEmail: {EMAIL_ADDRESS}",
    "you can reach the owner at {EMAIL_ADDRESS}",
    "The venue is {STREET_ADDRESS}; questions to {PHONE_NUMBER}.",
    "mobile {PHONE_NUMBER}, office {STREET_ADDRESS}",
    "I wrote to {EMAIL_ADDRESS} twice and nobody answered",
    "Our meetup moved to {STREET_ADDRESS} this month.",
    "Text {PHONE_NUMBER} if the door is locked",
    "Contact: {EMAIL_ADDRESS} / {PHONE_NUMBER}",
)


def faker_sample(n: int, seed: int) -> list[dict[str, object]]:
    import random

    from faker import Faker

    rng = random.Random(seed)
    fakers = {loc: Faker(loc) for loc in LOCALES}
    for i, fake in enumerate(fakers.values()):
        fake.seed_instance(seed + i)
    make = {"STREET_ADDRESS": "address", "PHONE_NUMBER": "phone_number", "EMAIL_ADDRESS": "email"}
    rows = []
    for _ in range(n):
        fake, template = fakers[rng.choice(LOCALES)], rng.choice(TEMPLATES)
        text, spans = template, []
        while "{" in text:
            start = text.index("{")
            kind = text[start + 1 : text.index("}", start)]
            value = str(getattr(fake, make[kind])())
            text = text[:start] + value + text[start + len(kind) + 2 :]
            spans.append({"entity_type": kind, "entity_value": value, "start_position": start,
                          "end_position": start + len(value)})  # fmt: skip
        rows.append({"full_text": text, "spans": spans})
    return rows


if __name__ == "__main__":
    if sys.argv[1] == "faker":
        json.dump(faker_sample(int(sys.argv[2]), int(sys.argv[3])), sys.stdout, ensure_ascii=False)
        raise SystemExit(0)
    tool, path = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8") as handle:
        texts = [row["full_text"] for row in json.load(handle)]
    started = time.perf_counter()
    spans = {"presidio": presidio, "scrubadub": scrubadub}[tool](texts)
    json.dump({"spans": spans, "seconds": time.perf_counter() - started}, sys.stdout)
