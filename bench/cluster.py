"""The cost of the cluster: two local Dask workers against `--jobs 2`, in one run on the same texts.

    python bench/cluster.py [--articles 300] [--rounds 2]

Builds a folder of --articles articles from ../shared/corpus/dev/, starts `dask scheduler` and
two `dask worker --nthreads 1` processes on 127.0.0.1 (as one would on separate machines),
then times `briefing extract --jobs 2` and `briefing extract --cluster` from an empty data
folder, alternately, --rounds times each, and keeps each one's best time (the machine is
shared, so single timings vary). Both start with the model loaded: the forked `--jobs`
processes inherit it, the workers loaded it in a warm-up run. Checks the two wrote the same
YAML and prints the cluster's overhead (target: at most 10%) and its throughput per worker.

`LocalCluster` is also what the tests start.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import replicate, table, words  # noqa: E402

OUTPUTS = ("actors", "positions", "figures", "articles", "sentences")


class LocalCluster:
    """`dask scheduler` and `dask worker` processes on 127.0.0.1 (random free ports), each in a
    process group of its own, started as a user would start them by hand."""

    def __init__(self, folder: Path, workers: int = 2) -> None:
        self.folder = folder
        self.processes: list[subprocess.Popen] = []
        try:
            self._start_all(workers)
        except BaseException:
            self.stop()
            raise

    def _start_all(self, workers: int) -> None:
        info = self.folder / "scheduler.json"
        self._start("scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file", str(info))
        deadline = time.monotonic() + 60
        while not info.exists() or not info.read_text().strip():
            if time.monotonic() > deadline:
                raise RuntimeError(f"dask scheduler did not start:\n{self.log('scheduler')}")
            time.sleep(0.2)
        time.sleep(0.2)                       # the file may still be being written
        self.address = json.loads(info.read_text())["address"]
        self.workers = [self._start(f"worker-{n}", self.address, "--nthreads", "1", "--nworkers", "1",
                                    "--host", "127.0.0.1", "--no-dashboard", "--local-directory", str(self.folder))
                        for n in range(1, workers + 1)]
        self.wait_for_workers(workers)

    def _start(self, name: str, *args: str) -> subprocess.Popen:
        command = "scheduler" if name == "scheduler" else "worker"
        with open(self.folder / f"{name}.log", "w") as log:
            process = subprocess.Popen([sys.executable, "-m", "dask", command, *args], cwd=self.folder,
                                       stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        self.processes.append(process)
        return process

    def log(self, name: str) -> str:
        return (self.folder / f"{name}.log").read_text(errors="replace")

    def wait_for_workers(self, count: int) -> None:
        from distributed import Client
        with Client(self.address, timeout=30, set_as_default=False) as client:
            client.wait_for_workers(count, timeout=120)

    def kill(self, process: subprocess.Popen) -> None:
        """SIGKILL to a worker's whole process group (nanny and worker): as if its machine died."""
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

    def __enter__(self) -> "LocalCluster":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def timed_extract(seeds: Path, data: Path, **options) -> float:
    from generator.config import Config
    from generator.pipeline import run_extract
    started = time.perf_counter()
    run_extract(Config(seeds=seeds, data=data, curation=data / "none.yaml", root=seeds, progress=False, **options))
    return time.perf_counter() - started


def main() -> int:
    from generator.extract.parse import load_nlp
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        paths = replicate(tmp / "seeds", args.articles)
        total = words(paths)
        replicate(tmp / "warm-up", 2)
        load_nlp()
        best = {"--jobs 2": float("inf"), "--cluster, 2 workers": float("inf")}
        (tmp / "cluster").mkdir()
        with LocalCluster(tmp / "cluster") as cluster:
            timed_extract(tmp / "warm-up", tmp / "data-warm-up", cluster=cluster.address)
            for n in range(args.rounds):
                best["--jobs 2"] = min(best["--jobs 2"], timed_extract(tmp / "seeds", tmp / f"jobs-{n}", jobs=2))
                best["--cluster, 2 workers"] = min(best["--cluster, 2 workers"],
                                                   timed_extract(tmp / "seeds", tmp / f"cluster-{n}", cluster=cluster.address))
        same = all((tmp / "jobs-0" / f"{name}.yaml").read_text() == (tmp / "cluster-0" / f"{name}.yaml").read_text()
                   for name in OUTPUTS)
    rows = [(name, f"{seconds:.1f}", f"{total / seconds:,.0f}", f"{total / seconds / 2:,.0f}",
             f"{args.articles / seconds / 2:.2f}") for name, seconds in best.items()]
    print(f"{args.articles} articles, {total:,} words, best of {args.rounds} runs each\n")
    print(table(rows, ("run", "seconds", "words/s", "words/s per process", "articles/s per process")))
    overhead = best["--cluster, 2 workers"] / best["--jobs 2"] - 1
    print(f"\ncluster overhead over --jobs 2: {overhead:+.1%}   (target <= 10%)")
    print(f"same YAML from both: {'yes' if same else 'NO'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
