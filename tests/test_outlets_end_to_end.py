"""Articles as people have them, through `briefing build`: saved pages from several outlets
(one wire report carried by two), an Atom feed with two entries, a Markdown press release and
a .txt article with header lines (all invented, in tests/fixtures/outlets/)."""
from __future__ import annotations

import re
import shutil
from html import unescape
from pathlib import Path

import pytest
import yaml

from conftest import PROJECT, build_site
from test_injection import visible_text

pytestmark = pytest.mark.slow     # builds a site

FIXTURES = PROJECT / "tests" / "fixtures" / "outlets"
BOILERPLATE = ("cookie", "newsletter", "Advertisement", "Sponsored", "Related stories", "More from",
               "Reader77", "comment on this story", "Copyright", "All rights reserved", "Subscribe", "Share this story",
               "Log in", "By Mara Quill", "Holiday cottages", "Front page")


@pytest.fixture(scope="module")
def outlets_site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("outlets")
    shutil.copytree(FIXTURES, out / "seeds")
    return build_site(out / "seeds", out)


def test_six_articles_with_their_titles_dates_outlets_bylines_and_addresses(outlets_site):
    seeds = outlets_site / "seeds"
    articles = yaml.safe_load((outlets_site / "data" / "articles.yaml").read_text())
    fields = ("id", "title", "path", "date", "source", "author", "url", "copies")
    got = [{k: a.get(k) for k in fields} for a in articles]
    assert got == [
        {"id": "coastal-times-dam", "title": "Dam deal lets water through, for now",
         "path": f"{seeds}/coastal-times-dam.htm", "date": "2030-05-06", "source": "Coastal Times",
         "author": "Jon Ash", "url": "https://coastal.example/news/2030/05/06/dam-deal",
         "copies": [{"path": f"{seeds}/northern-ledger-velmor.html", "source": "The Northern Ledger",
                     "url": "https://ledger.example/world/velmor-dam-deal", "date": "2030-05-06"}]},
        {"id": "kessa-weekly-market", "title": "Kessa market traders count the cost of low water",
         "path": f"{seeds}/kessa-weekly-market.txt", "date": "2030-05-03", "source": "Kessa Weekly",
         "author": "Noor Vasquez", "url": "https://kessaweekly.example/market-low-water", "copies": []},
        {"id": "ministry-press-release", "title": "Ministry sets out drought plan for river farms",
         "path": f"{seeds}/ministry-press-release.md", "date": "2030-05-07", "source": "Ministry of Water",
         "author": "Press Office of the Ministry of Water",
         "url": "https://water.example/press/2030-05-07-drought-plan", "copies": []},
        {"id": "river-desk-farmers-union-calls-for-a-water-price-freeze",
         "title": "Farmers' union calls for a water price freeze", "path": f"{seeds}/river-desk.atom",
         "date": "2030-05-04", "source": "River Desk", "author": "Ida Penn",
         "url": "https://riverdesk.example/2030/05/farmers-price-freeze", "copies": []},
        {"id": "river-desk-river-levels-fall-to-a-ten-year-low", "title": "River levels fall to a ten-year low",
         "path": f"{seeds}/river-desk.atom", "date": "2030-05-05", "source": "River Desk", "author": None,
         "url": "https://riverdesk.example/2030/05/river-levels-low", "copies": []},
        {"id": "valley-post-bridge", "title": "Arden council closes Mill Street bridge for repairs",
         "path": f"{seeds}/valley-post-bridge.html", "date": "2030-05-02", "source": "Valley Post",
         "author": "Petra Holm", "url": "https://valleypost.example/arden/mill-street-bridge", "copies": []},
    ]
    summary_only = [a["id"] for a in articles if a.get("summary_only")]
    assert summary_only == ["river-desk-river-levels-fall-to-a-ten-year-low"]


def test_no_boilerplate_in_any_article_text(outlets_site):
    records = yaml.safe_load((outlets_site / "data" / "sentences.yaml").read_text())
    text = "\n".join(s for r in records for s in r["sentences"])
    for phrase in BOILERPLATE:
        assert phrase.lower() not in text.lower(), phrase
    assert "The talks are due to resume next month in the border town of Kessa." in text
    assert text.count("Engineers at the Velmor dam began releasing water") == 1     # the wire story once


def test_sources_page_lists_outlets_counts_and_the_folded_copy(outlets_site):
    html = unescape((outlets_site / "site" / "sources" / "index.html").read_text())
    rows = re.findall(r'<tr><td><a href="#outlet-\d+">([^<]+)</a></td><td class="number">(\d+)</td>'
                      r'<td class="number">(\d+)</td></tr>', html)
    assert sorted(rows) == sorted([("River Desk", "2", "0"), ("Coastal Times", "1", "0"),
                                   ("Kessa Weekly", "1", "0"), ("Ministry of Water", "1", "0"),
                                   ("Valley Post", "1", "0"), ("The Northern Ledger", "0", "1")])
    assert "Copy of Dam deal lets water through, for now (2030-05-06)" in visible_text(html)


def test_timeline_runs_newest_first_with_positions(outlets_site):
    html = unescape((outlets_site / "site" / "timeline" / "index.html").read_text())
    dates = re.findall(r"<h2 id=\"a-\d+\">(\d{4}-\d{2}-\d{2})", html)
    assert dates == ["2030-05-07", "2030-05-06", "2030-05-05", "2030-05-04", "2030-05-03", "2030-05-02"]
    assert "painful but unavoidable" in visible_text(html)


def test_home_page_says_over_which_dates_and_from_how_many_outlets(outlets_site):
    page = visible_text((outlets_site / "site" / "index.html").read_text())
    assert "Articles dated 2030-05-02 to 2030-05-07; from 6 outlets" in page


def test_every_statement_on_an_actor_page_shows_outlet_and_date(outlets_site):
    actors = yaml.safe_load((outlets_site / "data" / "actors.yaml").read_text())
    task = next(a for a in actors if a["name"] == "Oren Task")
    html = (outlets_site / "site" / "actors" / task["id"] / "index.html").read_text()
    statements = re.findall(r'<ul class="positions">(.*?)</ul>', html, re.S)
    items = [visible_text(li) for block in statements for li in re.findall(r"<li>(.*?)</li>", block, re.S)]
    assert len(items) >= 2
    for item in items:
        assert re.search(r"source \((Coastal Times, 2030-05-06|Ministry of Water, 2030-05-07)\)", item), item


def test_nothing_executable_from_pages_or_feeds_reaches_the_site(outlets_site):
    for page in (outlets_site / "site").rglob("*.html"):
        html = page.read_text()
        assert "alert(" not in html, page
        assert not re.search(r"<iframe|\son(load|error|click)=|href=\"javascript:", html, re.I), page
    for page in (outlets_site / "docs").rglob("*.md"):
        assert "alert(" not in page.read_text(), page
