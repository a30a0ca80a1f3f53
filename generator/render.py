"""Stage 5 — render: the YAML data through the Jinja2 templates into Markdown pages.

Everything drawn from articles is untrusted. The template environment escapes every value
it prints (`finalize`), turning each character that means something to Markdown, HTML,
MkDocs extensions or Jinja into a numeric character reference, and removing line breaks,
so article text always shows as the literal text. Only values built here from slugs are
marked safe (`Markup`): links and anchors.
"""
from __future__ import annotations

import functools
import gc
import multiprocessing
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined
from jinja2.compiler import CodeGenerator
from markupsafe import Markup

from .config import Config
from .diagram import relation_diagram
from .escaping import escape, number, page_title
from .model import BriefingError
from .names import slugify
from .provenance import Provenance, web_address
from .store import existing_files, read_list, read_yaml, write_files_atomic

GENERATED_DIRS = ("actors", "articles", "positions")
KEY_ACTORS = 12
KEY_POSITIONS = 10
KEY_FIGURES = 10


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
    sentences = {s["article"]: s for s in read_list(data_dir / "sentences.yaml") if "article" in s}
    meta = read_yaml(data_dir / "meta.yaml", default={}) or {}
    return SiteData(sentences=sentences, meta=meta if isinstance(meta, dict) else {}, **loaded)


# ---- the view: what the pages show ------------------------------------------------------

