"""Actors of one article: named people, organisations and countries, merged within the
article, with the role and affiliation that titles, appositions and possessives give them.

The names come from actor_names.py (the recogniser's names, repaired), roles and
affiliations from roles.py; this module makes them one index of actors and keeps places
only when they act.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..lexicon import ORG_HEADS, PLACE_ONLY_PREPS
from ..model import Mention, MentionSpan
from ..names import NameLookup, norm
from .actor_names import NameSpan, find_name_spans, is_location, modifies_a_work
from .parse import ParsedArticle
from .roles import main_country, add_role, drop_guesses_for_a_qualified_country, state_of_body


@dataclass
class ActorIndex:
    """The article's actors, and which token of the text names which of them."""
    mentions: dict[str, Mention] = field(default_factory=dict)
    by_token: dict[tuple[int, int], str] = field(default_factory=dict)
    order: list[tuple[int, int, str]] = field(default_factory=list)  # (sentence, char offset, key), in text order
    spans: list[MentionSpan] = field(default_factory=list)           # the words that name each actor
    names: NameLookup = field(default_factory=lambda: NameLookup(known_names=True))

    def key_for(self, parsed: ParsedArticle, token: Token) -> str | None:
        return self.by_token.get(parsed.token_key(token))

    def find(self, text: str) -> str | None:
        """The key of the actor a name refers to, by any of its forms."""
        return self.names.find(text)

    def add(self, name: str, kind: str, surface: str | None = None) -> str:
        key = self.find(name) or name
        mention = self.mentions.setdefault(key, Mention(key=key, name=name, type=kind))
        self._add_forms(mention, [name, surface or name])
        return key

    def _add_forms(self, mention: Mention, forms: list[str]) -> None:
        self.names.add(mention.key, mention.name)
        for form in forms:
            if form != mention.name and form not in mention.aliases:
                mention.aliases.append(form)
            self.names.add(mention.key, form)


def find_actors(parsed: ParsedArticle) -> ActorIndex:
    spans = find_name_spans(parsed)
    index = ActorIndex()
    for span in spans:
        if span.kind == "place":
            continue
        kind = "organization" if span.kind == "org" else span.kind
        m = index.mentions.setdefault(span.key, Mention(key=span.key, name=span.key, type=kind))
        index._add_forms(m, [span.surface, span.name])
        if span.acronym and span.acronym not in m.acronyms:
            m.acronyms.append(span.acronym)
        index.by_token[parsed.token_key(span.head)] = span.key
        for t in span.words:        # a name that took in the recogniser's neighbouring entity
            if t.ent_type_ and not _same_entity(t, span.head):          # ("United Nations Educational, …")
                index.by_token.setdefault(parsed.token_key(t), span.key)
        index.order.append((span.sentence, parsed.offset(span.head.doc) + span.head.idx, span.key))
    index.order.sort()
    _drop_locations(parsed, index, spans)
    index.spans = [(s.sentence, *parsed.sentence_offsets(s.sentence, s.words), s.key)
                   for s in spans if s.kind != "place" and s.key in index.mentions]
    for span in spans:
        if span.kind == "person" and span.key in index.mentions:
            add_role(parsed, index, span)
    for mention in list(index.mentions.values()):
        if mention.type == "organization" and not mention.affiliation:
            mention.affiliation, mention.affiliation_fallback = state_of_body(parsed, index, mention)
    drop_guesses_for_a_qualified_country(parsed, index)
    return index


def _same_entity(a: Token, b: Token) -> bool:
    ent = next((e for e in a.doc.ents if e.start <= a.i < e.end), None)
    return ent is not None and ent.start <= b.i < ent.end


def _drop_locations(parsed: ParsedArticle, index: ActorIndex, spans: list[NameSpan]) -> None:
    """Organisations and countries named only as where something happens ("in Dushanbe",
    "fighting in Syria") are places, save the article's main country (its bodies' state); so is
    a "person" without a title named only after 'in', 'at' or 'near' (people are written to,
    met with and heard from, not found in)."""
    main = main_country(parsed, index)
    for key in {s.key for s in spans if s.kind in ("org", "country")}:
        uses = [s for s in spans if s.key == key]
        if all(is_location(s.head) for s in uses) and key in index.mentions and key != main:
            if not any(w in ORG_HEADS for w in norm(key).split()):
                _remove(index, key)
    for key in {s.key for s in spans if s.kind == "org"}:
        if key in index.mentions and all(modifies_a_work(s.head) for s in spans if s.key == key):
            _remove(index, key)                 # 'the BBC's Talking Point programme': a programme
    for key in {s.key for s in spans if s.kind == "person"}:
        uses = [s for s in spans if s.key == key]
        if key in index.mentions and not any(s.titles for s in uses) \
                and all(is_location(s.head) and s.head.head.lower_ in PLACE_ONLY_PREPS for s in uses):
            _remove(index, key)                 # 'in Maidan Shahr' read as a person: a town


def _remove(index: ActorIndex, key: str) -> None:
    del index.mentions[key]
    index.names.remove(key)
    index.by_token = {t: k for t, k in index.by_token.items() if k != key}
    index.order = [o for o in index.order if o[2] != key]
