"""Rendering from data written for the tests: pages, links and the facts they show."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.config import Config
from generator.escaping import escape, page_title
from generator.render import MentionFinder, render_site, root_of
from generator.datafiles import to_yaml, to_yaml_document

ARTICLES = [
    {"id": "a1", "title": "Surrender talks", "path": "seeds/a1.txt", "sha256": "x", "words": 20, "date": "2001-11-20"},
    {"id": "a2", "title": "More surrenders", "path": "seeds/a2.txt", "sha256": "y", "words": 20, "date": "2001-11-21"},
]
ACTORS = [
    {"id": "northern-alliance", "name": "Northern Alliance", "type": "organization", "aliases": ["Alliance"],
     "role": None, "affiliation": None, "articles": ["a1", "a2"], "mentions": 5},
    {"id": "jan-novak", "name": "Jan Novak", "type": "person", "aliases": ["Novak"], "role": "spokesman",
     "affiliation": "northern-alliance", "articles": ["a1", "a2"], "mentions": 3},
]
POSITIONS = [
    {"id": "a1-p-1", "actor": "jan-novak", "speaker": "Jan Novak", "cue": "said", "text": "200 fighters surrendered",
     "direct": False, "sentence": "Jan Novak said 200 fighters surrendered.", "article": "a1", "sentence_index": 0},
    {"id": "a2-p-1", "actor": "jan-novak", "speaker": "he", "cue": "said", "text": "We will not stop",
     "direct": True, "sentence": "\"We will not stop,\" he said.", "article": "a2", "sentence_index": 1},
]
FIGURES = [
    {"id": "a1-f-1", "value": 200, "low": None, "high": None, "text": "200", "unit": "fighters", "qualifier": None,
     "actor": "jan-novak", "sentence": "Jan Novak said 200 fighters surrendered.", "article": "a1", "sentence_index": 0},
    {"id": "a2-f-1", "value": 400, "low": None, "high": None, "text": "400", "unit": "fighters", "qualifier": None,
     "actor": None, "sentence": "Some 400 fighters surrendered, the Alliance said.", "article": "a2", "sentence_index": 0},
]
SENTENCES = [{"article": "a1", "sentences": ["Jan Novak said 200 fighters surrendered."], "paragraphs": [0]},
             {"article": "a2", "sentences": ["Some 400 fighters surrendered, the Alliance said.",
                                             "\"We will not stop,\" he said."], "paragraphs": [0, 2]}]


@pytest.fixture
def docs(tmp_path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    for name, items in (("articles", ARTICLES), ("actors", ACTORS), ("positions", POSITIONS),
                        ("figures", FIGURES), ("sentences", SENTENCES)):
        (data / f"{name}.yaml").write_text(to_yaml(items))
    (data / "meta.yaml").write_text(to_yaml_document({"generated": "2001-11-21 10:00 UTC", "articles": 2}))
    render_site(Config(data=data, docs=tmp_path / "docs"))
    return tmp_path / "docs"


def test_actor_page_is_a_dossier(docs):
    page = (docs / "actors" / "jan-novak.md").read_text()
    assert '<th scope="row">Role</th><td>spokesman</td>' in page
    assert '<th scope="row">Affiliation</th><td><a href="../../actors/northern-alliance/">Northern Alliance</a>' in page
    assert '<blockquote class="quote"><p>“We will not stop”</p>' in page      # a direct quote as a quote
    assert "said 200 fighters surrendered" in page                            # reported speech
    assert 'href="../../articles/a1/#s-0"' in page                            # traceable to the sentence
    assert '<th scope="row">First seen</th><td><a href="../../articles/a1/">Surrender talks</a> (2001&#45;11&#45;20)' in page
    assert '<th scope="row">Last seen</th><td><a href="../../articles/a2/">More surrenders</a> (2001&#45;11&#45;21)' in page


def test_body_page_lists_its_members(docs):
    page = (docs / "actors" / "northern-alliance.md").read_text()
    assert '<h2 id="members">Members</h2>' in page and '<li><a href="../../actors/jan-novak/">Jan Novak</a> — spokesman</li>' in page


def test_disagreeing_figures_of_one_story_are_flagged(docs):
    home = (docs / "index.md").read_text()
    assert '<a href="disagreements/">see where</a>' in home
    page = (docs / "disagreements.md").read_text()
    assert '<td class="number">200</td>' in page and '<td class="number">400</td>' in page


def test_article_page_anchors_every_sentence_and_links_actors(docs):
    page = (docs / "articles" / "a2.md").read_text()
    assert '<span class="sentence" id="s-0">' in page and '<span class="sentence" id="s-1">' in page
    assert '<a class="actor-mention" href="../../actors/northern-alliance/">Alliance</a>' in page
    assert page.count("<p><span") == 2                                      # two paragraphs


def test_stale_pages_are_removed(docs, tmp_path):
    (docs / "actors" / "someone-gone.md").write_text("# Gone\n")
    render_site(Config(data=tmp_path / "data", docs=docs))
    assert not (docs / "actors" / "someone-gone.md").exists()


def test_links_lead_from_each_page_url_to_the_site_root():
    assert [root_of(p) for p in ("index.md", "figures.md", "actors/index.md", "actors/x.md", "positions/by-article.md")] \
        == ["", "../", "../", "../../", "../../"]


@pytest.mark.parametrize("text", ["<script>x</script>", "[a](javascript:b)", "{{ x }}", "--8<-- 'f'", "| a |",
                                  "!!! note", "{: .c }", "<!-- c -->", "# h", "*b* _i_ `c`"])
def test_escape_leaves_no_markup_character(text):
    inert = re.sub(r"&#\d+;", "", escape(text))
    assert not set(inert) & set("<>[](){}|!#*_`-'\"&:=")


def test_page_title_cannot_break_out_of_html_or_yaml():
    title = page_title('A "title" <script> & \\\\ \'x\'')
    assert "<" not in title and ">" not in title and "&" not in title.replace("＆", "")
    assert title.startswith('"') and title.endswith('"')


FINDER_ACTORS = [{"id": "us", "name": "United States", "aliases": ["U.S.", "America"]},
                 {"id": "t", "name": "Taliban", "aliases": ["Afghan Taliban"]},
                 {"id": "q", "name": "al-Qaeda", "aliases": []},
                 {"id": "na", "name": "Northern Alliance", "aliases": ["Alliance"]}]


@pytest.mark.parametrize("sentence, expected", [
    ("The U.S. and the Afghan Taliban met al-Qaeda; America's plan failed.",
     [("U.S.", "us"), ("Afghan Taliban", "t"), ("al-Qaeda", "q"), ("America", "us")]),
    ("Talibans and Americana are not names here.", []),
    ("The Northern Alliance, and then the Alliance again.", [("Northern Alliance", "na"), ("Alliance", "na")]),
    ("Taliban-held towns near United States bases", [("Taliban", "t"), ("United States", "us")]),
    ("Taliban", [("Taliban", "t")]),
    ("U.S.-led forces", [("U.S.", "us")]),
    ("", []),
])
def test_actor_names_are_found_as_whole_words_longest_first(sentence, expected):
    finder = MentionFinder(FINDER_ACTORS)
    assert [(sentence[a:b], i) for a, b, i in finder.find(sentence)] == expected