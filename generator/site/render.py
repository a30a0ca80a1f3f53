"""Every page of the site rendered and written: sections, one page per actor and per article.

Large sites are rendered by several processes while this one writes the pages; pages of
actors and articles that no longer exist are removed.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
from pathlib import Path
from typing import Any, Iterator

from ..atomic import existing_files, write_files_atomic
from ..config import Config
from ..model import BriefingError
from .data import SiteData, load_site_data
from .templating import make_environment
from .view import View

GENERATED_DIRS = ("actors", "articles", "positions")
SECTIONS = {
    "index.md": "home.md.j2",
    "actors/index.md": "actors_index.md.j2",
    "positions/index.md": "positions.md.j2",
    "positions/by-article.md": "positions_by_article.md.j2",
    "figures.md": "figures.md.j2",
    "disagreements.md": "disagreements.md.j2",
    "relations.md": "relations.md.j2",
    "articles/index.md": "articles_index.md.j2",
    "whats-new.md": "whats_new.md.j2",
    "sources.md": "sources.md.j2",          # provenance pages (provenance.py)
    "timeline.md": "timeline.md.j2",
    "print.md": "print.md.j2",
}
PARALLEL_FROM = 500        # pages; below this, starting processes costs more than it saves
SHARE = 100                # pages a render process takes at a time
_worker: dict[str, Any] = {}   # what forked render processes inherit


def render_site(config: Config, processes: int | None = None) -> int:
    """Write every page; return how many. Stale generated pages are removed."""
    data = load_site_data(config.data)
    view = View(data)
    env = make_environment(config.templates, data, view)
    for name in {*SECTIONS.values(), "actor.md.j2", "article.md.j2"}:
        env.get_template(name)      # compiled once, before render processes fork
    _worker.update(env=env, data=data)
    jobs = [("section", rel) for rel in SECTIONS]
    jobs += [("actor", a["id"]) for a in data.actors]
    jobs += [("article", a["id"]) for a in data.articles]
    docs = config.docs.resolve()
    existing = existing_files({docs, *(docs / folder for folder in (*GENERATED_DIRS, "assets"))})
    written: list[str] = []
    for pages in _rendered_shares(jobs, processes or min(4, os.cpu_count() or 1)):
        _write_pages(docs, pages, existing)
        written.extend(pages)
    assets = {f"assets/{a.name}": a.read_text(encoding="utf-8") for a in sorted((config.templates / "assets").glob("*"))}
    _write_pages(docs, assets, existing)
    _remove_stale(config.docs, set(written))
    return len(written) + len(assets)


def _rendered_shares(jobs: list[tuple[str, str]], processes: int) -> Iterator[dict[str, str]]:
    """The pages, a share at a time. Large sites are rendered by several processes, each
    taking the next share when it is free (the section pages cost far more than the rest),
    while this one writes: two processes creating files in one folder spin on its lock."""
    shares = [jobs[n:n + SHARE] for n in range(0, len(jobs), SHARE)]
    if processes < 2 or len(jobs) < PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(_render_pages, shares)
        return
    gc.freeze()     # the forked processes neither scan nor copy the loaded data for the collector
    try:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            yield from pool.imap_unordered(_render_pages, shares)
    finally:
        gc.unfreeze()


def _render_pages(jobs: list[tuple[str, str]]) -> dict[str, str]:
    """Some of the pages: path relative to docs/ -> text."""
    env, data = _worker["env"], _worker["data"]
    pages = {}
    for kind, key in jobs:
        if kind == "section":
            rel = key
            pages[rel] = env.get_template(SECTIONS[rel]).render(root=root_of(rel))
        elif kind == "actor":
            rel = f"actors/{key}.md"
            pages[rel] = env.get_template("actor.md.j2").render(actor=data.actor[key], root=root_of(rel))
        else:
            rel = f"articles/{data.page_of_article[key]}.md"
            pages[rel] = env.get_template("article.md.j2").render(
                article=data.article[key], root=root_of(rel), paragraphs=_paragraphs(data, key))
    return pages


def root_of(rel: str) -> str:
    """The relative path from a page's URL to the site root, for MkDocs' directory URLs:
    'index.md' -> '', 'figures.md' (figures/) -> '../', 'actors/x.md' (actors/x/) -> '../../'."""
    path = rel[:-len(".md")]
    if path == "index" or path.endswith("/index"):
        path = path[:-len("index")]
    depth = path.count("/") + (0 if path == "" or path.endswith("/") else 1)
    return "../" * depth


def _paragraphs(data: SiteData, article_id: str) -> list[list[tuple[int, str]]]:
    """The article's sentences, numbered, grouped by paragraph."""
    record = data.sentences.get(article_id) or {}
    sentences = record.get("sentences") or []
    numbers = record.get("paragraphs") or [0] * len(sentences)
    paragraphs: list[list[tuple[int, str]]] = []
    last = None
    for n, (sentence, para) in enumerate(zip(sentences, numbers)):
        if para != last:
            paragraphs.append([])
            last = para
        paragraphs[-1].append((n, sentence))
    return paragraphs


def _write_pages(docs: Path, pages: dict[str, str], existing: set[str]) -> None:
    files = {}
    for rel, text in pages.items():
        clean = os.path.normpath(rel)
        if os.path.isabs(clean) or clean.split(os.sep)[0] == "..":
            raise BriefingError(f"{rel}: page path escapes the docs folder")
        files[docs / clean] = text
    write_files_atomic(files, durable=False, existing=existing)


def _remove_stale(docs: Path, written: set[str]) -> None:
    """Pages of actors and articles that no longer exist."""
    for folder in GENERATED_DIRS:
        for old in (docs / folder).glob("*.md") if (docs / folder).is_dir() else []:
            if f"{folder}/{old.name}" not in written:
                old.unlink()
