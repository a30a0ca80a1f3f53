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


def test_building_a_table_removes_its_versions_used_least_recently(cache_folder):
    import os
    import time
    cache_folder.mkdir(parents=True)
    now = time.time()
    older = []
    for n in range(evidence.KEPT_VERSIONS + 1):      # other code versions, the first used last
        path = cache_folder / f"regions-{n:016x}.pickle"
        path.write_bytes(pickle.dumps({}))
        os.utime(path, (now - 60 * (n + 1), now - 60 * (n + 1)))
        older.append(path)
    killed = cache_folder / "regions-0000000000000000.123.tmp"
    killed.write_bytes(b"")
    os.utime(killed, (now - 2 * evidence.STALE_TEMPORARY_SECONDS,) * 2)
    alongside = cache_folder / "regions-0000000000000000.456.tmp"      # a run writing just now
    alongside.write_bytes(b"")
    places = cache_folder / "places-0000000000000000.pickle"             # another table
    places.write_bytes(b"")
    os.utime(places, (now - 3600, now - 3600))
    built = evidence._regions()
    (current,) = [p for p in cache_folder.glob("regions-*.pickle") if p not in older]
    assert sorted(p.name for p in cache_folder.iterdir()) == sorted(
        [current.name, *(p.name for p in older[:evidence.KEPT_VERSIONS - 1]), alongside.name, places.name])
    evidence._regions.cache_clear()
    os.utime(current, (now - 3600, now - 3600))
    assert evidence._regions() == built             # read back, not built: nothing removed
    assert current.stat().st_mtime > now - 60       # and marked as used
    assert len(list(cache_folder.glob("regions-*.pickle"))) == evidence.KEPT_VERSIONS
