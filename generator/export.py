"""Stage 6 — export: the actors, positions and figures as CSV files for spreadsheets.

Run after the pages are rendered, into `docs/exports/`, so MkDocs copies the files into the
site like any other file of the docs folder and the Actors, Positions, Figures and Print
pages link them (`exports/actors.csv`, …). One row per record: the contract's fields, the
names of the actors an ID points to, and the title, outlet (`source`) and date of the
article a statement or figure comes from (for an actor: the titles and outlets of all its
articles, and the dates it was first and last seen).

Article text is untrusted. A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`,
a tab or a carriage return as a formula ("CSV injection"), so, as OWASP recommends, such a
text cell gets a leading single quote and every cell is quoted. So does a cell whose first
visible character is one of those after leading white space or in its full-width form
(`  =`, `＝`, `＠`), or that starts with a line feed or NUL: LibreOffice Calc 7.4 runs none
of these, but a spreadsheet (or a user's clean-up) that trims cells or folds full-width
forms to ASCII would; a quote shown at the start of a rare cell is the price. Numbers the generator
computed (value, low, high, mentions) are written as plain numbers, so they stay numbers.

The files are UTF-8 with a byte-order mark and CRLF line ends (RFC 4180): Excel reads a CSV
without the mark in the computer's legacy code page and garbles every non-ASCII name, while
LibreOffice, Google Sheets and Python (`encoding="utf-8-sig"`) read the mark and skip it.
"""
from __future__ import annotations

import csv
import io
import unicodedata
from pathlib import Path
from typing import Any, Callable

from .atomic import write_files_atomic
from .datafiles import read_list

EXPORT_DIR = "exports"
FORMULA_START = ("=", "+", "-", "@")
CONTROL_START = ("\t", "\r", "\n", "\0")
LIST_SEPARATOR = "; "


def inert(text: str) -> str:
    """A text cell no spreadsheet runs as a formula."""
    first_visible = unicodedata.normalize("NFKC", text.lstrip()[:1])   # '＝' -> '='
    return "'" + text if text.startswith(CONTROL_START) or first_visible in FORMULA_START else text


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return str(int(value)) if float(value).is_integer() else repr(value)
    if isinstance(value, (list, tuple)):
        value = LIST_SEPARATOR.join(str(v) for v in value if v not in (None, ""))
    return inert(str(value))


def to_csv(header: list[str], rows: list[list[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([cell(v) for v in row] for row in rows)
    return "\ufeff" + out.getvalue()


class _Lookup:
    """Names of actors and facts of articles, by ID; missing IDs give empty cells."""

    def __init__(self, data: Path) -> None:
        self.actor = {a.get("id"): a for a in read_list(data / "actors.yaml")}
        self.article = {a.get("id"): a for a in read_list(data / "articles.yaml")}

    def actor_name(self, actor_id: Any) -> str | None:
        return (self.actor.get(actor_id) or {}).get("name")

    def source(self, article_id: Any) -> list[Any]:
        """Title, outlet and date of an article."""
        article = self.article.get(article_id) or {}
        return [article.get("title"), article.get("source"), article.get("date")]


def _roles(roles: list[dict] | None) -> list[str]:
    return [f"{r.get('role')} ({r['date']})" if r.get("date") else str(r.get("role"))
            for r in roles or [] if isinstance(r, dict) and r.get("role")]


def _actor_rows(actors: list[dict], look: _Lookup) -> list[list[Any]]:
    rows = []
    for a in actors:
        articles = [look.article[i] for i in a.get("articles") or [] if i in look.article]
        dates = sorted(str(d) for d in (art.get("date") for art in articles) if d)
        outlets = list(dict.fromkeys(art.get("source") for art in articles if art.get("source")))
        rows.append([a.get("id"), a.get("name"), a.get("aliases"), a.get("type"), a.get("role"), _roles(a.get("roles")),
                     a.get("affiliation"), look.actor_name(a.get("affiliation")), a.get("articles"),
                     a.get("mentions"), [art.get("title") for art in articles], outlets,
                     dates[0] if dates else None, dates[-1] if dates else None])
    return rows


def _position_rows(positions: list[dict], look: _Lookup) -> list[list[Any]]:
    return [[p.get("id"), p.get("actor"), look.actor_name(p.get("actor")), p.get("speaker"), p.get("cue"),
             p.get("text"), p.get("direct"), p.get("sentence"), p.get("article"), *look.source(p.get("article"))]
            for p in positions]


def _figure_rows(figures: list[dict], look: _Lookup) -> list[list[Any]]:
    return [[f.get("id"), f.get("value"), f.get("low"), f.get("high"), f.get("text"), f.get("unit"),
             f.get("qualifier"), f.get("actor"), look.actor_name(f.get("actor")), f.get("source"), f.get("sentence"),
             f.get("article"), *look.source(f.get("article"))] for f in figures]


SOURCE_COLUMNS = ["article_title", "outlet", "article_date"]
EXPORTS: dict[str, tuple[list[str], Callable[[list[dict], _Lookup], list[list[Any]]]]] = {
    "actors": (["id", "name", "aliases", "type", "role", "roles", "affiliation", "affiliation_name", "articles",
                "mentions", "article_titles", "outlets", "first_seen", "last_seen"], _actor_rows),
    "positions": (["id", "actor", "actor_name", "speaker", "cue", "text", "direct", "sentence", "article",
                   *SOURCE_COLUMNS], _position_rows),
    "figures": (["id", "value", "low", "high", "text", "unit", "qualifier", "actor", "actor_name", "source", "sentence",
                 "article", *SOURCE_COLUMNS], _figure_rows),
}


def export_tables(data: Path) -> dict[str, str]:
    """File name -> CSV text, for every export."""
    look = _Lookup(data)
    return {f"{name}.csv": to_csv(header, rows_of(read_list(data / f"{name}.yaml"), look))
            for name, (header, rows_of) in EXPORTS.items()}


def write_exports(data: Path, docs: Path) -> list[Path]:
    """Write the CSV files into docs/exports/ (atomically, and only those that changed, so
    `mkdocs serve` does not rebuild in a loop); return the files written."""
    folder = docs / EXPORT_DIR
    changed = {}
    for name, text in export_tables(data).items():
        path = folder / name
        if not path.exists() or path.read_bytes() != text.encode("utf-8"):
            changed[path] = text
    return write_files_atomic(changed) if changed else []
