"""The per-article extraction cache: hits for the same extractor, misses after an upgrade."""
from __future__ import annotations

import pytest

from generator import versions
from generator.extract import cache as cache_module
from generator.extract.cache import ExtractionCache
from generator.extract.parse import MODEL
from generator.model import ArticleExtraction, Mention

RESULT = ArticleExtraction(article="old-name", sentences=["Anna Berg spoke."], paragraphs=[0],
                           mentions=[Mention(key="m0", name="Anna Berg", type="person", count=1)],
                           positions=[], figures=[])


def test_a_cached_result_comes_back_under_the_article_id_asked_for(tmp_path):
    ExtractionCache(tmp_path).put("abc", RESULT)
    hit = ExtractionCache(tmp_path).get("abc", "new-name")
    assert hit is not None and hit.article == "new-name"
    assert (hit.sentences, hit.mentions) == (RESULT.sentences, RESULT.mentions)
    assert ExtractionCache(tmp_path).get("other-sha", "x") is None


@pytest.mark.parametrize("package", ["spacy", MODEL])
def test_a_new_spacy_or_model_version_misses_the_cache(tmp_path, monkeypatch, package):
    before = ExtractionCache(tmp_path)
    before.put("abc", RESULT)
    installed = versions.installed_version
    monkeypatch.setattr(versions, "installed_version",
                        lambda name: "99.0" if name == package else installed(name))
    upgraded = ExtractionCache(tmp_path)
    assert upgraded.get("abc", "a") is None
    upgraded.prune(keep={"abc"})          # results of the old versions are dropped
    assert not before.folder.exists()


def test_the_cache_names_the_model_that_parse_loads():
    assert cache_module.MODEL_PACKAGE == MODEL


def test_a_result_is_stored_as_the_json_of_its_fields_and_a_torn_file_is_a_miss(tmp_path):
    import dataclasses
    import json
    from generator.model import RawFigure, RawPosition
    result = dataclasses.replace(RESULT, mention_spans=[(0, 0, 9, "m0")],
                                 positions=[RawPosition("Anna Berg", "said", "it", True, "s", 0, 1, 3, "m0")],
                                 figures=[RawFigure(2.5, None, None, "2.5", "%", None, "s", 0, 1, 4)])
    cache = ExtractionCache(tmp_path)
    cache.put("abc", result)
    stored = cache.path("abc").read_text(encoding="utf-8")
    assert stored == json.dumps(dataclasses.asdict(result), ensure_ascii=False)
    assert cache.get("abc", "old-name") == result
    cache.path("abc").write_text(stored[:len(stored) // 2], encoding="utf-8")
    assert cache.get("abc", "old-name") is None
    assert [p.name for p in cache.folder.iterdir()] == ["abc.json"]      # no temporary file left
