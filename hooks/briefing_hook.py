"""MkDocs hook for the briefing. Two jobs:

1. Keep docs/ up to date with seeds/ while `mkdocs serve` runs. Before each build it runs
   `briefing extract` and `briefing render` for the project's own folders. Both are cheap
   when nothing changed (extraction is cached per article, and files are only rewritten when
   their content changes), so the rebuild the written pages trigger finds nothing to do and
   the server does not loop. `briefing build` sets BRIEFING_HOOK=off: it has done both.

2. Skip Markdown for the generated pages. Their bodies are finished HTML (front matter
   `render: html`), which Markdown would only pass through after parsing it twice; at
   thousands of pages that doubles the build. The hook hands the HTML straight to the theme
   and builds the table of contents from its headings. Without the hook (another builder
   reading mkdocs.yml) the same files still render the same pages, only more slowly and
   without a table of contents.

3. Index the built site for search (Pagefind) after each build, as `briefing build` does,
   so search works under `mkdocs serve` too.
"""
from __future__ import annotations

import html
import logging
import os
import re
from pathlib import Path

from mkdocs.structure.toc import get_toc

log = logging.getLogger("mkdocs.hooks.briefing")
ROOT = Path(__file__).resolve().parent.parent
HEADING = re.compile(r'<h([23]) id="([^"]+)">(.*?)</h\1>')
_html_bodies: dict[str, str] = {}


def on_pre_build(config, **kwargs) -> None:
    if os.environ.get("BRIEFING_HOOK", "on") == "off":
        return
    from generator.config import Config
    from generator.model import BriefingError
    from generator.pipeline import run_extract, run_render
    settings = Config(seeds=ROOT / "seeds", data=ROOT / "data", docs=Path(config["docs_dir"]),
                      curation=ROOT / "curation.yaml", root=ROOT, progress=False).validated()
    try:
        report = run_extract(settings)
        for line in report.warnings:
            log.info("briefing: %s", line)
        for line in report.errors:
            log.warning("briefing: %s", line)
        if report.extracted:
            log.info("briefing: extracted %d new or changed articles", report.extracted)
        run_render(settings)
    except BriefingError as problem:
        log.error("briefing: %s", problem)


def on_post_build(config, **kwargs) -> None:
    if os.environ.get("BRIEFING_HOOK", "on") == "off":
        return
    from generator.model import BriefingError
    from generator.searchindex import index_site
    try:
        index_site(Path(config["site_dir"]))
    except BriefingError as problem:
        log.error("briefing: %s", problem)


def on_serve(server, config, builder, **kwargs):
    if os.environ.get("BRIEFING_HOOK", "on") != "off":
        server.watch(str(ROOT / "seeds"))
    return server


def on_page_markdown(markdown: str, page, config, files) -> str:
    if page.meta.get("render") == "html":
        _html_bodies[page.file.src_uri] = markdown
        return ""
    return markdown


def on_page_content(content: str, page, config, files) -> str:
    body = _html_bodies.pop(page.file.src_uri, None)
    if body is None:
        return content
    page.toc = get_toc(_toc_tokens(body))
    return body


def _toc_tokens(body: str) -> list[dict]:
    """Table of contents of the page's h2/h3 headings, in the form Markdown's toc gives."""
    tokens: list[dict] = []
    for level, anchor, inner in HEADING.findall(body):
        name = html.unescape(re.sub(r"<[^>]+>", "", inner))
        token = {"level": int(level), "id": anchor, "name": html.escape(name), "children": []}
        if token["level"] == 3 and tokens:
            tokens[-1]["children"].append(token)
        else:
            tokens.append(token)
    return tokens