class View:
    """Derived facts the pages share: prominence, members, co-occurrence, disagreements."""

    def __init__(self, data: SiteData) -> None:
        self.data = data
        self.positions_of: dict[str, list[dict]] = defaultdict(list)
        self.positions_in: dict[str, list[dict]] = defaultdict(list)
        self.figures_of: dict[str, list[dict]] = defaultdict(list)
        self.members_of: dict[str, list[dict]] = defaultdict(list)
        self.position = {p["id"]: p for p in data.positions}
        self.figure = {f["id"]: f for f in data.figures}
        for p in data.positions:
            self.positions_in[p["article"]].append(p)
            if p.get("actor") in data.actor:
                self.positions_of[p["actor"]].append(p)
        for f in data.figures:
            if f.get("actor") in data.actor:
                self.figures_of[f["actor"]].append(f)
        for a in data.actors:
            if a.get("affiliation") in data.actor:
                self.members_of[a["affiliation"]].append(a)
        self.actors_in: dict[str, list[dict]] = defaultdict(list)
        for a in data.actors:
            for art in a.get("articles") or []:
                self.actors_in[art].append(a)
        self.ids_in = {art: [a["id"] for a in actors] for art, actors in self.actors_in.items()}
        self.ranked = sorted(data.actors, key=lambda a: (-self.prominence(a), a["name"].lower()))
        self.finders = {art: MentionFinder(actors) for art, actors in self.actors_in.items()}
        self.rank = {a["id"]: n for n, a in enumerate(self.ranked)}
        self.ranked_in = {art: sorted(actors, key=lambda a: self.rank[a["id"]]) for art, actors in self.actors_in.items()}
        self.disagreements = self._disagreements()
        self._sentence_links: dict[int, dict[tuple[str, str], int]] = {}

    def prominence(self, actor: dict) -> float:
        """How central an actor is: mentions, positions held and articles it appears in."""
        return (actor.get("mentions") or 0) + 3 * len(self.positions_of[actor["id"]]) \
            + 2 * len(actor.get("articles") or [])

    def appears_with(self, actor: dict, limit: int = 8) -> list[tuple[dict, int]]:
        articles = actor.get("articles") or []
        if len(articles) == 1:      # most actors: that article's cast, already in rank order
            cast = self.ranked_in.get(articles[0], ())
            return [(other, 1) for other in cast[:limit + 1] if other["id"] != actor["id"]][:limit]
        counts: Counter = Counter()
        for art in articles:
            counts.update(self.ids_in.get(art, ()))
        counts.pop(actor["id"], None)
        top = sorted(counts, key=self.rank.__getitem__)
        top.sort(key=counts.__getitem__, reverse=True)      # stable: equal counts stay in rank order
        return [(self.data.actor[k], counts[k]) for k in top[:limit]]

    def key_positions(self) -> list[dict]:
        """The central positions: the first statement of each of the most prominent speakers."""
        out = []
        for actor in self.ranked:
            for p in self.positions_of[actor["id"]][:2]:
                out.append(p)
                if len(out) >= KEY_POSITIONS:
                    return out
        return out

    def key_figures(self) -> list[dict]:
        figures = [f for f in self.data.figures if f.get("unit")]
        figures.sort(key=lambda f: (f.get("actor") is None, -(f.get("value") or 0)))
        return figures[:KEY_FIGURES]

    def _disagreements(self) -> list[dict]:
        """Figures that count the same thing with different values in different articles of the
        same story (articles that share an actor other than a country)."""
        cast = {art: {a["id"] for a in actors if a.get("type") != "country"} for art, actors in self.actors_in.items()}
        by_unit: dict[str, list[dict]] = defaultdict(list)
        for f in self.data.figures:
            unit = (f.get("unit") or "").lower().rstrip("s")
            if unit and unit != "%":
                by_unit[unit].append(f)
        out = []
        for unit, figs in sorted(by_unit.items()):
            said_by: dict[str, list[dict]] = defaultdict(list)     # actor -> this unit's figures near it
            for f in figs:
                for actor_id in cast.get(f["article"], ()):
                    said_by[actor_id].append(f)
            clash = {f["id"] for group in said_by.values() for f in group for g in group
                     if f["article"] != g["article"] and f["value"] != g["value"]}
            if clash:
                clashing = [f for f in figs if f["id"] in clash]
                out.append({"unit": figs[0]["unit"], "figures": sorted(clashing, key=lambda f: f["value"])})
        return out

    def linked_sentence(self, article_id: str, sentence: str) -> Markup:
        """A sentence of an article, escaped, with each actor's name linking to its page."""
        finder = self.finders.get(article_id)
        out, pos = [], 0
        for start, end, actor_id in finder.find(sentence) if finder else []:
            out.append(escape(sentence[pos:start]))
            out.append(f'<a class="actor-mention" href="../../actors/{actor_id}/">{escape(sentence[start:end])}</a>')
            pos = end
        out.append(escape(sentence[pos:]))
        return Markup("".join(out))

    def sentence_links(self, limit_actors: int = 16) -> dict[tuple[str, str], int]:
        """How often two key actors are named in the same sentence (only articles where two
        of them appear need reading). Computed once: the relations page and its diagram share it."""
        if limit_actors in self._sentence_links:
            return self._sentence_links[limit_actors]
        key = {a["id"] for a in self.ranked[:limit_actors]}
        pairs: Counter = Counter()
        for art, record in self.data.sentences.items():
            finder = self.finders.get(art)
            if not finder or len(key.intersection(self.ids_in[art])) < 2:
                continue
            for sentence in record.get("sentences") or []:
                ids = sorted({actor_id for _, _, actor_id in finder.find(sentence)} & key)
                for i, a in enumerate(ids):
                    for b in ids[i + 1:]:
                        pairs[(a, b)] += 1
        self._sentence_links[limit_actors] = dict(pairs)
        return self._sentence_links[limit_actors]

    def first_last_seen(self, actor: dict) -> tuple[dict | None, dict | None]:
        arts = [self.data.article[a] for a in actor.get("articles") or [] if a in self.data.article]
        dated = sorted(arts, key=lambda a: (a.get("date") or "", a["id"]))
        return (dated[0], dated[-1]) if dated else (None, None)


class MentionFinder:
    """Finds an article's actor names in its sentences: whole words only, a longer name before
    the names inside it ("Northern Alliance" before "Alliance"). Each name is looked for with
    a substring search: a handful per article, far cheaper than walking every word of every
    sentence or compiling a pattern per article."""

    def __init__(self, actors: list[dict]) -> None:
        id_of: dict[str, str] = {}
        for a in sorted(actors, key=lambda a: a["id"]):
            for form in [a["name"], *(a.get("aliases") or [])]:
                if len(form) >= 2 and form[0].isalnum():
                    id_of.setdefault(form, a["id"])
        self.names = sorted(id_of.items(), key=lambda kv: (-len(kv[0]), kv[0]))

    def find(self, sentence: str) -> list[tuple[int, int, str]]:
        """(start, end, actor id) of each name in the sentence, in order, never overlapping."""
        found: list[tuple[int, int, str]] = []
        for form, actor_id in self.names:
            start = sentence.find(form)
            while start >= 0:
                end = start + len(form)
                if self._whole_word(sentence, start, end) and \
                        not any(s < end and start < e for s, e, _ in found):
                    found.append((start, end, actor_id))
                start = sentence.find(form, start + 1)
        return sorted(found)

    @staticmethod
    def _whole_word(text: str, start: int, end: int) -> bool:
        """No letter, digit or underscore touches the match on either side."""
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        return not (before.isalnum() or before == "_" or after.isalnum() or after == "_")


