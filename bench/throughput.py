"""Extraction throughput against the bare spaCy model, in one run on the same texts.

    python bench/throughput.py [--articles 1000]

Builds a folder of --articles articles from ../shared/corpus/dev/, then times
  * bare `nlp.pipe` of the same model over the article texts (1 and 2 processes),
  * `briefing extract` (read, parse, extract, resolve, write YAML) with --jobs 1 and 2,
each from an empty data folder, the model already loaded. Prints words per second and the
ratios the project is held to: project/bare (single process) and jobs 2 / jobs 1.
"""
from __future__ import annotations

import argparse
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


def time_bare(texts: list[str], n_process: int) -> float:
    nlp = spacy.load(MODEL)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64, n_process=n_process):
        pass
    return time.perf_counter() - started


def time_project(seeds: Path, data: Path, jobs: int) -> float:
    load_nlp()
    started = time.perf_counter()
    run_extract(Config(seeds=seeds, data=data, jobs=jobs, curation=data / "none.yaml", root=seeds, progress=False))
    return time.perf_counter() - started


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
    rows = [(name, f"{seconds:.1f}", f"{total / seconds:,.0f}") for name, seconds in results.items()]
    print(f"{args.articles} articles, {total:,} words\n")
    print(table(rows, ("run", "seconds", "words/s")))
    single = results["bare nlp.pipe, 1 process"] / results["briefing extract --jobs 1"]
    scaling = results["briefing extract --jobs 1"] / results["briefing extract --jobs 2"]
    print(f"\nproject / bare (1 process): {single:.2f}   (must be >= 0.9)")
    print(f"--jobs 2 / --jobs 1:        {scaling:.2f}   (must be >= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
