"""The names in one article, as the entity recogniser found them but repaired.

spaCy's small model finds the names but often mislabels or mis-cuts them ("Northern
Alliance" as a location, "Lord Butler" as an organisation, "Leaders of African Union");
the rules here cut each name to its words, correct its kind from the words around it,
add people only a title marks, and give every occurrence the key of its actor.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..lexicon import (ADJECTIVE_PREFIXES, ARTICLES, COLLECTIVE_OWNERS, COUNTRIES, LOCATIVE_PREPS,
                       NAME_PREFIXES, ORG_HEADS, PERSON_TITLES, PORTFOLIOS, SPEECH_VERBS, TITLE_WORDS)
from ..names import canonical, clean_surface, initials, norm, strip_titles
from .parse import ParsedArticle

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
DEMONYMS = {norm(a) for aliases in COUNTRIES.values() for a in aliases}
ADJECTIVE_PREFIX = re.compile(rf"({'|'.join(ADJECTIVE_PREFIXES)})-", re.I)   # "intra-Africa"


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



def find_name_spans(parsed: ParsedArticle) -> list[NameSpan]:
    """Every occurrence of a name, with its kind and the key of the actor it names."""
    spans = _name_spans(parsed)
    _fix_kinds(spans)
    _assign_keys(spans)
    return spans


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
    while tokens and tokens[0].lower_ in ARTICLES:
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
    if not re.search(r"[A-Za-z]", name) or name.lower() in TITLE_WORDS or ADJECTIVE_PREFIX.match(name):
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
        if s.kind == "place" and is_source(s.head):
            # a "place" that speaks is a misread name: "According to Helen Park, ..."
            s.kind = "person" if len(s.name.split()) > 1 and not any(
                is_location(o.head) for o in spans if o.name == s.name) else "org"
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


def is_source(token: Token) -> bool:
    """The subject of a speech verb, or X in 'according to X'."""
    head = token.head
    if token.dep_ == "nsubj" and head.lemma_ in SPEECH_VERBS:
        return True
    return token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"


def is_location(token: Token) -> bool:
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS and not is_source(token)
