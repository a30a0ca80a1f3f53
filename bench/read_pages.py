"""Reading web pages against extracting them: `python bench/read_pages.py [COUNT]`.

Makes COUNT (default 1,000) saved web pages from ../shared/corpus/dev/ in a temporary
folder, each article wrapped in a page with the usual furniture (navigation, cookie banner,
JSON-LD and Open Graph metadata, newsletter box, related links, comments, footer), then
times, in one process:

  read      generator.read.read_folder over the pages (trafilatura, htmldate, checks)
  fold      generator.copies.fold_copies over the articles read (MinHash/LSH)
  extract   generator.extract.extract_articles over the same articles, one process

and prints read / extract (must be <= 25%). The pages are made at run time and deleted;
nothing of the corpus is kept.
"""
from __future__ import annotations

import html
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import DEV, table  # noqa: E402
from generator.copies import fold_copies  # noqa: E402
from generator.read import read_folder  # noqa: E402

OUTLETS = ["The Northern Ledger", "Coastal Times", "Valley Post", "Harbor Wire", "Kessa Weekly"]


def page(n: int, title: str, paragraphs: list[str]) -> str:
    outlet = OUTLETS[n % len(OUTLETS)]
    meta = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
            "datePublished": f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}T08:00:00Z",
            "author": {"@type": "Person", "name": f"Reporter {n % 40}"},
            "publisher": {"@type": "Organization", "name": outlet}}
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{html.escape(title)} | {outlet}</title>
<meta property="og:title" content="{html.escape(title)}"><meta property="og:site_name" content="{outlet}">
<link rel="canonical" href="https://news{n % 5}.example/story/{n}">
<script type="application/ld+json">{json.dumps(meta)}</script>
<style>body {{ font-family: serif; }} .ad {{ display: block; }}</style>
<script>window.dataLayer = []; function track() {{ return 1; }}</script></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a>
<a href="/sport">Sport</a> <a href="/subscribe">Subscribe</a></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<div class="ad">Advertisement</div>
<main><article><h1>{html.escape(title)}</h1><p class="byline">By Reporter {n % 40}</p>
{body}
<p>Copy {n}.</p></article></main>
<aside class="newsletter">Sign up for our morning newsletter.</aside>
<section class="related"><h2>Related</h2><ul><li><a href="/a">Another story</a></li><li><a href="/b">One more</a></li></ul></section>
<section class="comments"><h2>Comments</h2><p>Be the first to comment.</p></section>
<footer>Copyright {outlet}. All rights reserved. Privacy. Terms.</footer></body></html>"""


def make_pages(folder: Path, count: int) -> None:
    originals = sorted(DEV.glob("*.txt"))
    if not originals:
        raise SystemExit(f"{DEV}: no articles (is ../shared beside the checkout?)")
    for n in range(count):
        text = originals[n % len(originals)].read_text(encoding="utf-8").strip()
        title, _, rest = text.partition("\n")
        paragraphs = [p.strip() for p in rest.split("\n") if p.strip()]
        (folder / f"{n:05d}.html").write_text(page(n, title.strip(), paragraphs), encoding="utf-8")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    from generator.extract import extract_articles
    from generator.extract.parse import load_nlp
    load_nlp()      # loading the model is not extraction of these articles
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_pages(folder, count)
        start = time.perf_counter()
        report = read_folder(folder, folder)
        read_s = time.perf_counter() - start
        start = time.perf_counter()
        kept, _ = fold_copies(list(report.articles))
        fold_s = time.perf_counter() - start
        start = time.perf_counter()
        for _ in extract_articles(report.articles, jobs=1):
            pass
        extract_s = time.perf_counter() - start
    words = sum(a.words for a in report.articles)
    print(f"{count} pages, {len(report.articles)} articles read ({len(report.errors)} failed), {words:,} words; "
          f"{len(kept)} after folding copies\n")
    print(table([("read pages", f"{read_s:.1f}", f"{1000 * read_s / count:.1f}"),
                 ("fold copies", f"{fold_s:.1f}", f"{1000 * fold_s / count:.1f}"),
                 ("extract articles", f"{extract_s:.1f}", f"{1000 * extract_s / count:.1f}")],
                ("step", "seconds", "ms/page")))
    print(f"\nread / extract: {read_s / extract_s:.1%}   (must be <= 25%)")
    print(f"(read + fold) / extract: {(read_s + fold_s) / extract_s:.1%}")


if __name__ == "__main__":
    main()
