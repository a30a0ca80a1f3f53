"""Regeneration: per-article cache, same result as from scratch, IDs kept, deletions dropped."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.config import Config
from generator.pipeline import run_extract

pytestmark = pytest.mark.slow     # runs spaCy on article folders

ARTICLES = {
    "one.txt": "Port strike\n\nPrime Minister Anna Berg said the port strike would end soon.",
    "two.txt": "Ships wait\n\nTom Reed, a spokesman for the Harbour Authority, said 200 ships were waiting.",
    "three.txt": "Talks\n\nThe United States said the talks on the strike had failed.",
    "four.txt": "Deal\n\nMs Berg said a deal with the unions was close. The Harbour Authority agreed.",
}


def extract_folder(seeds: Path, data: Path):
    return run_extract(Config(seeds=seeds, data=data, curation=data / "none.yaml", root=seeds, progress=False))


def data_files(data: Path) -> dict[str, object]:
    return {name: yaml.safe_load((data / f"{name}.yaml").read_text())
            for name in ("articles", "actors", "positions", "figures")}


def test_incremental_run_equals_a_run_from_scratch(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("one.txt", "two.txt", "three.txt"):
        (seeds / name).write_text(ARTICLES[name])
    report = extract_folder(seeds, tmp_path / "inc")
    assert (report.extracted, report.cached) == (3, 0)

    (seeds / "four.txt").write_text(ARTICLES["four.txt"])                     # added
    (seeds / "three.txt").unlink()                                             # deleted
    (seeds / "two.txt").write_text(ARTICLES["two.txt"].replace("200", "300"))  # changed
    report = extract_folder(seeds, tmp_path / "inc")
    assert (report.extracted, report.cached) == (2, 1)

    extract_folder(seeds, tmp_path / "scratch")
    incremental, scratch = data_files(tmp_path / "inc"), data_files(tmp_path / "scratch")
    assert incremental == scratch
    assert not any(a["name"] == "United States" for a in incremental["actors"])
    assert [f["value"] for f in incremental["figures"]] == [300]


def test_adding_articles_one_by_one_never_renames_an_id(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    owner: dict[str, str] = {}       # every ID ever written -> the first name it had
    for name in ("four.txt", "two.txt", "one.txt", "three.txt"):
        (seeds / name).write_text(ARTICLES[name])
        extract_folder(seeds, tmp_path / "data")
        for kind in ("actors", "positions", "figures"):
            for item in yaml.safe_load((tmp_path / "data" / f"{kind}.yaml").read_text()):
                forms = {item.get("name"), *(item.get("aliases") or [])} if kind == "actors" else {item["text"]}
                if item["id"] in owner:
                    assert owner[item["id"]] in forms, f"{item['id']} changed meaning"
                else:
                    owner[item["id"]] = item.get("name") or item["text"]
    actors = yaml.safe_load((tmp_path / "data" / "actors.yaml").read_text())
    berg = next(a for a in actors if "Berg" in a["name"])
    assert berg["name"] == "Anna Berg" and sorted(berg["articles"]) == ["four", "one"]


def test_whats_new_lists_what_the_last_run_added(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "one.txt").write_text(ARTICLES["one.txt"])
    extract_folder(seeds, tmp_path / "data")
    (seeds / "two.txt").write_text(ARTICLES["two.txt"])
    extract_folder(seeds, tmp_path / "data")
    changes = yaml.safe_load((tmp_path / "data" / "meta.yaml").read_text())["changes"]
    assert changes["articles"]["added"] == ["two"]
    assert "tom-reed" in changes["actors"]["added"] and "anna-berg" not in changes["actors"]["added"]


def test_a_rule_failing_on_one_article_costs_only_that_article(tmp_path, monkeypatch):
    """A bug a rule hits on one article's wording is one error line naming the file; the other
    articles are extracted and written, and the failed one is not cached (the next run retries)."""
    import generator.extract as extract
    real = extract.extract_parsed

    def fails_on_ships(parsed):
        if "ships" in parsed.article.text:
            raise KeyError(0)
        return real(parsed)

    monkeypatch.setattr(extract, "extract_parsed", fails_on_ships)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("one.txt", "two.txt"):
        (seeds / name).write_text(ARTICLES[name])
    report = extract_folder(seeds, tmp_path / "data")
    assert len(report.errors) == 1
    assert report.errors[0].startswith("two.txt: extraction failed (KeyError: 0 at ")
    data = data_files(tmp_path / "data")
    assert [a["id"] for a in data["articles"]] == ["one", "two"]
    assert [p["actor"] for p in data["positions"]] == ["anna-berg"]

    monkeypatch.setattr(extract, "extract_parsed", real)
    report = extract_folder(seeds, tmp_path / "data")
    assert (report.errors, report.extracted, report.cached) == ([], 1, 1)
