"""The per-article extraction cache: hits for the same extractor, misses after an upgrade."""
from __future__ import annotations

import pytest

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
    installed = cache_module.installed_version
    monkeypatch.setattr(cache_module, "installed_version",
                        lambda name: "99.0" if name == package else installed(name))
    upgraded = ExtractionCache(tmp_path)
    assert upgraded.get("abc", "a") is None
    upgraded.prune(keep={"abc"})          # results of the old versions are dropped
    assert not before.folder.exists()


def test_the_cache_names_the_model_that_parse_loads():
    assert cache_module.MODEL_PACKAGE == MODEL
