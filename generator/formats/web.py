"""Saved web pages: the article's text without navigation, banners, newsletters, related
links, comments or footers, and its metadata from JSON-LD, Open Graph and meta tags (the
page text as fallback), by trafilatura; the date by htmldate through it.

lxml's HTML parser, which trafilatura uses, neither loads external entities nor expands
entities declared in a DTD, and scripts, styles and event handlers are not text: none of
them can reach an article.
"""
from __future__ import annotations

import json
import logging
import re

import trafilatura
from trafilatura.utils import load_html

from ..model import BriefingError
from . import Piece
from .metadata import clean_author, clean_date, clean_text

# Dates in saved pages may be in the future of the machine's clock (pages saved elsewhere,
# tests written for a fixed date): htmldate's default latest date is today.
_DATE_OPTIONS = {"original_date": True, "extensive_search": True, "max_date": "2199-12-31"}
# Never article text, wherever they sit: script links and sharing widgets inside the article.
_PRUNE = ["//a[starts-with(normalize-space(translate(@href, 'JAVSCRIPT', 'javscript')), 'javascript:')]",
          "//*[contains(concat(' ', normalize-space(@class), ' '), ' share ') or starts-with(@class, 'share')]"]


# Their log lines would be a second, less clear line about a file already reported in one.
for _library in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_library).addHandler(logging.NullHandler())
    logging.getLogger(_library).propagate = False


def page_piece(raw: bytes, name: str) -> Piece:
    # deduplicate=False: trafilatura's deduplication remembers paragraphs across documents
    # and drops one seen three times before, which empties the fourth outlet's wire copy.
    try:
        found = trafilatura.bare_extraction(
            raw, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, include_links=False, favor_precision=True,
            deduplicate=False, date_extraction_params=_DATE_OPTIONS, prune_xpath=_PRUNE)
    except Exception as problem:    # trafilatura/lxml raise many kinds on broken markup
        raise BriefingError(f"{name}: cannot read this web page ({type(problem).__name__})") from None
    if found is None or not (found.text or "").strip():
        raise BriefingError(f"{name}: web page without article text")
    tree = _tree(raw)
    title, outlet = _headline_and_outlet(tree, clean_text(found.title))
    if title and _CODE.search(title):
        title = None
    paragraphs = [line.strip() for line in found.text.split("\n") if line.strip()]
    if paragraphs and title and paragraphs[0] == title:      # the page's own headline; put back below
        paragraphs.pop(0)
    paragraphs = [p for p in paragraphs if not _is_dateline(p) and not _READ_MORE.match(p) and not _CODE.search(p)]
    if not paragraphs:
        raise BriefingError(f"{name}: web page without article text")
    text = "\n\n".join(([title] if title else []) + paragraphs)
    url = found.url or _json_ld_address(tree)
    site = clean_text(found.sitename)
    if site == found.hostname:        # trafilatura's stand-in when the page names no site
        site = None
    return Piece(text=text, title=title, date=clean_date(found.date),
                 source=site or outlet or found.hostname or None,
                 url=url or None, author=clean_author(found.author))


def _tree(raw: bytes):
    """The page as trafilatura parses it (its encoding detection included)."""
    try:
        return load_html(raw)
    except Exception:    # trafilatura read it; the extra metadata below is only a bonus
        return None


_TITLE_SEPARATOR = re.compile(r"\s+[|–—·•:-]{1,2}\s+")


def _headline_and_outlet(tree, title: str | None) -> tuple[str | None, str | None]:
    """The headline and the outlet from '<title>Headline | Outlet</title>' (either order):
    the part a heading of the page repeats is the headline, a short other part the outlet.
    trafilatura takes the first part when the page has no single <h1>, which is often the
    outlet's name."""
    if tree is None:
        return title, None
    element = tree.find(".//head/title")
    parts = _TITLE_SEPARATOR.split(clean_text(element.text_content()) or "") if element is not None else []
    if len(parts) != 2:
        return title, None
    headings = {clean_text(h.text_content()) for h in tree.iter("h1", "h2", "h3")}
    headline = next((p for p in parts if p in headings), None) or (title if title in parts else None)
    if headline is None:
        return title, None
    other = parts[1 - parts.index(headline)]
    return (title if title and title != other else headline), (other if len(other.split()) <= 6 else None)


_ARTICLE_TYPES = re.compile(r"(News)?Article$|BlogPosting$|Report$")


def _json_ld_address(tree) -> str | None:
    """The address a JSON-LD article gives itself ('url' or 'mainEntityOfPage'); http(s) only."""
    if tree is None:
        return None
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content())
        except (ValueError, RecursionError):
            continue
        for item in _json_ld_items(data):
            types = item.get("@type")
            if not any(_ARTICLE_TYPES.search(str(t)) for t in (types if isinstance(types, list) else [types])):
                continue
            page = item.get("mainEntityOfPage")
            for address in (item.get("url"), page.get("@id") if isinstance(page, dict) else page):
                if isinstance(address, str) and re.fullmatch(r"https?://[^\s\"'<>`]+", address.strip()):
                    return address.strip()
    return None


def _json_ld_items(data) -> list[dict]:
    items = data if isinstance(data, list) else [data]
    items = [i for i in items if isinstance(i, dict)]
    return items + [g for i in items if isinstance(i.get("@graph"), list) for g in i["@graph"] if isinstance(g, dict)]


# 'Read more: Ferry timetable changes', 'Related: ...': a pointer to another story.
# Markup of code shown as text ('<title><script>...' is text to the parser): never prose.
_CODE = re.compile(r"<\s*/?\s*(script|style|iframe|object|embed)\b", re.I)
_READ_MORE = re.compile(r"(read more|read also|also read|related|see also|more on this( story)?|recommended)\s*:", re.I)


def _is_dateline(paragraph: str) -> bool:
    """'January 22, 2025', 'Published 6 March 2025', 'Updated 3 hours ago': page furniture."""
    return len(paragraph.split()) <= 6 and bool(
        clean_date(paragraph) or re.match(r"(last\s+)?(updated|published|posted)\b", paragraph, re.I))