# ---- pages ------------------------------------------------------------------------------

@functools.lru_cache(maxsize=200_000, typed=True)
def _escaped(value: str | int | float | None) -> Markup:
    return Markup(escape(value))


def _safe_text(value: Any) -> Markup:
    """What a template prints: Markup as is, anything else escaped (names repeat: cached)."""
    if type(value) is str:
        return _escaped(value)
    if isinstance(value, Markup):
        return value
    if isinstance(value, (int, float)) or value is None:
        return _escaped(value)
    return Markup(escape(value))


class _FinalizeEscapes(CodeGenerator):
    """Compiles `{{ value }}` to `finalize(value)` instead of autoescape's `escape(finalize(value))`:
    `finalize` (`_safe_text`) already returns escaped Markup, and escaping it again only
    copied it (a sixth of the render time). Without this class the output is the same."""

    def _output_child_pre(self, node: Any, frame: Any, finalize: Any) -> None:
        if finalize.src is None:
            super()._output_child_pre(node, frame, finalize)
        else:
            self.write("(" + finalize.src)


class _Environment(Environment):
    """Records are dicts: `p.text` looks the key up first. (Jinja tries a Python attribute
    first, and the failed lookup costs more than printing the field.)"""
    code_generator_class = _FinalizeEscapes

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)

    def make_globals(self, d: dict | None) -> dict:
        """A template's globals as a plain dict, not Jinja's ChainMap: every render (and every
        macro import) copies or compares them key by key, which a ChainMap does in Python.
        The environment's globals are all set before the first template loads."""
        return {**self.globals, **(d or {})}


def _bytecode_cache() -> FileSystemBytecodeCache | None:
    """Compiled templates kept between runs, in Jinja's private folder of the temp dir (none
    when that folder cannot be made safely)."""
    try:
        return FileSystemBytecodeCache(pattern="briefing-1-%s.cache")
    except (OSError, RuntimeError):
        return None


def _environment(config: Config, data: SiteData, view: View) -> Environment:
    # autoescape makes macro results Markup; `finalize` does the escaping itself (to entities,
    # see escaping.py) and marks the result safe, so nothing is escaped twice.
    env = _Environment(loader=FileSystemLoader(str(config.templates)), autoescape=True, auto_reload=False,
                       bytecode_cache=_bytecode_cache(),
                       undefined=StrictUndefined, finalize=_safe_text,
                       keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)

    # Links repeat across thousands of pages, and a page's `root` takes three values: cached.
    @functools.lru_cache(maxsize=100_000)
    def actor_link(actor_id: str | None, root: str) -> Markup:
        """<a> to an actor's page; `root` leads from the current page's URL to the site root."""
        actor = data.actor.get(actor_id or "")
        if not actor:
            return Markup("")
        return Markup(f'<a href="{root}actors/{actor["id"]}/">{escape(actor["name"])}</a>')

    @functools.lru_cache(maxsize=100_000)
    def article_link(article_id: str, root: str, anchor: int | None = None, text: str | None = None) -> Markup:
        article = data.article.get(article_id)
        label = text if text is not None else (article["title"] if article else article_id)
        target = f"{root}articles/{data.page_of_article.get(article_id, slugify(article_id))}/"
        if anchor is not None:
            target += f"#s-{int(anchor)}"
        return Markup(f'<a href="{target}">{escape(label)}</a>')

    env.filters.update(esc=escape, number=number, page_title=page_title)
    env.globals.update(actor_link=actor_link, article_link=article_link, view=view, data=data,
                       meta=data.meta, relation_diagram=lambda root: relation_diagram(view, root), Markup=Markup)
    env.globals.update(provenance=Provenance(data), web_address=web_address)
    return env


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
    env = _environment(config, data, view)
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
