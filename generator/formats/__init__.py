"""The formats articles come in, each turned into `Piece`s: an article's text and the
metadata the file gives (title, date, outlet, byline, address).

    .html .htm            a saved web page: main text and metadata by trafilatura (web.py)
    .xml .rss .atom       an RSS or Atom feed: one piece per entry, by feedparser (feed.py)
    .md .markdown         Markdown with YAML front matter (notes.py)
    .txt                  plain text, optionally with "Title: ..." header lines (notes.py)

A .txt file whose content is a web page or a feed is read as one. Every reader raises
BriefingError with one line naming the file when it cannot use it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import BriefingError

PAGE_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
MARKDOWN_SUFFIXES = (".md", ".markdown")
SUFFIXES = (".txt", *PAGE_SUFFIXES, *FEED_SUFFIXES, *MARKDOWN_SUFFIXES)
MAX_MARKUP_BYTES = 10_000_000    # a saved news page is well under 1 MB even with inline styles
MAX_TEXT_BYTES = 64_000_000      # text beyond MAX_WORDS is cut anyway; this only keeps memory bounded


@dataclass
class Piece:
    """One article as a file gives it. `key` tells apart the articles of a file holding
    several (a feed's entries): it becomes part of their IDs."""
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    key: str | None = None
    summary_only: bool = False


def kind_of(suffix: str, text: str) -> str:
    """'page', 'feed', 'markdown' or 'text': by extension, and by content for .txt."""
    suffix = suffix.lower()
    if suffix in PAGE_SUFFIXES:
        return "page"
    if suffix in FEED_SUFFIXES:
        return "feed"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    head = text.lstrip()[:1000].lower()
    if re.match(r"(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:rdf)[\s>]", head, re.S):
        return "feed"
    if head.startswith(("<!doctype html", "<html")) or re.search(r"<(body|head)[\s>]", head[:500]):
        return "page"
    return "text"


def check_size(kind: str, size: int, name: str) -> None:
    """Refuse a file too large for its kind (called with its size on disk before it is read,
    and again once its content has told a .txt page or feed apart)."""
    limit = MAX_MARKUP_BYTES if kind in ("page", "feed") else MAX_TEXT_BYTES
    if size > limit:
        what = {"page": "web page", "feed": "feed"}.get(kind, "text file")
        raise BriefingError(f"{name}: {size:,} bytes; more than the limit of {limit:,} for a {what}; skipped")


def pieces_of(kind: str, raw: bytes, text: str, name: str) -> list[Piece]:
    """The articles of one file of the given kind."""
    check_size(kind, len(raw), name)
    if kind in ("page", "feed") and re.search(rb"<!ENTITY", raw, re.I):
        raise BriefingError(f"{name}: declares XML entities (possible entity bomb); refused")
    if kind == "page":
        from .web import page_piece
        return [page_piece(raw, name)]
    if kind == "feed":
        from .feed import feed_pieces
        return feed_pieces(raw, name)
    from .notes import markdown_piece, text_piece
    return [markdown_piece(text, name) if kind == "markdown" else text_piece(text)]
