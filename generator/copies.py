"""Wire copies: the same report run by several outlets, with their own headline, boilerplate
or an added sentence, becomes one article that lists its copies.

Articles are compared by their word 3-grams: MinHash signatures and locality-sensitive
hashing (datasketch) find the candidates in about linear time, so thousands of articles stay
fast; a candidate pair is folded only when its estimated Jaccard similarity is at least
`SIMILARITY`. Two reports of one event written separately share far fewer 3-grams than that.
The article kept is the earliest (then the longest); the others become its copies.
"""
from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH

from .model import Article

SIMILARITY = 0.6
PERMUTATIONS = 128
MIN_WORDS = 25          # shorter texts share too few 3-grams to be judged


def shingles(text: str) -> set[bytes]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + 3]).encode("utf-8") for i in range(max(0, len(words) - 2))}


def signature(text: str) -> MinHash:
    minhash = MinHash(num_perm=PERMUTATIONS, seed=1)
    minhash.update_batch(list(shingles(text)))
    return minhash


def fold_copies(articles: list[Article]) -> tuple[list[Article], list[str]]:
    """The articles with wire copies folded into one; a line per folded copy."""
    candidates = [a for a in articles if a.words >= MIN_WORDS]
    signatures = {a.id: signature(_body(a)) for a in candidates}
    lsh = MinHashLSH(threshold=SIMILARITY, num_perm=PERMUTATIONS)
    for a in candidates:
        lsh.insert(a.id, signatures[a.id])
    by_id = {a.id: a for a in articles}
    kept_for: dict[str, str] = {}
    for a in sorted(candidates, key=_preference):
        if a.id in kept_for:
            continue
        for other in sorted((by_id[i] for i in lsh.query(signatures[a.id])), key=_preference):
            if other.id != a.id and other.id not in kept_for and \
                    signatures[a.id].jaccard(signatures[other.id]) >= SIMILARITY:
                kept_for[other.id] = a.id
    notes = []
    for copy_id, keep_id in kept_for.items():
        copy, keep = by_id[copy_id], by_id[keep_id]
        keep.copies.append({"path": copy.path, "source": copy.source, "url": copy.url, "date": copy.date})
        notes.append(f"{copy.path}: the same report as {keep.path}; folded into it as a copy")
    for keep in by_id.values():
        keep.copies.sort(key=lambda c: (c["date"] or "", c["path"]))
    return [a for a in articles if a.id not in kept_for], notes


def _body(article: Article) -> str:
    """The text without its headline: outlets retitle wire copies."""
    first, _, rest = article.text.partition("\n")
    return rest if article.title and first.strip() == article.title and rest.strip() else article.text


def _preference(article: Article) -> tuple:
    return (article.date or "9999", -article.words, article.path, article.id)
