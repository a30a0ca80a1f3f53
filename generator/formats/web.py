"""Saved web pages: the article's text without navigation, banners, newsletters, related
links, comments or footers, and its metadata from JSON-LD, Open Graph and meta tags (the
page text as fallback), by trafilatura; the date by htmldate through it.

lxml's HTML parser, which trafilatura uses, neither loads external entities nor expands
entities declared in a DTD, and scripts, styles and event handlers are not text: none of
them can reach an article.
"""
from __future__ import annotations

import logging

import trafilatura

from ..model import BriefingError
from . import Piece
from .metadata import clean_author, clean_date

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
    try:
        found = trafilatura.bare_extraction(
            raw, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, include_links=False, favor_precision=True,
            deduplicate=True, date_extraction_params=_DATE_OPTIONS, prune_xpath=_PRUNE)
    except Exception as problem:    # trafilatura/lxml raise many kinds on broken markup
        raise BriefingError(f"{name}: cannot read this web page ({type(problem).__name__})") from None
    if found is None or not (found.text or "").strip():
        raise BriefingError(f"{name}: web page without article text")
    title = (found.title or "").strip() or None
    body = found.text.strip()
    first, _, rest = body.partition("\n")
    if title and first.strip() == title:      # the page's own headline; put back below
        body = rest.strip()
    paragraphs = [line.strip() for line in body.split("\n") if line.strip()]
    if not paragraphs:
        raise BriefingError(f"{name}: web page without article text")
    text = "\n\n".join(([title] if title else []) + paragraphs)
    return Piece(text=text, title=title, date=clean_date(found.date), source=(found.sitename or found.hostname or None),
                 url=found.url or None, author=clean_author(found.author))
