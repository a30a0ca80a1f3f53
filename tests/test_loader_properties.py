"""Property tests of every loader: on random and adversarial documents each returns a result
or raises one clean BriefingError, within a time bound, and never hangs or crashes."""
from __future__ import annotations

import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.formats import kind_of, pieces_of
from generator.model import BriefingError
from generator.read import read_articles
from generator.safeload import load_yaml

SECONDS = 5.0

YAML_PARTS = ["a: ", "- ", "&x ", "*x ", "&y [*x, *x, *x, *x, *x, *x, *x, *x, *x]", "[*y, *y, *y, *y, *y, *y]",
              "&z [*z]", "{", "}", "[", "]", ": ", "\n", "  ", "!!python/object:os.system", "!!binary", "<<: *x",
              "'", '"', "? ", "---\n", "...\n", "%YAML 1.1\n", "|\n", ">\n", "\t", "ÿ", "\x00", "\ufeff", "#"]
MARKUP_PARTS = ["<!DOCTYPE html>", "<html>", "<head>", "<title>", "</title>", "<body>", "<article>", "<p>", "</p>",
                "<script>alert(1)</script>", "<style>p{}</style>", "<iframe src=x>", "<a href='javascript:x'>",
                "<img onerror=alert(1)>", "<!ENTITY a 'lol'>", "<!DOCTYPE rss [<!ENTITY a '&a;&a;'>]>", "&a;",
                "<?xml version='1.0'?>", "<rss version='2.0'>", "<channel>", "<item>", "</item>", "<title>",
                "<feed xmlns='http://www.w3.org/2005/Atom'>", "<entry>", "</entry>", "<description>",
                "<meta property='og:site_name' content='X'>", "<script type='application/ld+json'>{\"@type\":",
                "The council said the bridge would open.", "&amp;", "&#0;", "]]>", "<![CDATA[", "\x00", "é", "\r\n"]
FRONT_PARTS = ["---\n", "title: ", "date: ", "2024-13-45", "source: ", "&a [x, x]", "*a", "- ", "\n", "{", ": ",
               "Title: ", "Date: ", "Author: ", "The minister said the plan worked.", "\n\n", "# H", "**b**"]


def texts(parts):
    return st.lists(st.one_of(st.sampled_from(parts), st.text(max_size=10)), max_size=40).map("".join)


def within_bound(call):
    start = time.monotonic()
    try:
        result = call()
    except BriefingError as problem:
        assert "\n" not in str(problem)
        result = None
    assert time.monotonic() - start < SECONDS
    return result


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts(YAML_PARTS))
def test_yaml_loader_gives_data_or_one_clean_error(text):
    within_bound(lambda: load_yaml(text, "f.yaml", max_items=10_000))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts(MARKUP_PARTS), st.sampled_from([".html", ".xml", ".atom", ".txt"]))
def test_page_and_feed_readers_give_articles_or_one_clean_error(text, suffix):
    raw = text.encode("utf-8", errors="replace")
    kind = kind_of(suffix, text)
    pieces = within_bound(lambda: pieces_of(kind, raw, text, f"f{suffix}"))
    for piece in (pieces or []) if kind in ("page", "feed") else []:
        assert isinstance(piece.text, str) and "<script" not in piece.text.lower()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts(FRONT_PARTS), st.sampled_from([".md", ".txt"]))
def test_markdown_and_text_readers_give_an_article_or_one_clean_error(text, suffix):
    raw = text.encode("utf-8", errors="replace")
    within_bound(lambda: pieces_of(kind_of(suffix, text), raw, text, f"f{suffix}"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400), st.sampled_from([".html", ".rss", ".md", ".txt"]))
def test_any_bytes_in_any_file_give_articles_or_one_clean_error(tmp_path: Path, data, suffix):
    path = tmp_path / f"f{suffix}"
    path.write_bytes(data)
    articles = within_bound(lambda: read_articles(path, tmp_path, []))
    for article in articles or []:
        assert article.id.startswith("f") and article.text.strip()


CURATION_PARTS = ["merge:", "split:", "rename:", "set:", "hide:", "notes:", "actors:", "names:", "actor: ",
                  "type: ", "role: ", "person", "\n", "  ", "- ", "[", "]", "{", "}", ", ", ": ", "&a ", "*a ",
                  "null", "1", "[x, y]", "{a: b}", "? [k]", "!!set", "x"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(texts(CURATION_PARTS))
def test_curation_loader_gives_a_curation_or_one_clean_error(tmp_path: Path, text):
    from generator.curation import load_curation
    from generator.datafiles import read_list
    path = tmp_path / "curation.yaml"
    path.write_text(text)
    within_bound(lambda: load_curation(path))
    within_bound(lambda: read_list(path))
