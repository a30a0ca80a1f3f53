"""RSS and Atom feeds, by feedparser: every entry an article with its own title, date, link
and author, the feed's title as outlet where the entry names none. An entry that carries only
a summary is used and marked so.

Before feedparser sees it, the document is checked with defusedxml: a feed that declares
entities (the "billion laughs" bomb) or refers to external ones is refused, whatever parser
would read it. feedparser itself removes scripts, styles, event handlers and iframes from
entry HTML (its sanitiser), and only the text of what is left is kept.
"""
from __future__ import annotations

import io
import time
from xml.etree.ElementTree import ParseError

import defusedxml
import defusedxml.ElementTree
import feedparser
import lxml.html

from ..model import BriefingError
from ..names import slugify
from . import Piece
from .metadata import clean_author, clean_date, clean_text

_BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "blockquote", "pre")


def feed_pieces(raw: bytes, name: str) -> list[Piece]:
    _refuse_entities(raw, name)
    try:
        parsed = feedparser.parse(io.BytesIO(raw), sanitize_html=True, resolve_relative_uris=False)
    except Exception as problem:    # feedparser's loose parser can fail in many ways on junk
        raise BriefingError(f"{name}: cannot read this feed ({type(problem).__name__})") from None
    if not parsed.entries:
        why = f" ({parsed.bozo_exception})" if parsed.get("bozo") and parsed.get("bozo_exception") else ""
        raise BriefingError(f"{name}: feed without entries{why}")
    outlet = clean_text(parsed.feed.get("title"))
    pieces, keys = [], set()
    for n, entry in enumerate(parsed.entries, 1):
        piece = _entry_piece(entry, outlet)
        if piece is None:
            continue
        key = slugify(piece.title or entry.get("id") or f"entry-{n}")[:60].strip("-")
        if key in keys:
            key = f"{key}-{n}"
        keys.add(key)
        piece.key = key
        pieces.append(piece)
    if not pieces:
        raise BriefingError(f"{name}: feed entries without text")
    return pieces


def _refuse_entities(raw: bytes, name: str) -> None:
    """No entity declarations (pieces_of refuses them first), no external references;
    malformed XML is left to feedparser's lenient parser (which expands no declared entities)."""
    try:
        defusedxml.ElementTree.fromstring(raw, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException as problem:
        raise BriefingError(f"{name}: feed refers to XML entities or external resources ({type(problem).__name__}); refused") from None
    except (ParseError, ValueError):
        pass


def _entry_piece(entry: dict, outlet: str | None) -> Piece | None:
    content = entry.get("content") or []
    html = next((c.get("value") for c in content if c.get("value")), None)
    summary_only = html is None
    if summary_only:
        html = entry.get("summary") or ""
    paragraphs = _paragraphs(html)
    title = clean_text(entry.get("title"))
    if not paragraphs:
        return None
    if title and paragraphs[0] != title:
        paragraphs.insert(0, title)
    source = entry.get("source") or {}
    # The date as the feed writes it (the outlet's own day); feedparser's parsed dates are
    # in UTC, a day later for an evening story from west of Greenwich.
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return Piece(
        text="\n\n".join(paragraphs), title=title,
        date=clean_date(entry.get("published") or entry.get("updated")) or (
            time.strftime("%Y-%m-%d", parsed) if parsed else None),
        source=clean_text(source.get("title")) or outlet, url=clean_text(entry.get("link")),
        author=clean_author(entry.get("author")), summary_only=summary_only)


def _only_a_link(block) -> bool:
    """'More', 'Read the full story': a short block whose whole text is one link."""
    links = block.findall(".//a")
    text = clean_text(block.text_content()) or ""
    return len(links) == 1 and clean_text(links[0].text_content()) == text and len(text.split()) <= 6


def _paragraphs(html: str) -> list[str]:
    """The text of the (already sanitised) entry HTML, a paragraph per block element."""
    if not html.strip():
        return []
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:    # lxml raises ParserError and others on junk: no usable text
        return []
    for junk in root.xpath("//script|//style|//iframe|//object|//embed"):
        junk.drop_tree()
    blocks = [clean_text(el.text_content()) for el in root.iter(*_BLOCKS)
              if not any(parent.tag in _BLOCKS for parent in el.iterancestors()) and not _only_a_link(el)]
    blocks = [b for b in blocks if b]
    return blocks or [t for t in [clean_text(root.text_content())] if t]
