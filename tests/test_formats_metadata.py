"""Metadata as outlets really give it: bylines with timestamps and desk names, dates in the
formats pages, feeds and people write, and pages with JSON-LD only, Open Graph only or
neither (whole records; all pages invented)."""
from __future__ import annotations

import pytest

from generator.formats.metadata import clean_author, clean_date
from generator.formats.web import page_piece


@pytest.mark.parametrize("byline, expected", [
    ("By Staff Reporter | Updated 3 hours ago", None),
    ("Staff Reporter; Updated", None),                 # what trafilatura makes of the line above
    ("Posted by admin", None),
    ("Newsdesk", None),
    ("Our Correspondent", None),
    ("Digital Desk", None),
    ("Updated: March 3, 2025", None),
    ("Jane Ostrow Published 2 hours ago", "Jane Ostrow"),
    ("By Jane Ostrow | 5 min read", "Jane Ostrow"),
    ("Jane Ostrow; Last updated", "Jane Ostrow"),
    ("By Jane Ostrow, Political Editor", "Jane Ostrow, Political Editor"),
    ("Jane Ostrow and Ravi Pell", "Jane Ostrow and Ravi Pell"),
    ("citydesk@metro.example (Lucan Ferris)", "Lucan Ferris"),
    ("Press Office of the Harbour Board", "Press Office of the Harbour Board"),
])
def test_bylines_keep_names_and_drop_boilerplate(byline, expected):
    assert clean_author(byline) == expected


@pytest.mark.parametrize("value, expected", [
    ("2025-03-07T10:00:00Z", "2025-03-07"),
    ("2025/03/07", "2025-03-07"),
    ("March 7, 2025", "2025-03-07"),
    ("Mar. 7, 2025", "2025-03-07"),
    ("7 Mar 2025", "2025-03-07"),
    ("7th March 2025", "2025-03-07"),
    ("Friday, 7 March 2025", "2025-03-07"),
    ("Fri, 07 Mar 2025 09:30:00 GMT", "2025-03-07"),
    ("Thu, 06 Mar 2025 23:30:00 -0500", "2025-03-06"),
    ("07/03/2025", None),             # day or month first? not guessed
    ("March 2025", None),
    ("Maybe 7, 2025", None),
    ("February 30, 2025", None),
    ("yesterday", None),
])
def test_dates_in_the_formats_outlets_write(value, expected):
    assert clean_date(value) == expected


BODY = ("<p>The county planning committee refused an application to extend the Whitestone quarry on Monday, "
        "after more than 400 residents objected to the plans.</p>"
        "<p>\"The blasting already shakes our windows twice a day,\" said Colm Hartigan, who lives on the lane "
        "beside the quarry.</p><p>The operator said it would appeal the decision.</p>")
TEXT = ("Quarry expansion refused\n\nThe county planning committee refused an application to extend the Whitestone "
        "quarry on Monday, after more than 400 residents objected to the plans.\n\n\"The blasting already shakes "
        "our windows twice a day,\" said Colm Hartigan, who lives on the lane beside the quarry.\n\n"
        "The operator said it would appeal the decision.")
JSON_LD = ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
           '{"@type": "WebSite", "name": "Upland Echo", "url": "https://uplandecho.example/"},'
           '{"@type": "NewsArticle", "headline": "Quarry expansion refused", "datePublished": "2025-01-20T07:00:00Z",'
           '"mainEntityOfPage": {"@id": "https://uplandecho.example/news/quarry-refused"},'
           '"author": {"@type": "Person", "name": "Nadia Rooke"},'
           '"publisher": {"@type": "Organization", "name": "Upland Echo"}}]}</script>')
OPEN_GRAPH = ('<meta property="og:title" content="Quarry expansion refused">'
              '<meta property="og:site_name" content="Upland Echo">'
              '<meta property="og:url" content="https://uplandecho.example/news/quarry-refused">'
              '<meta property="article:published_time" content="2025-01-20T07:00:00Z">')


