"""The Dask engine on a real two-worker LocalCluster: identical to the local engine, failures isolated."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from civility import health
from civility.config import Config
from civility.engine import scan
from civility.engine.dask import connect, ordered_map, scan_dask, scan_partition
from civility.engine.partitions import is_failed_input
from civility.types import Assessment, Skipped

pytestmark = pytest.mark.slow  # a cluster and the model in two worker processes: ~1 minute

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "samples"
BAD = REPO / "tests" / "data" / "bad"


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with connect(None, workers=2) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        yield client.scheduler.address


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Partitioned input: the sample exports, the JSONL split in two, a Parquet copy, and two bad files."""
    folder = tmp_path_factory.mktemp("partitioned")
    for sample in SAMPLES.iterdir():
        shutil.copy(sample, folder / sample.name)
    lines = (SAMPLES / "review-comments.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (folder / "review-part-1.jsonl").write_text("".join(lines[: len(lines) // 2]), encoding="utf-8")
    (folder / "review-part-2.jsonl").write_text("".join(lines[len(lines) // 2 :]), encoding="utf-8")
    for bad in ("binary.jsonl", "one-broken-line.jsonl"):
        shutil.copy(BAD / bad, folder / f"bad-{bad}")
    pd.read_csv(SAMPLES / "comments.csv").to_parquet(folder / "mailing-list.parquet")
    return folder


def test_dask_gives_identical_results_to_the_local_engine(scheduler: str, inputs: Path) -> None:
    local = list(scan([inputs], config=Config()))
    dask = list(scan([inputs], config=Config(), engine="dask", scheduler=scheduler))
    assert len(local) > 30
    assert any(isinstance(r, Assessment) and r.flagged for r in local)
    assert any(isinstance(r, Skipped) for r in local)
    assert dask == local  # same order, same scores to the last bit, same skipped records


def test_big_files_split_into_record_ranges_give_identical_results(scheduler: str, inputs: Path) -> None:
    local = list(scan([inputs], config=Config()))
    split = list(scan_dask([inputs], config=Config(), scheduler=scheduler, rows_per_partition=4))
    assert split == local


def test_dask_health_equals_local_health(scheduler: str, inputs: Path) -> None:
    for by in ("month", "thread"):
        local = health.measure([inputs], by=by, min_cell=1)
        dask = health.measure([inputs], by=by, min_cell=1, engine="dask", scheduler=scheduler)
        assert dask.groups.equals(local.groups) and dask.rates.equals(local.rates), by
        assert (dask.skipped, dask.failed) == (local.skipped, local.failed)


def test_glob_inputs_are_partitions(scheduler: str, inputs: Path) -> None:
    pattern = str(inputs / "review-part-*.jsonl")
    results = list(scan_dask([pattern], config=Config(), scheduler=scheduler))
    whole = list(scan([inputs / "review-comments.jsonl"], config=Config()))
    assert [r.message.text for r in results] == [r.message.text for r in whole]  # type: ignore[union-attr]


def test_a_failing_partition_is_reported_and_the_others_are_scanned(scheduler: str, inputs: Path) -> None:
    # A hub dataset that cannot be loaded offline raises inside the task on the worker.
    paths = [
        str(inputs / "comments.csv"),
        "hf:civility-tests/does-not-exist",
        str(inputs / "review-part-1.jsonl"),
    ]
    results = list(scan_dask(paths, config=Config(), scheduler=scheduler))
    failed = [r for r in results if isinstance(r, Skipped) and is_failed_input(r)]
    assert [str(f.location) for f in failed] == ["hf:civility-tests/does-not-exist"]
    assert "partition failed" in failed[0].reason
    sources = {r.message.source.path for r in results if isinstance(r, Assessment) and r.message.source}
    assert sources == {paths[0], paths[2]}


def _die_once(marker: str) -> str:
    """Kill this worker process the first time it runs (a lost worker); succeed on the retry."""
    if not os.path.exists(marker):
        Path(marker).touch()
        os._exit(1)
    return "retried"


def test_a_lost_worker_is_retried(scheduler: str, tmp_path: Path) -> None:
    import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    with connect(scheduler) as client:
        results = list(ordered_map(client, _die_once, [str(tmp_path / "died")]))
    assert results == [(str(tmp_path / "died"), "retried")]


def test_a_worker_task_is_the_local_batch_function(inputs: Path) -> None:
    on_worker = scan_partition(str(inputs / "comments.csv"), Config(), None, None)
    assert on_worker == list(scan([inputs / "comments.csv"], config=Config()))


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "civility", *args], capture_output=True, text=True, timeout=600, check=False
    )


def test_cli_scan_with_dask_writes_partitioned_output_and_fails_on_lost_partitions(
    scheduler: str, inputs: Path, tmp_path: Path
) -> None:
    out = tmp_path / "parts"
    args = ("scan", str(inputs), "--engine", "dask", "--scheduler", scheduler, "-f", "jsonl")
    result = run_cli(*args, "--output-dir", str(out))
    assert result.returncode == 0, result.stderr
    local = run_cli("scan", str(inputs), "-f", "jsonl")
    assert result.stdout == local.stdout, local.stderr
    index = (out / "partitions.csv").read_text(encoding="utf-8").splitlines()
    assert index[0] == "file,input" and len(index) - 1 == len(list(out.glob("part-*.parquet"))) == 7
    failing = run_cli(
        "scan",
        str(inputs / "comments.csv"),
        "hf:civility-tests/none",
        "--engine",
        "dask",
        "--scheduler",
        scheduler,
        "-f",
        "json",
    )
    assert failing.returncode == 2, failing.stderr
    assert json.loads(failing.stdout)["summary"]["scanned"] > 0
