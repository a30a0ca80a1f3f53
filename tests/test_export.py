"""CSV exports of actors, positions and figures: read back with Python's csv module, and no
cell of a hostile article is a live spreadsheet formula."""
from __future__ import annotations

import csv
import posixpath
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
import yaml

from conftest import briefing
from generator.export import cell, to_csv


def live(value: str) -> bool:
    """Would some spreadsheet run this cell? It starts with a control character, or its first
    visible character, full-width forms read as ASCII, starts a formula."""
    first = unicodedata.normalize("NFKC", value.lstrip()[:1])
    return value.startswith(("\t", "\r", "\n", "\0")) or first in ("=", "+", "-", "@")


def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), f"{path}: no UTF-8 byte-order mark"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("value, expected", [
    ("=1+2", "'=1+2"), ("+31 20 555", "'+31 20 555"), ("-2+3", "'-2+3"), ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
    ("\t=1+2", "'\t=1+2"), ("\r=1+2", "'\r=1+2"), ("a = b", "a = b"), ("Kunduz", "Kunduz"), ("", ""),
    (None, ""), (True, "yes"), (False, "no"), (1000.0, "1000"), (-5, "-5"), (2.5, "2.5"),
    (["=a", "b"], "'=a; b"), (["b", "=a"], "b; =a"), ([], ""),
    # after white space (a spreadsheet may trim it), full-width (may be read as ASCII), LF, NUL
    (" =1+2", "' =1+2"), ("\u3000=1+2", "'\u3000=1+2"), ("\u00a0@SUM(A1)", "'\u00a0@SUM(A1)"),
    ("\uff1d1+2", "'\uff1d1+2"), ("\uff0b31 20", "'\uff0b31 20"), ("\uff0d2+3", "'\uff0d2+3"),
    ("\uff20SUM(A1)", "'\uff20SUM(A1)"), ("\n=1+2", "'\n=1+2"), ("\0=1", "'\0=1"),
    (" Kunduz", " Kunduz"), ("Kunduz \uff1d 1", "Kunduz \uff1d 1"), ("   ", "   "),
])
def test_cells_a_spreadsheet_would_run_get_a_leading_quote(value, expected):
    assert cell(value) == expected


def test_every_cell_is_quoted_and_reads_back():
    text = to_csv(["id", "text"], [["x", 'He said "=1+2", then left\non a new line'], ["y", 7]])
    assert text == ('\ufeff"id","text"\r\n"x","He said ""=1+2"", then left\non a new line"\r\n"y","7"\r\n')
    rows = list(csv.reader(text.lstrip("\ufeff").splitlines(keepends=True)))
    assert rows == [["id", "text"], ["x", 'He said "=1+2", then left\non a new line'], ["y", "7"]]


HOSTILE = '''=HYPERLINK("http://evil.example/","Open the report")

Tom Reed is the mayor of Lakeside.
"=cmd|' /C calc'!A0 is how the budget adds up," said Tom Reed.
"@SUM(1+1)*cmd|' /C calc'!A0 explains the cost," Jane Morrow said on Tuesday.
Tom Reed said that more than 1,000 residents had signed the petition.
'''
# header lines give the outlet and title verbatim: full-width and space-led formulas
HOSTILE_HEADERS = '''Title: \uff20SUM(A1:A9)
Source:  \uff1dHYPERLINK("http://evil.example/","Harbor Wire")

Pier vote delayed

Tom Reed said that the vote on the pier would wait until June.
'''


