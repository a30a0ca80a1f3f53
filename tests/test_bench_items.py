"""The audit tools of bench/items.py: a verdict follows its item when other items come or go."""
import yaml

from bench.items import carry, changed, dump, items, tally


def _data(folder, actors, positions=(), figures=()):
    folder.mkdir()
    for name, rows in (("articles", [{"id": "a1"}, {"id": "a2"}]), ("actors", actors),
                       ("positions", list(positions)), ("figures", list(figures))):
        (folder / f"{name}.yaml").write_text(yaml.safe_dump(rows), encoding="utf-8")
    return folder


ORLA = {"id": "orla-brennan", "name": "Orla Brennan", "type": "person", "role": "mayor", "affiliation": "tarrow-council",
        "aliases": ["Brennan"], "articles": ["a2"], "mentions": 2}
COUNCIL = {"id": "tarrow-council", "name": "Tarrow Council", "type": "organization", "role": None, "affiliation": None,
           "aliases": [], "articles": ["a2"], "mentions": 1}
FIGURE = {"value": 40, "low": None, "high": None, "text": "40", "unit": "homes", "qualifier": None, "actor": None,
          "source": "A housing survey", "sentence": "A housing survey found 40 homes empty.", "article": "a2"}


def test_dump_numbers_pages_by_first_article_and_writes_names_not_ids(tmp_path):
    text = dump(_data(tmp_path / "d", [ORLA, COUNCIL], figures=[FIGURE]))
    assert items(text) == {
        "A1": "Orla Brennan | type person | role 'mayor' | affiliation 'Tarrow Council' | aliases ['Brennan'] | articles ['a2'] | mentions 2",
        "A2": "Tarrow Council | type organization | role None | affiliation None | aliases [] | articles ['a2'] | mentions 1",
        "F1": "[a2] '40' value 40 low None high None | qualifier None | unit 'homes' | claimant 'A housing survey (in words, no actor page)'"
              "\n    sentence: 'A housing survey found 40 homes empty.'",
    }


def test_a_verdict_follows_its_item_past_a_new_item_and_a_changed_one_is_unjudged(tmp_path):
    old = items(dump(_data(tmp_path / "old", [ORLA, COUNCIL])))
    newcomer = dict(COUNCIL, id="abel-kerr", name="Abel Kerr", type="person", articles=["a1"])
    new = items(dump(_data(tmp_path / "new", [ORLA, dict(COUNCIL, mentions=3), newcomer])))
    said = {"A1": "right", "A2": "wrong: alias missing: 'the council'"}
    assert carry(new, [(old, said)]) == {"A1": "UNJUDGED", "A2": "right", "A3": "UNJUDGED"}
    gone, came = changed(old, new)
    assert [c.split(" |")[0] for c in gone] == ["Tarrow Council"]
    assert [c.split(" |")[0] for c in came] == ["Abel Kerr", "Tarrow Council"]


def test_tally_counts_right_per_kind():
    assert tally({"A1": "right", "A2": "wrong: role false: x", "F1": "right"}) == "pages: 1/2  figures: 1/1  all: 2/3"
