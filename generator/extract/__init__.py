"""Stage 2 — extract: each article's actors, positions and figures, from its parse alone.

Every extractor is a function over a `ParsedArticle` returning typed records; nothing here
looks at other articles (that is resolve.py's job), so results can be cached per article.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from ..model import Article, ArticleExtraction
from .actors import find_actors
from .figures import find_figures
from .parse import ParsedArticle, parse_articles
from .positions import find_positions


def extract_parsed(parsed: ParsedArticle) -> ArticleExtraction:
    actors = find_actors(parsed)
    positions = find_positions(parsed, actors)
    figures = find_figures(parsed, positions)
    return ArticleExtraction(
        article=parsed.article.id,
        sentences=[s.text.strip() for s in parsed.sentences],
        paragraphs=[parsed.paragraph_no(s) for s in parsed.sentences],
        mentions=list(actors.mentions.values()),
        positions=positions,
        figures=figures,
    )


def extract_articles(articles: Iterable[Article], jobs: int = 1) -> Iterator[ArticleExtraction]:
    """Extract articles in order; `jobs` > 1 parses in that many processes."""
    for parsed in parse_articles(articles, n_process=jobs):
        yield extract_parsed(parsed)
