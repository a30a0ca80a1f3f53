"""CPU time of the rules alone (extraction over parsed articles), the parse left out.

    python bench/rule_time.py FOLDER [--passes 5] [--profile OUT.prof]

Parses the articles of FOLDER once, then runs `extract_parsed` over all of them --passes
times, each pass with the per-document caches cleared (so it pays them as a real run does),
and prints each pass's CPU seconds (time.process_time: steadier than wall time on a shared
machine; still compare two versions by alternating runs, and take the minimum). With
--profile, the passes run under cProfile and the statistics go to OUT.prof.
"""
from __future__ import annotations

import argparse
import cProfile
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.extract import _load_for_good, extract_parsed  # noqa: E402
from generator.extract import parse  # noqa: E402
from generator.read import read_folder  # noqa: E402


def afresh(parsed: parse.ParsedArticle) -> parse.ParsedArticle:
    """The article as the parse left it: the rules' per-document caches dropped."""
    for doc in parsed.docs:
        text = doc.user_data[parse._TEXT]
        doc.user_data.clear()
        doc.user_data[parse._TEXT] = text
    return parse.ParsedArticle(parsed.article, parsed.docs, parsed.offsets, parsed.headline, parsed.dateline)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--profile", type=Path)
    args = ap.parse_args()
    _load_for_good()
    articles = read_folder(args.folder, args.folder).articles
    started = time.process_time()
    parsed = list(parse.parse_articles(articles))
    print(f"{len(parsed)} articles parsed in {time.process_time() - started:.2f} CPU s")
    for p in parsed:                    # warm-up: lazy loads, word caches
        extract_parsed(afresh(p))
    profiler = cProfile.Profile() if args.profile else None
    times = []
    for _ in range(args.passes):
        started = time.process_time()
        if profiler:
            profiler.enable()
        for p in parsed:
            extract_parsed(afresh(p))
        if profiler:
            profiler.disable()
        times.append(time.process_time() - started)
    print("rules, CPU s per pass:", " ".join(f"{t:.3f}" for t in times), f"(min {min(times):.3f})")
    if profiler:
        profiler.dump_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
