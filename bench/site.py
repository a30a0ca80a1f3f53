"""Site build time: the briefing's `render` + `mkdocs build` against a plain mkdocs-material
site of the same number of ~300-word pages with a minimal navigation, in the same run.

    python bench/site.py [--pages 1000 5000]

The briefing data is the extraction of ../shared/corpus/dev/ (made once, cached in
.cache/bench-data), replicated under new IDs until articles + actors reach the page count;
the reference gets as many pages as the rendered briefing.
Reports seconds (and in brackets the CPU seconds spent in the kernel, mostly creating files),
milliseconds per page and peak memory of each build, and the ratios the
project is held to: briefing build / reference build <= 2, render <= 10% of the build,
peak memory <= 2 GB.
Each step runs as a process of its own (`briefing render` as the command line runs it), after
an `os.sync()`, and nothing is deleted until all are measured: ext4 skips recently deleted
inodes when it allocates new ones, so for a few minutes after many files are deleted, creating
files costs several times more (measured here: 5,500 new files 0.2 s, and up to 4 s
after a deletion). Run it on a quiet disk, not right after deleting a large site.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import DEV, PROJECT, replicated_briefing, table  # noqa: E402
from generator.config import Config  # noqa: E402
from generator.pipeline import mkdocs_config_for, run_extract  # noqa: E402
from generator.datafiles import read_list  # noqa: E402

MEASURE = """
import resource, subprocess, sys, time
started = time.perf_counter()
code = subprocess.run(sys.argv[1:], capture_output=True).returncode
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(time.perf_counter() - started, usage.ru_maxrss, usage.ru_stime, code)
"""


def timed(command: list[str], what: str) -> tuple[float, float, float]:
    """Seconds, peak memory (MB) and seconds spent in the kernel (mostly creating files) of a
    command run in a process of its own."""
    os.sync()       # the disk writes of the steps before are not billed to this one
    out = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True,
                         env={"NO_MKDOCS_2_WARNING": "1", "BRIEFING_HOOK": "off", "PATH": "/usr/bin:/bin"})
    seconds, rss_kb, kernel, code = out.stdout.split()
    if code != "0":
        raise SystemExit(f"{what} failed")
    return float(seconds), int(rss_kb) / 1024, float(kernel)


def mkdocs_build(config_file: Path) -> tuple[float, float, float]:
    return timed([sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(config_file)], f"mkdocs build of {config_file}")


def briefing_render(config: Config) -> tuple[float, float, float]:
    """`briefing render`, as the command line runs it."""
    return timed([sys.executable, "-m", "generator", "render", "--data", str(config.data), "--docs", str(config.docs)],
                 "briefing render")


def base_data() -> Path:
    folder = PROJECT / ".cache" / "bench-data"
    if not (folder / "actors.yaml").exists():
        run_extract(Config(seeds=DEV, data=folder, curation=folder / "none.yaml", progress=False))
    return folder


def reference_site(folder: Path, pages: int) -> Path:
    """A plain mkdocs-material site: `pages` pages (the home page and pages of ~300 words),
    navigation with the home page only."""
    words = (DEV / sorted(p.name for p in DEV.glob("*.txt"))[0]).read_text().split()
    rng = random.Random(1)
    docs = folder / "docs"
    docs.mkdir(parents=True)
    (docs / "index.md").write_text("# Reference\n\nA plain site.\n")
    for n in range(pages - 1):
        body = " ".join(rng.choice(words) for _ in range(300))
        (docs / f"page-{n:05d}.md").write_text(f"# Page {n}\n\n{body}\n")
    config = folder / "mkdocs.yml"
    config.write_text(json.dumps({"site_name": "Reference", "docs_dir": str(docs), "site_dir": str(folder / "site"),
                                  "theme": {"name": "material", "font": False}, "plugins": ["search"],
                                  "nav": [{"Home": "index.md"}]}))
    return config


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, nargs="+", default=[1000, 5000])
    args = ap.parse_args()
    source = base_data()
    rows, verdicts = [], []
    with contextlib.ExitStack() as cleanup:
        for pages in args.pages:
            tmp = Path(cleanup.enter_context(tempfile.TemporaryDirectory()))
            per_copy = sum(len(read_list(source / f"{name}.yaml")) for name in ("articles", "actors"))
            made = replicated_briefing(source, tmp / "briefing" / "data", -(-pages // per_copy))
            config = Config(data=tmp / "briefing" / "data", docs=tmp / "briefing" / "docs", site=tmp / "briefing" / "site")
            render_seconds, _, render_kernel = briefing_render(config)
            rendered = sum(1 for _ in config.docs.rglob("*.md"))
            ref_seconds, ref_mb, ref_kernel = mkdocs_build(reference_site(tmp / "reference", rendered))
            build_seconds, build_mb, build_kernel = mkdocs_build(mkdocs_config_for(config))
            rows.append(("reference", rendered, f"{ref_seconds:.1f} ({ref_kernel:.1f})",
                         f"{1000 * ref_seconds / rendered:.1f}", "", f"{ref_mb:,.0f}"))
            rows.append((f"briefing, {made} articles+actors", rendered, f"{build_seconds:.1f} ({build_kernel:.1f})",
                         f"{1000 * build_seconds / rendered:.1f}", f"{render_seconds:.1f} ({render_kernel:.1f})",
                         f"{build_mb:,.0f}"))
            verdicts.append(f"{pages} pages: briefing/reference build {build_seconds / ref_seconds:.2f} (<= 2), "
                            f"render/build {render_seconds / build_seconds:.1%} (<= 10%), peak {build_mb:,.0f} MB (<= 2048)")
        print("(removing the bench's sites)", file=sys.stderr)
    print(table(rows, ("site", "pages", "build s (kernel)", "ms/page", "render s (kernel)", "peak MB")))
    print()
    print("\n".join(verdicts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
