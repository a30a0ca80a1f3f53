"""Roles and affiliations of the people of one article: what titles, appositions,
possessives and copulas say they are and whom they serve ('Defence Secretary X',
'X, head of Iran's Quds Force', 'X, who was the party's treasurer')."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..lexicon import (HONORIFIC_WORDS, HONORIFICS, ORG_HEADS, PORTFOLIOS, ROLE_NAME_PREPOSITIONS,
                       ROLE_NOUNS, ROLE_PREPOSITIONS, STATE_BODIES, STATE_ROLES, TITLE_WORDS, TITLES)
from ..model import Mention
from ..names import canonical, clean_surface
from .actor_names import NameSpan, is_location
from .parse import ParsedArticle

if TYPE_CHECKING:
    from .actors import ActorIndex


def add_role(parsed: ParsedArticle, index: "ActorIndex", span: NameSpan) -> None:
    mention = index.mentions[span.key]
    found = [_premodifier_role(parsed, index, span), *_described_roles(parsed, index, span.head)]
    role = next((r for r, _ in found if r), None)
    affiliation = next((a for _, a in found if a and a != span.key), None)
    if not role and span.titles:
        title = " ".join(span.titles)
        if title.rstrip(".").lower() not in HONORIFIC_WORDS:
            role = title
    if role and not mention.role:
        mention.role = role
    if affiliation and not mention.affiliation:
        mention.affiliation = affiliation
    if mention.role and not mention.affiliation and set(mention.role.lower().split()) & STATE_ROLES:
        mention.affiliation = _acting_country(parsed, index, span)


def _role_words(tokens: list[Token], parsed: ParsedArticle, index: "ActorIndex") -> tuple[str | None, str | None]:
    """Split modifier tokens into a role phrase and an affiliated actor's key:
    'Liberal Democrat deputy leader' -> ('deputy leader', 'Liberal Democrats')."""
    affiliation = None
    words: list[str] = []
    for run in _runs(tokens):
        key = None if affiliation or is_location(run[-1]) else _run_actor(run, parsed, index)
        if key:
            affiliation = affiliation or key
            continue
        for t in run:
            if t.dep_ in ("det", "case", "punct", "poss", "predet") or t.lower_ in HONORIFICS:
                continue
            words.append(t.text)
    role = " ".join(words).strip()
    has_role_word = any(w.lower().rstrip(".") in ROLE_NOUNS | TITLES for w in words)
    return (role if role and has_role_word else None), affiliation


def _is_name_word(t: Token) -> bool:
    low = t.lower_.rstrip(".")
    return (t.is_title or t.is_upper) and t.is_alpha and low not in ROLE_NOUNS | TITLE_WORDS | PORTFOLIOS


def _runs(tokens: list[Token]) -> list[list[Token]]:
    """Consecutive capitalised name words form one run; every other token is its own run."""
    runs: list[list[Token]] = []
    for t in tokens:
        if runs and _is_name_word(t) and _is_name_word(runs[-1][-1]) and runs[-1][-1].i == t.i - 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


def _run_actor(run: list[Token], parsed: ParsedArticle, index: "ActorIndex") -> str | None:
    if not _is_name_word(run[0]):
        return None
    text = " ".join(t.text for t in run)
    known = canonical(text)
    if known:
        return index.add(known[0], known[1], text)
    key = index.find(text) or index.key_for(parsed, run[-1])
    if key:
        return key
    if any(t.ent_type_ in ("ORG", "NORP") for t in run):
        return _entity_key(parsed, index, run[-1])
    return None


def _entity_key(parsed: ParsedArticle, index: "ActorIndex", token: Token) -> str | None:
    """An organisation named inside a phrase but not yet an actor: make it one."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if ent is None:
        return None
    name = clean_surface(ent.text)
    if not name or name.lower() in TITLE_WORDS:
        return None
    known = canonical(name)
    return index.add(*(known if known else (name, "organization")), surface=name)


def _premodifier_role(parsed: ParsedArticle, index: "ActorIndex", span: NameSpan) -> tuple[str | None, str | None]:
    """'Defence Secretary Donald Rumsfeld', 'Tory leader Michael Howard'."""
    head = span.head
    name_start = head.i - len(span.surface.split()) + 1
    modifiers = [t for t in head.lefts if t.i < name_start and t.dep_ in ("compound", "amod", "nmod", "poss")]
    if not modifiers:
        return None, None
    start = min(m.left_edge.i for m in modifiers)
    tokens = [t for t in head.doc[start:name_start]]
    return _role_words(tokens, parsed, index)


