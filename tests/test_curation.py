"""curation.yaml: corrections that survive every regeneration, and clear errors."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import PROJECT, extract
from generator.curation import apply_curation, load_curation
from generator.model import BriefingError
from generator.resolve import resolve

TEXTS = [
    "Prime Minister Anna Berg said the tax would fall. The US said it agreed.",
    "Berg said the budget was fair. America and the Harbour Authority said the port would reopen.",
    "Tom Reed, a spokesman for the Harbour Authority, said more than 200 ships were waiting.",
]


def curated(tmp_path: Path, text: str, texts=TEXTS):
    path = tmp_path / "curation.yaml"
    path.write_text(text)
    curation = load_curation(path)
    briefing = resolve([extract(t, f"a{n}") for n, t in enumerate(texts)], None, curation.split_names)
    warnings = apply_curation(briefing, curation)
    return briefing, warnings


def test_merge_rename_set_note_and_hide(tmp_path):
    briefing, warnings = curated(tmp_path, """
merge:
  - [harbour-authority, Tom Reed]
rename:
  anna-berg: Premier Anna Berg
set:
  anna-berg: {role: Prime Minister, affiliation: United States, type: person}
notes:
  anna-berg: Elected in a landslide.
hide:
  actors: [united-states]
""")
    assert warnings == []
    actors = {a.id: a for a in briefing.actors}
    assert "tom-reed" not in actors and "Tom Reed" in actors["harbour-authority"].aliases
    assert all(p.actor != "tom-reed" for p in briefing.positions)
    berg = actors["anna-berg"]
    assert (berg.name, berg.role, berg.note) == ("Premier Anna Berg", "Prime Minister", "Elected in a landslide.")
    assert "Anna Berg" in berg.aliases
    assert "united-states" not in actors and berg.affiliation is None


def test_split_separates_a_wrong_merge(tmp_path):
    briefing, warnings = curated(tmp_path, "split:\n  - {actor: anna-berg, names: [Berg]}\n")
    assert warnings == []
    assert sorted(a.name for a in briefing.actors if a.type == "person") == ["Anna Berg", "Berg", "Tom Reed"]


def test_a_repeated_reference_is_reported_at_the_line_of_the_entry_that_failed(tmp_path):
    _, warnings = curated(tmp_path, "notes:\n  nobody-here: One\nrename:\n  anna-berg: Premier Anna Berg\n"
                                    "  nobody-here: Someone\n")
    assert warnings == [
        f"{tmp_path / 'curation.yaml'}:5: rename: no actor 'nobody-here' any more; entry ignored",
        f"{tmp_path / 'curation.yaml'}:2: notes: no actor 'nobody-here' any more; entry ignored",
    ]


def test_hide_takes_an_actor_by_any_of_its_names(tmp_path):
    briefing, warnings = curated(tmp_path, "hide:\n  actors: [America]\n")
    assert warnings == []
    assert "united-states" not in {a.id for a in briefing.actors}
    assert all(a.affiliation != "united-states" for a in briefing.actors)


def test_split_names_the_actor_by_any_of_its_names(tmp_path):
    briefing, warnings = curated(tmp_path, "split:\n  - {actor: Anna Berg, names: [Berg]}\n")
    assert warnings == []
    assert sorted(a.name for a in briefing.actors if a.type == "person") == ["Anna Berg", "Berg", "Tom Reed"]


def test_split_leaves_actors_it_does_not_name_alone(tmp_path):
    briefing, _ = curated(tmp_path, "split:\n  - {actor: tom-reed, names: [Berg]}\n")
    berg = next(a for a in briefing.actors if a.name == "Anna Berg")
    assert "Berg" in berg.aliases and berg.articles == ["a0", "a1"]
    assert sorted(a.name for a in briefing.actors if a.type == "person") == ["Anna Berg", "Tom Reed"]


def test_entries_that_match_nothing_are_reported_with_their_line(tmp_path):
    _, warnings = curated(tmp_path, "rename:\n  nobody-here: Someone\nhide:\n  positions: [no-such-position]\n")
    assert warnings == [
        f"{tmp_path / 'curation.yaml'}:2: rename: no actor 'nobody-here' any more; entry ignored",
        f"{tmp_path / 'curation.yaml'}:4: hide: no position 'no-such-position' any more; entry ignored",
    ]


@pytest.mark.parametrize("text, message", [
    ("merge:\n  - [a, b\n", r"curation\.yaml:\d+: invalid YAML"),
    ("colour: red\n", r"curation\.yaml:1: unknown section 'colour'"),
    ("set:\n  anna-berg: {rank: 3}\n", r"curation\.yaml:2: set: anna-berg: unknown field 'rank'"),
    ("merge:\n  - [a, b]\n  - lonely\n", r"curation\.yaml:3: merge: expected a list of two or more actors"),
    ("set:\n  anna-berg:\n    role: Premier\n    type: planet\n", r"curation\.yaml:4: set: anna-berg: type: 'planet' is not one of"),
    ("rename:\n  anna-berg: A\n  tom-reed: B\n  anna-berg: C\n", r"curation\.yaml:4: rename: 'anna-berg' given twice \(first on line 2\)"),
    ("split:\n  - {actor: anna-berg}\n", r"curation\.yaml:2: split: expected .* \(missing names\)"),
    ("hide:\n  actors: kunduz\n", r"curation\.yaml:2: hide: actors: expected a list of actors"),
    ("- merge\n", r"curation\.yaml:1: expected a mapping with the sections merge, split"),
])
def test_bad_curation_is_an_error_with_a_line(tmp_path, text, message):
    path = tmp_path / "curation.yaml"
    path.write_text(text)
    with pytest.raises(BriefingError, match=message):
        load_curation(path)


@pytest.mark.slow      # runs the command line three times
def test_curation_survives_three_regenerations_with_new_articles(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    curation = tmp_path / "curation.yaml"
    curation.write_text("rename:\n  anna-berg: Premier Anna Berg\nnotes:\n  anna-berg: Watch her.\n")
    before = curation.read_bytes()
    extra = ["The Harbour Authority said the port was shut.", "Anna Berg said the strike was over.",
             "Tom Reed said ships were moving again."]
    (seeds / "a0.txt").write_text(TEXTS[0])
    for n, text in enumerate(extra, 1):
        (seeds / f"a{n}.txt").write_text(text)
        result = subprocess.run([sys.executable, "-m", "generator", "extract", "--seeds", str(seeds),
                                 "--data", str(tmp_path / "data"), "--curation", str(curation)],
                                cwd=PROJECT, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        actors = {a["id"]: a for a in yaml.safe_load((tmp_path / "data" / "actors.yaml").read_text())}
        assert actors["anna-berg"]["name"] == "Premier Anna Berg"
        assert actors["anna-berg"]["note"] == "Watch her."
    assert curation.read_bytes() == before


def test_mentions_follow_merges_and_hidden_actors_lose_theirs(tmp_path):
    briefing, _ = curated(tmp_path, "merge:\n  - [harbour-authority, Tom Reed]\nhide:\n  actors: [united-states]\n")
    texts = dict(zip(("a0", "a1", "a2"), TEXTS))
    named = {article: [(extract(texts[article], article).sentences[n][a:b], actor)
                       for n, a, b, actor in spans] for article, spans in briefing.mentions.items()}
    assert named == {
        "a0": [("Anna Berg", "anna-berg")],
        "a1": [("Berg", "anna-berg"), ("Harbour Authority", "harbour-authority")],
        "a2": [("Tom Reed", "harbour-authority"), ("Harbour Authority", "harbour-authority")],
    }


def test_a_split_whose_names_no_actor_carries_is_reported_with_its_line(tmp_path):
    _, warnings = curated(tmp_path, "split:\n  - {actor: anna-berg, names: [Lena Ortiz]}\n"
                                    "  - {actor: America, names: [Berg]}\n")
    assert warnings == [f"{tmp_path / 'curation.yaml'}:2: split: 'anna-berg' or its names are gone; entry ignored"]
