"""Search in the browser: time from typing to the first result, and bytes fetched, on a small
briefing and on a ~10,000-page one, measured side by side in one run.

    python bench/search.py [--articles 5000] [--actor-sets 9] [--runs 3]

The small briefing is the extraction of ../shared/corpus/dev/ (made once, cached in
.cache/bench-data, as bench/site.py does). The large one is that data copied under new IDs
until it holds --articles articles: the article copies are spread over --actor-sets sets of
actors (set 0 keeps the names, set k names them "Name k"), so with the defaults it has 5,000
articles and about 5,000 actors: about 10,000 pages. Both are rendered, built and indexed as
`briefing build` does.

Each measurement opens the home page in a fresh browser context (empty cache), clicks into
the search box and types a query key by key (40 ms apart), as a reader would. The queries are
the names of the most mentioned actors and, for the alias check, an alias of each of them
that is not part of their name ("America" for the United States). It reports, per briefing,
the median time from the first key press to the first result list that holds the actor's
page among its first three results, and the bytes the server sent from the page load to that
moment (the page, the theme, the search code, index chunks and fragments). Runs alternate
between the briefings, so a busy machine slows both alike.

Playwright drives Debian's chromium (/usr/bin/chromium), launched as tests/test_browser.py
launches it.
"""
from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import PROJECT, replicated_briefing, table  # noqa: E402
from bench.site import base_data  # noqa: E402
from generator.config import Config  # noqa: E402
from playwright.sync_api import TimeoutError as PlaywrightTimeout  # noqa: E402
from generator.pipeline import run_mkdocs, run_render  # noqa: E402
from generator.datafiles import read_list  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync"]
KEY_DELAY_MS = 40
QUERIES = 4           # most mentioned actors searched by name, and by an alias where they have one
TOP_RESULTS = 3       # the actor's page must be among these

# Installed in the page before its scripts run: when the first key is pressed, and when the
# result list first holds the expected page among its first results.
PROBE = """
(() => {
  window.__probe = {firstKey: null, found: null, expected: null};
  document.addEventListener("keydown", () => {
    if (window.__probe.firstKey === null) window.__probe.firstKey = performance.now();
  }, true);
  new MutationObserver(() => {
    const probe = window.__probe;
    if (probe.found !== null || probe.expected === null) return;
    const titles = [...document.querySelectorAll(".md-search-result__item h2")].slice(0, %d)
      .map((h) => h.textContent.trim());
    if (titles.some((t) => t === probe.expected || t.startsWith(probe.expected + " "))) {
      probe.found = performance.now();
    }
  }).observe(document, {childList: true, subtree: true});
})();
""" % TOP_RESULTS


# ---- the briefings -----------------------------------------------------------------------

def build(data: Path, folder: Path, reuse: bool = False) -> tuple[Path, int, float]:
    """Render, `mkdocs build` and index the briefing of `data`; (site, pages, seconds). With
    `reuse`, a site built there before is taken as it is (0 seconds)."""
    config = Config(data=data, docs=folder / "docs", site=folder / "site", progress=False)
    started = time.perf_counter()
    if not (reuse and (config.site / "pagefind").is_dir()):
        run_render(config)
        run_mkdocs(config)
    pages = sum(1 for _ in config.site.rglob("index.html"))
    return config.site, pages, time.perf_counter() - started


def queries(data: Path) -> list[tuple[str, str]]:
    """(what to type, title of the page to find): the most mentioned actors by name, and by an
    alias that is not a word of their name."""
    actors = sorted(read_list(data / "actors.yaml"), key=lambda a: (-(a.get("mentions") or 0), a["id"]))
    names = {a["name"].lower() for a in actors}
    out = []
    for actor in actors[:QUERIES]:
        out.append((actor["name"], actor["name"]))
        words = set(actor["name"].lower().split())
        alias = next((x for x in actor.get("aliases") or [] if len(x) >= 4 and x.lower() not in names
                      and not set(x.lower().split()) & words and x.isalpha()), None)
        if alias:
            out.append((alias, actor["name"]))
    return out


# ---- the browser -------------------------------------------------------------------------

class CountingServer:
    """A static file server that counts the bytes of the files it sends."""

    def __init__(self, site: Path) -> None:
        counter = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def copyfile(self, source, outputfile):
                data = source.read()
                counter.sent += len(data)
                outputfile.write(data)

        self.sent = 0
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"

    def close(self) -> None:
        self.server.shutdown()


