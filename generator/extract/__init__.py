"""Stage 2 — extract: each article's actors, positions and figures, from its parse alone.

Every extractor is a function over a `ParsedArticle` returning typed records; nothing here
looks at other articles (that is resolve.py's job), so results can be cached per article.
"""
from __future__ import annotations

import multiprocessing
from typing import Iterable, Iterator

from ..model import Article, ArticleExtraction
from .actors import find_actors
from .figures import find_figures
from .parse import ParsedArticle, load_nlp, parse_articles
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
    """Extract articles in order. With `jobs` > 1, each of that many worker processes parses
    and extracts whole articles and sends back only the small result records (far cheaper
    than shipping parsed documents back to one process that would do all the extraction)."""
    articles = list(articles)
    if jobs <= 1 or len(articles) < 2:
        for parsed in parse_articles(articles):
            yield extract_parsed(parsed)
        return
    load_nlp()                                     # loaded once, shared with forked workers
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with context.Pool(jobs) as pool:
        yield from pool.imap(_extract_one, articles, chunksize=2)


def _extract_one(article: Article) -> ArticleExtraction:
    return extract_parsed(next(parse_articles([article])))