@pytest.fixture(scope="module")
def hostile_exports(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("csv-hostile")
    (out / "seeds").mkdir()
    (out / "seeds" / "lakeside.txt").write_text(HOSTILE, encoding="utf-8")
    (out / "seeds" / "pier.txt").write_text(HOSTILE_HEADERS, encoding="utf-8")
    for command in (["extract", "--seeds", str(out / "seeds")], ["render", "--docs", str(out / "docs")]):
        result = briefing(*command, "--data", str(out / "data"), cwd=out)
        assert result.returncode == 0, result.stderr
    return out / "docs" / "exports"


@pytest.mark.slow      # runs the command line (extract, render)
def test_hostile_quotes_become_inert_text_cells(hostile_exports):
    positions = read_csv(hostile_exports / "positions.csv")
    obs = [(p["actor"], p["text"], p["direct"], p["article_title"]) for p in positions if p["article"] == "lakeside"]
    title = "'=HYPERLINK(\"http://evil.example/\",\"Open the report\")"
    assert obs == [
        ("tom-reed", "'=cmd|' /C calc'!A0 is how the budget adds up", "yes", title),
        ("jane-morrow", "'@SUM(1+1)*cmd|' /C calc'!A0 explains the cost", "yes", title),
        ("tom-reed", "more than 1,000 residents had signed the petition", "no", title),
    ]


@pytest.mark.slow
def test_no_cell_of_any_export_starts_a_formula(hostile_exports):
    for name in ("actors", "positions", "figures"):
        path = hostile_exports / f"{name}.csv"
        rows = read_csv(path)
        assert rows, f"{name}.csv has no rows"
        assert [value for row in rows for value in row.values() if live(value)] == [], name
        # every cell quoted: a spreadsheet reads each as text, whatever the separator setting
        for line in path.read_text(encoding="utf-8-sig").splitlines():
            assert line.startswith('"') and line.endswith('"'), line


def test_header_lines_with_full_width_formulas_become_inert_cells(hostile_exports):
    pier = [(p["article_title"], p["outlet"]) for p in read_csv(hostile_exports / "positions.csv")
            if p["article"] == "pier"]
    assert pier == [("'\uff20SUM(A1:A9)", "'\uff1dHYPERLINK(\"http://evil.example/\",\"Harbor Wire\")")]


SOFFICE = shutil.which("soffice")


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (apt-get install libreoffice-calc)")
def test_libreoffice_reads_the_hostile_exports_without_a_formula(hostile_exports, tmp_path):
    """Opened in a real spreadsheet with formula evaluation on: every row is there, no cell is a formula."""
    # CSV import options: comma, double quote, UTF-8, from line 1, ..., evaluate formulas (token 13)
    options = "CSV:44,34,76,1,,0,false,true,false,false,false,-1,true"
    for name in ("actors", "positions", "figures"):
        result = subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                                 f"--infilter={options}", "--convert-to", "fods", "--outdir", str(tmp_path),
                                 str(hostile_exports / f"{name}.csv")], capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        sheet = (tmp_path / f"{name}.fods").read_text(encoding="utf-8")
        assert "table:formula=" not in sheet, name
        rows = re.findall(r"<table:table-row\b", sheet)
        assert len(rows) == len(read_csv(hostile_exports / f"{name}.csv")) + 1, name


def test_seed_exports_hold_one_row_per_record_with_its_article(built):
    data = {name: yaml.safe_load((built / "data" / f"{name}.yaml").read_text()) for name in
            ("articles", "actors", "positions", "figures")}
    article = {a["id"]: a for a in data["articles"]}
    exports = built / "site" / "exports"
    actors = read_csv(exports / "actors.csv")
    positions = read_csv(exports / "positions.csv")
    figures = read_csv(exports / "figures.csv")
    assert [a["id"] for a in actors] == [a["id"] for a in data["actors"]]
    assert [p["id"] for p in positions] == [p["id"] for p in data["positions"]]
    assert [f["id"] for f in figures] == [f["id"] for f in data["figures"]]
    assert list(positions[0]) == ["id", "actor", "actor_name", "speaker", "cue", "text", "direct", "sentence",
                                  "article", "article_title", "outlet", "article_date"]

    rumsfeld = next(p for p in positions if p["actor"] == "donald-rumsfeld")
    source = article[rumsfeld["article"]]
    assert (rumsfeld["actor_name"], rumsfeld["article_title"], rumsfeld["outlet"], rumsfeld["article_date"]) == \
        ("Donald Rumsfeld", source["title"], source.get("source") or "", source.get("date") or "")
    assert "negotiated surrender" in rumsfeld["text"]

    dostum = next(a for a in actors if a["id"] == "abdul-rashid-dostum")
    assert (dostum["name"], dostum["type"], dostum["affiliation"], dostum["affiliation_name"]) == \
        ("Abdul Rashid Dostum", "person", "northern-alliance", "Northern Alliance")
    expected_aliases = next(a for a in data["actors"] if a["id"] == "abdul-rashid-dostum")["aliases"]
    assert dostum["aliases"] == "; ".join(expected_aliases)

    civilians = next(f for f in figures if f["unit"] == "civilians")
    assert (civilians["value"], civilians["text"], civilians["qualifier"]) == ("1000", "more than 1,000", "more than")


@pytest.mark.parametrize("page, names", [("actors/index.html", ["actors"]), ("positions/index.html", ["positions"]),
                                         ("figures/index.html", ["figures"]),
                                         ("print/index.html", ["actors", "positions", "figures"])])
def test_pages_link_the_exports(built, page, names):
    html = (built / "site" / page).read_text(encoding="utf-8")
    links = re.findall(r'href="([^"]+\.csv)"', html)
    targets = [posixpath.normpath(posixpath.join(posixpath.dirname(page), link)) for link in links]
    assert targets == [f"exports/{name}.csv" for name in names]
    assert all((built / "site" / t).is_file() for t in targets)
