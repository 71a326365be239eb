"""End-to-end throughput (read → preprocess → score) and peak memory: civility next to alt-profanity-check.

    python benchmarks/throughput.py [--size 100000] [--jobs 1 2] [--seed 13]

The corpus is real developer text from ../shared/data (ToxiCR, STRUDEL, VCU, SGID4SE and Ferreira comments),
resampled with replacement to --size messages and written as JSONL under benchmarks/.work/. Each
measurement runs in a fresh process (so peak memory is its own): civility through `civility.engine.scan`
with the shipped model and default config, and alt-profanity-check in its own venv (see
civility.model.peers) reading the same file. Results go to benchmarks/results/throughput.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
WORK = REPO / "benchmarks" / ".work"
RESULTS = REPO / "benchmarks" / "results" / "throughput.md"
SETS = ("toxicr", "strudel", "vcu", "sgid4se", "ferreira")


def build_corpus(size: int, seed: int) -> Path:
    from civility.model import sources

    corpus = sources.load(list(SETS))
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(corpus), size=size)
    path = WORK / f"corpus-{size}-{seed}.jsonl"
    WORK.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for n, i in enumerate(picks):
            out.write(json.dumps({"id": str(n), "body": corpus.texts[int(i)]}) + "\n")
    return path


def measure_civility(path: Path, jobs: int) -> dict[str, float]:
    from civility.analyzer import Analyzer
    from civility.engine import scan

    analyzer = Analyzer()  # model loading is start-up, not throughput
    list(analyzer.analyze(["warm up", "you are an idiot"]))
    started, cpu = time.perf_counter(), _cpu_seconds()
    count = sum(1 for _ in scan([path], jobs=jobs, text_column="body", analyzer=analyzer))
    seconds = time.perf_counter() - started
    return {"messages": count, "seconds": seconds, "cpu_seconds": _cpu_seconds() - cpu, "peak_mb": _peak_mb()}


def _cpu_seconds() -> float:
    """User + system CPU time of this process and its finished workers: unlike wall time, it does not
    grow when other jobs share the cores, so rows measured under different loads stay comparable."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


PEER_SCRIPT = """
import json, resource, sys, time
from profanity_check import predict_prob
predict_prob(["warm up"])
started, cpu = time.perf_counter(), time.process_time()
texts = [json.loads(line)["body"] for line in open(sys.argv[1], encoding="utf-8")]
scores = predict_prob(texts)
seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"messages": len(scores), "seconds": seconds, "cpu_seconds": cpu, "peak_mb": peak}))
"""


def measure_peer(path: Path) -> dict[str, float] | str:
    from civility.model.peers import peer_python, unavailable_reason

    reason = unavailable_reason()
    if reason:
        return reason
    done = subprocess.run([str(peer_python()), "-c", PEER_SCRIPT, str(path)], capture_output=True, text=True)
    return json.loads(done.stdout) if done.returncode == 0 else f"failed: {done.stderr[-300:]}"


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def _child(path: Path, jobs: int) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--measure", str(path), "--jobs", str(jobs)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure_civility(args.measure, args.jobs[0])))
        return
    path = build_corpus(args.size, args.seed)
    args.load = os.getloadavg()[0]
    rows = [(f"civility (--jobs {j})", _child(path, j)) for j in args.jobs]
    peer = measure_peer(path)
    write(args, rows, peer)


def write(args: argparse.Namespace, rows: list[tuple[str, dict[str, float]]], peer: object) -> None:
    command = f"python benchmarks/throughput.py --size {args.size} --jobs {' '.join(map(str, args.jobs))}"
    lines = [
        "# Scoring throughput",
        "",
        f"Command: `{command}`",
        "",
        f"Machine: {platform.machine()}, {_cores()} cores shared with other jobs (load average "
        f"{args.load:.1f} when the run started), Python {platform.python_version()}.",
        f"Corpus: {args.size:,} real comments resampled (seed {args.seed}) from {', '.join(SETS)}; JSONL.",
        "",
        "| tool | messages | seconds | comments/s | CPU seconds | comments per CPU-second | peak MB |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    if isinstance(peer, dict):
        rows = [*rows, ("alt-profanity-check (1 process, read + score)", peer)]
    for name, r in rows:
        rate, per_cpu = r["messages"] / r["seconds"], r["messages"] / max(r["cpu_seconds"], 1e-9)
        lines.append(
            f"| {name} | {int(r['messages']):,} | {r['seconds']:.1f} | {rate:,.0f} | {r['cpu_seconds']:.1f} "
            f"| {per_cpu:,.0f} | {r['peak_mb']:.0f} |"
        )
    if not isinstance(peer, dict):
        lines += ["", f"alt-profanity-check: {peer}"]
    lines += [
        "",
        "Times exclude start-up (imports, model loading). civility includes reading, preprocessing "
        "(masking, normalisation), language check, all detectors (model and private-information "
        "rules), filters and assessment; peak memory sums the parent and "
        "its worker processes. On a machine shared with other jobs, wall-clock rates fall with the load; "
        "comments per CPU-second do not, and times the number of free cores they bound the rate.",
    ]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


def _cores() -> int:
    return os.cpu_count() or 1


if __name__ == "__main__":
    main()
