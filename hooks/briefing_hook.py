"""MkDocs hook: keep the briefing in docs/ up to date with seeds/ while `mkdocs serve` runs.

Before each build it runs `briefing extract` and `briefing render` for the project's own
folders. Both are cheap when nothing changed (extraction is cached per article, and files
are only rewritten when their content changes), so the rebuild the written pages trigger
finds nothing to do and the server does not loop. `briefing build` runs MkDocs with
BRIEFING_HOOK=off, having done both steps itself.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.briefing")
ROOT = Path(__file__).resolve().parent.parent


def _enabled() -> bool:
    return os.environ.get("BRIEFING_HOOK", "on") != "off"


def on_pre_build(config, **kwargs) -> None:
    if not _enabled():
        return
    from generator.config import Config
    from generator.model import BriefingError
    from generator.pipeline import run_extract, run_render
    settings = Config(seeds=ROOT / "seeds", data=ROOT / "data", docs=Path(config["docs_dir"]),
                      curation=ROOT / "curation.yaml", root=ROOT, progress=False).validated()
    try:
        report = run_extract(settings)
        for line in report.warnings + report.errors:
            log.warning(line) if line in report.errors else log.info(line)
        if report.extracted:
            log.info("briefing: extracted %d new or changed articles", report.extracted)
        run_render(settings)
    except BriefingError as problem:
        log.error("briefing: %s", problem)


def on_serve(server, config, builder, **kwargs):
    if _enabled():
        server.watch(str(ROOT / "seeds"))
    return server
