"""Stage 2 — extract: each article's actors, positions and figures, from its parse alone.

Every extractor is a function over a `ParsedArticle` returning typed records; nothing here
looks at other articles (that is resolve.py's job), so results can be cached per article.
"""
from __future__ import annotations

import functools
import gc
import multiprocessing
import os
import traceback
from collections import Counter
from dataclasses import replace
from typing import Iterable, Iterator

from ..model import Article, ArticleExtraction, Mention, MentionSpan
from .actors import ActorIndex, find_actors
from .figures import find_figures
from .evidence import load_places
from .parse import ParsedArticle, load_nlp, parse_articles, span_text
from .interviews import with_interview_answers
from .positions import PositionsFound, find_positions


def extract_parsed(parsed: ParsedArticle) -> ArticleExtraction:
    """Each stage reads what the ones before found and returns new records; they are merged here."""
    actors = find_actors(parsed)
    found = find_positions(parsed, actors)
    found.positions = with_interview_answers(parsed, actors, found.positions)   # a Q&A's answers
    spans = _without_overlaps(actors.spans, found.references)
    countries = {key for key, m in actors.mentions.items() if m.type == "country"}   # what a capital stands for
    kinds = {key: m.type for key, m in actors.mentions.items()}        # what 'it' or 'his' can stand for
    people = {key: m for key, m in actors.mentions.items() if m.type == "person"}   # (a body's kind holds no office)
    roles = {key: m.role for key, m in people.items() if m.role}   # who 'the governor' is
    seats = {key: m.affiliation for key, m in people.items() if m.role and m.affiliation}  # and of where
    figures = find_figures(parsed, found.positions, spans, countries, kinds, roles, seats, found.pointers)
    return ArticleExtraction(
        article=parsed.article.id,
        sentences=[span_text(s).strip() for s in parsed.sentences],
        paragraphs=[parsed.paragraph_no(s) for s in parsed.sentences],
        mentions=_merged_mentions(actors, found, spans),
        positions=found.positions,
        figures=figures,
        mention_spans=spans,
    )


def _merged_mentions(actors: ActorIndex, found: PositionsFound, spans: list[MentionSpan]) -> list[Mention]:
    """The named actors and the groups the positions made, each counted by the words that
    refer to it, with the roles a lede's description gave."""
    counts = Counter(key for *_, key in spans)
    mentions = []
    for m in [*actors.mentions.values(), *found.groups]:
        m = replace(m, aliases=list(m.aliases), count=counts[m.key])
        if m.key in found.lede_roles:
            m.role, m.affiliation = found.lede_roles[m.key]
        mentions.append(m)
    return mentions


def _without_overlaps(names: list[MentionSpan], references: list[MentionSpan]) -> list[MentionSpan]:
    """All spans, sorted; where two overlap, a name wins over a resolved reference, a longer
    name over a shorter one."""
    kept: dict[int, list[MentionSpan]] = {}
    for span in [*sorted(names, key=lambda s: (s[0], s[1] - s[2])), *references]:
        sentence, start, end, _ = span
        if all(end <= k[1] or k[2] <= start for k in kept.get(sentence, [])):
            kept.setdefault(sentence, []).append(span)
    return sorted(span for spans in kept.values() for span in spans)


def extract_articles(articles: Iterable[Article], jobs: int = 1) -> Iterator[ArticleExtraction]:
    """Extract articles in order. With `jobs` > 1, each of that many worker processes parses
    and extracts whole articles and sends back only the small result records (far cheaper
    than shipping parsed documents back to one process that would do all the extraction)."""
    articles = list(articles)
    _load_for_good()                               # loaded once, shared with forked workers
    if jobs <= 1 or len(articles) < 2:
        for parsed in parse_articles(articles):
            yield _extract_or_report(parsed)
        return
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with context.Pool(jobs) as pool:
        yield from pool.imap(_extract_one, articles, chunksize=2)


@functools.cache
def _load_for_good() -> None:
    """The model and the place lists, loaded once per process; then every object made so far is
    moved out of the garbage collector's reach (`gc.freeze`): they live as long as the process,
    and each full collection during the run would otherwise walk them all again (about a tenth of
    a second each time; it also spares forked workers copying the pages the walk would touch)."""
    load_nlp()
    load_places()
    gc.freeze()


def _extract_one(article: Article) -> ArticleExtraction:
    return _extract_or_report(next(parse_articles([article])))


def _extract_or_report(parsed: ParsedArticle) -> ArticleExtraction:
    """The article's extraction, or what went wrong: a rule that fails on one article's
    wording must not cost the briefing all the others."""
    try:
        return extract_parsed(parsed)
    except Exception as problem:
        frame = traceback.extract_tb(problem.__traceback__)[-1]        # where it was raised
        place = f"{os.path.basename(frame.filename)}:{frame.lineno}"
        return ArticleExtraction.failed(parsed.article.id, f"{type(problem).__name__}: {problem} at {place}")
