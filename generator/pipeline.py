"""The build as an explicit sequence of steps: read → extract → resolve → write → render → export → site.

`run_extract` and `run_render` are what the `extract` and `render` commands do; `run_build`
does both and then the MkDocs build. Problems with single articles are collected in a
`Report` and never stop the others.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .config import Config
from .curation import apply_curation, load_curation
from .copies import fold_copies
from .model import ArticleExtraction, BriefingError
from .progress import Progress
from .read import read_folder
from .resolve import resolve
from .write import write_data
from .datafiles import read_list, write_yaml
from .folder_lock import locked
from .searchindex import index_site


@dataclass
class Report:
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    extracted: int = 0
    cached: int = 0

    def print(self) -> None:
        for line in self.warnings:
            print(f"warning: {line}", file=sys.stderr)
        for line in self.errors:
            print(f"error: {line}", file=sys.stderr)


def run_extract(config: Config) -> Report:
    report = Report()
    with locked(config.data):
        curation = load_curation(config.curation)     # a broken file stops the run before any work
        read = read_folder(config.seeds, config.root)
        report.warnings += read.warnings
        report.errors += read.errors
        read.articles, folded = fold_copies(read.articles, kept=config.data / ".cache")
        report.warnings += folded
        extractions = _extract(config, read.articles, report)
        previous = read_list(config.data / "actors.yaml")
        briefing = resolve(extractions, previous, curation.split_names, {a.id: a.date for a in read.articles})
        report.warnings += apply_curation(briefing, curation)
        write_data(config.data, read.articles, briefing, extractions)
    return report


def _extract(config: Config, articles: list, report: Report) -> list[ArticleExtraction]:
    """Extraction results for every article: from the cache where the text is unchanged."""
    from .extract import extract_articles          # spaCy: loaded only when extracting
    from .extract.cache import ExtractionCache
    cache = ExtractionCache(config.data)
    results: dict[str, ArticleExtraction] = {}
    todo = []
    for article in articles:
        hit = cache.get(article.sha256, article.id)
        if hit:
            results[article.id] = hit
        else:
            todo.append(article)
    report.cached = len(results)
    progress = Progress(len(todo), enabled=config.progress)
    if config.cluster:
        from .cluster import extract_on_cluster
        arrivals = extract_on_cluster(todo, config.cluster)      # as they finish; ordered below
    else:
        arrivals = zip(todo, extract_articles(todo, jobs=config.jobs))
    for article, extraction in arrivals:
        if extraction.problem:      # reported, not cached: the next run tries again
            report.errors.append(f"{article.path}: extraction failed ({extraction.problem}); "
                                 "the article is published without actors, positions or figures")
        else:
            cache.put(article.sha256, extraction)
        results[article.id] = extraction
        progress.advance(article.words)
    progress.done()
    report.extracted = len(todo)
    cache.prune({a.sha256 for a in articles})
    return [results[a.id] for a in articles]


def run_render(config: Config) -> int:
    """The pages, then the CSV exports beside them (docs/exports/, copied into the site)."""
    from .export import write_exports
    from .site.render import render_site
    pages = render_site(config)
    write_exports(config.data, config.docs)
    return pages


def run_mkdocs(config: Config) -> None:
    """`mkdocs build --strict` into a fresh folder, then its search index (Pagefind), then
    the folder swapped in for the old site, so a failed or killed build leaves the previous
    site whole."""
    mkdocs_yml = mkdocs_config_for(config)
    site = config.site.resolve()
    site.parent.mkdir(parents=True, exist_ok=True)
    for stale in site.parent.glob(f".{site.name}.*"):     # left by a build that was killed
        shutil.rmtree(stale, ignore_errors=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{site.name}.", dir=site.parent))
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", BRIEFING_HOOK="off")
    try:
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", str(mkdocs_yml),
             "--site-dir", str(staging)], env=env, capture_output=True, text=True)
        if result.returncode != 0:
            last = (result.stderr.strip() or result.stdout.strip() or "failed").splitlines()[-1]
            raise BriefingError(f"{mkdocs_yml}: mkdocs build failed: {last}")
        index_site(staging)
        old = site.with_name(f".{site.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        if site.exists():
            site.rename(old)
        staging.rename(site)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def mkdocs_config_for(config: Config) -> Path:
    """The project's mkdocs.yml, or a small one inheriting it when the folders or the site's
    address (`--site-url`) differ."""
    docs, site = config.docs.resolve(), config.site.resolve()
    base = config.mkdocs_yml.resolve()
    if docs == base.parent / "docs" and site == base.parent / "site" and not config.site_url:
        return base
    derived = docs.parent / ".mkdocs.briefing.yml"
    settings = {"INHERIT": str(base), "docs_dir": str(docs), "site_dir": str(site),
                "hooks": [str(base.parent / "hooks" / "briefing_hook.py")],
                "theme": {"name": "material", "custom_dir": str(base.parent / "overrides")}}
    if config.site_url:
        settings["site_url"] = config.site_url
    write_yaml(derived, settings)
    return derived


def site_url_of(config: Config) -> str | None:
    """The address the site is built for: `--site-url`, else mkdocs.yml's `site_url`.
    Without one, MkDocs writes the 404 page with links from the host's root (/assets/…),
    which only work when the site is served there, and a sitemap without addresses."""
    if config.site_url:
        return config.site_url
    found = re.search(r"^site_url:[ \t]*['\"]?([^'\"\s#]+)", config.mkdocs_yml.read_text(encoding="utf-8"), re.M)
    return found.group(1) if found else None


def run_build(config: Config) -> tuple[Report, int]:
    """extract → render → mkdocs build; the extraction report and the number of pages."""
    report = run_extract(config)
    report.print()
    pages = run_render(config)
    run_mkdocs(config)
    return report, pages
