"""The site's search index: Pagefind, run over the built HTML as the last build step.

MkDocs' own search writes one JSON index that every browser downloads whole before it shows a
result (18 MB at 10,000 pages). Pagefind splits the index into chunks by word and the pages
into fragments, and the browser fetches only the chunks and fragments a query needs, so the
first result comes as fast at 10,000 pages as at 100. The binary ships in the `pagefind-bin`
wheel; nothing is downloaded at build or run time.

Two indexes:
- pagefind/: the text of the actor and article pages, what they mark with `data-pagefind-body`
  (the section pages repeat them, and a large one would be a fragment of megabytes);
- pagefind-names/: each actor's names alone (the hidden `data-briefing-names` element of its
  page), a small index the search box asks first, so that typing a name or an alias brings
  the actor's page at once, also where thousands of pages use the word ("America" finds the
  United States before the articles that say "American").
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .model import BriefingError

INDEXES = {     # folder inside the site (assets/javascripts/briefing-search.js loads both): options
    "pagefind": ["--glob", "{actors,articles}/*/index.html"],       # the pages with data-pagefind-body
    "pagefind-names": ["--glob", "actors/*/index.html", "--root-selector", "[data-briefing-names]"],
}


def index_site(site: Path) -> None:
    """Write the search indexes into site/."""
    for folder, options in INDEXES.items():
        _pagefind(site, ["--output-subdir", folder, *options])


def _pagefind(site: Path, options: list[str]) -> None:
    command = [sys.executable, "-m", "pagefind_bin", "--site", str(site), *options, "--force-language", "en", "--silent"]
    try:
        result = subprocess.run(command, capture_output=True, text=True)
    except OSError as problem:
        raise BriefingError(f"{site}: search index not built: {problem}") from None
    if result.returncode != 0:
        last = (result.stderr.strip() or result.stdout.strip() or "failed").splitlines()[-1]
        raise BriefingError(f"{site}: search index not built: {last}")
