"""The bodies of one article as a reader keeps them: which kind nouns each organisation may be
called by, and where it is mentioned; and the one resolution of a description to a body.

A body may be called by
- its name's head noun ('the union' for the Harbour Dockers Union, 'the ministry' for the Ministry
  of Health), and the kinds bodies so named are (KIND_NAME_HEADS: 'the agency' for a '... Authority',
  'the regulator' for a '... Commission');
- the kinds a company's legal form or a court's name says it is (BODY_KINDS_OF_NAME_HEADS: 'the
  group' for 'X Bhd', 'the bench' for 'the X High Court');
- a kind the article writes with it ('X, a Stockholm-based consortium,', 'campaign group X':
  `ActorIndex.kinds_written_with`).

`body_described` resolves a description ('the union' in the text, a bare 'Union' in a headline) to
the one body of that kind in the article, else to the body of that kind mentioned last before it
with no other of the kind in that sentence and no unnamed one of the kind ('a rival union') since;
else None: an empty actor is better than a wrong one.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import ARTICLES, BODY_KINDS_OF_NAME_HEADS, KIND_NAME_HEADS
from ..names import name_head
from .actors import ActorIndex
from .parse import ParsedArticle, article_before, child_tokens

_INDEFINITES = ("a", "an", "another")


def kinds_of(index: ActorIndex, key: str) -> set[str]:
    """Every kind noun the organisation `key` may be called by in its article (memoised per index)."""
    cache = index.__dict__.setdefault("_body_kinds", {})
    if key not in cache:
        mention = index.mentions[key]
        kinds: set[str] = set()
        if mention.type == "organization":
            head = name_head(mention.name).lower()
            if len(mention.name.split()) > 1:
                kinds.add(head)
                kinds |= {noun for noun, heads in KIND_NAME_HEADS.items() if head in heads}
                kinds |= BODY_KINDS_OF_NAME_HEADS.get(head, set())
            for token, written in index.kinds_written_with.items():
                if index.by_token.get(token) == key:
                    kinds |= {w for w in written if w.isalpha() and w not in ARTICLES}
        cache[key] = kinds
    return cache[key]


def bodies_of_kind(index: ActorIndex, kind: str) -> list[str]:
    return [key for key, m in index.mentions.items() if m.type == "organization" and kind in kinds_of(index, key)]


def _unnamed_of_kind_between(parsed: ParsedArticle, index: ActorIndex, kind: str, after: int, n: int,
                             noun: Token) -> bool:
    """'a rival union', 'another trust': an unnamed body of the kind written in sentences after..n
    before the description (not one describing a name: 'X, a union of weavers,')."""
    for t in article_before(parsed, n, noun):
        if parsed.sentence_no(t) <= after:
            continue
        if t.pos_ == "NOUN" and t.lemma_.lower() == kind and t.dep_ not in ("appos", "attr") \
                and not index.key_for(parsed, t) \
                and any(c.dep_ == "det" and c.lower_ in _INDEFINITES for c in child_tokens(t)):
            return True
    return False


def body_described(parsed: ParsedArticle, index: ActorIndex, order: list[tuple[int, int, str]], noun: Token,
                   n: int, forward: bool = False) -> str | None:
    """The body the kind noun `noun` of sentence n takes up ('The union said', 'according to the
    agency', a headline's 'Union warns'): the one organisation of the article that may be called so,
    named before it (or anywhere, where `forward`: a headline speaks of what the story names);
    else the one of the kind named last before it, where that sentence names no other of the kind;
    none where an unnamed body of the kind is written after it."""
    kind = noun.lemma_.lower()
    bodies = set(bodies_of_kind(index, kind))
    if not bodies:
        return None
    at = (n, parsed.offset(noun.doc) + noun.idx)
    before = [(no, key) for no, offset, key in order if key in bodies and (no, offset) < at]
    if not before:
        return bodies.pop() if forward and len(bodies) == 1 else None
    last = max(no for no, _ in before)
    keys = {key for no, key in before if no == last}
    if len(keys) != 1:
        return None
    key = keys.pop()
    if _unnamed_of_kind_between(parsed, index, kind, last, n, noun):
        return None
    return key


def kind_of_the_description(noun: Token, names: list[str]) -> bool:
    """'the union', 'The bench', a headline's bare 'Union': a singular common noun with 'the' or no
    determiner, and no word that narrows it to another body ('the regional agency', 'the state's
    union', 'the union of drivers'), but a word of the body's own name ('the logistics group' for
    X Logistics Group)."""
    if noun.tag_ not in ("NN", "NNP") or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.pos_ == "PROPN" and noun.i != noun.sent.start:
        return False        # ('Union' inside a name)
    words = {w.lower() for name in names for w in name.split()}
    for c in child_tokens(noun):
        if c.dep_ == "det" and c.lower_ == "the" or c.dep_ in ("punct", "case"):
            continue
        if c.dep_ == "compound" and c.lower_ in words:
            continue
        if c.dep_ in ("relcl", "acl", "appos"):
            continue
        return False
    return True
