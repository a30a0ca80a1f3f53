"""A big briefing in brief (site/digest.py): an actor's page reads in a minute, the home page
says what happened, and statements of actors that take opposite stances are shown side by
side. Data files written for the tests; every sentence is our own."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from generator.config import Config
from generator.datafiles import to_yaml, to_yaml_document
from generator.site import digest
from generator.site.render import render_site

ARTICLES = [
    {"id": "b1", "title": "Dam plan unveiled", "date": "2023-01-10", "source": "Harbor Wire"},
    {"id": "b2", "title": "Dam vote delayed", "date": "2023-02-14", "source": "The Northern Ledger"},
    {"id": "b3", "title": "Budget row in Kessa", "date": "2023-03-20", "source": "Harbor Wire"},
    {"id": "b4", "title": "Ferry returns", "date": None},
]
ACTORS = [
    {"id": "mara-velde", "name": "Mara Velde", "type": "person", "aliases": ["Velde"], "role": "mayor",
     "roles": [{"role": "councillor", "article": "b1", "date": "2023-01-10"},
               {"role": "councillor", "article": "b2", "date": "2023-02-14"},
               {"role": "mayor", "article": "b3", "date": "2023-03-20"}],
     "affiliation": "kessa-council", "articles": ["b1", "b2", "b3", "b4"], "mentions": 9},
    {"id": "kessa-council", "name": "Kessa Council", "type": "organization", "aliases": [], "role": None,
     "affiliation": None, "articles": ["b1", "b2", "b3"], "mentions": 3},
    {"id": "tomas-ruiz", "name": "Tomas Ruiz", "type": "person", "aliases": ["Ruiz"], "role": None,
     "affiliation": None, "articles": ["b2"], "mentions": 2},
]


def said(pid, actor, article, index, text, cue="said", direct=False, speaker=None):
    sentence = f"“{text},” {speaker or 'Velde'} {cue}." if direct else f"{speaker or 'Velde'} {cue} {text}."
    return {"id": pid, "actor": actor, "speaker": speaker or "Velde", "cue": cue, "text": text, "direct": direct,
            "sentence": sentence, "article": article, "sentence_index": index}


POSITIONS = [
    said("p1", "mara-velde", "b1", 1, "the river dam would bring cheap power"),
    said("p2", "mara-velde", "b1", 2, "The river dam is safe", direct=True),
    said("p3", "mara-velde", "b2", 1, "the river dam vote should wait until spring"),
    said("p4", "mara-velde", "b2", 2, "the river dam plan", cue="backed"),
    said("p5", "mara-velde", "b3", 1, "the school budget must grow"),
    said("p6", "mara-velde", "b3", 2, "Our school budget is too small", direct=True),
    said("p7", "mara-velde", "b4", 1, "the harbour ferry will run again", speaker="she"),
    said("p8", "tomas-ruiz", "b2", 3, "the river dam plan", cue="opposed", speaker="Ruiz"),
]
SENTENCES = [
    {"article": "b1", "paragraphs": [0, 1, 1], "sentences": [
        "Dam plan unveiled",
        "The council in Kessa unveiled a plan for a river dam that would bring cheap power to the valley.",
        "Councillor Mara Velde said the river dam would bring cheap power to every home in the valley."]},
    {"article": "b2", "paragraphs": [0, 1, 1, 1], "sentences": [
        "The council vote on the river dam was put off until the spring after a long night of debate.",
        "Velde said the vote should wait.", "She backed the plan.", "Tomas Ruiz opposed the river dam plan."]},
    {"article": "b3", "paragraphs": [0, 1, 1], "sentences": [
        "Mayor Mara Velde asked the council in Kessa to raise the school budget for the coming year.",
        "Velde said the school budget must grow.", "Our school budget is too small, she said."]},
    {"article": "b4", "paragraphs": [0, 1], "sentences": [
        "The harbour ferry to the islands will run again from May, the port said on Monday.",
        "She said the ferry will run again."]},
]


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("digest")
    data = root / "data"
    data.mkdir()
    articles = [{"path": f"seeds/{a['id']}.txt", "sha256": a["id"], "words": 20, **a} for a in ARTICLES]
    for name, items in (("articles", articles), ("actors", ACTORS), ("positions", POSITIONS),
                        ("figures", []), ("sentences", SENTENCES)):
        (data / f"{name}.yaml").write_text(to_yaml(items))
    (data / "meta.yaml").write_text(to_yaml_document({"generated": "2023-04-02 10:00 UTC", "articles": 4}))
    render_site(Config(data=data, docs=root / "docs"))
    return root / "docs"


def dates(article: str) -> str | None:
    return {a["id"]: a["date"] for a in ARTICLES}[article]


def test_statements_are_grouped_by_shared_subject_newest_first():
    df, n = digest.document_frequency([p["text"] for p in POSITIONS])
    mine = [p for p in POSITIONS if p["actor"] == "mara-velde"]
    groups = digest.group_statements(mine, ["Mara Velde", "Velde"], df, n, dates)
    assert [(g.label, [p["id"] for p in g.positions]) for g in groups] == [
        ("River dam", ["p3", "p4", "p1", "p2"]),     # 2023-02-14 before 2023-01-10; in an article, in order
        ("School budget", ["p5", "p6"]),
        (None, ["p7"]),                              # shares no subject with another statement
    ]


def test_a_word_every_statement_uses_makes_no_group():
    texts = ["the plan is ready", "the plan is late", "the plan is costly"]
    positions = [said(f"q{i}", "x", "b1", i, t) for i, t in enumerate(texts)]
    df, n = digest.document_frequency(["the plan is ready", "the plan is late", "the plan is costly", "ports open"])
    groups = digest.group_statements(positions, ["X"], df, n, dates)
    assert [(g.label, len(g.positions)) for g in groups] == [("Plan", 3)]
    # the actor's own name is no subject: "Velde" in two statements groups nothing
    own = [said("r1", "x", "b1", 1, "Velde will win"), said("r2", "x", "b1", 2, "Velde is tired")]
    assert [(g.label, len(g.positions)) for g in digest.group_statements(own, ["Velde"], Counter(), 2, dates)] \
        == [(None, 2)]


@pytest.mark.parametrize("cue, text, sentence, expected", [
    ("backed", "the plan", "Velde backed the plan.", "supports"),
    ("did not back", "the plan", "Velde did not back the plan.", None),    # the cue as the extraction gives it
    ("backed", "the plan", "Velde never backed the plan.", "opposes"),
    ("rejected", "the plan", "Velde rejected the plan.", "opposes"),
    ("denied", "the dam was unsafe", "Velde denied the dam was unsafe.", "denies"),
    ("said", "the dam was unsafe", "Velde said the dam was unsafe.", "claims"),
    ("said", "the dam was not unsafe", "Velde said the dam was not unsafe.", None),
    ("asked", "whether the dam was safe", "Velde asked whether the dam was safe.", None),
])
def test_stance_comes_from_the_cue_and_a_negation_before_it(cue, text, sentence, expected):
    assert digest.stance({"cue": cue, "text": text, "sentence": sentence}) == expected


def test_opposite_stances_need_different_actors_and_a_shared_phrase():
    df, n = digest.document_frequency([p["text"] for p in POSITIONS])
    clashes = digest.opposite_stances(POSITIONS, df, n)
    assert [(c.subject, c.one["id"], c.other["id"]) for c in clashes] == [("river dam plan", "p4", "p8")]
    same_actor = [POSITIONS[3], {**POSITIONS[7], "actor": "mara-velde"}]
    assert digest.opposite_stances(same_actor, df, n) == []
    other_subject = [POSITIONS[3], said("s1", "tomas-ruiz", "b2", 4, "the school budget plan", cue="opposed")]
    assert digest.opposite_stances(other_subject, df, n) == []
    negated_claim = [said("t1", "mara-velde", "b1", 1, "the river dam plan is sound"),
                     said("t2", "tomas-ruiz", "b2", 1, "the river dam plan is not sound")]
    assert digest.opposite_stances(negated_claim, df, n) == []


def test_actor_page_opens_with_who_they_are_now_and_their_latest_statement(docs):
    page = (docs / "actors" / "mara-velde.md").read_text()
    summary = page.split('<p class="actor-summary">', 1)[1].split("</p>", 1)[0]
    assert summary == (
        'Mara Velde, mayor (<a href="../../actors/kessa-council/">Kessa Council</a>).\n'
        "7 statements in 4 articles, 2023&#45;01&#45;10 to 2023&#45;03&#45;20.\n"
        'Latest: said the school budget must grow — <a href="../../articles/b3/#s-1">source</a> '
        "(Harbor Wire, 2023&#45;03&#45;20).\n")
    assert '<h2 id="roles">Roles over time</h2>' in page
    assert ('<li>2023&#45;01&#45;10: councillor — <a href="../../articles/b1/">Dam plan unveiled</a></li>\n'
            '<li>2023&#45;03&#45;20: mayor — <a href="../../articles/b3/">Budget row in Kessa</a></li>\n</ul>') in page


def test_actor_page_shows_what_they_said_by_subject_with_date_and_outlet_long_groups_folded(docs):
    page = (docs / "actors" / "mara-velde.md").read_text()
    headings = [line for line in page.splitlines() if line.startswith("<h3")]
    assert headings == ['<h3 id="said-1">River dam (4)</h3>', '<h3 id="said-2">School budget (2)</h3>',
                        '<h3 id="said-3">Other statements (1)</h3>']
    dam = page.split('<h3 id="said-1">', 1)[1].split("<h3", 1)[0]
    assert dam.index("wait until spring") < dam.index("backed the river dam plan") < dam.index("cheap power")
    assert ('<li>said the river dam vote should wait until spring<br><small><a href="../../articles/b2/#s-1">source</a>'
            " (The Northern Ledger, 2023&#45;02&#45;14)</small></li>") in dam
    assert "<details><summary>1 more on River dam</summary>" in dam and dam.index("<details>") < dam.index("The river dam is safe")
    other = page.split('<h3 id="said-3">', 1)[1]
    assert '<li>said the harbour ferry will run again<br><small><a href="../../articles/b4/#s-1">source</a></small></li>' \
        in other                   # no pronoun speaker, no outlet or date where the article gives none


def test_home_page_says_what_happened_in_sentences_linked_to_their_sources(docs):
    home = (docs / "index.md").read_text()
    lede = home.split('<p class="lede">', 1)[1].split("</p>", 1)[0]
    linked = [part.split('"', 1)[0] for part in lede.split('<a href="')[1:]]
    assert len(linked) == len({link.split("#")[0] for link in linked}) >= 3     # one sentence per article
    assert "Dam plan unveiled <small>" not in lede                             # not the headline again
    assert "The council vote on the river dam was put off until the spring after a long night of debate. " \
           '<small><a href="articles/b2/#s-0">source</a> (The Northern Ledger, 2023&#45;02&#45;14)</small>' in lede


def test_opposite_stances_are_shown_side_by_side_and_flagged_on_the_home_page(docs):
    page = (docs / "disagreements.md").read_text()
    row = page.split('<table class="stances">', 1)[1].split("<tr><td>", 1)[1].split("</tr>", 1)[0]
    assert row.startswith("river dam plan</td>")
    assert row.index('<a href="../actors/mara-velde/">Mara Velde</a></strong> backed the river dam plan') \
        < row.index('<a href="../actors/tomas-ruiz/">Tomas Ruiz</a></strong> opposed the river dam plan')
    assert '<a href="disagreements/#actors-disagree">see where</a>' in (docs / "index.md").read_text()


def test_an_adverb_of_time_makes_no_group():
    """'soon' in two statements says when, not what about: no 'Soon' heading on the page."""
    texts = ["the economy would soon rebound", "prices will soon fall", "the port reopens"]
    positions = [said(f"s{i}", "x", "b1", i, t) for i, t in enumerate(texts)]
    df, n = digest.document_frequency(texts + ["ferries run", "roads close"])
    groups = digest.group_statements(positions, ["X"], df, n, dates)
    assert [(g.label, len(g.positions)) for g in groups] == [(None, 3)]


@pytest.mark.parametrize("texts, expected", [
    # a verb, an adjective or an adverb the statements share names no subject
    (["the firm paid its staff late", "the union was paid nothing", "the port reopens"], [(None, 3)]),
    (["the mayor was elected unopposed", "no one elected her", "the port reopens"], [(None, 3)]),
    (["aid will reach hundreds of millions", "we gave six million", "the port reopens"], [(None, 3)]),
    # a noun does, and so does a name written with a capital inside the statements
    (["the debt must be cut", "our debt is too high", "the port reopens"], [("Debt", 2), (None, 1)]),
    (["talks with Velmora will resume", "the ferry to Velmora is late", "the port reopens"],
     [("Velmora", 2), (None, 1)]),
])
def test_a_one_word_subject_is_a_noun_or_a_name(texts, expected):
    positions = [said(f"t{i}", "x", "b1", i, t) for i, t in enumerate(texts)]
    df, n = digest.document_frequency(texts + ["ferries run", "roads close"])
    groups = digest.group_statements(positions, ["X"], df, n, dates)
    assert [(g.label, len(g.positions)) for g in groups] == expected
