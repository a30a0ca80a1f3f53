"""No YAML file can hang the tool: alias bombs, self-references and oversized files are
refused with one line naming the file, quickly; ordinary YAML loads as before."""
from __future__ import annotations

import time

import pytest

from generator.model import BriefingError
from generator.safeload import load_yaml
from conftest import briefing

LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi"))


def test_ordinary_yaml_with_a_few_aliases_loads():
    text = "base: &b {role: minister}\nset:\n  x: *b\n  y: *b\n"
    assert load_yaml(text, "f.yaml") == {"base": {"role": "minister"}, "set": {"x": {"role": "minister"},
                                                                                 "y": {"role": "minister"}}}


@pytest.mark.parametrize("text, problem", [
    (LAUGHS, "f.yaml: YAML aliases expand to more than 5,000,000 items; refused"),
    ("a: &a [x]\nb: [" + ", ".join(["*a"] * 1001) + "]\n", "f.yaml: more than 1,000 YAML aliases; refused"),
    ("a: &a [x, *a]\n", "f.yaml:1: YAML alias refers to itself; refused"),
    ("a: [1, 2\nb: 3\n", "f.yaml:2: invalid YAML"),
    ("date: 2024-13-45\n", "f.yaml: invalid YAML value (month must be in 1..12)"),
    ("date: 2023-02-29\n", "f.yaml: invalid YAML value (day is out of range for month)"),
    ("x" * 33_000_001, "f.yaml: 33,000,001 bytes of YAML; more than the limit of 32,000,000"),
])
def test_hostile_yaml_is_one_clean_error_in_well_under_a_second(text, problem):
    start = time.monotonic()
    with pytest.raises(BriefingError) as caught:
        load_yaml(text, "f.yaml")
    assert str(caught.value).startswith(problem)
    assert time.monotonic() - start < 1.0


@pytest.mark.slow      # runs the command line
def test_alias_bomb_in_curation_stops_extract_with_one_line(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Council backs plan\n\nThe city council said on Monday that the bridge would open.\n")
    (tmp_path / "curation.yaml").write_text(LAUGHS + "merge: [*i]\n")
    start = time.monotonic()
    result = briefing("extract", "--seeds", str(seeds), "--data", str(tmp_path / "data"),
                      "--curation", str(tmp_path / "curation.yaml"))
    assert time.monotonic() - start < 30
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"error: {tmp_path / 'curation.yaml'}: YAML aliases expand to more than 100,000 items; refused"]


def test_alias_bomb_in_a_data_file_is_refused(tmp_path):
    from generator.datafiles import read_list
    (tmp_path / "actors.yaml").write_text(LAUGHS)
    with pytest.raises(BriefingError, match="actors.yaml: YAML aliases expand"):
        read_list(tmp_path / "actors.yaml")


@pytest.mark.parametrize("reader", ["read_yaml", "read_yaml_nodes"])
def test_an_oversized_yaml_file_is_refused_before_it_is_read(tmp_path, monkeypatch, reader):
    import generator.datafiles as datafiles
    path = tmp_path / "meta.yaml"
    with path.open("wb") as handle:          # sparse: 3 GB on paper, nothing on disk
        handle.truncate(3_000_000_000)
    monkeypatch.setattr(type(path), "read_text", lambda *a, **k: pytest.fail("the file was read"))
    with pytest.raises(BriefingError) as caught:
        getattr(datafiles, reader)(path)
    assert str(caught.value) == f"{path}: 3,000,000,000 bytes of YAML; more than the limit of 32,000,000"


def test_an_oversized_curation_file_stops_extract_with_one_line(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Council backs plan\n\nThe city council said on Monday that the bridge would open.\n")
    with (tmp_path / "curation.yaml").open("wb") as handle:
        handle.truncate(2_000_000_000)
    start = time.monotonic()
    result = briefing("extract", "--seeds", str(seeds), "--data", str(tmp_path / "data"),
                      "--curation", str(tmp_path / "curation.yaml"))
    assert time.monotonic() - start < 30
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"error: {tmp_path / 'curation.yaml'}: 2,000,000,000 bytes of YAML; more than the limit of 1,000,000"]
