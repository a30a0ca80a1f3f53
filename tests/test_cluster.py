"""`briefing extract --cluster`: a real Dask scheduler and two workers on 127.0.0.1, each its own
process as on separate machines, against a local run of the same articles (the dev corpus)."""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import PROJECT, briefing

pytestmark = pytest.mark.slow
OUTPUTS = ("actors", "positions", "figures", "articles", "sentences")


class LocalCluster:
    """`dask scheduler` and `dask worker` processes, started as a user would start them by hand."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.processes: list[subprocess.Popen] = []
        info = folder / "scheduler.json"
        self.scheduler = self._start("scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                                     "--scheduler-file", str(info))
        deadline = time.monotonic() + 60
        while not info.exists() or not info.read_text().strip():
            assert time.monotonic() < deadline, self.log("scheduler")
            time.sleep(0.2)
        time.sleep(0.2)
        self.address = json.loads(info.read_text())["address"]
        self.workers = [self._start(f"worker-{n}", self.address, "--nthreads", "1", "--nworkers", "1",
                                    "--host", "127.0.0.1", "--no-dashboard", "--local-directory", str(folder))
                        for n in (1, 2)]
        self.wait_for_workers(2)

    def _start(self, name: str, *args: str) -> subprocess.Popen:
        command = "scheduler" if name == "scheduler" else "worker"
        log = open(self.folder / f"{name}.log", "w")
        process = subprocess.Popen([sys.executable, "-m", "dask", command, *args], cwd=self.folder,
                                   stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        self.processes.append(process)
        return process

    def log(self, name: str) -> str:
        return (self.folder / f"{name}.log").read_text(errors="replace")

    def wait_for_workers(self, count: int) -> None:
        from distributed import Client
        with Client(self.address, timeout=30, set_as_default=False) as client:
            client.wait_for_workers(count, timeout=120)

    def kill(self, process: subprocess.Popen) -> None:
        """SIGKILL to the worker's whole process group (its nanny and the worker process): as if
        its machine had died."""
        os.killpg(process.pid, signal.SIGKILL)

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


@pytest.fixture
def cluster(tmp_path):
    folder = tmp_path / "cluster"
    folder.mkdir()
    running = LocalCluster(folder)
    yield running
    running.stop()


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
