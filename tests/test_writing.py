"""Writing data: atomic, unchanged files untouched, YAML errors with their line, one run at a time."""
from __future__ import annotations

import multiprocessing
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.model import BriefingError
from generator.atomic import write_text_atomic
from generator.datafiles import read_list, to_yaml, write_yaml
from generator.folder_lock import locked


def test_unchanged_file_is_not_rewritten(tmp_path):
    path = tmp_path / "a.yaml"
    assert write_yaml(path, [{"id": "x"}]) is True
    mtime = os.stat(path).st_mtime_ns
    assert write_yaml(path, [{"id": "x"}]) is False
    assert os.stat(path).st_mtime_ns == mtime


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    path = tmp_path / "a.yaml"
    write_text_atomic(path, "old\n")

    class Boom:
        def __str__(self):
            raise RuntimeError("killed mid-write")

    with pytest.raises(Exception):
        write_yaml(path, [{"id": Boom()}])
    assert path.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.yaml"]


@pytest.mark.parametrize("value", ["yes", "null", "0x1F", "key: value", "- item", "{{ x }}", "'quoted'", "multi\nline"])
def test_yaml_special_strings_survive_a_round_trip(tmp_path, value):
    path = tmp_path / "a.yaml"
    write_yaml(path, [{"id": "x", "text": value}])
    assert read_list(path) == [{"id": "x", "text": value}]


def test_broken_yaml_names_file_and_line(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text("- id: a\n  name: A\n- id: b\n  name: [unclosed\n")
    with pytest.raises(BriefingError, match=r"actors\.yaml:\d+: invalid YAML"):
        read_list(path)


def test_yaml_is_never_loaded_unsafely(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text("- !!python/object/apply:os.system ['echo pwned']\n")
    with pytest.raises(BriefingError):
        read_list(path)


def _hold_lock(folder, ready, release):
    with locked(folder):
        ready.set()
        release.wait(10)


def test_two_runs_on_one_folder_cannot_both_write(tmp_path):
    ready, release = multiprocessing.Event(), multiprocessing.Event()
    holder = multiprocessing.Process(target=_hold_lock, args=(tmp_path, ready, release))
    holder.start()
    try:
        assert ready.wait(10)
        with pytest.raises(BriefingError, match="another briefing run"):
            with locked(tmp_path):
                pass
    finally:
        release.set()
        holder.join()
    with locked(tmp_path):
        pass


@settings(max_examples=200, deadline=None)
@given(st.lists(st.dictionaries(st.sampled_from(["id", "name", "text", "value", "aliases"]),
                                st.one_of(st.text(), st.integers(-10**18, 10**18), st.none(), st.booleans(),
                                          st.floats(allow_nan=False, allow_infinity=False),
                                          st.lists(st.text(), max_size=3)), min_size=1), max_size=5))
def test_any_record_survives_the_data_file_format(items):
    import yaml
    text = to_yaml(items)
    expected = [{k: (int(v) if isinstance(v, float) and v.is_integer() and abs(v) < 1e18 else v)
                 for k, v in item.items()} for item in items]
    assert yaml.safe_load(text) == expected
    assert read_list_text(text) == expected


def read_list_text(text):
    from generator.datafiles import _read_own_format
    return _read_own_format(text) if text != "[]\n" else []
