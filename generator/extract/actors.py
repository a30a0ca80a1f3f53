"""Actors of one article: named people, organisations and countries, merged within the
article, with the role and affiliation that titles, appositions and possessives give them.

spaCy's small model finds the names but often mislabels them ("Northern Alliance" as a
location, "Lord Butler" as an organisation); the rules here correct the type from the
words around a name, and keep places only when they act.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..lexicon import (COUNTRIES, HONORIFICS, PERSON_TITLES, PORTFOLIOS, ROLE_NOUNS, SPEECH_VERBS,
                       STATE_ROLES, TITLES)
from ..model import Mention, MentionSpan
from ..names import NameLookup, canonical, clean_surface, initials, norm, strip_titles
from .parse import ParsedArticle

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
ORG_HEADS = {"alliance", "party", "council", "committee", "ministry", "department", "agency",
             "union", "front", "movement", "organisation", "organization", "army", "network",
             "association", "commission", "court", "bank", "government", "parliament",
             "assembly", "congress", "senate", "office", "institute", "foundation",
             "federation", "league", "coalition", "corporation", "company", "bureau",
             "service", "police", "campaign", "group", "forces", "directorate", "fund",
             "board", "authority", "administration", "cabinet", "corps", "brigade",
             "university", "college", "times", "post", "news", "journal", "inc", "ltd",
             "plc", "co", "corp", "centre", "center", "programme", "program", "club",
             "trust", "society", "institution", "embassy", "marines", "navy", "guard"}
LOCATIVE_PREPS = {"in", "at", "near", "from", "to", "outside", "inside", "across", "into",
                  "towards", "toward", "around", "through", "throughout", "within", "over"}
ALL_TITLES = {t.rstrip(".") for t in HONORIFICS | TITLES}
NAME_PREFIXES = {t.rstrip(".") for t in HONORIFICS | PERSON_TITLES}
DEMONYMS = {norm(a) for aliases in COUNTRIES.values() for a in aliases}


@dataclass
class NameSpan:
    """One occurrence of a name in the text."""
    surface: str            # as written, cleaned ("Lord Butler", "US")
    name: str               # without honorifics ("Butler")
    kind: str               # person | organization | country | place
    head: Token
    sentence: int
    titles: list[str]
    words: Span                     # the name as written, titles included, possessive excluded
    key: str = ""
    acronym: str | None = None      # "(PKK)" written right after the name


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
    spans = _name_spans(parsed)
    _fix_kinds(spans)
    _assign_keys(spans)
    index = ActorIndex()
    for span in spans:
        if span.kind == "place":
            continue
        kind = "organization" if span.kind == "org" else span.kind
        m = index.mentions.setdefault(span.key, Mention(key=span.key, name=span.key, type=kind))
        index._add_forms(m, [span.surface, span.name])
        index.by_token[parsed.token_key(span.head)] = span.key
        index.order.append((span.sentence, parsed.offset(span.head.doc) + span.head.idx, span.key))
    index.order.sort()
    _drop_locations(index, spans)
    index.spans = [(s.sentence, *parsed.sentence_offsets(s.sentence, s.words), s.key)
                   for s in spans if s.kind != "place" and s.key in index.mentions]
    for span in spans:
        if span.kind == "person" and span.key in index.mentions:
            _add_role(parsed, index, span)
    for mention in list(index.mentions.values()):
        if mention.type == "organization" and not mention.affiliation:
            mention.affiliation = _state_of_body(index, mention)
    return index


def _name_spans(parsed: ParsedArticle) -> list[NameSpan]:
    spans = []
    for n, sent in enumerate(parsed.sentences):
        for ent in sent.ents:
            if ent.label_ not in NAME_LABELS:
                continue
            span = _name_span(ent, n)
            if span:
                spans.append(span)
        spans.extend(_titled_names(sent, n))
    return spans


def _titled_names(sent: Span, n: int) -> list[NameSpan]:
    """People the entity recogniser missed but a title marks: 'Lord Hale', 'Dr Ruiz'."""
    out = []
    tokens = list(sent)
    for i, t in enumerate(tokens[:-1]):
        word = t.text.rstrip(".").lower()
        plural = word.endswith("s") and word[:-1] in PERSON_TITLES      # "Presidents A B of X and C D of Y"
        if not (t.is_title and (word in NAME_PREFIXES or plural)):
            continue
        run = []
        for u in tokens[i + 1:]:
            if u.pos_ != "PROPN" or not u.is_title or u.ent_type_:
                break
            run.append(u)
        if run and not t.ent_type_:
            name = " ".join(u.text for u in run)
            title = t.text[:-1] if plural else t.text
            out.append(NameSpan(surface=f"{title} {name}", name=name, kind="person",
                                head=run[-1], sentence=n, titles=[title], words=sent.doc[t.i:run[-1].i + 1]))
    return out


def _name_span(ent: Span, sentence: int) -> NameSpan | None:
    tokens = list(ent)
    possessive = [t.i for t in tokens if t.text in ("'s", "’s")]
    if possessive and ent.label_ != "PERSON" and possessive[0] == tokens[1].i and tokens[-1].i - possessive[0] >= 2 \
            and tokens[0].lower_ not in COLLECTIVE_OWNERS:
        tokens = [t for t in tokens if t.i > possessive[0]]     # "Brown's Finance Facility", not "People's Party"
    tokens = [t for t in tokens if t.dep_ != "case" and t.text not in ("'s", "’s", "'")]
    breaks = [n for n, t in enumerate(tokens) if "\n" in t.text]
    if breaks:
        tokens = tokens[breaks[-1] + 1:]        # a dateline and the first sentence: "…2019\n\nLeaders of …"
    while tokens and tokens[0].lower_ in ("the", "a", "an"):
        tokens = tokens[1:]
    if len(tokens) > 2 and tokens[0].tag_ in ("NN", "NNS") and tokens[1].lower_ == "of" and _opens_sentence(tokens[0]):
        tokens = tokens[2:]                     # "Leaders of African Union" opening a sentence
    if "(" in [t.text for t in tokens]:
        tokens = tokens[:[t.text for t in tokens].index("(")]      # "Group of Eight (G8"
    while tokens and (tokens[-1].pos_ in ("ADP", "DET", "CCONJ") or tokens[-1].text in (",", "&", "-", "–")):
        tokens = tokens[:-1]                    # "Patrice Talon of"
    if not tokens:
        return None
    if len(tokens) == 1 and tokens[0].pos_ not in ("PROPN", "NOUN") and ent.label_ != "PERSON" \
            and not canonical(tokens[0].text):
        return None     # a capitalised adjective or verb the recogniser took for a name
    doc = ent.doc
    start = tokens[0].i
    # honorifics just before the name belong to it: "Lord Butler", "Mr. Putin", "Gen. Smith"
    while start > 0 and doc[start - 1].text.rstrip(".").lower() in NAME_PREFIXES and doc[start - 1].is_title:
        start -= 1
    # "Liberal Democrat": a capitalised word before the entity that completes a known name
    if start > 0 and doc[start - 1].is_title and canonical(doc[start - 1:tokens[-1].i + 1].text):
        start -= 1
    surface = clean_surface(doc[start:tokens[-1].i + 1].text)
    if all(w.lower() in PORTFOLIOS for w in surface.split()):
        return None   # "Defence" in "Defence Secretary"
    name, titles = strip_titles(surface)
    if not re.search(r"[A-Za-z]", name) or name.lower() in ALL_TITLES or ADJECTIVE_PREFIX.match(name):
        return None
    head = ent.root
    known = canonical(name)
    if known:
        kind = "country" if known[1] == "country" else "org"
    elif titles and titles[0].rstrip(".").lower() in NAME_PREFIXES:
        kind = "person"
    elif name.split()[-1].lower() in ORG_HEADS:
        kind = "org"
    elif ent.label_ == "PERSON":
        kind = "person"
    elif ent.label_ == "ORG":
        kind = "org"
    elif ent.label_ == "NORP":
        return None   # a nationality or group adjective that names no country or body
    else:
        kind = "place"
    after = doc[tokens[-1].i + 1:tokens[-1].i + 4]
    acronym = after[1].text if len(after) == 3 and after[0].text == "(" and after[2].text == ")" \
        and _is_acronym_of(after[1].text, name) else None
    return NameSpan(surface=surface, name=name, kind=kind, head=head, sentence=sentence, titles=titles,
                    words=doc[start:tokens[-1].i + 1], acronym=acronym)


COLLECTIVE_OWNERS = ("people", "women", "children", "workers")
ADJECTIVE_PREFIX = re.compile(r"(intra|inter|pan|anti|pro|non|post|pre|trans|sub|multi)-", re.I)   # "intra-Africa"


def _opens_sentence(token: Token) -> bool:
    """First word of a sentence or paragraph: capitalised whatever it is."""
    return token.is_sent_start or (token.i > 0 and "\n" in token.doc[token.i - 1].text)


def _is_acronym_of(word: str, name: str) -> bool:
    """'PKK', 'U.N.' (capitals), or 'AfCFTA' for 'African Continental Free Trade Area' (its
    capitals are the name's initials)."""
    letters = word.replace(".", "")
    if not letters.isalnum() or len(letters) < 2:
        return False
    capitals = "".join(c for c in letters if c.isupper()).lower()
    return letters.isupper() or (len(capitals) >= 2 and letters[0].isupper() and capitals == initials(name))


# Which kind a name takes when its occurrences are split evenly (a titled person's surname
# misread once as an organisation stays a person; "place" is the weakest reading).
KIND_ON_A_TIE = {"person": 3, "org": 2, "country": 1}


def _fix_kinds(spans: list[NameSpan]) -> None:
    """A one-word 'organisation' or 'place' that is a person's surname is that person;
    'Afghan Taliban' is the Taliban when the article also names them without the adjective;
    a name takes the kind most of its occurrences have."""
    surnames = {s.name.split()[-1] for s in spans if s.kind == "person" and len(s.name.split()) > 1}
    bare_orgs = {s.name for s in spans if s.kind == "org"}
    for s in spans:
        if s.kind in ("org", "place") and s.name in surnames:
            s.kind = "person"
        if s.kind == "place" and _is_source(s.head):
            # a "place" that speaks is a misread name: "According to Helen Park, ..."
            s.kind = "person" if len(s.name.split()) > 1 and not any(
                _is_location(o.head) for o in spans if o.name == s.name) else "org"
        first, _, rest = s.name.partition(" ")
        if s.kind == "org" and norm(first) in DEMONYMS and rest in bare_orgs:
            s.name = rest
    votes: dict[str, list[str]] = {}
    for s in spans:
        votes.setdefault(norm(s.name), []).append(s.kind)
    for s in spans:
        kinds = votes[norm(s.name)]
        s.kind = max(kinds, key=lambda k: (kinds.count(k), KIND_ON_A_TIE.get(k, 0)))


def _assign_keys(spans: list[NameSpan]) -> None:
    """Give every span the key of its actor: fullest name of a person, canonical name of a
    country or body; surnames, acronyms and short forms join the full name they abbreviate."""
    fullest: dict[str, str] = {}          # norm(name) -> key, for multi-word names
    for s in sorted(spans, key=lambda s: -len(s.name.split())):
        known = canonical(s.name)
        if known:
            s.key = known[0]
            continue
        if s.kind == "person":
            s.key = _person_key(s, spans) or s.name
        else:
            s.key = _org_key(s, spans) or s.name
        fullest.setdefault(norm(s.name), s.key)
    # "Kurdistan Workers' Party (PKK)": the acronym names the same body
    by_acronym = {norm(s.acronym): s for s in spans if s.acronym and s.kind != "person"}
    for s in spans:
        full = by_acronym.get(norm(s.name))
        if full:        # whatever the recogniser took the acronym for
            s.key, s.kind = full.key, full.kind
    # one spelling per key: the same name written differently ("al-Qaeda", "al Qaeda")
    first_of: dict[str, str] = {}
    for s in spans:
        s.key = first_of.setdefault(norm(s.key), s.key)


def _person_key(s: NameSpan, spans: list[NameSpan]) -> str | None:
    words = s.name.split()
    candidates = [o for o in spans if o.kind == "person" and o.key and o is not s
                  and len(o.name.split()) > len(words)
                  and o.name.split()[-1] == words[-1]
                  and set(w.rstrip(".") for w in words) <= set(w.rstrip(".") for w in o.name.split())]
    if not candidates:
        return None
    keys = {c.key for c in candidates}
    if len(keys) == 1:
        return keys.pop()
    # two people share the surname: the one named last before this mention
    before = [c for c in candidates if (c.sentence, c.head.i) <= (s.sentence, s.head.i)]
    return (before[-1] if before else candidates[0]).key


def _org_key(s: NameSpan, spans: list[NameSpan]) -> str | None:
    n = norm(s.name)
    for o in spans:
        if o is s or o.kind not in ("org", "place") or not o.key or len(o.name.split()) <= len(s.name.split()):
            continue
        if n == initials(o.name) or n == norm(o.name.split()[-1]) and o.name.split()[-1][0].isupper():
            return o.key
    return None


def _drop_locations(index: ActorIndex, spans: list[NameSpan]) -> None:
    """Organisations named only as where something happens ("in Dushanbe") are places."""
    for key in {s.key for s in spans if s.kind == "org"}:
        uses = [s for s in spans if s.key == key]
        if all(_is_location(s.head) for s in uses) and key in index.mentions:
            if not any(w in ORG_HEADS for w in norm(key).split()):
                _remove(index, key)


def _is_source(token: Token) -> bool:
    """The subject of a speech verb, or X in 'according to X'."""
    head = token.head
    if token.dep_ == "nsubj" and head.lemma_ in SPEECH_VERBS:
        return True
    return token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"


def _is_location(token: Token) -> bool:
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS and not _is_source(token)


def _remove(index: ActorIndex, key: str) -> None:
    del index.mentions[key]
    index.names.remove(key)
    index.by_token = {t: k for t, k in index.by_token.items() if k != key}
    index.order = [o for o in index.order if o[2] != key]


# ---- roles and affiliations -------------------------------------------------------------

def _add_role(parsed: ParsedArticle, index: ActorIndex, span: NameSpan) -> None:
    mention = index.mentions[span.key]
    found = [_premodifier_role(parsed, index, span), *_described_roles(parsed, index, span.head)]
    role = next((r for r, _ in found if r), None)
    affiliation = next((a for _, a in found if a and a != span.key), None)
    if not role and span.titles:
        title = " ".join(span.titles)
        if title.rstrip(".").lower() not in {h.rstrip(".") for h in HONORIFICS}:
            role = title
    if role and not mention.role:
        mention.role = role
    if affiliation and not mention.affiliation:
        mention.affiliation = affiliation
    if mention.role and not mention.affiliation and set(mention.role.lower().split()) & STATE_ROLES:
        mention.affiliation = _acting_country(parsed, index, span)


def _role_words(tokens: list[Token], parsed: ParsedArticle, index: ActorIndex) -> tuple[str | None, str | None]:
    """Split modifier tokens into a role phrase and an affiliated actor's key:
    'Liberal Democrat deputy leader' -> ('deputy leader', 'Liberal Democrats')."""
    affiliation = None
    words: list[str] = []
    for run in _runs(tokens):
        key = None if affiliation or _is_location(run[-1]) else _run_actor(run, parsed, index)
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
    return (t.is_title or t.is_upper) and t.is_alpha and low not in ROLE_NOUNS | ALL_TITLES | PORTFOLIOS


def _runs(tokens: list[Token]) -> list[list[Token]]:
    """Consecutive capitalised name words form one run; every other token is its own run."""
    runs: list[list[Token]] = []
    for t in tokens:
        if runs and _is_name_word(t) and _is_name_word(runs[-1][-1]) and runs[-1][-1].i == t.i - 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


def _run_actor(run: list[Token], parsed: ParsedArticle, index: ActorIndex) -> str | None:
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


def _entity_key(parsed: ParsedArticle, index: ActorIndex, token: Token) -> str | None:
    """An organisation named inside a phrase but not yet an actor: make it one."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if ent is None:
        return None
    name = clean_surface(ent.text)
    if not name or name.lower() in ALL_TITLES:
        return None
    known = canonical(name)
    return index.add(*(known if known else (name, "organization")), surface=name)


def _premodifier_role(parsed: ParsedArticle, index: ActorIndex, span: NameSpan) -> tuple[str | None, str | None]:
    """'Defence Secretary Donald Rumsfeld', 'Tory leader Michael Howard'."""
    head = span.head
    name_start = head.i - len(span.surface.split()) + 1
    modifiers = [t for t in head.lefts if t.i < name_start and t.dep_ in ("compound", "amod", "nmod", "poss")]
    if not modifiers:
        return None, None
    start = min(m.left_edge.i for m in modifiers)
    tokens = [t for t in head.doc[start:name_start]]
    return _role_words(tokens, parsed, index)


def _described_roles(parsed: ParsedArticle, index: ActorIndex, head: Token) -> list[tuple[str | None, str | None]]:
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


def _noun_role(parsed: ParsedArticle, index: ActorIndex, noun: Token) -> tuple[str | None, str | None]:
    """A describing noun phrase as (role, affiliation): 'the deputy commander of the PMF'."""
    key = index.key_for(parsed, noun)
    if key and index.mentions[key].type != "person":
        return None, key          # 'X, FIFA,': the phrase is the body itself
    tokens = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("relcl",)]
    role, affiliation = _role_words(tokens, parsed, index)
    if role is None and noun.lemma_.lower() not in ROLE_NOUNS | TITLES:
        return None, affiliation
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("of", "at", "for", "to", "with", "in")), None)
    if prep is not None and prep.lower_ != "in":
        inner = _phrase_actor(parsed, index, prep)
        if inner and not affiliation:
            affiliation = inner
        elif role and prep.lower_ in ("of", "for") and not inner:
            role = f"{role} {prep.text} {_words(prep)}"
    return role, affiliation


def _words(prep: Token) -> str:
    return " ".join(t.text for t in list(prep.subtree)[1:] if t.dep_ not in ("det", "punct"))


def _phrase_actor(parsed: ParsedArticle, index: ActorIndex, prep: Token) -> str | None:
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


def _entity_key_at(parsed: ParsedArticle, index: ActorIndex, token: Token) -> str | None:
    if token.ent_type_ in ("ORG", "NORP", "GPE") and not _is_location(token):
        return _entity_key(parsed, index, token)
    return None


STATE_BODIES = {"ministry", "department", "office", "embassy", "army", "police", "government",
               "parliament", "navy", "forces", "directorate", "agency", "cabinet", "administration",
               "senate", "congress", "court", "guard", "corps", "military"}


def _state_of_body(index: ActorIndex, mention: Mention) -> str | None:
    """'United States Department of Defense' and 'Iranian Revolutionary Guard Corps' belong to
    the country in their name; a nameless 'Interior Ministry' to the article's main country."""
    words = mention.name.split()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            known = canonical(" ".join(words[i:i + size]))
            if known and known[1] == "country" and " ".join(words) != " ".join(words[i:i + size]):
                return index.add(known[0], "country")
    if words and words[-1].lower() in STATE_BODIES | {"ministry"} or words and words[0].lower() in STATE_BODIES:
        return _main_country(index)
    return None


def _main_country(index: ActorIndex) -> str | None:
    counts: dict[str, int] = {}
    for _, _, key in index.order:
        if key in index.mentions and index.mentions[key].type == "country":
            counts[key] = counts.get(key, 0) + 1
    return max(counts, key=lambda k: (counts[k], k)) if counts else None


def _acting_country(parsed: ParsedArticle, index: ActorIndex, span: NameSpan) -> str | None:
    """The state an office-holder serves: a country named in the same sentence that is not
    just a place ('in Indonesia'), else the country the article names most."""
    for token in parsed.sentences[span.sentence]:
        key = index.key_for(parsed, token)
        acting = token.dep_ in ("nsubj", "poss") or token.head.dep_ == "nsubj" and token.dep_ == "compound"
        if key and index.mentions[key].type == "country" and acting:
            return key
    return _main_country(index)
