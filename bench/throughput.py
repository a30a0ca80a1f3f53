"""Extraction throughput against the bare spaCy model, in one run on the same texts.

    python bench/throughput.py [--articles 1000]

Builds a folder of --articles articles from ../shared/corpus/dev/, then times
  * bare `nlp.pipe` of the same model over the article texts (1 and 2 processes),
  * `briefing extract` (read, parse, extract, resolve, write YAML) with --jobs 1 and 2,
each from an empty data folder, the model already loaded. Prints words per second, CPU
seconds (steadier than wall time on a shared machine) and the ratios the project is held
to: project/bare (single process) and jobs 2 / jobs 1.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import spacy  # noqa: E402

from bench.corpus import replicate, table, words  # noqa: E402
from generator.config import Config  # noqa: E402
from generator.extract.parse import MODEL, load_nlp  # noqa: E402
from generator.pipeline import run_extract  # noqa: E402


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the worker processes)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def time_bare(texts: list[str], n_process: int) -> tuple[float, float]:
    nlp = spacy.load(MODEL)
    started, cpu = time.perf_counter(), cpu_seconds()
    for _ in nlp.pipe(texts, batch_size=64, n_process=n_process):
        pass
    return time.perf_counter() - started, cpu_seconds() - cpu


def time_project(seeds: Path, data: Path, jobs: int) -> tuple[float, float]:
    load_nlp()
    started, cpu = time.perf_counter(), cpu_seconds()
    run_extract(Config(seeds=seeds, data=data, jobs=jobs, curation=data / "none.yaml", root=seeds, progress=False))
    return time.perf_counter() - started, cpu_seconds() - cpu


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds"
        paths = replicate(seeds, args.articles)
        texts = [p.read_text(encoding="utf-8") for p in paths]
        total = words(paths)
        results = {
            "bare nlp.pipe, 1 process": time_bare(texts, 1),
            "briefing extract --jobs 1": time_project(seeds, Path(tmp) / "data1", 1),
            "bare nlp.pipe, 2 processes": time_bare(texts, 2),
            "briefing extract --jobs 2": time_project(seeds, Path(tmp) / "data2", 2),
        }
    rows = [(name, f"{wall:.1f}", f"{total / wall:,.0f}", f"{cpu:.1f}") for name, (wall, cpu) in results.items()]
    print(f"{args.articles} articles, {total:,} words; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs\n")
    print(table(rows, ("run", "seconds", "words/s", "CPU seconds")))
    bare, one, two = (results[k] for k in ("bare nlp.pipe, 1 process", "briefing extract --jobs 1", "briefing extract --jobs 2"))
    print(f"\nproject / bare (1 process): {bare[0] / one[0]:.2f}   (must be >= 0.9)"
          f"   in CPU time: {bare[1] / one[1]:.2f}")
    print(f"--jobs 2 / --jobs 1:        {one[0] / two[0]:.2f}   (must be >= 1.5; wall time, so only"
          " meaningful on an otherwise idle machine)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
