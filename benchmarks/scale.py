"""Scale benchmark: throughput and peak memory of `civility health` at 10k, 100k and 1M messages.

    python benchmarks/scale.py generate            # partitioned JSONL corpora under benchmarks/.work/
    python benchmarks/scale.py run --sizes 10k 100k --setups local1 local2 dask
    python benchmarks/scale.py run --sizes 1m      # appends to benchmarks/results/scale.jsonl
    python benchmarks/scale.py run --sizes 1m --at HEAD   # a commit's src/ and models/, exported
    python benchmarks/scale.py digest -o before.jsonl   # every result of ~70k real texts, to diff

The corpus resamples and recombines real comments from ../shared/data (ToxiCR code reviews, STRUDEL and
VCU GitHub issue comments): 1 in 10 messages joins two comments, and every message gets fictional
metadata (repo, thread, author, time over 2019-2024), so grouping and thread metrics have work to do.
Each run is `civility health` in a subprocess; peak memory is the largest sampled (every 0.5 s) sum of
RSS and of PSS over the process and all its children (workers, Dask scheduler and nannies included).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pandas as pd
import psutil

HERE = Path(__file__).resolve().parent
WORK = HERE / ".work"
RESULTS = HERE / "results" / "scale.jsonl"
SHARED = Path(os.environ.get("CIVILITY_SHARED_DATA", HERE.parent.parent / "shared" / "data"))
SIZES = {"10k": (10_000, 2), "100k": (100_000, 4), "1m": (1_000_000, 20)}
"""Messages and number of partition files."""
SETUPS = {
    "local1": ["--jobs", "1"],
    "local2": ["--jobs", "2"],
    "dask": ["--engine", "dask"],
}
START = datetime(2019, 1, 1, tzinfo=UTC)
SPAN_SECONDS = 6 * 365 * 24 * 3600


def real_comments() -> list[str]:
    """The pool of real comments to resample."""
    frames = [
        pd.read_csv(SHARED / "toxicr" / "code-review-dataset-full.csv")["message"],
        pd.read_csv(SHARED / "strudel-github-toxicity" / "train_comments.csv")["text"],
        pd.read_csv(SHARED / "vcu-github-incivility" / "annotated_comment_level.csv")["comment_body"],
    ]
    texts = pd.concat(frames).dropna().astype(str)
    return [t for t in texts if t.strip()]


def generate(size: str, pool: list[str], seed: int = 13) -> Path:
    total, parts = SIZES[size]
    folder = WORK / f"corpus-{size}"
    if folder.is_dir() and len(list(folder.glob("*.jsonl"))) == parts:
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    per_part = total // parts
    for part in range(parts):
        with (folder / f"part-{part:03d}.jsonl").open("w", encoding="utf-8") as out:
            for i in range(per_part):
                out.write(json.dumps(_record(rng, pool, part * per_part + i, total)) + "\n")
    return folder


def _record(rng: random.Random, pool: list[str], index: int, total: int) -> dict[str, object]:
    text = rng.choice(pool)
    if rng.random() < 0.1:
        text = text + "\n\n" + rng.choice(pool)
    thread = max(0, index // 8 - rng.randrange(64))  # a recent thread; ~8 messages each
    when = START + timedelta(seconds=SPAN_SECONDS * index / total + rng.randrange(3_600))
    return {
        "id": f"m{index}",
        "body": text,
        "repo": f"example/project-{thread % 40:02d}",
        "thread": str(thread),
        "author": f"user-{int(5000 * rng.random() ** 3)}",  # a few authors write most messages
        "created_at": when.isoformat(timespec="seconds"),
    }


def export(rev: str) -> tuple[Path, str]:
    """The `src/` and `models/` of commit `rev` under benchmarks/.work/tree-HASH (made once), and HASH.

    Measuring an export, not the working tree, keeps a run on one commit while others edit and commit
    in the same checkout."""
    commit = subprocess.run(
        ["git", "rev-parse", "--short", rev], capture_output=True, text=True, cwd=HERE, check=True
    ).stdout.strip()
    tree = WORK / f"tree-{commit}"
    if not (tree / "pkgs").is_dir():
        tree.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "archive", commit, "src", "models"], capture_output=True, cwd=HERE.parent, check=True
        )
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
        (tree / "pkgs").mkdir()
        (tree / "pkgs" / "civility_models").symlink_to(tree / "models")
    return tree, commit


def measure(size: str, setup: str, at: str | None = None) -> dict[str, object]:
    folder = WORK / f"corpus-{size}"
    out = WORK / f"health-{size}-{setup}"
    command = [sys.executable, "-m", "civility", "health", str(folder), "-o", str(out), *SETUPS[setup]]
    env = dict(os.environ)
    if at is not None:
        tree, commit = export(at)
        env["PYTHONPATH"] = f"{tree / 'src'}{os.pathsep}{tree / 'pkgs'}"
    load = os.getloadavg()[0]
    started = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    peak_rss = peak_pss = 0
    while process.poll() is None:
        rss, pss = _tree_memory(process)
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        time.sleep(0.5)
    elapsed = time.perf_counter() - started
    stderr = process.stderr.read().decode() if process.stderr else ""
    messages = SIZES[size][0]
    return {
        "size": size,
        "setup": setup,
        "command": f"civility health benchmarks/.work/corpus-{size} -o OUT " + " ".join(SETUPS[setup]),
        "exit": process.returncode,
        "messages": messages,
        "seconds": round(elapsed, 1),
        "messages_per_s": round(messages / elapsed),
        "peak_rss_mb": round(peak_rss / 2**20),
        "peak_pss_mb": round(peak_pss / 2**20),
        "load_before": round(load, 2),
        "stderr_tail": stderr.strip().splitlines()[-1:] if stderr else [],
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": _commit() if at is None else f"{commit} (exported)",
    }


def _commit() -> str:
    """The checkout's commit, '+dirty' when src/ or models/ differ from it (others commit concurrently)."""
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=HERE)
    dirty = subprocess.run(["git", "diff", "--quiet", "HEAD", "--", "src", "models"], cwd=HERE).returncode
    return head.stdout.strip() + ("+dirty" if dirty else "")


