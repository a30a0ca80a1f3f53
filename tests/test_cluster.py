"""`briefing extract --cluster`: a real Dask scheduler and two workers on 127.0.0.1, each its own
process as on separate machines, against a local run of the same articles (the dev corpus)."""
from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import PROJECT, briefing

sys.path.insert(0, str(PROJECT))
from bench.cluster import OUTPUTS, LocalCluster  # noqa: E402   (also what the benchmark starts)

pytestmark = pytest.mark.slow


@pytest.fixture
def cluster(tmp_path):
    folder = tmp_path / "cluster"
    folder.mkdir()
    with LocalCluster(folder) as running:
        yield running


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, shared) -> Path:
    """The dev corpus plus the seed article, in a folder of their own (outside the project)."""
    folder = tmp_path_factory.mktemp("corpus") / "seeds"
    folder.mkdir()
    for path in [*sorted((shared / "corpus" / "dev").glob("*.txt")), *sorted((PROJECT / "seeds").glob("*.txt"))]:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def local_run(corpus) -> Path:
    data = corpus.parent / "local"
    result = briefing("extract", "--seeds", str(corpus), "--data", str(data))
    assert result.returncode == 0, result.stderr
    return data


def extract_command(corpus: Path, data: Path, address: str) -> list[str]:
    return [sys.executable, "-m", "generator", "extract", "--seeds", str(corpus), "--data", str(data),
            "--cluster", address]


def assert_same_output(data: Path, reference: Path) -> None:
    for name in OUTPUTS:
        assert (data / f"{name}.yaml").read_text() == (reference / f"{name}.yaml").read_text(), name


def wait_for_cached(data: Path, count: int, process: subprocess.Popen, timeout: float = 300) -> int:
    deadline = time.monotonic() + timeout
    while True:
        cached = len(list(data.glob(".cache/*/*.json")))
        if cached >= count:
            return cached
        assert process.poll() is None, "the run ended before the expected results arrived"
        assert time.monotonic() < deadline
        time.sleep(0.05)


def test_cluster_run_writes_what_a_local_run_writes(cluster, corpus, local_run, tmp_path):
    data = tmp_path / "data"
    result = subprocess.run(extract_command(corpus, data, cluster.address), capture_output=True, text=True,
                            cwd=PROJECT, timeout=600)
    assert result.returncode == 0, result.stderr
    articles = len(list(corpus.glob("*.txt")))
    assert f"extracted {articles} articles, 0 unchanged" in result.stdout
    assert_same_output(data, local_run)
    for name in ("worker-1", "worker-2"):      # the work went to the workers, each set up once
        assert cluster.log(name).count("Starting Worker plugin briefing-load-model") == 1


def test_a_worker_killed_mid_run_costs_a_retry_not_the_output(cluster, corpus, local_run, tmp_path):
    data = tmp_path / "data"
    run = subprocess.Popen(extract_command(corpus, data, cluster.address), cwd=PROJECT,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        cached_at_kill = wait_for_cached(data, 1, run)
        cluster.kill(cluster.workers[0])
        stdout, stderr = run.communicate(timeout=600)
    finally:
        run.kill()
    assert cached_at_kill < len(list(corpus.glob("*.txt")))
    assert run.returncode == 0, stderr
    assert "Remove worker" in cluster.log("scheduler")
    assert_same_output(data, local_run)


def test_a_killed_client_keeps_what_arrived_and_a_rerun_redoes_only_the_rest(cluster, corpus, local_run, tmp_path):
    data = tmp_path / "data"
    run = subprocess.Popen(extract_command(corpus, data, cluster.address), cwd=PROJECT,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_cached(data, 3, run)
        run.send_signal(signal.SIGKILL)
    finally:
        run.wait()
    kept = len(list(data.glob(".cache/*/*.json")))
    total = len(list(corpus.glob("*.txt")))
    assert 3 <= kept < total
    rerun = subprocess.run(extract_command(corpus, data, cluster.address), capture_output=True, text=True,
                           cwd=PROJECT, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"extracted {total - kept} articles, {kept} unchanged" in rerun.stdout
    assert_same_output(data, local_run)


def test_an_unreachable_scheduler_is_one_line_and_exit_2(corpus, tmp_path):
    with socket.socket() as probe:          # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = time.monotonic()
    result = briefing("extract", "--seeds", str(corpus), "--data", str(tmp_path / "data"),
                      "--cluster", f"tcp://127.0.0.1:{port}")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert result.stderr.startswith(f"error: --cluster tcp://127.0.0.1:{port}: cannot reach a Dask scheduler")
    assert time.monotonic() - started < 30
    assert not list((tmp_path / "data").glob("*.yaml"))


def test_cluster_and_jobs_together_are_refused_before_any_work(tmp_path):
    result = briefing("extract", "--seeds", str(PROJECT / "seeds"), "--data", str(tmp_path / "data"),
                      "--cluster", "tcp://127.0.0.1:8786", "--jobs", "2")
    assert (result.returncode, result.stderr) == (2, "error: --cluster and --jobs: give one (the cluster's workers do the parallel work)\n")
    assert not (tmp_path / "data").exists()
