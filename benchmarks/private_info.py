"""Span-level private-information benchmark on the Presidio synthetic set: civility vs Presidio vs scrubadub.

    python benchmarks/private_info.py [--peers-python benchmarks/.work/pii-venv/bin/python] [-o FILE]

The peers run in their own venv (they are not civility dependencies):

    python -m venv benchmarks/.work/pii-venv
    benchmarks/.work/pii-venv/bin/pip install presidio-analyzer scrubadub spacy

Presidio's default NLP engine wants `en_core_web_lg`, which cannot be downloaded offline; it runs here
on a blank English spaCy pipeline, so its NER-based entities (PERSON, LOCATION) are absent and only its
pattern recognizers (email, phone, card, SSN, IP...) count. Same matching rule as civility's evaluation
(`civility.evaluation`): partial overlap, same entity type; ZIP_CODE counts as street_address.

Two data sets: the Presidio set, which civility's rules were developed on (read its misses), and a
held-out sample made with Faker in the peers' venv from templates written for this benchmark (18
locales, seed 7, never inspected while writing rules; seed 20261122 was the development sample).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from civility.detectors.private_info import DEFAULT_THRESHOLD, recognize
from civility.evaluation import SpanScore, score_spans
from civility.evaluation.private_info import DEFAULT_PRESIDIO, load_presidio

HERE = Path(__file__).resolve().parent
PEER_SCRIPT = HERE / "private_info_peers.py"
DEFAULT_VENV = HERE / ".work" / "pii-venv" / "bin" / "python"
Spans = list[list[tuple[str, int, int]]]


NOTES = [
    "",
    "## Notes",
    "",
    "- civility's address and phone rules were written reading the Presidio set's misses and a Faker",
    "  development sample (seed 20261122); the seed-7 sample was generated afterwards: trust those numbers.",
    "- Presidio runs on a blank spaCy pipeline (no model downloadable offline): its NER entities are absent,",
    "  which is why it reports no street addresses; scrubadub's address detector needs an extra package",
    "  (scrubadub_address + libpostal) that is not installed. Both peers run at their default settings.",
    "- Throughput is wall-clock on 2 CPU cores shared with other jobs; the peers' numbers include start-up.",
    "- Presidio's gold often splits one address into pieces (number, street, unit, postcode), so",
    "  exact-boundary scores are low for every tool; benchmarks/results/private_info_eval.md has them",
    "  and the SE-context (doxxing) results.",
]


def run_civility(texts: list[str]) -> tuple[Spans, float]:
    started = time.perf_counter()
    spans = [[(c.entity, c.start, c.end) for c in recognize(t, DEFAULT_THRESHOLD)] for t in texts]
    return spans, time.perf_counter() - started


def run_peer(python: Path, tool: str, data: Path) -> tuple[Spans, float] | str:
    """Predictions and seconds from a peer in its venv, or the reason it is unavailable."""
    if not python.exists():
        return f"venv not found at {python} (see the module docstring)"
    proc = subprocess.run(
        [str(python), str(PEER_SCRIPT), tool, str(data)], capture_output=True, text=True, timeout=1800
    )
    if proc.returncode != 0:
        return f"failed: {proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else proc.returncode}"
    out = json.loads(proc.stdout)
    spans = [[(str(e), int(a), int(b)) for e, a, b in doc] for doc in out["spans"]]
    return spans, float(out["seconds"])


def table(name: str, scores: tuple[SpanScore, ...], seconds: float, n: int) -> list[str]:
    lines = [f"\n### {name} ({n / seconds:,.0f} texts/s)\n", "| entity | gold | predicted | P | R | F1 |"]
    lines.append("| --- | --- | --- | --- | --- | --- |")
    for s in scores:
        lines.append(
            f"| {s.entity} | {s.gold} | {s.predicted} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} |"
        )
    return lines


def held_out(python: Path, n: int, seed: int) -> Path | str:
    """A fresh Faker sample in the Presidio format, written under benchmarks/.work/."""
    if not python.exists():
        return f"venv not found at {python}"
    out = HERE / ".work" / f"held_out_seed{seed}.json"
    proc = subprocess.run(
        [str(python), str(PEER_SCRIPT), "faker", str(n), str(seed)], capture_output=True, text=True
    )
    if proc.returncode != 0:
        return f"faker failed: {proc.stderr.strip()[-200:]}"
    out.write_text(proc.stdout, encoding="utf-8")
    return out


def evaluate_set(title: str, path: Path, peers_python: Path) -> list[str]:
    data = load_presidio(path)
    texts, gold = [t for t, _ in data], [g for _, g in data]
    lines = [f"\n## {title}: {len(texts)} texts"]
    spans, seconds = run_civility(texts)
    lines += table("civility (recognition, threshold 0.5)", score_spans(gold, spans), seconds, len(texts))
    for tool in ("presidio", "scrubadub"):
        result = run_peer(peers_python, tool, path)
        if isinstance(result, str):
            lines.append(f"\n### {tool}\n\nunavailable: {result}")
            continue
        lines += table(tool, score_spans(gold, result[0]), result[1], len(texts))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_PRESIDIO)
    parser.add_argument("--peers-python", type=Path, default=DEFAULT_VENV)
    parser.add_argument("--held-out", type=int, default=1000, help="Faker sample size (0 to skip)")
    parser.add_argument("-o", "--output", type=Path, default=None, help="also write the Markdown here")
    args = parser.parse_args(argv)
    lines = [
        "# Private information: span benchmark, civility vs Presidio vs scrubadub",
        "",
        f"Command: `python benchmarks/private_info.py -o {args.output or 'FILE'}` (see its docstring).",
        "Matching: a gold span is found when a predicted span of the same type overlaps it; a predicted",
        "span is correct when it overlaps a gold span of its type. Entities outside a tool's scope show 0.",
    ]
    lines += evaluate_set("Presidio synthetic set (development data)", args.data, args.peers_python)
    if args.held_out:
        sample = held_out(args.peers_python, args.held_out, 7)
        if isinstance(sample, str):
            lines.append(f"\n## Faker held-out sample\n\nunavailable: {sample}")
        else:
            lines += evaluate_set(
                "Faker held-out sample (seed 7, never inspected)", sample, args.peers_python
            )
    lines += NOTES
    text = "\n".join(lines) + "\n"
    sys.stdout.write(text)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
