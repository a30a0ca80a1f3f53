"""The cost of adding one article to a large folder, against a full extraction of it.

    python bench/incremental.py [--articles 1000]

Times `briefing extract` on --articles articles from an empty data folder, then again after
one new article is added (only that one is parsed; the merge and the YAML are redone).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import DEV, replicate, table  # noqa: E402
from generator.config import Config  # noqa: E402
from generator.extract.parse import load_nlp  # noqa: E402
from generator.pipeline import run_extract  # noqa: E402


def timed_extract(config: Config) -> tuple[float, int]:
    started = time.perf_counter()
    report = run_extract(config)
    return time.perf_counter() - started, report.extracted


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    args = ap.parse_args()
    load_nlp()
    with tempfile.TemporaryDirectory() as tmp:
        seeds, data = Path(tmp) / "seeds", Path(tmp) / "data"
        replicate(seeds, args.articles)
        config = Config(seeds=seeds, data=data, curation=data / "none.yaml", root=seeds, progress=False)
        full, n_full = timed_extract(config)
        unchanged, n_unchanged = timed_extract(config)
        new = sorted(DEV.glob("*.txt"))[0]
        (seeds / "new-article.txt").write_text(new.read_text(encoding="utf-8") + "\n\nA new copy.\n", encoding="utf-8")
        one_more, n_more = timed_extract(config)
    rows = [("full extraction", args.articles, n_full, f"{full:.1f}"),
            ("nothing changed", args.articles, n_unchanged, f"{unchanged:.1f}"),
            ("one article added", args.articles + 1, n_more, f"{one_more:.1f}")]
    print(table(rows, ("run", "articles", "parsed", "seconds")))
    print(f"\none article added / full run: {one_more / full:.1%}   (must be <= 5%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
