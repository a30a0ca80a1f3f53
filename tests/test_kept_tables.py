"""The gazetteer tables kept between runs (extract/evidence.py): a damaged or unwritable cache
folder never changes what the extraction sees, it only costs the second the tables take to build."""
import pickle

import pytest

from generator.extract import evidence


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(evidence, "_CACHE_FOLDER", tmp_path / "briefing")
    evidence._regions.cache_clear()
    yield tmp_path / "briefing"
    evidence._regions.cache_clear()


def test_a_kept_table_is_the_table_built(cache_folder):
    built = evidence._regions()
    (kept,) = cache_folder.glob("regions-*.pickle")
    assert pickle.loads(kept.read_bytes()) == built
    assert built["ohio"] == "United States"


def test_a_damaged_kept_table_is_built_anew(cache_folder):
    built = evidence._regions()
    (kept,) = cache_folder.glob("regions-*.pickle")
    kept.write_bytes(b"\x80\x05 torn")
    evidence._regions.cache_clear()
    assert evidence._regions() == built
    assert pickle.loads(kept.read_bytes()) == built


def test_an_unwritable_cache_folder_only_builds(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setattr(evidence, "_CACHE_FOLDER", blocker / "briefing")
    evidence._regions.cache_clear()
    try:
        assert evidence._regions()["ohio"] == "United States"
    finally:
        evidence._regions.cache_clear()
