"""Rendering from data written for the tests: pages, links and the facts they show."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.config import Config
from generator.model import BriefingError
from generator.site.escaping import escape, page_title
from generator.site.render import render_site, root_of
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


def mention(sentences: list[str], index: int, text: str, actor_id: str) -> list:
    """[sentence index, start, end, actor ID] of the first `text` in sentence `index`."""
    start = sentences[index].index(text)
    return [index, start, start + len(text), actor_id]


A1 = ["Jan Novak said 200 fighters surrendered.", "Novak thanked the Northern Alliance."]
A2 = ["Some 400 fighters surrendered, the Alliance said.", "\"We will not stop,\" he said."]
SENTENCES = [
    {"article": "a1", "sentences": A1, "paragraphs": [0, 0],
     "mentions": [mention(A1, 0, "Jan Novak", "jan-novak"), mention(A1, 1, "Novak", "jan-novak"),
                  mention(A1, 1, "Northern Alliance", "northern-alliance")]},
    {"article": "a2", "sentences": A2, "paragraphs": [0, 2],
     "mentions": [mention(A2, 0, "Alliance", "northern-alliance"), mention(A2, 1, "he", "someone-hidden")]},
]


def write_data(data: Path, sentences: list[dict]) -> Path:
    data.mkdir()
    for name, items in (("articles", ARTICLES), ("actors", ACTORS), ("positions", POSITIONS),
                        ("figures", FIGURES), ("sentences", sentences)):
        (data / f"{name}.yaml").write_text(to_yaml(items))
    (data / "meta.yaml").write_text(to_yaml_document({"generated": "2001-11-21 10:00 UTC", "articles": 2}))
    return data


@pytest.fixture
def docs(tmp_path) -> Path:
    render_site(Config(data=write_data(tmp_path / "data", SENTENCES), docs=tmp_path / "docs"))
    return tmp_path / "docs"


def test_actor_page_is_a_dossier(docs):
    page = (docs / "actors" / "jan-novak.md").read_text()
    assert '<th scope="row">Role</th><td>spokesman</td>' in page
    assert '<th scope="row">Affiliation</th><td><a href="../../actors/northern-alliance/">Northern Alliance</a>' in page
    assert '<li>“We will not stop”<br><small><a href="../../articles/a2/#s-1">source</a> (2001&#45;11&#45;21)</small></li>' \
        in page                                                               # a direct quote as a quote
    assert "<li>said 200 fighters surrendered<br>" in page                    # reported speech
    assert 'href="../../articles/a1/#s-0"' in page                            # traceable to the sentence
    assert '<th scope="row">First seen</th><td><a href="../../articles/a1/">Surrender talks</a> (2001&#45;11&#45;20)' in page
    assert '<th scope="row">Last seen</th><td><a href="../../articles/a2/">More surrenders</a> (2001&#45;11&#45;21)' in page


def test_body_page_lists_its_members(docs):
    page = (docs / "actors" / "northern-alliance.md").read_text()
    assert '<h2 id="members">Members</h2>' in page and '<li><a href="../../actors/jan-novak/">Jan Novak</a> — spokesman</li>' in page


def test_a_persons_page_lists_staff_not_members(tmp_path):
    aide = {"id": "eva-lind", "name": "Eva Lind", "type": "person", "aliases": [], "role": "aide",
            "affiliation": "jan-novak", "articles": ["a1"], "mentions": 1}
    data = write_data(tmp_path / "data", SENTENCES)
    (data / "actors.yaml").write_text(to_yaml(ACTORS + [aide]))
    render_site(Config(data=data, docs=tmp_path / "docs"))
    page = (tmp_path / "docs" / "actors" / "jan-novak.md").read_text()
    assert '<h2 id="members">Staff and aides</h2>' in page and "Members" not in page
    assert '<li><a href="../../actors/eva-lind/">Eva Lind</a> — aide</li>' in page


def test_a_figure_of_an_unnamed_source_says_who_claims_it_in_words(tmp_path):
    unnamed = {**FIGURES[1], "source": "a <b>senior</b> official"}
    data = write_data(tmp_path / "data", SENTENCES)
    (data / "figures.yaml").write_text(to_yaml([FIGURES[0], unnamed]))
    render_site(Config(data=data, docs=tmp_path / "docs"))
    page = (tmp_path / "docs" / "figures.md").read_text()
    row = next(line for line in page.splitlines() if "<td>400</td>" in line)
    assert "<td>a &#60;b&#62;senior&#60;/b&#62; official</td>" in row       # in words, escaped, no link


def test_disagreeing_figures_of_one_story_are_flagged(docs):
    home = (docs / "index.md").read_text()
    assert '<a href="disagreements/">see where</a>' in home
    page = (docs / "disagreements.md").read_text()
    assert '<td class="number">200</td>' in page and '<td class="number">400</td>' in page


def test_article_page_anchors_every_sentence_and_links_the_mentions_extraction_found(docs):
    page = (docs / "articles" / "a2.md").read_text()
    assert '<span class="sentence" id="s-0">Some 400 fighters surrendered, the '\
        '<a class="actor-mention" href="../../actors/northern-alliance/">Alliance</a> said.</span>' in page
    # a mention of an actor that is not on the site (hidden) stays plain text
    assert '<span class="sentence" id="s-1">&#34;We will not stop,&#34; he said.</span>' in page
    assert page.count("<p><span") == 2                                      # two paragraphs
    page = (docs / "articles" / "a1.md").read_text()
    assert '<span class="sentence" id="s-1"><a class="actor-mention" href="../../actors/jan-novak/">Novak</a> '\
        'thanked the <a class="actor-mention" href="../../actors/northern-alliance/">Northern Alliance</a>.</span>' in page


def test_relations_count_actors_mentioned_in_the_same_sentence(docs):
    page = (docs / "relations.md").read_text()
    named_together = re.findall(r"<li>.* sentences?</li>", page)
    assert named_together == ['<li><a href="../actors/jan-novak/">Jan Novak</a> and '
                              '<a href="../actors/northern-alliance/">Northern Alliance</a>: 1 sentence</li>']


def test_without_mentions_article_text_is_plain_and_nothing_is_counted(tmp_path):
    plain = [{k: v for k, v in record.items() if k != "mentions"} for record in SENTENCES]
    render_site(Config(data=write_data(tmp_path / "data", plain), docs=tmp_path / "docs"))
    for page in ("articles/a1.md", "articles/a2.md"):
        assert 'class="actor-mention"' not in (tmp_path / "docs" / page).read_text()
    assert re.findall(r"<li>.* sentences?</li>", (tmp_path / "docs" / "relations.md").read_text()) == []


@pytest.mark.parametrize("bad, problem", [
    ([0, 0, 99, "jan-novak"], "lies outside its sentence"),
    ([5, 0, 3, "jan-novak"], "lies outside its sentence"),
    ([0, "0", 3, "jan-novak"], "is not [sentence, start, end, actor id]"),
    ([0, 0, 3], "is not [sentence, start, end, actor id]"),
])
def test_broken_mentions_stop_the_render_naming_the_file(tmp_path, bad, problem):
    broken = [SENTENCES[0], {**SENTENCES[1], "mentions": [bad]}]
    data = write_data(tmp_path / "data", broken)
    with pytest.raises(BriefingError) as caught:
        render_site(Config(data=data, docs=tmp_path / "docs"))
    assert str(caught.value).startswith(f"{data / 'sentences.yaml'}: entry 2 (a2): mention ")
    assert problem in str(caught.value)


def test_overlapping_mentions_stop_the_render(tmp_path):
    overlapping = [{**SENTENCES[0], "mentions": [[0, 0, 9, "jan-novak"], [0, 4, 9, "jan-novak"]]}]
    with pytest.raises(BriefingError, match="out of order or overlaps"):
        render_site(Config(data=write_data(tmp_path / "data", overlapping), docs=tmp_path / "docs"))


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
