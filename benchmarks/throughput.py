"""End-to-end throughput (read → preprocess → score) and peak memory: civility next to alt-profanity-check.

    python benchmarks/throughput.py [--size 100000] [--jobs 1 2] [--seed 13] [--repeat 3]

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


PEER_ROW = "alt-profanity-check (1 process, read + score)"


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
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per row, alternating rows; the median is reported"
    )
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure_civility(args.measure, args.jobs[0])))
        return
    path = build_corpus(args.size, args.seed)
    args.load = os.getloadavg()[0]
    runs: dict[str, list[dict[str, float]]] = {}
    peer: object = None
    for _ in range(max(args.repeat, 1)):  # alternate the rows, so a burst of load hits them all alike
        for j in args.jobs:
            runs.setdefault(f"civility (--jobs {j})", []).append(_child(path, j))
        peer = measure_peer(path)
        if isinstance(peer, dict):
            runs.setdefault(PEER_ROW, []).append(peer)
    write(args, [(name, median_run(found)) for name, found in runs.items()], peer)


def median_run(runs: list[dict[str, float]]) -> dict[str, float]:
    """The run with the median rate, and the slowest and fastest rates of all runs."""
    ordered = sorted(runs, key=lambda r: r["messages"] / r["seconds"])
    rates = [r["messages"] / r["seconds"] for r in ordered]
    return {**ordered[len(ordered) // 2], "slowest": rates[0], "fastest": rates[-1], "runs": len(runs)}


def write(args: argparse.Namespace, rows: list[tuple[str, dict[str, float]]], peer: object) -> None:
    jobs = " ".join(map(str, args.jobs))
    command = f"python benchmarks/throughput.py --size {args.size} --jobs {jobs} --repeat {args.repeat}"
    lines = [
        "# Scoring throughput",
        "",
        f"Command: `{command}`",
        "",
        f"Machine: {platform.machine()}, {_cores()} cores shared with other jobs (load average "
        f"{args.load:.1f} when the run started), Python {platform.python_version()}.",
        f"Corpus: {args.size:,} real comments resampled (seed {args.seed}) from {', '.join(SETS)}; JSONL.",
        "",
        f"Each row: the median of {args.repeat} runs (rows alternate), with the slowest and fastest rate.",
        "",
        "| tool | messages | seconds | comments/s | slowest – fastest | CPU seconds "
        "| comments per CPU-second | peak MB |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, r in rows:
        rate, per_cpu = r["messages"] / r["seconds"], r["messages"] / max(r["cpu_seconds"], 1e-9)
        lines.append(
            f"| {name} | {int(r['messages']):,} | {r['seconds']:.1f} | {rate:,.0f} "
            f"| {r['slowest']:,.0f} – {r['fastest']:,.0f} | {r['cpu_seconds']:.1f} "
            f"| {per_cpu:,.0f} | {r['peak_mb']:.0f} |"
        )
    if not isinstance(peer, dict):
        lines += ["", f"alt-profanity-check: {peer}"]
    lines += [
        "",
        "Times exclude start-up (imports, model loading). civility includes reading, preprocessing "
        "(masking, normalisation), language check, all detectors (the model, the phrase rules "
        "and the private-information rules), filters and assessment; peak memory sums the parent and "
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
