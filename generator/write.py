"""Stage 4 — write: one run's data files (the contract's YAML, ../shared/CONTRACT.md, plus
sentences.yaml) in one atomic batch, and what the run changed ("What's new", meta.yaml).

meta.yaml is rewritten only when a data file changed, so a run that finds nothing new keeps
the previous run's "What's new" and its time.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from .atomic import write_files_atomic
from .datafiles import read_list, read_yaml, to_yaml, to_yaml_document
from .model import Article, ArticleExtraction, record
from .resolve import Briefing


def write_data(data: Path, articles: list[Article], briefing: Briefing, extractions: list[ArticleExtraction]) -> None:
    """All data files in one atomic batch; meta.yaml (with "what's new") only when data changed."""
    records = {
        "articles": [a.to_record() for a in articles],
        "actors": [record(a) for a in briefing.actors],
        "positions": [record(p) for p in briefing.positions],
        "figures": [record(f) for f in briefing.figures],
    }
    files = {data / f"{name}.yaml": to_yaml(items) for name, items in records.items()}
    files[data / "sentences.yaml"] = to_yaml([
        {"article": e.article, "sentences": e.sentences, "paragraphs": e.paragraphs,
         "mentions": [list(span) for span in briefing.mentions.get(e.article, [])]} for e in extractions])
    meta_path = data / "meta.yaml"
    meta = read_yaml(meta_path, default={}) or {}
    changed = [p for p, text in files.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
    if changed or not meta:
        old = {name: read_list(data / f"{name}.yaml") for name in records}
        files[meta_path] = to_yaml_document({
            "generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "articles": len(articles),
            "changes": changes(old, records),
        })
    write_files_atomic(files)


def changes(old: dict[str, list[dict]], new: dict[str, list[dict]]) -> dict[str, dict[str, list[str]]]:
    """What this run added, changed and removed, by ID, for the "What's new" page."""
    out = {}
    for name, items in new.items():
        before = {str(i.get("id")): i for i in old.get(name, [])}
        after = {str(i["id"]): i for i in items}
        out[name] = {
            "added": sorted(set(after) - set(before)),
            "changed": sorted(k for k in set(after) & set(before) if after[k] != before[k]),
            "removed": sorted(set(before) - set(after)),
        }
    return out