def measure(browser, server: CountingServer, query: str, expected: str) -> tuple[float, int, float] | list[str]:
    """(ms from the first key press to the expected page among the first results, bytes sent
    from the page load to then, ms from the last key press to then); the titles shown when the
    page is not among the first results within 20 s."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.add_init_script(PROBE)
        server.sent = 0
        page.goto(server.url)
        page.wait_for_load_state("load")
        page.evaluate("expected => { window.__probe.expected = expected; }", expected)
        page.locator("input.md-search__input").click()
        page.locator("input.md-search__input").press_sequentially(query, delay=KEY_DELAY_MS)
        last_key = page.evaluate("performance.now()")
        try:
            page.wait_for_function("window.__probe.found !== null", timeout=20_000)
        except PlaywrightTimeout:
            return page.locator(".md-search-result__item h2").all_inner_texts()[:TOP_RESULTS]
        sent = server.sent
        first, found = page.evaluate("[window.__probe.firstKey, window.__probe.found]")
        return found - first, sent, max(0.0, found - last_key)
    finally:
        context.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=5000, help="articles of the large briefing")
    ap.add_argument("--actor-sets", type=int, default=9, help="sets of actors the large briefing's articles use")
    ap.add_argument("--runs", type=int, default=3, help="measurements per query and briefing")
    ap.add_argument("--keep", type=Path, help="build the briefings here and keep them; reuse those built before")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    small_data = base_data()
    todo = queries(small_data)
    rows, results, missed = [], {}, {}
    with contextlib.ExitStack() as cleanup:
        tmp = args.keep or Path(cleanup.enter_context(tempfile.TemporaryDirectory()))
        large_data = tmp / f"large-data-{args.articles}-{args.actor_sets}"
        if not (large_data / "articles.yaml").exists():
            copies = -(-args.articles // len(read_list(small_data / "articles.yaml")))
            replicated_briefing(small_data, large_data, copies, args.actor_sets)
        made = len(read_list(large_data / "articles.yaml")), len(read_list(large_data / "actors.yaml"))
        small_articles = len(read_list(small_data / "articles.yaml"))
        sites = {}
        for label, data in ((f"small ({small_articles} articles)", small_data),
                            (f"large ({made[0]} articles, {made[1]} actors)", large_data)):
            site, pages, seconds = build(data, tmp / f"site-{data.name}", reuse=args.keep is not None)
            index_bytes = sum(f.stat().st_size for f in (site / "pagefind").rglob("*") if f.is_file())
            sites[label] = (site, pages, seconds, index_bytes)
            print(f"built {label}: {pages} pages in {seconds:.0f} s, search index {index_bytes / 1e6:.1f} MB",
                  file=sys.stderr)
        servers = {label: CountingServer(site) for label, (site, *_rest) in sites.items()}
        for server in servers.values():
            cleanup.callback(server.close)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
            for query, expected in todo:
                for _ in range(args.runs):
                    for label, server in servers.items():       # side by side
                        outcome = measure(browser, server, query, expected)
                        if isinstance(outcome, list):
                            missed.setdefault(label, []).append(f"{query!r}: {outcome}")
                        else:
                            results.setdefault(label, []).append(outcome)
                        print(f"{label}: {query!r} -> {outcome}", file=sys.stderr)
            browser.close()
        if not args.keep:
            print("(removing the bench's sites)", file=sys.stderr)
    for label, runs in results.items():
        site, pages, seconds, index_bytes = sites[label]
        rows.append((label, f"{pages:,}", f"{index_bytes / 1e6:.1f}", f"{len(runs)}/{len(runs) + len(missed.get(label, []))}",
                     f"{statistics.median(r[0] for r in runs):.0f}", f"{max(r[0] for r in runs):.0f}",
                     f"{statistics.median(r[2] for r in runs):.0f}",
                     f"{statistics.median(r[1] for r in runs) / 1e6:.2f}", f"{max(r[1] for r in runs) / 1e6:.2f}"))
    print(f"queries (typed {KEY_DELAY_MS} ms a key; found = the actor's page among the first {TOP_RESULTS}): "
          + ", ".join(f"{q!r} -> {e}" for q, e in todo))
    print()
    for label, misses in missed.items():
        print(f"{label}: not among the first {TOP_RESULTS}: " + "; ".join(misses))
    print(table(rows, ("briefing", "pages", "index MB", "found", "median ms", "max ms",
                       "after last key ms", "median MB fetched", "max MB fetched")))
    small, large = (statistics.median(r[0] for r in runs) for runs in results.values())
    large_bytes = max(r[1] for r in list(results.values())[1])
    print()
    print(f"large / small median time: {large / small:.2f} (<= 1.5); "
          f"most fetched on the large briefing: {large_bytes / 1e6:.2f} MB (<= 2.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
