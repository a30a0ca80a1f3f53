"""Shared helpers: extraction of sentences written for the tests, and paths to ../shared."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract import extract_parsed
from generator.extract.parse import parse_text
from generator.model import ArticleExtraction

PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"


def extract(text: str, article_id: str = "test") -> ArticleExtraction:
    return extract_parsed(parse_text(text, article_id))


def actor_name(extraction: ArticleExtraction, key: str | None) -> str | None:
    if key is None:
        return None
    return next(m.name for m in extraction.mentions if m.key == key)


def mention_named(extraction: ArticleExtraction, name: str):
    matches = [m for m in extraction.mentions if m.name == name or name in m.aliases]
    assert matches, f"no actor named {name!r} in {[m.name for m in extraction.mentions]}"
    return matches[0]


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip("../shared (corpus and scorer) is not beside the checkout")
    return SHARED
