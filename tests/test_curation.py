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
    briefing, _ = curated(tmp_path, "split:\n  - {actor: anna-berg, names: [Berg]}\n")
    names = sorted(a.name for a in briefing.actors if a.type == "person")
    assert "Anna Berg" in names and "Berg" in names


def test_entries_that_match_nothing_are_reported_with_their_line(tmp_path):
    _, warnings = curated(tmp_path, "rename:\n  nobody-here: Someone\nhide:\n  positions: [no-such-position]\n")
    assert warnings == [
        f"{tmp_path / 'curation.yaml'}:2: rename: no actor 'nobody-here' any more; entry ignored",
        f"{tmp_path / 'curation.yaml'}:4: hide: no position 'no-such-position' any more; entry ignored",
    ]


@pytest.mark.parametrize("text, message", [
    ("merge:\n  - [a, b\n", r"curation\.yaml:\d+: invalid YAML"),
    ("colour: red\n", r"curation\.yaml:1: unknown section 'colour'"),
    ("set:\n  anna-berg: {rank: 3}\n", r"curation\.yaml:1: set: anna-berg: unknown field 'rank'"),
    ("merge:\n  - lonely\n", r"curation\.yaml:1: merge: expected a list of lists"),
])
def test_bad_curation_is_an_error_with_a_line(tmp_path, text, message):
    path = tmp_path / "curation.yaml"
    path.write_text(text)
    with pytest.raises(BriefingError, match=message):
        load_curation(path)


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
