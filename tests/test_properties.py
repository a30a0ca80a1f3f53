"""Property tests: on random and adversarial text, extraction never crashes and its output
always satisfies the data contract."""
from __future__ import annotations

import html
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import extract
from generator.site.escaping import escape
from generator.model import ACTOR_TYPES, record
from generator.resolve import resolve

WORDS = ["said", "says", "told", "according to", "denied", "warned", "he", "she", "they", "the", "a",
         "Anna Berg", "Mr Berg", "the Harbour Authority", "HA", "the US", "America", "Britain's",
         "President", "minister", "officials", "more than", "about", "1,000", "£5.5bn", "tens of thousands",
         "2004", "10:30", "'", "''", '"', "“", "”", "‘", "’", ",", ".", ":", "\n", "\n\n", "<script>",
         "{{ x }}", "{% if %}", "[a](javascript:x)", "# h", "|", "--8<--", "!!! note", "yes", "null", "0x1F",
         "Dr.", "U.S.", "al-Qaeda", "e.g.", "…", "—", "-", "per cent", "%", "dozens", "between", "and"]

fragments = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), min_size=1, max_size=60)
articles = fragments.map(lambda parts: " ".join(parts))
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def check_contract(briefing, article_ids):
    actors = [record(a) for a in briefing.actors]
    ids = [a["id"] for a in actors]
    assert len(ids) == len(set(ids)) and all(SLUG.match(i) for i in ids)
    known = set(ids)
    for a in actors:
        assert isinstance(a["name"], str) and a["name"]
        assert a["type"] in ACTOR_TYPES
        assert a["affiliation"] is None or a["affiliation"] in known
        assert all(isinstance(x, str) for x in a["aliases"])
        assert set(a["articles"]) <= set(article_ids) and isinstance(a["mentions"], int)
    for kind in ("positions", "figures"):
        items = [record(i) for i in getattr(briefing, kind)]
        item_ids = [i["id"] for i in items]
        assert len(item_ids) == len(set(item_ids)) and all(SLUG.match(i) for i in item_ids)
        for i in items:
            assert i["actor"] is None or i["actor"] in known
            assert i["article"] in article_ids and isinstance(i["sentence"], str)
    for p in briefing.positions:
        assert isinstance(p.direct, bool) and p.text and isinstance(p.speaker, str) and p.cue
    for f in briefing.figures:
        assert isinstance(f.value, (int, float))
        assert f.low is None or f.high is None or f.low <= f.high


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(articles, min_size=1, max_size=3))
def test_extraction_of_any_text_satisfies_the_contract(texts):
    extractions = [extract(t, f"art-{n}") for n, t in enumerate(texts)]
    check_contract(resolve(extractions), {f"art-{n}" for n in range(len(texts))})


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=400))
def test_extraction_of_arbitrary_unicode_never_crashes(text):
    check_contract(resolve([extract(text, "x")]), {"x"})


@settings(max_examples=300, deadline=None)
@given(articles)
def test_escaped_text_reads_as_the_text_on_one_line_and_carries_no_markup(text):
    escaped = escape(text)
    assert html.unescape(escaped) == re.sub(r"\s+", " ", text)
    inert = re.sub(r"&#\d+;", "", escaped)
    assert not set(inert) & set("<>[](){}|!#*_`-'\"&:=\\~^$%@+") and not re.search(r"[^\S ]", inert)
