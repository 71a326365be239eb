"""Screen fit variants cheaply before a full `fit_variant.py` or card run (a development experiment).

    python benchmarks/screen_fit.py --variant "nb_alpha=0.25" --variant "C=2;nb_binary=true" [--jobs 2]

The training mix is encoded once per hash width (`bits`). For the defaults and each variant
(`name=value` FitConfig settings, `;`-separated, values parsed as JSON), 3-fold out-of-fold scores
of the whole mix are computed exactly as `civility train` does for its thresholds (`fit.oof_scores`),
the thresholds are chosen on those same scores (`fit.thresholds`, developer-talk rows), and every
set's headline task is scored on them.
Protocol caveats: the cut is chosen on the rows it is scored on, and each fold trains on two thirds of
the mix, so the numbers are neither the card's nor comparable to it; they only rank variants against
the defaults in the same run. A variant that wins here is then run through `fit_variant.py` or the card.
About 5 minutes per variant and process.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from civility.model import sources  # noqa: E402
from civility.model.experiment import headline  # noqa: E402
from civility.model.fit import FitConfig, oof_scores, thresholds  # noqa: E402
from civility.model.metrics import Binary, binary  # noqa: E402
from civility.model.train import Encoded, encode_corpus  # noqa: E402

SETS = (
    *("toxicr", "strudel", "sgid4se", "vcu", "ferreira"),
    *("toxic_spans", "olid", "edos", "hatexplain", "ethos"),
)
_DATA: dict[int, Encoded] = {}
"""The encoded mix per hash width (`bits`), built before the workers fork."""
SAVED = ROOT / "benchmarks" / ".work" / "screen"
"""Each variant's out-of-fold scores, kept for looking at thresholds without refitting."""


def variant(text: str) -> dict[str, object]:
    settings: dict[str, object] = {}
    for part in filter(None, (p.strip() for p in text.split(";"))):
        name, _, value = part.partition("=")
        if name not in FitConfig.__dataclass_fields__ or name == "static_weight":
            raise argparse.ArgumentTypeError(f"{name!r} is not a FitConfig field this screen can vary")
        try:
            settings[name] = json.loads(value)
        except json.JSONDecodeError:
            settings[name] = value
    return settings


def screen(settings: dict[str, object]) -> tuple[dict[str, object], dict[str, Binary], float]:
    started = time.perf_counter()
    data = _DATA[int(settings.get("bits", FitConfig().bits))]
    labels, names = data.corpus.labels, data.corpus.sources
    config = replace(FitConfig(), **settings)
    oof = oof_scores(data.counts, labels, names, config)
    SAVED.mkdir(parents=True, exist_ok=True)
    np.save(SAVED / f"{label(settings, ';') or 'defaults'}.npy", oof)
    cuts = thresholds(labels, oof, names, config)
    flags = oof >= np.array(list(cuts.values()), dtype=np.float32)
    return settings, per_set(labels, flags, names), time.perf_counter() - started


def per_set(labels: np.ndarray, flags: np.ndarray, names: list[str]) -> dict[str, Binary]:
    """Each set's headline task (as the card defines it) scored on these flags."""
    source_array = np.asarray(names)
    out = {}
    for name in SETS:
        rows = source_array == name
        if rows.any():
            _, gold, pred = headline(name, labels[rows], flags[rows])
            out[name] = binary(gold, pred)
    return out


def label(settings: dict[str, object], separator: str) -> str:
    return separator.join(f"{k}={json.dumps(v)}" for k, v in settings.items())


def table(results: list[tuple[dict[str, object], dict[str, Binary], float]]) -> str:
    sets = [s for s in SETS if s in results[0][1]]
    lines = ["| variant | " + " | ".join(sets) + " | mean | seconds |", "| --- " * (len(sets) + 3) + "|"]
    for settings, scores, seconds in results:
        cells = [f"{scores[s].f1:.3f} ({scores[s].precision:.2f}/{scores[s].recall:.2f})" for s in sets]
        mean = np.mean([scores[s].f1 for s in sets])
        name = label(settings, "; ") or "defaults"
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {mean:.3f} | {seconds:.0f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variant", type=variant, action="append", default=[], metavar="NAME=VALUE;...")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "screen_fit.md")
    args = parser.parse_args()
    started = time.perf_counter()
    variants = [{}, *args.variant]
    corpus = sources.load(list(sources.DEFAULT_SOURCES))
    for bits in sorted({int(v.get("bits", FitConfig().bits)) for v in variants}):
        _DATA[bits] = encode_corpus(corpus, replace(FitConfig(), bits=bits))
    print(f"encoded in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=args.jobs, mp_context=context) as pool:
        results = []
        for result in pool.map(screen, variants):
            print(f"done: {result[0] or 'defaults'} in {result[2]:.0f} s", file=sys.stderr, flush=True)
            results.append(result)
    flags = " ".join(f"--variant '{label(s, ';')}'" for s in args.variant)
    command = f"python benchmarks/screen_fit.py {flags} --jobs {args.jobs}"
    text = (
        f"# Fit variants, screened on 3-fold out-of-fold scores\n\nCommand: `{command}`\n\n"
        "Cells: headline F1 (precision/recall) per set, on the 3-fold out-of-fold scores of the whole "
        "training mix with thresholds chosen on those scores (see the script's docstring: a ranking "
        "of variants, not the card's protocol).\n\n"
        f"{table(results)}\n\n"
        f"Whole run: {time.perf_counter() - started:.0f} s with {args.jobs} process(es).\n"
    )
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
