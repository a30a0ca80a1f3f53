"""The Jinja2 environment the pages are rendered with.

Everything drawn from articles is untrusted. The environment escapes every value it prints
(`finalize`), turning each character that means something to Markdown, HTML, MkDocs
extensions or Jinja into a numeric character reference, and removing line breaks, so article
text always shows as the literal text. Only values built here from slugs are marked safe
(`Markup`): links and anchors.
"""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from ..names import slugify
from .data import SiteData, actor_url
from .diagram import relation_diagram
from .escaping import escape, number, page_title
from .provenance import Provenance, web_address
from .view import View


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


class _Environment(Environment):
    """Records are dicts: `p.text` looks the key up first. (Jinja tries a Python attribute
    first, and the failed lookup costs more than printing the field.)"""

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
    when that folder cannot be made safely). Jinja checks only the template's source, so the
    number in the name changes whenever the environment compiles templates differently."""
    try:
        return FileSystemBytecodeCache(pattern="briefing-2-%s.cache")
    except (OSError, RuntimeError):
        return None


def make_environment(templates: Path, data: SiteData, view: View) -> Environment:
    """autoescape makes macro results Markup, which is printed as it is; every other value
    goes through `finalize`, which escapes it (to entities, see escaping.py) and marks the
    result safe, so autoescape leaves it alone and nothing is escaped twice."""
    env = _Environment(loader=FileSystemLoader(str(templates)), autoescape=True, auto_reload=False,
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
        return Markup(f'<a href="{actor_url(actor["id"], root)}">{escape(actor["name"])}</a>')

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
