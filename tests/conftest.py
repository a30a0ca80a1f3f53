"""Shared helpers: extraction of sentences written for the tests, and paths to ../shared."""
from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

from generator.extract import extract_parsed
from generator.extract.parse import parse_text
from generator.model import ArticleExtraction

PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"


def pytest_addoption(parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/ from the current output instead of comparing with it")


SITE_FIXTURES = {"built", "hostile_site"}       # each builds a whole site (spaCy, MkDocs)


def pytest_collection_modifyitems(items) -> None:
    """A test that needs a built site is slow, wherever it is written."""
    for item in items:
        if SITE_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


def extract(text: str, article_id: str = "test") -> ArticleExtraction:
    return extract_parsed(parse_text(text, article_id))


def figure_records(text: str) -> list[dict]:
    """Every figure of `text`, each as the whole record (`asdict`), to compare with `figure(...)` rows."""
    return [asdict(f) for f in extract(text).figures]


def actor_records(text: str) -> list[tuple]:
    """Every actor of a text as (name, type, role, affiliation's name), sorted: a whole record per actor."""
    return _records_of(extract(text).mentions)


def _records_of(mentions) -> list[tuple]:
    names = {m.key: m.name for m in mentions}
    return sorted((m.name, m.type, m.role, names.get(m.affiliation)) for m in mentions)


def actor_records_and_speakers(text: str) -> tuple[list[tuple], list[tuple]]:
    """`actor_records` and every position as (speaker, actor's name), from one extraction."""
    result = extract(text)
    names = {m.key: m.name for m in result.mentions}
    return _records_of(result.mentions), [(p.speaker, names.get(p.actor)) for p in result.positions]


def actors_and_speakers(text: str, mention=lambda m: (m.name, m.type)) -> tuple[list[tuple], list[tuple]]:
    """The text's actors, each as `mention` gives its fields (name and type unless told), sorted, and its
    positions as (speaker, actor)."""
    result = extract(text)
    return sorted(mention(m) for m in result.mentions), [(p.speaker, p.actor) for p in result.positions]


def person_records(text: str) -> list[tuple]:
    """Every person of a text as (name, role, affiliation's name), sorted: a whole record per person."""
    return sorted((name, role, affiliation) for name, kind, role, affiliation in actor_records(text) if kind == "person")


def named_actor_records(text: str) -> list[tuple]:
    """`actor_records` without the unnamed groups ('aid workers')."""
    return [r for r in actor_records(text) if r[1] != "group"]


def positions_of(text: str) -> list[tuple]:
    """Every position the text yields, whole: (speaker, actor, cue, text, direct)."""
    return [(p.speaker, p.actor, p.cue, p.text, p.direct) for p in extract(text).positions]


def figure(text: str, amount: str, value, low, high, unit, qualifier, actor=None, sentence: int = 0,
           source: str | None = None) -> dict:
    """The full record of the figure `amount` (a whole word group of `text`) in sentence `sentence`;
    `source` the words of an unnamed source no actor stands for."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)
    start = re.search(rf"(?<!\w){re.escape(amount)}(?!\w)", text).start()
    return {"value": value, "low": low, "high": high, "text": amount, "unit": unit, "qualifier": qualifier,
            "sentence": sentences[sentence], "sentence_index": sentence, "start": start,
            "end": start + len(amount), "actor": actor, "source": source}


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip("../shared (corpus and scorer) is not beside the checkout")
    return SHARED


def briefing(*args: str, cwd: Path = PROJECT) -> subprocess.CompletedProcess:
    """Run the command line as a user would."""
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=600)


def build_site(seeds: Path, out: Path) -> Path:
    result = briefing("build", "--seeds", str(seeds), "--data", str(out / "data"),
                      "--docs", str(out / "docs"), "--site", str(out / "site"))
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """The briefing of seeds/, built once: data/, docs/ and site/ under one folder."""
    return build_site(PROJECT / "seeds", tmp_path_factory.mktemp("seed-build"))


HOSTILE = """Minister says <script>alert('x')</script> is fine

Jane Morrow said the <img src=x onerror=alert(1)> plan and <iframe src="javascript:alert(2)"></iframe> would work.
"# Not a heading [click](javascript:alert(3)) {{ 7*7 }} {% raw %} <!-- hidden --> | a | b |," said Tom Reed.
Tom Reed said --8<-- "/etc/passwd" and !!! danger "owned" and {: onclick="alert(4)" } were harmless.
Tom Reed said yes, null, 0x1F and key: value were all answers given by 1,000 voters.
"""


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory) -> Path:
    """A site built from an article (with a hostile file name) full of markup and template syntax."""
    out = tmp_path_factory.mktemp("hostile")
    seeds = out / "seeds"
    seeds.mkdir()
    (seeds / "hostile <b>name & {{x}}.txt").write_text(HOSTILE)
    return build_site(seeds, out) / "site"
