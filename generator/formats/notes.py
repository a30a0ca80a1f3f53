"""Articles people write or paste themselves: Markdown with YAML front matter, and plain
text with optional header lines ("Title: ...", "Date: ..."); both with the keys title,
date, source, url, author."""
from __future__ import annotations

import re

from ..model import BriefingError
from ..safeload import load_yaml
from . import Piece
from .metadata import clean_author, clean_date, clean_text

MAX_FRONT_MATTER_BYTES = 64_000
MAX_HEADLINE_WORDS = 20      # a longer first line is no headline (read.headline_of too)
_FIELDS = ("title", "date", "source", "url", "author")
_ALIASES = {"outlet": "source", "byline": "author", "link": "url"}    # other names people give a field
_HEADER = re.compile(rf"^({'|'.join([*_FIELDS, *_ALIASES])})\s*:\s*(.+)$", re.I)
# Press-release furniture: 'FOR IMMEDIATE RELEASE' before the text, and an end mark
# ('###', '-ends-') after which come notes to editors and contacts, not the story.
_RELEASE_NOTICE = re.compile(r"^[ \t]*[*_]*for immediate release[.:]?[*_]*[.:]?[ \t]*", re.I | re.M)
_END_OF_RELEASE = re.compile(r"^[ \t]*(#{3}|[-–—]?[ \t]*ends[ \t]*[-–—]?)[ \t]*$", re.I | re.M)


def markdown_piece(text: str, name: str) -> Piece:
    meta, body = {}, text
    match = re.match(r"\A---[ \t]*\n(.*?)\n(---|\.\.\.)[ \t]*(\n|\Z)", text, re.S)
    if match:
        data = load_yaml(match.group(1), f"{name} (front matter)", max_bytes=MAX_FRONT_MATTER_BYTES,
                         max_aliases=20, max_items=1_000)
        if data is not None and not isinstance(data, dict):
            raise BriefingError(f"{name}: front matter is not a mapping of keys to values")
        meta = {_ALIASES.get(str(k).lower(), str(k).lower()): v for k, v in (data or {}).items()}
        body = text[match.end():]
    return _piece(meta, _plain(body))


def is_header_line(line: str) -> bool:
    """'Date: 2026-03-04', 'Source: City Desk': a line of the article's metadata."""
    return header_field(line) is not None


def header_field(line: str) -> tuple[str, str] | None:
    """'Outlet: City Desk' -> ('source', 'City Desk'): a metadata line's key (aliases read as
    the key they stand for) and its value; None for a line of the story."""
    header = _HEADER.match(line.strip())
    if header is None:
        return None
    key = header.group(1).lower()
    return _ALIASES.get(key, key), header.group(2).strip()


def text_piece(text: str) -> Piece:
    """Header lines at the top ("Title: ...", "Date: ..."), or under a first line that is the
    headline ("Harbour to reopen", then "Date: ...", "Source: ..."); then the text as today.
    Either way the header lines are the article's metadata, no part of its story."""
    lines = text.split("\n")
    meta, end = _header_lines(lines, 0)
    headline = ""
    if not meta and _reads_as_headline(lines[0]):
        under = next((i for i in range(1, len(lines)) if lines[i].strip()), len(lines))
        meta, end = _header_lines(lines, under)
        headline = lines[0].strip().rstrip(":;").rstrip() + "\n\n"    # a headline by its place, whatever it ends on
    if not meta:
        return Piece(text=text)
    return _piece(meta, headline + "\n".join(lines[end:]).strip())


def _reads_as_headline(line: str) -> bool:
    """'Harbour to reopen': a first line that may be a headline, with metadata lines under it; a
    line ending a sentence ('X said the port would reopen.') or longer than a headline is the
    story's own, and a 'Source: ...' line under it credits a figure or goes on the story, no
    outlet of the article."""
    line = line.strip()
    return bool(line) and not line.endswith(".") and len(line.split()) <= MAX_HEADLINE_WORDS


def _header_lines(lines: list[str], start: int) -> tuple[dict[str, str], int]:
    """The metadata of the header lines from `start` on (aliases read as the field they stand
    for), and the index of the first line after them."""
    meta, end = {}, start
    while end < len(lines) and (field := header_field(lines[end])):
        meta[field[0]] = field[1]
        end += 1
    return meta, end


def _piece(meta: dict, body: str) -> Piece:
    title = clean_text(meta.get("title"))
    body = body.strip()
    if title and body.split("\n", 1)[0].strip() != title:
        body = f"{title}\n\n{body}"
    return Piece(text=body, title=title, date=clean_date(meta.get("date")), source=clean_text(meta.get("source")),
                 url=clean_text(meta.get("url")), author=clean_author(meta.get("author")))


def _plain(markdown: str) -> str:
    """Markdown as the plain text a reader sees: headings, emphasis, links and images reduced
    to their words; HTML tags and code fences dropped (article text is escaped on the site
    anyway; this only keeps markup out of sentences)."""
    text = re.split(_END_OF_RELEASE, markdown, maxsplit=1)[0]
    text = re.sub(r"```.*?```", "", text, flags=re.S)
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    text = re.sub(r"<(script|style|iframe)\b.*?</\1\s*>", "", text, flags=re.S | re.I)
    text = re.sub(r"<[^>\n]+>", "", text)
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", "", text)
    text = re.sub(r"^[ \t]*([-*+][ \t]+)?\[[^\]]*\]\([^)]*\)[ \t]*$", "", text, flags=re.M)     # 'Download the notice'
    text = re.sub(_RELEASE_NOTICE, "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^[ \t]{0,3}(#{1,6}|>|[-*+][ \t]|\d+\.[ \t])[ \t]*", "", text, flags=re.M)
    text = re.sub(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    paragraphs = [" ".join(line.strip() for line in p.split("\n") if line.strip()) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)
