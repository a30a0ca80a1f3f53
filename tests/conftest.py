"""Shared helpers: extraction of sentences written for the tests, and paths to ../shared."""
from __future__ import annotations

import subprocess
import sys
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


def extract(text: str, article_id: str = "test") -> ArticleExtraction:
    return extract_parsed(parse_text(text, article_id))


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
