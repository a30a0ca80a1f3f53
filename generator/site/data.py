"""The data folder, loaded and checked for the pages: a broken file stops the render with one
line naming it, before any page is written."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..datafiles import read_list, read_yaml
from ..model import BriefingError
from ..names import slugify

OPTIONAL = {   # fields the contract allows to be missing, with what the pages assume then
    "articles": {"date": None, "words": 0, "path": "", "duplicates": [], "source": None, "url": None,
                 "author": None, "copies": [], "summary_only": False},
    "actors": {"aliases": [], "role": None, "affiliation": None, "articles": [], "mentions": 0, "note": None},
    "positions": {"actor": None, "cue": "said", "direct": False, "sentence": "", "sentence_index": None},
    "figures": {"low": None, "high": None, "unit": None, "qualifier": None, "actor": None, "sentence": "",
                "sentence_index": None},
}
REQUIRED = {
    "articles": ("id", "title"),
    "actors": ("id", "name", "type"),
    "positions": ("id", "speaker", "text", "article"),
    "figures": ("id", "value", "text", "article"),
}
Mention = tuple[int, int, int, str]      # sentence index, start, end (exclusive), actor ID


@dataclass
class SiteData:
    """The data folder, loaded, checked and indexed for the templates."""
    articles: list[dict]
    actors: list[dict]
    positions: list[dict]
    figures: list[dict]
    sentences: dict[str, dict]
    meta: dict
    actor: dict[str, dict] = field(default_factory=dict)
    article: dict[str, dict] = field(default_factory=dict)
    page_of_article: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.actor = {a["id"]: a for a in self.actors}
        self.article = {a["id"]: a for a in self.articles}
        taken: set[str] = set()
        for a in sorted(self.articles, key=lambda a: a["id"]):
            slug, n = slugify(a["id"]), 2
            while slug in taken:
                slug, n = f"{slugify(a['id'])}-{n}", n + 1
            taken.add(slug)
            self.page_of_article[a["id"]] = slug


def load_site_data(data_dir: Path) -> SiteData:
    loaded = {}
    for name, fields in REQUIRED.items():
        path = data_dir / f"{name}.yaml"
        if not path.exists():
            raise BriefingError(f"{path}: missing; run `briefing extract` first")
        items = read_list(path)
        ids = set()
        for n, item in enumerate(items, 1):
            missing = [f for f in fields if item.get(f) in (None, "")]
            if missing:
                raise BriefingError(f"{path}: entry {n} lacks {', '.join(missing)}")
            # article IDs are file stems (anything); other IDs are slugs, used as page paths
            valid = name == "articles" or re.fullmatch(r"[a-z0-9][a-z0-9-]*", str(item["id"]))
            if not valid or str(item["id"]) in ids:
                raise BriefingError(f"{path}: entry {n} has an invalid or repeated id {item['id']!r}")
            ids.add(str(item["id"]))
        loaded[name] = [{**OPTIONAL[name], **item} for item in items]
    sentences_path = data_dir / "sentences.yaml"
    sentences = {}
    for n, record in enumerate(read_list(sentences_path), 1):
        if "article" in record:
            problem = _mentions_problem(record)
            if problem:
                raise BriefingError(f"{sentences_path}: entry {n} ({record['article']}): {problem}")
            sentences[record["article"]] = record
    meta = read_yaml(data_dir / "meta.yaml", default={}) or {}
    return SiteData(sentences=sentences, meta=meta if isinstance(meta, dict) else {}, **loaded)


def _mentions_problem(record: dict) -> str | None:
    """What is wrong with an entry's `mentions` (see the hand-over spec): each is
    [sentence index, start, end, actor ID] inside its sentence, sorted, none overlapping."""
    sentences = record.get("sentences") or []
    last = (-1, 0)
    for m in record.get("mentions") or []:
        if not (isinstance(m, list) and len(m) == 4 and all(type(x) is int for x in m[:3])
                and isinstance(m[3], str)):
            return f"mention {m!r} is not [sentence, start, end, actor id]"
        index, start, end, _ = m
        if not (0 <= index < len(sentences) and 0 <= start < end <= len(sentences[index])):
            return f"mention {m!r} lies outside its sentence"
        if (index, start) < last:
            return f"mention {m!r} is out of order or overlaps the one before"
        last = (index, end)
    return None


def actor_url(actor_id: str, root: str = "") -> str:
    """The address of an actor's page, seen from a page whose way back to the site root is
    `root` ("../../" from an article page)."""
    return f"{root}actors/{actor_id}/"