def _described_roles(parsed: ParsedArticle, index: "ActorIndex", head: Token) -> list[tuple[str | None, str | None]]:
    """Roles from the phrases that describe a name:
    'X, the Alliance's Foreign Minister,' / 'X, head of Iran's Quds Force' (apposition),
    'his predecessor as Cabinet Secretary, X' (X in apposition to the role),
    'X, who was the party's treasurer' / 'X was the deputy commander of the PMF' (copula),
    'X, of the provincial council,' (a bare 'of' phrase)."""
    found = []
    for child in head.rights:
        if child.dep_ == "appos" and child.ent_type_ != "PERSON":
            found.append(_noun_role(parsed, index, child))
        elif child.dep_ == "relcl" and child.lemma_ == "be":
            found += [_noun_role(parsed, index, a) for a in child.children if a.dep_ == "attr"]
        elif child.dep_ == "prep" and child.lower_ == "of" and child.i == head.i + 2 and head.nbor(1).text == ",":
            body = _phrase_actor(parsed, index, child)       # 'X, of the provincial council,'
            found.append((f"member {child.text} {_words(child)}" if body else None, body))
        elif child.dep_ == "prep" and child.lower_ == "of" and child.i == head.i + 1:
            found.append((None, _phrase_actor(parsed, index, child)))   # 'President Assad of Syria'
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        found.append((None, _noun_role(parsed, index, head.head.head)[1]))  # 'the al Qaeda network of X'
    if head.dep_ == "appos" and head.head.lemma_.lower() in ROLE_NOUNS | TITLES:
        found.append(_noun_role(parsed, index, head.head))
    if head.dep_ == "nsubj" and head.head.lemma_ == "be":
        found += [_noun_role(parsed, index, a) for a in head.head.children if a.dep_ == "attr"]
    return found


def _noun_role(parsed: ParsedArticle, index: "ActorIndex", noun: Token) -> tuple[str | None, str | None]:
    """A describing noun phrase as (role, affiliation): 'the deputy commander of the PMF'."""
    key = index.key_for(parsed, noun)
    if key and index.mentions[key].type != "person":
        return None, key          # 'X, FIFA,': the phrase is the body itself
    tokens = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("relcl",)]
    role, affiliation = _role_words(tokens, parsed, index)
    if role is None and noun.lemma_.lower() not in ROLE_NOUNS | TITLES:
        return None, affiliation
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in ROLE_PREPOSITIONS), None)
    if prep is not None and prep.lower_ != "in":
        inner = _phrase_actor(parsed, index, prep)
        if inner and not affiliation:
            affiliation = inner
        elif role and prep.lower_ in ROLE_NAME_PREPOSITIONS and not inner:
            role = f"{role} {prep.text} {_words(prep)}"
    return role, affiliation


def _words(prep: Token) -> str:
    return " ".join(t.text for t in list(prep.subtree)[1:] if t.dep_ not in ("det", "punct"))


def _phrase_actor(parsed: ParsedArticle, index: "ActorIndex", prep: Token) -> str | None:
    """The body a prepositional phrase names: its object's own name first ('head of Iran's
    Quds Force' is the Quds Force, not Iran), then any name inside it; a phrase headed by
    an organisation word ('the provincial council') becomes an actor of its own."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    key = index.key_for(parsed, obj) or _entity_key_at(parsed, index, obj)
    if key:
        return key
    named = [index.key_for(parsed, t) for t in obj.subtree if t.i < obj.i]
    named = [k for k in named if k and index.mentions[k].type != "person"]
    if named:
        return named[0]           # 'at the Northern Alliance embassy': the Northern Alliance
    if obj.lemma_.lower() in ORG_HEADS | ROLE_NOUNS and obj.pos_ == "NOUN":
        name = " ".join(t.text for t in obj.subtree if t.i <= obj.i and t.dep_ not in ("det", "poss", "case", "punct"))
        return index.add(name, "organization" if obj.lemma_.lower() in ORG_HEADS else "person")
    _, key = _role_words([t for t in obj.subtree if t.dep_ != "relcl"], parsed, index)
    return key


def _entity_key_at(parsed: ParsedArticle, index: "ActorIndex", token: Token) -> str | None:
    if token.ent_type_ in ("ORG", "NORP", "GPE") and not is_location(token):
        return _entity_key(parsed, index, token)
    return None




def state_of_body(index: "ActorIndex", mention: Mention) -> str | None:
    """'United States Department of Defense' and 'Iranian Revolutionary Guard Corps' belong to
    the country in their name; a nameless 'Interior Ministry' to the article's main country."""
    words = mention.name.split()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            known = canonical(" ".join(words[i:i + size]))
            if known and known[1] == "country" and " ".join(words) != " ".join(words[i:i + size]):
                return index.add(known[0], "country")
    if words and words[-1].lower() in STATE_BODIES or words and words[0].lower() in STATE_BODIES:
        return _main_country(index)
    return None


def _main_country(index: "ActorIndex") -> str | None:
    counts: dict[str, int] = {}
    for _, _, key in index.order:
        if key in index.mentions and index.mentions[key].type == "country":
            counts[key] = counts.get(key, 0) + 1
    return max(counts, key=lambda k: (counts[k], k)) if counts else None


def _acting_country(parsed: ParsedArticle, index: "ActorIndex", span: NameSpan) -> str | None:
    """The state an office-holder serves: a country named in the same sentence that is not
    just a place ('in Indonesia'), else the country the article names most."""
    for token in parsed.sentences[span.sentence]:
        key = index.key_for(parsed, token)
        acting = token.dep_ in ("nsubj", "poss") or token.head.dep_ == "nsubj" and token.dep_ == "compound"
        if key and index.mentions[key].type == "country" and acting:
            return key
    return _main_country(index)
