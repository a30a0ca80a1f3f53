"""Every source link of a position or a figure says which outlet ran the article and when."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.config import Config
from generator.datafiles import to_yaml, to_yaml_document
from generator.site.render import render_site
from test_render import ACTORS, FIGURES, POSITIONS, SENTENCES

ARTICLES = [
    {"id": "a1", "title": "Surrender talks", "path": "seeds/a1.html", "sha256": "x", "words": 20,
     "date": "2001-11-20", "source": "Kabul Courier", "url": "https://courier.example/talks"},
    {"id": "a2", "title": "More surrenders", "path": "seeds/a2.rss", "sha256": "y", "words": 20,
     "date": "2001-11-21", "source": "Frontier Wire"},
]
LABELS = {"a1": " (Kabul Courier, 2001&#45;11&#45;20)", "a2": " (Frontier Wire, 2001&#45;11&#45;21)"}


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("provenance")
    data = root / "data"
    data.mkdir()
    for name, items in (("articles", ARTICLES), ("actors", ACTORS), ("positions", POSITIONS),
                        ("figures", FIGURES), ("sentences", SENTENCES)):
        (data / f"{name}.yaml").write_text(to_yaml(items))
    changes = {kind: {"added": [item["id"] for item in items]} for kind, items in
               (("positions", POSITIONS), ("figures", FIGURES))}
    (data / "meta.yaml").write_text(to_yaml_document({"generated": "2001-11-21 10:00 UTC", "articles": 2,
                                                      "changes": changes}))
    render_site(Config(data=data, docs=root / "docs"))
    return root / "docs"


def source_links(page: Path) -> list[tuple[str, str]]:
    """(article ID, what follows the link) for every link named 'source' on a page."""
    return re.findall(r'href="[^"]*articles/([^/"]+)/[^"]*">source</a>([^<]{0,40})', page.read_text())


@pytest.mark.parametrize("page", ["whats-new.md", "positions/index.md", "figures.md"])
def test_source_links_carry_outlet_and_date(docs, page):
    found = source_links(docs / page)
    assert found and all(after.startswith(LABELS[article]) for article, after in found), found


def test_source_links_on_actor_pages_carry_outlet_and_date(docs):
    found = source_links(docs / "actors" / "jan-novak.md")
    assert found and all(after.startswith(LABELS[article]) for article, after in found), found