@pytest.mark.parametrize("head, headline, byline, expected", [
    (JSON_LD, "<h1>Quarry expansion refused</h1>", "",
     ("2025-01-20", "Upland Echo", "https://uplandecho.example/news/quarry-refused", "Nadia Rooke")),
    (OPEN_GRAPH, "<h1>Quarry expansion refused</h1>", '<div class="byline">By Staff Reporter | Updated 3 hours ago</div>',
     ("2025-01-20", "Upland Echo", "https://uplandecho.example/news/quarry-refused", None)),
    # neither: the outlet from the <title>, whose first part is not the headline; no <h1>
    ("", "<h2>Quarry expansion refused</h2>", '<p class="byline">By Nadia Rooke</p><p>January 20, 2025</p>',
     ("2025-01-20", "Upland Echo", None, "Nadia Rooke")),
])
def test_pages_with_json_ld_open_graph_or_neither(head, headline, byline, expected):
    title = "Upland Echo — Quarry expansion refused" if not head else "Quarry expansion refused | Upland Echo"
    html = (f"<html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
            f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<article>{headline}{byline}{BODY}</article><footer>Upland Echo, all rights reserved</footer></body></html>")
    piece = page_piece(html.encode(), "quarry.html")
    assert (piece.title, piece.text) == ("Quarry expansion refused", TEXT)
    assert (piece.date, piece.source, piece.url, piece.author) == expected


RELEASE = """---
title: Coastal board opens offshore wind tender
date: March 3, 2025
source: Coastal Energy Board
url: https://coastalenergy.example/press/wind-tender
author: Communications Office
---

**FOR IMMEDIATE RELEASE**

# Coastal board opens offshore wind tender

The Coastal Energy Board said on Monday it would open a tender for two offshore wind farms in June.

## What bidders must show

"These farms could power half a million homes," said the board's chief executive, Rosalind Achebe.

[Download the tender notice](https://coastalenergy.example/tender.pdf)

###

Notes to editors: the board regulates energy on the coast. Media contact: press@coastalenergy.example
"""


def test_a_press_release_in_markdown_without_its_furniture(tmp_path):
    from generator.read import read_folder
    (tmp_path / "release.md").write_text(RELEASE)
    [a] = read_folder(tmp_path, tmp_path).articles
    assert (a.title, a.date, a.source, a.url, a.author, a.text) == (
        "Coastal board opens offshore wind tender", "2025-03-03", "Coastal Energy Board",
        "https://coastalenergy.example/press/wind-tender", "Communications Office",
        "Coastal board opens offshore wind tender\n\nThe Coastal Energy Board said on Monday it would open a tender "
        "for two offshore wind farms in June.\n\nWhat bidders must show\n\n\"These farms could power half a million "
        "homes,\" said the board's chief executive, Rosalind Achebe.")


def test_text_header_lines_with_a_mail_style_date_and_a_boilerplate_byline(tmp_path):
    from generator.read import read_folder
    (tmp_path / "school.txt").write_text(
        "Title: Eastfield school to close for repairs\nDate: Sun, 02 Mar 2025 18:00:00 +0000\n"
        "Source: Eastfield Courier\nURL: https://eastfieldcourier.example/schools/closure\n"
        "Author: By Staff Reporter | Updated 3 hours ago\n\n"
        "Eastfield Primary School will close for three weeks after inspectors found cracks in its roof.\n")
    [a] = read_folder(tmp_path, tmp_path).articles
    assert (a.title, a.date, a.source, a.url, a.author, a.text) == (
        "Eastfield school to close for repairs", "2025-03-02", "Eastfield Courier",
        "https://eastfieldcourier.example/schools/closure", None,
        "Eastfield school to close for repairs\n\nEastfield Primary School will close for three weeks after "
        "inspectors found cracks in its roof.")


def test_feed_entries_keep_the_day_their_outlet_gives_them(tmp_path):
    from generator.read import read_folder
    (tmp_path / "prairie.rss").write_text("""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Prairie Ledger</title>
<item><title>Grain elevator fire under control</title><link>https://prairieledger.example/elevator-fire</link>
<pubDate>Thu, 06 Mar 2025 21:30:00 -0600</pubDate>
<description>Firefighters brought a blaze at the Carrow grain elevator under control late on Thursday, the county fire chief said.</description></item>
<item><title>Seed prices steady</title><link>https://prairieledger.example/seed-prices</link>
<pubDate>2025-03-05T08:00:00+09:00</pubDate>
<description>Seed prices held steady through the first week of March, the farmers' cooperative said on Wednesday.</description></item>
</channel></rss>""")
    articles = read_folder(tmp_path, tmp_path).articles
    assert [(a.title, a.date, a.source) for a in articles] == [
        ("Grain elevator fire under control", "2025-03-06", "Prairie Ledger"),
        ("Seed prices steady", "2025-03-05", "Prairie Ledger")]


def test_a_page_naming_its_outlet_only_in_the_title_and_pointing_to_another_story():
    html = """<!doctype html><html><head><meta charset="utf-8"><title>Ferry fares to rise in May – The Island Voice</title>
<meta name="author" content="Staff"><link rel="canonical" href="https://islandvoice.example/news/ferry-fares-may"></head>
<body><div class="masthead">The Island Voice</div><article><header><h1>Ferry fares to rise in May</h1>
<p>By <a rel="author" href="/authors/kit">Kit Morrow</a> · <time datetime="2025-04-02T06:00:00+01:00">2 April 2025</time></p></header>
<p>Ferry fares between the island and the mainland will rise by 8 percent in May, the ferry company announced on Wednesday.</p>
<p>"Fuel has gone up and we have held prices for two years," said the company's chief executive, Bram Tollet.</p>
<p>Read more: <a href="/x">Ferry timetable changes</a></p></article>
<div class="newsletter">Sign up to our newsletter</div></body></html>"""
    piece = page_piece(html.encode(), "ferry.html")
    assert (piece.title, piece.date, piece.source, piece.url, piece.author, piece.text) == (
        "Ferry fares to rise in May", "2025-04-02", "The Island Voice", "https://islandvoice.example/news/ferry-fares-may",
        "Kit Morrow", "Ferry fares to rise in May\n\nFerry fares between the island and the mainland will rise by "
        "8 percent in May, the ferry company announced on Wednesday.\n\n\"Fuel has gone up and we have held prices "
        "for two years,\" said the company's chief executive, Bram Tollet.")


def test_metadata_text_loses_tags_but_keeps_comparisons():
    from generator.formats.metadata import clean_text
    assert [clean_text(v) for v in ("<b>Harbor</b>  Post", "Shares fall <3% as rates pass > 4%", "  ")] == [
        "Harbor Post", "Shares fall <3% as rates pass > 4%", None]
