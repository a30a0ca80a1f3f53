"""The site's search index: Pagefind, run over the built HTML as the last build step.

MkDocs' own search writes one JSON index that every browser downloads whole before it shows a
result (18 MB at 10,000 pages). Pagefind splits the index into chunks by word and the pages
into fragments, and the browser fetches only the chunks and fragments a query needs, so the
first result comes as fast at 10,000 pages as at 100. The binary ships in the `pagefind-bin`
wheel; nothing is downloaded at build or run time.

Only what the generated pages mark with `data-pagefind-body` is indexed: the actor and article
pages (the section pages repeat them, and a large one would be a fragment of megabytes).
Names and aliases carry `data-pagefind-weight`, so "America" finds the United States first.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .model import BriefingError

BUNDLE = "pagefind"        # the index folder inside the site; assets/javascripts/briefing-search.js loads it
PAGES = "{actors,articles}/*/index.html"      # the only pages that carry data-pagefind-body


def index_site(site: Path) -> None:
    """Write site/pagefind/ for the HTML in site/."""
    command = [sys.executable, "-m", "pagefind_bin", "--site", str(site), "--output-subdir", BUNDLE,
               "--glob", PAGES, "--force-language", "en", "--silent"]
    try:
        result = subprocess.run(command, capture_output=True, text=True)
    except OSError as problem:
        raise BriefingError(f"{site}: search index not built: {problem}") from None
    if result.returncode != 0:
        last = (result.stderr.strip() or result.stdout.strip() or "failed").splitlines()[-1]
        raise BriefingError(f"{site}: search index not built: {last}")