def _tree_memory(process: psutil.Process) -> tuple[int, int]:
    """RSS and PSS summed over the process tree. RSS counts pages shared by forked workers once per
    process; PSS splits shared pages between their users, so its sum is the tree's real footprint."""
    rss = pss = 0
    for p in [process, *process.children(recursive=True)]:
        try:
            info = p.memory_full_info()
        except psutil.Error:
            continue
        rss, pss = rss + info.rss, pss + getattr(info, "pss", info.rss)
    return rss, pss


def report() -> None:
    """benchmarks/results/scale.md: the latest run of each size, setup and commit as a table."""
    latest: dict[tuple[str, str, str], dict[str, object]] = {}
    for line in RESULTS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        latest[(str(row["size"]), str(row["setup"]), str(row.get("commit", "")))] = row
    lines = [
        "| messages | setup | code | seconds | messages/s | peak RSS MB (tree) | peak PSS MB (tree) "
        "| load avg before | when |",
        "| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    order = {name: i for i, name in enumerate([*SIZES, *SETUPS])}
    for (_, setup, commit), row in sorted(
        latest.items(), key=lambda kv: (order[kv[0][0]], order[kv[0][1]], str(kv[1]["when"]))
    ):
        lines.append(
            f"| {row['messages']:,} | {setup} | {commit or '?'} | {row['seconds']} "
            f"| {row['messages_per_s']:,} | {row['peak_rss_mb']:,} | {row.get('peak_pss_mb', '')} "
            f"| {row['load_before']} | {row['when']} |"
        )
    out = RESULTS.with_suffix(".md")
    out.write_text(
        "# Scale benchmark results\n\nGenerated by `python benchmarks/scale.py report` from "
        "`scale.jsonl`: the latest run of each size, setup and code version (`?`: not recorded; "
        "`(exported)`: measured with `run --at`). The load average is the 1-minute one before the run, "
        "on 2 cores shared with other work.\n\n" + "\n".join(lines) + "\n",
        encoding="utf-8",
    )
    print(out)


def profile(count: int = 3000) -> None:
    """cProfile of `Analyzer.analyze` on the first `count` messages of the 10k corpus, warm model."""
    import cProfile
    import pstats
    from itertools import islice

    from civility import Analyzer
    from civility.exports import read_messages
    from civility.types import Message

    records = read_messages(sorted((WORK / "corpus-10k").glob("*.jsonl")))
    messages = [m for m in islice(records, count) if isinstance(m, Message)]
    analyzer = Analyzer()
    list(analyzer.analyze(messages[:100]))
    with cProfile.Profile() as profiler:
        list(analyzer.analyze(messages))
    pstats.Stats(profiler).sort_stats("tottime").print_stats(15)


def digest_texts() -> list[str]:
    """Real texts for the equivalence check: the corpus pool, PII sentences, tweets, SE-context cases."""
    texts = real_comments()
    pii = json.loads((SHARED / "presidio-synth-pii" / "synth_dataset_v2.json").read_text(encoding="utf-8"))
    texts += [row["full_text"] for row in pii]
    texts += pd.read_csv(SHARED / "olid-offenseval2019" / "olid-training-v1.0.tsv", sep="\t")[
        "tweet"
    ].tolist()
    texts += pd.read_csv(SHARED / "davidson-hate-offensive" / "labeled_data.csv")["tweet"].tolist()
    tests = HERE.parent / "tests" / "data" / "private_info"
    for name in ("se_context.jsonl", "se_context_holdout.jsonl"):
        texts += [
            json.loads(line)["text"] for line in (tests / name).read_text(encoding="utf-8").splitlines()
        ]
    return [str(t) for t in texts]


def digest(out: Path) -> None:
    """One JSON line per text: everything an optimisation must not change (assessment, masks, the
    normalised text and its offsets), so `cmp before.jsonl after.jsonl` proves results are identical."""
    import hashlib

    from civility import Analyzer
    from civility.detectors.private_info import RECOGNIZERS
    from civility.preprocess import prepare

    analyzer = Analyzer()
    texts = digest_texts()
    started = time.perf_counter()
    with out.open("w", encoding="utf-8") as fh:
        for i, a in enumerate(analyzer.analyze(texts)):
            prepared = prepare(texts[i])
            row = {
                "i": i,
                "assessed": a.assessed,
                "language": a.language,
                "reason": a.reason,
                "scores": {c.value: s for c, s in a.scores.items()},
                "flagged": sorted(c.value for c in a.flagged),
                "findings": [
                    [f.category.value, f.start, f.end, f.score, repr(f.explanation)] for f in a.findings
                ],
                "suppressed": list(a.suppressed),
                "masked": [[s.start, s.end, s.kind] for s in a.masked],
                "text": hashlib.sha1(prepared.text.encode("utf-8", "surrogatepass")).hexdigest(),
                "offsets": list(prepared.offsets.segments()),
                "candidates": [[repr(c) for c in r.find(texts[i])] for r in RECOGNIZERS],
            }
            fh.write(json.dumps(row) + "\n")
    print(f"{len(texts)} texts in {time.perf_counter() - started:.1f} s -> {out}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("action", choices=("generate", "run", "report", "profile", "digest"))
    parser.add_argument("-o", "--output", type=Path, default=WORK / "digest.jsonl", help="digest output")
    parser.add_argument("--sizes", nargs="+", default=list(SIZES), choices=list(SIZES))
    parser.add_argument("--setups", nargs="+", default=list(SETUPS), choices=list(SETUPS))
    parser.add_argument("--at", metavar="REV", help="measure commit REV (exported), not the working tree")
    args = parser.parse_args()
    if args.action == "digest":
        digest(args.output)
        return
    if args.action in ("report", "profile"):
        report() if args.action == "report" else profile()
        return
    pool = real_comments() if args.action == "generate" else []
    for size in args.sizes:
        if args.action == "generate":
            print(generate(size, pool), flush=True)
            continue
        for setup in args.setups:
            row = measure(size, setup, args.at)
            RESULTS.parent.mkdir(parents=True, exist_ok=True)
            with RESULTS.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(row) + "\n")
            print(json.dumps(row), flush=True)


if __name__ == "__main__":
    sys.exit(main())
