"""Stage 3 — resolve: merge the per-article results into one briefing.

Local actors of all articles are clustered on evidence that holds across articles (the same
full name up to titles and middle initials, a country's or well-known body's other names, a
generic institution's name only within one country (one no article owns only where its own
article leads with that country), an acronym an article defines, a
surname that only one known person carries; never initials alone, never a collective such as
'critics'), each cluster becomes one
`Actor` with a stable ID, its roles ordered by the articles' dates, and positions and
figures are re-pointed from local keys to those IDs.

IDs are page URLs that readers bookmark, so an ID that existed in the previous run is kept
for the actor that carries one of its names, however the actor's display name changes (where
several do, for the one whose articles are most like its own): a run with nothing new
rewrites no ID, an added article renames no actor.
The result depends only on the set of articles, not on the order they were extracted in.
"""
from __future__ import annotations

import copy
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field, fields
from typing import Any, Callable

from .model import Actor, ArticleExtraction, Figure, Mention, MentionSpan, Position
from .lexicon import INITIALS_LEFT_OUT_WORDS, KINSHIP_NOUNS
from .lexicon import (COUNTRY_PLACE_PREPOSITIONS, DATELINE_MARKS, SENTENCE_CLOSING_MARKS, INDEFINITE_ARTICLES, NATIONAL_VOICE_NOUNS, ECONOMY_QUALIFIED_NOUNS, BRACKETED_PARTY_COUNTRY, DEPARTMENT_HEADS, BRACKETED_PARTY_LABELS, GENERIC_BODY_WORDS, NAME_LINK_WORDS, ORG_HEADS, PARTY_CODE_COUNTRY, PARTY_CODES, PARTY_FAMILY_WORDS,
                      PRIVATE_CAPACITY_WORDS, SEVERAL_PER_STATE, STATE_OFFICE_HEADS, TITLES_NEEDING_A_PORTFOLIO, NEWS_SERVICE_WORD)
from .names import (CANONICAL, canonical, expand_known_prefix, is_acronym, is_given_name, norm, without_legal_form,
                    person_key, slugify, strip_titles)
from .extract.evidence import capital_of, state_of_region

Node = tuple[str, str]          # (article id, local mention key)


@dataclass
class Briefing:
    """Everything the writer and the renderer need, resolved across articles."""
    actors: list[Actor] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    mentions: dict[str, list[MentionSpan]] = field(default_factory=dict)   # article id -> its spans, by actor ID


class _Clusters:
    """Union-find over local actors. Nodes of different classes (a curated split) never join."""

    def __init__(self, nodes: list[Node], classes: dict[Node, int] | None = None) -> None:
        self.parent = {n: n for n in nodes}
        self.classes = classes or {}

    def find(self, n: Node) -> Node:
        while self.parent[n] != n:
            self.parent[n] = self.parent[self.parent[n]]
            n = self.parent[n]
        return n

    def union(self, a: Node, b: Node) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb and self.classes.get(ra, -1) == self.classes.get(rb, -1):
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> dict[Node, list[Node]]:
        out: dict[Node, list[Node]] = {}
        for n in self.parent:
            out.setdefault(self.find(n), []).append(n)
        return out


def resolve(extractions: list[ArticleExtraction], previous: list[dict] | None = None,
            split: list[tuple[str, set[str]]] | None = None,
            dates: dict[str, str | None] | None = None) -> Briefing:
    """`previous`: the last run's actors.yaml (for stable IDs); `split`: (actor, name forms)
    pairs from curation: the forms that must leave that actor and make one of their own;
    `dates`: each article's ISO date, which orders an actor's roles over time."""
    extractions = sorted(extractions, key=lambda e: e.article)
    mentions = {(e.article, m.key): copy.copy(m) for e in extractions for m in e.mentions}
    _unify_types(mentions)
    cut = _surnames_cut_from_names(extractions, mentions)
    _surnames_taken_for_bodies(mentions)
    clusters = _cluster(mentions, _split_classes(mentions, split or [], previous or []), cut)
    actors, actor_of = _build_actors(clusters, mentions, dates or {})
    positions = _positions(extractions, actor_of)
    figures = _figures(extractions, actor_of)
    actors = _known_actors(actors, positions, figures)
    actors = _without_owners_named_only_in_their_bodies(actors, positions, figures, mentions, actor_of,
                                                        {e.article: e.sentences for e in extractions})
    _give_stable_ids(actors, previous or [], actor_of, positions, figures)
    known = {a.id for a in actors}
    spans = {e.article: [(n, start, end, actor_of[(e.article, key)]) for n, start, end, key in e.mention_spans
                         if actor_of[(e.article, key)] in known]
             for e in extractions}
    return Briefing(actors=actors, positions=positions, figures=figures, mentions=spans)


def _known_actors(actors: list[Actor], positions: list[Position], figures: list[Figure]) -> list[Actor]:
    """A single capitalised word the recogniser took for a person, with no title, full name or
    role in any article, is no person: newswriting introduces people by their full name. It
    is dropped ('Brexit', 'Austin'), or, where it speaks or gives figures, kept: as a person
    where it is the surname or an inner name of people the briefing names in full (which one is
    unsure) or the article writes it as someone's relative (`_spoken_of_as_a_person`), else as the body
    it then most likely is ('Yukos said')."""
    speaking = {p.actor for p in positions} | {f.actor for f in figures}
    surnames = {word for a in actors if a.type == "person" and len(a.name.split()) > 1
                for word in person_key(a.name).split()[1:]}     # the last word, or an inner one ('Tariq' of 'Omar Tariq Haddad')
    surnames |= _spoken_of_as_a_person(actors, positions)
    unknown = {a.id for a in actors if a.type == "person" and not a.role
               and all(len(form.split()) == 1 for form in [a.name, *a.aliases])}
    unsure = {a.id for a in actors if a.type == "person" and not a.role and a.id not in speaking
              and _unlike_a_persons_name(a)}
    actors = [a for a in actors if a.id not in unsure]
    for a in actors:
        if a.affiliation in unsure:
            a.affiliation = None
    for a in actors:
        if a.affiliation in unknown - speaking:
            a.affiliation = None
        if a.id in unknown & speaking and person_key(a.name) not in surnames:
            a.type = "organization"
    return [a for a in actors if a.id not in unknown - speaking]


def _spoken_of_as_a_person(actors: list[Actor], positions: list[Position]) -> set[str]:
    """The one-word names (as `person_key`s) a statement's speaker written as a relative's noun stands for
    ('Her daughter, Lorna, told reporters'): a body is never someone's daughter. Not 'he' or 'she' resolved to the
    name: a pronoun's resolution may land on a place or a body named nearby."""
    marked = {p.actor for p in positions if p.actor and p.speaker
              and p.speaker.split()[-1].lower().strip(",.") in KINSHIP_NOUNS}
    return {person_key(a.name) for a in actors if a.id in marked and len(a.name.split()) == 1}


def _without_owners_named_only_in_their_bodies(actors: list[Actor], positions: list[Position], figures: list[Figure],
                                               mentions: dict[Node, Mention], actor_of: dict[Node, str],
                                               sentences: dict[str, list[str]]) -> list[Actor]:
    """'The Kessa Rivers Authority said …', 'workers under the Veland Labour Congress': the
    country or region a body's name opens or ends on is that body's owner, but where no article
    writes it by itself (no mention of its own, no statement or figure, no one else's affiliation)
    its only words are the body's: it makes no page, and the body's name says whose it is. So for
    a country whose only members are bodies whose own names carry it (its people's word or short
    form, 'the Kessan Taxation Office'; not a state's well-known body nor a bare 'Ministry of
    Health' tied to the article's main country, whose page alone says whose they are), where its articles write none of its
    names, short forms, people's words or its capital outside its actors' names: a state is an
    actor where it acts, and no word of it is left to act (issue 12 §2). Not an owner a person
    belongs to (that affiliation is the only word on whose the person is), nor a country written
    outside the names of the article's actors ('the Kessan stance', 'Kessan diplomats', 'Kessa City sent a note': the
    article's other rules judge those words), nor a region or body owner that only other bodies not
    carrying its name belong to."""
    written = {actor_of[n] for n, m in mentions.items() if m.count > 0}
    speaking = {p.actor for p in positions} | {f.actor for f in figures}
    members: dict[str, list[Actor]] = {}
    for a in actors:
        if a.affiliation:
            members.setdefault(a.affiliation, []).append(a)
    silent = {a.id for a in actors if a.id not in written and a.id not in speaking and a.id in members
              and a.type != "person" and all(m.type != "person" for m in members[a.id])
              and (all(_named_inside(a, m.name) for m in members[a.id])
                   or a.type == "country" and all(_carries_the_country(a, m.name) for m in members[a.id])
                   and not _written_outside_other_names(a, actors, sentences))}
    for a in actors:
        if a.affiliation in silent:
            a.affiliation = None
    return [a for a in actors if a.id not in silent]


# a run of capitalised words, with 'and' or 'of' inside ('Trinidad and Tobago', 'Republic of Kessa')
_CAPITALISED_RUN = re.compile(r"(?:The\s+)?([A-Z][\w.'’-]*(?:\s+(?:(?:and|of)\s+)?[A-Z][\w.'’-]*)*)")
_CAPITALISED_WORD = re.compile(r"[A-Z][\w.'’-]*")
_WORD = re.compile(r"[\w'’-]+")
_POSSESSIVE = re.compile(r"['’]s?$")


def _carries_the_country(country: Actor, name: str) -> bool:
    """The body's own name says whose it is: the country's name, short form or people's word is one
    of its words ('Russian Foreign Ministry', 'U.S. Forest Service'); not a body tied to it by the
    article's country or a state's well-known name ('Ministry of Health', 'Senate', 'Home Office')."""
    words = name.split()
    return any(canonical(" ".join(words[i:j]).strip(",;:")) == (country.name, "country")
               for i in range(len(words)) for j in range(i + 1, min(i + 4, len(words)) + 1))


def _a_headline(line: str) -> bool:
    """'Kessa Rejects Loan Terms': a line with no closing stop whose longer words all open in capitals."""
    words = _WORD.findall(line)
    return len(words) > 1 and not line.rstrip().endswith(SENTENCE_CLOSING_MARKS) \
        and all(w[0].isupper() for w in words if len(w) > 3)


def _runs(line: str):
    """The capitalised runs of a line ('Trinidad and Tobago', 'Republic of Kessa'), as (start, end,
    text); in a headline, whose every word is capitalised, each run of up to three of its words."""
    if not _a_headline(line):
        for found in _CAPITALISED_RUN.finditer(line):
            yield found.start(1), found.end(1), found.group(1)
        return
    words = list(_CAPITALISED_WORD.finditer(line))
    for i in range(len(words)):
        for j in range(i, min(i + 3, len(words))):
            yield words[i].start(), words[j].end(), line[words[i].start():words[j].end()]


def _written_outside_other_names(country: Actor, actors: list[Actor], sentences: dict[str, list[str]]) -> bool:
    """One of the country's names, short forms or people's words ('Kessa', 'Kessan', 'the KR'), or
    its capital, written in one of its articles by itself, outside the names of the other actors
    there ('the Kessa Labour Congress', 'the Kessan Taxation Office') and not only as where
    something is or who someone is (`_only_where_or_who`)."""
    for article in country.articles:
        names = sorted({form for a in actors if a is not country and article in a.articles
                        for form in [a.name, *a.aliases] if form}, key=len, reverse=True)
        for sentence in sentences.get(article, ()):
            for name in names:
                sentence = sentence.replace(name, " | ")
            for line in sentence.split("\n"):
                for start, end, run in _runs(line):
                    run = _POSSESSIVE.sub("", run)        # 'Tokyo's protest note': the state acts by it
                    if _the_countrys_name(run, country.name) \
                            and not _only_where_or_who(line, start, start + len(run), run):
                        return True
    return False


def _only_where_or_who(sentence: str, start: int, end: int, run: str) -> bool:
    """A country's or capital's name written as where something is ('in Kessa', 'in the Kessa', 'in
    northern Kessa', 'from Kessa City'), as a dateline or byline's place ('KESSA CITY –', 'Kessa City:',
    'By Ann Lowe, Kessa City'), as one of its people ('a Kessan', 'rural Kessans') or before a noun of
    its trade ('the Kessan market', 'Kessan businesses': ECONOMY_QUALIFIED_NOUNS)."""
    before = [w.lower() for w in _WORD.findall(sentence[:start])][-3:]
    if before and before[-1] == "the":
        before.pop()
    after = _WORD.findall(sentence[end:])[:1]
    rest = sentence[end:].lstrip()
    noun = after[0].lower() if after and rest.startswith(after[0]) else ""
    if before[-1:] == ["in"] and len(before) > 1 and before[-2].removesuffix("s") in NATIONAL_VOICE_NOUNS:
        return False                            # 'officials in Kessa City said': its seat, where its voices are
    return bool(set(before[-2:]) & COUNTRY_PLACE_PREPOSITIONS) or bool(before) and before[-1] in INDEFINITE_ARTICLES \
        or not sentence[:start].strip() and rest[:1] in DATELINE_MARKS \
        or len(_WORD.findall(sentence)) <= 6 and not rest.strip(".") \
        or run.endswith("s") and len(run) > 4 and canonical(run[:-1]) == canonical(run) \
        or any(form in ECONOMY_QUALIFIED_NOUNS for form in (noun, noun[:-1], noun[:-2]) if form)


def _the_countrys_name(run: str, country: str) -> bool:
    """The whole run is one of the country's forms ('Kessa', 'Kessan', 'K.R.') or its capital."""
    run = run.strip(",;:'’\"")
    return canonical(run) == (country, "country") or capital_of(run) == country \
        or run.endswith(".") and canonical(run[:-1]) == (country, "country")


def _named_inside(owner: Actor, name: str) -> bool:
    """One of the owner's names written as whole words inside the longer name `name`."""
    words = f" {norm(name)} "
    return any(f" {norm(form)} " in words and norm(form) != norm(name) for form in [owner.name, *owner.aliases] if form)


def _unlike_a_persons_name(actor: Actor) -> bool:
    """'Haghia Sophia', 'Der Spiegel', 'Perm 35' read as people: with no role, no statement,
    no title and no short form anywhere, a name without a capital letter or whose first word
    is no given name (gender-guesser's list) is no evidence of a person."""
    words = actor.name.split()
    if not any(c.isupper() for c in actor.name):
        return True
    return len(words) > 1 and not actor.aliases and not is_given_name(words[0])


def _family(kind: str) -> str:
    return "person" if kind == "person" else "group" if kind == "group" else "body"


# Which type a name takes across articles when the articles split evenly on it.
TYPE_ON_A_TIE = {"person": 3, "organization": 2, "country": 1, "group": 0}


def _unify_types(mentions: dict[Node, Mention]) -> None:
    """A name is one type everywhere: the type most articles give it ('Nicola Sturgeon' a
    person in three articles and an organisation in one is a person)."""
    votes: dict[str, Counter] = {}
    for m in mentions.values():
        if m.type == "person" and is_acronym(m.name):
            m.type = "organization"               # 'MI6', 'NATO': no person's name
        votes.setdefault(norm(m.name), Counter())[m.type] += 1
    for m in mentions.values():
        kinds = votes[norm(m.name)]
        m.type = max(kinds, key=lambda k: (kinds[k], TYPE_ON_A_TIE.get(k, 0)))


def _surnames_taken_for_bodies(mentions: dict[Node, Mention]) -> None:
    """'the bidding of Cameron': a single capitalised word taken for a body, where the
    briefing names exactly one person of that surname in full, is that person (no acronym,
    no known body, no word of a body's name)."""
    people: dict[str, set[str]] = {}
    for m in mentions.values():
        full = person_key(m.name).split()
        if m.type == "person" and len(full) > 1:
            people.setdefault(full[-1], set()).add(" ".join(full))
    for m in mentions.values():
        word = norm(m.name)
        if _family(m.type) == "body" and " " not in word and m.name[:1].isupper() and not is_acronym(m.name) \
                and not canonical(m.name) and word not in GENERIC_BODY_WORDS | ORG_HEADS \
                and len(people.get(word, ())) == 1:
            m.type = "person"


def _surnames_cut_from_names(extractions: list[ArticleExtraction], mentions: dict[Node, Mention]) -> dict[Node, Node]:
    """'Mayor Harpreet Kaur Sandhu' read as the person 'Harpreet Kaur' and a body 'Sandhu': a single
    capitalised word (no acronym, known name or body's word) that its article writes right after
    a person's name, one space between, ends that person's name. It is that person, of that
    article: made a person and joined to them ({word's node: person's node}), never taken for
    another article's person of that surname, which only the word, cut off, would suggest, and the
    person is named in full as the article writes it ('Harpreet Kaur Sandhu')."""
    cut: dict[Node, Node] = {}
    for e in extractions:
        spans = sorted(e.mention_spans)
        for (n, _, end, before), (n2, start, _, word) in zip(spans, spans[1:]):
            m, person = mentions.get((e.article, word)), mentions.get((e.article, before))
            if n != n2 or start != end + 1 or m is None or person is None or word == before \
                    or person.type != "person" or e.sentences[n][end:start] != " ":
                continue
            if " " not in m.name and m.name[:1].isupper() and not is_acronym(m.name) and not canonical(m.name) \
                    and norm(m.name) not in GENERIC_BODY_WORDS | ORG_HEADS:
                cut[(e.article, word)] = (e.article, before)
    for node, person_node in cut.items():
        mentions[node].type = "person"
        person, surname = mentions[person_node], mentions[node].name
        if not person.name.endswith(" " + surname):
            person.aliases = [*person.aliases, person.name]
            person.name = f"{person.name} {surname}"
    return cut


def _split_classes(mentions: dict[Node, Mention], split: list[tuple[str, set[str]]],
                   previous: list[dict]) -> dict[Node, int]:
    """Curated splits: the class of each local actor that a split takes out of the actor it
    names (found by clustering without splits: by its previous ID or any of its names)."""
    if not split:
        return {}
    groups = list(_cluster(mentions, {}).groups().values())
    previous_forms = {str(a["id"]): {norm(str(f)) for f in [a.get("name"), *(a.get("aliases") or [])] if f}
                      for a in previous if isinstance(a, dict) and a.get("id")}
    classes = {}
    for n, (actor, forms) in enumerate(split):
        wanted = (previous_forms.get(actor, set()) | {norm(actor)}) - forms
        for nodes in groups:
            names = {f for node in nodes for f in [mentions[node].name, *mentions[node].aliases]}
            if wanted & {norm(f) for f in names} or actor in {slugify(f) for f in names}:
                classes.update((node, n) for node in nodes if norm(mentions[node].name) in forms)
    return classes


def _cluster(mentions: dict[Node, Mention], classes: dict[Node, int], cut: dict[Node, Node] | None = None) -> _Clusters:
    """Join local actors that share a key (`_keys`), surnames cut from a person's name to that
    person (`_surnames_cut_from_names`), then short forms (`_join_short_forms`)."""
    cut = cut or {}
    clusters = _Clusters(sorted(mentions), classes)
    for node, person in cut.items():
        clusters.union(person, node)
    abroad = _parties_abroad(clusters, mentions)
    by_key: dict[tuple[str, str], Node] = {}
    for node in sorted(mentions):
        for key in _keys(node, mentions, abroad.get(node)):
            clusters.union(by_key.setdefault(key, node), node)
    _join_unowned_bodies(clusters, mentions)
    _join_acronyms_to_their_articles_bodies(clusters, mentions)
    _join_short_forms(clusters, {node: m for node, m in mentions.items() if node not in cut})
    return clusters


def _join_unowned_bodies(clusters: _Clusters, mentions: dict[Node, Mention]) -> None:
    """A generic institution no article ties to an owner ('Congress' in an article about two
    states) is the one owner's institution of that name that the other articles name, where
    exactly one of the owners the briefing ties that name to is a state its own article
    leads with (`_leading_states`): a German story's bare 'Parliament' is not the British one
    because Britain is named there too. Where the briefing ties the name to no owner, bare
    ones join where their articles lead with the same state first. An owner an article only
    guessed (its main country) gives way to the one owner other articles state for the name."""
    articles = {node[0] for node in mentions}
    stated: dict[str, set[str]] = {}
    guessed: dict[str, set[str]] = {}
    candidates: list[tuple[Node, str, str]] = []
    for node, m in sorted(mentions.items()):
        known = canonical(m.name)
        if _family(m.type) != "body" or known and not (known[1] == "organization" and _owner_in_name(known[0])):
            continue
        name, _, owner = _scoped(node, expand_known_prefix(known[0] if known else m.name), mentions)[0].rpartition(" @")
        if not name or owner in articles:
            continue
        guess = bool(owner) and m.affiliation_fallback and not _owner_in_name(m.name)
        if owner:
            (guessed if guess else stated).setdefault(name, set()).add(owner)
        if not owner or guess:
            candidates.append((node, name, owner))
    leading = _leading_states(clusters, mentions)
    by_state: dict[tuple[str, str], Node] = {}
    bodies_by_key: dict[tuple[str, str], list[Node]] = {}    # in node order; built once, not scanned per candidate
    for node, name, owner in candidates:
        owners = stated.get(name) or guessed.get(name, set())
        led = sorted(o for o in owners if o in leading.get(node[0], ()))     # of those, the states the article leads with
        if len(led) == 1 and owner not in owners:
            if not bodies_by_key:
                bodies_by_key = _bodies_by_key(mentions)
            target = next((n for n in bodies_by_key.get(("body", f"{name} @{led[0]}"), ()) if n[0] != node[0]), None)
            if target is not None:
                clusters.union(target, node)
        elif not owners and leading.get(node[0]):
            first = max(leading[node[0]], key=lambda state: leading[node[0]][state])
            if list(leading[node[0]].values()).count(leading[node[0]][first]) == 1:
                clusters.union(by_state.setdefault((name, first), node), node)


def _bodies_by_key(mentions: dict[Node, Mention]) -> dict[tuple[str, str], list[Node]]:
    """The nodes of bodies under each of their `_keys`, in node order."""
    found: dict[tuple[str, str], list[Node]] = {}
    for node, m in sorted(mentions.items()):
        if _family(m.type) == "body":
            for key in _keys(node, mentions):
                found.setdefault(key, []).append(node)
    return found


def _owner_in_name(name: str) -> bool:
    """'United States Department of Defense', 'UK Parliament': the name says whose body it is."""
    words = norm(expand_known_prefix(name)).split()
    return any(CANONICAL.get(" ".join(words[:size]), ("", ""))[1] == "country" for size in (1, 2, 3))


def _leading_states(clusters: _Clusters, mentions: dict[Node, Mention]) -> dict[str, dict[str, int]]:
    """The states each article leads with: those with at least half the score of the first
    (`_state_scores`; a US story about Danish lobbying of Congress leads with both; a German
    story that names Britain three times against Germany's twenty-six does not lead with
    Britain). Each leading state with its score."""
    return {article: _leading(score) for article, score in _state_scores(clusters, mentions).items()}


def _leading(score: Counter) -> dict[str, int]:
    """The states of one article's scores that reach 1/LEADING_SHARE of the first one's."""
    return {state: n for state, n in score.items() if n * LEADING_SHARE >= max(score.values())}


def _state_scores(clusters: _Clusters, mentions: dict[Node, Mention]) -> dict[str, Counter]:
    """The states each article's evidence points to: its mentions of each country, and of each
    actor whose stated affiliation (in any article) is that country (a party a code like
    'R-Ohio' names counts for that code's country), with its score."""
    votes: dict[Node, Counter] = {}
    for (article, _), m in mentions.items():
        target = mentions.get((article, m.affiliation or "")) if not m.affiliation_fallback else None
        country = _country_of(target) if target is not None else None
        if country:
            votes.setdefault(clusters.find((article, m.key)), Counter())[country] += 1
    scores: dict[str, Counter] = {}
    for node, m in mentions.items():
        cluster_votes = votes.get(clusters.find(node), Counter()).most_common(2)
        country = _country_of(m) or (cluster_votes[0][0] if cluster_votes and
                                     (len(cluster_votes) == 1 or cluster_votes[0][1] > cluster_votes[1][1]) else None)
        if country:
            scores.setdefault(node[0], Counter())[country] += max(m.count, 1)
    return scores


LEADING_SHARE = 2       # a state leads an article with at least 1/LEADING_SHARE of the first one's score


def _country_of(m: Mention) -> str | None:
    """The state a country's name, or a party a US party code stands for, is (compared form)."""
    known = canonical(m.name)
    if known and known[1] == "country":
        return norm(known[0])
    return norm(PARTY_CODE_COUNTRY) if m.name in PARTY_CODES.values() else None


def _party_home(name: str) -> str | None:
    """The state of a well-known party: the one whose codes ('R-Ohio') or bracketed labels
    ('(Con)') name it."""
    if name in PARTY_CODES.values():
        return PARTY_CODE_COUNTRY
    return BRACKETED_PARTY_COUNTRY if any(name in names for names in BRACKETED_PARTY_LABELS.values()) else None


def _parties_abroad(clusters: _Clusters, mentions: dict[Node, Mention]) -> dict[Node, str]:
    """'Conservative Leader Pierre Gagnon' in a story about Canada: a well-known party's name
    in an article whose evidence points to other states only, never to the party's own nor
    to a region of it ('Scotland'), is the same-named party of the one state the article
    leads with most, joined only with that
    state's ({node: state})."""
    leading: dict[str, Counter] | None = None
    abroad = {}
    for node, m in sorted(mentions.items()):
        known = canonical(m.name)
        home = _party_home(known[0]) if known and known[1] == "organization" else None
        if home is None:
            continue
        if leading is None:
            leading = _state_scores(clusters, mentions)
        states = leading.get(node[0], Counter())
        first = _sole_leading_state(states)
        if first and norm(home) not in states and not any(state_of_region(state) == home for state in states):
            abroad[node] = first
    return abroad


def _sole_leading_state(states: Counter) -> str | None:
    """The one state an article leads with (`LEADING_SHARE`); none where it leads with several
    (a British story on talks between Norway and France is about neither's parties)."""
    leading = list(_leading(states))
    return leading[0] if len(leading) == 1 else None


def _keys(node: Node, mentions: dict[Node, Mention], abroad: str | None = None) -> set[tuple[str, str]]:
    """The keys under which a local actor joins actors of other articles (`abroad`: the
    state whose same-named party a well-known party's name is here, `_parties_abroad`)."""
    m = mentions[node]
    family = _family(m.type)
    if family == "person":
        forms = [m.name, *m.aliases]
        return {("person", person_key(f)) for f in forms if len(person_key(f).split()) > 1}
    if family == "group":
        return {("group", f"{norm(m.name)} @{node[0]}")}    # 'critics' of one story are not another's
    keys = set()
    for form in [m.name, *(a for a in m.aliases if not is_acronym(a))]:   # acronyms: _join_short_forms
        known = canonical(form)
        if known and abroad:
            keys.add(("body", f"{norm(known[0])} @{abroad}"))
        elif known:
            keys.add(("body", norm(known[0])))
            if known[1] == "organization" and _owner_in_name(known[0]):     # 'Pentagon' = '... Department of Defense'
                keys.add(("body", _scoped(node, known[0], mentions)[0]))
        elif form == m.name or len(form.split()) > 1:
            scoped = _scoped(node, expand_known_prefix(without_legal_form(form)), mentions)[0]   # 'X Motors Ltd' = 'X Motors'
            keys.add(("body", scoped + node[0] if scoped.endswith(" @") else scoped))   # no owner: this article's
        broadcaster = _broadcaster_of_news_service(form)
        if broadcaster:
            keys.add(("body", norm(broadcaster)))
    return keys


def _broadcaster_of_news_service(name: str) -> str | None:
    """'XBC News' -> 'XBC': a broadcaster's initials and 'News' name its news service, which is
    that broadcaster for a briefing. Only initials that name no country ('UK News'); a word
    ('Fox News', 'Bloomberg News', 'Google News') may be another body than its first word's."""
    words = name.split()
    if len(words) != 2 or words[1] != NEWS_SERVICE_WORD or not is_acronym(words[0]):
        return None
    known = canonical(words[0])
    return None if known and known[1] == "country" else words[0]


def _scoped(node: Node, name: str, mentions: dict[Node, Mention]) -> tuple[str]:
    """A body's name for comparison; a generic institution ('Congress', 'Supreme Court') is
    only the same body as one of another article when both belong to the same country or
    body ('Congress' of the Philippines is not the US Congress); one whose owner no article
    names joins only others whose owner is unknown too."""
    words = [w for w in norm(name).split() if w not in NAME_LINK_WORDS]
    if len(words) == 1 and words[0] in SEVERAL_PER_STATE:
        return (f"{norm(name)} @{node[0]}",)    # 'the Department', 'the Ministry': which one? this article's only
    for size in (3, 2, 1):                      # 'United States Department of Defense'
        known = CANONICAL.get(" ".join(words[:size]))
        rest = norm(name).split()[size:]
        if known and known[1] == "country" and rest and all(w in GENERIC_BODY_WORDS | NAME_LINK_WORDS for w in rest):
            return (f"{_head_first(' '.join(rest))} @{norm(known[0])}",)
    generic = GENERIC_BODY_WORDS | (PARTY_FAMILY_WORDS if words and words[-1] in ("party", "parties") else set())
    if not words or not all(w in generic for w in words):
        return (norm(name),)
    owner = mentions.get((node[0], mentions[node].affiliation or ""))
    if owner is None or owner.type not in ("country", "organization"):
        return (f"{_head_first(norm(name))} @",)               # no owner known: see _join_unowned_bodies
    known = canonical(owner.name)
    return (f"{_head_first(norm(name))} @{norm(known[0] if known else owner.name)}",)


def _head_first(name: str) -> str:
    """'state department' and 'department of the state' are one name: a department or
    ministry named by its portfolio before it is written with 'of' after it."""
    words = [w for w in name.split() if w != "the"]
    if len(words) > 1 and words[-1] in DEPARTMENT_HEADS and "of" not in words:
        return " ".join([words[-1], "of", *words[:-1]])
    return " ".join(words)


def _join_acronyms_to_their_articles_bodies(clusters: _Clusters, mentions: dict[Node, Mention]) -> None:
    """'The NZ Transport Agency said … NZTA said', 'the Kestrel Valley Water Board … KVWB': a bare
    acronym of three letters or more (no well-known body's) is the one body of its own article
    whose words' initials spell it, an abbreviation among them giving all its letters ('NZ');
    none where two bodies of the article spell it, nor where a body of another name in another
    article spells it too ('Kessa Valley Water Board' there, 'Kessa Valley Wine Bar' here: which
    one 'KVWB' is, the initials do not tell)."""
    spelt: dict[tuple[str, str], set[Node]] = {}
    names_spelling: dict[str, set[str]] = {}
    for node, m in mentions.items():
        if _family(m.type) == "body" and not is_acronym(m.name):
            if letters := _initials_with_abbreviations(m.name):
                spelt.setdefault((node[0], letters), set()).add(node)
                names_spelling.setdefault(letters, set()).add(norm(m.name))
    for node, m in sorted(mentions.items()):
        if _family(m.type) != "body" or not is_acronym(m.name) or canonical(m.name):
            continue
        letters = "".join(c for c in m.name if c.isalnum()).upper()
        found = spelt.get((node[0], letters), set())
        if len(letters) >= 3 and len(found) == 1 and len(names_spelling[letters]) == 1:
            clusters.union(found.pop(), node)


def _initials_with_abbreviations(name: str) -> str:
    """'NZ Transport Agency': 'NZTA'; 'Bank of Kessa': 'BOK': each word's first letter (an
    abbreviation's every capital), the link words' too: without them, 'Wellington Chamber of
    Commerce' would spell 'WCC', another body's acronym as often as its own. Nothing for a
    name of one word."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in INITIALS_LEFT_OUT_WORDS]
    if len(words) < 2:
        return ""
    return "".join("".join(c for c in w if c.isupper()) if is_acronym(w) else w[0].upper() for w in words)


def _join_short_forms(clusters: _Clusters, mentions: dict[Node, Mention]) -> None:
    """An article naming a person by surname only ("Blair") means the one person of that
    surname the other articles name in full, if there is exactly one; a bare
    acronym ("PKK") means the one body an article defines it for ("... Party (PKK)"), if
    there is exactly one and it is no well-known body's acronym."""
    persons: dict[str, set[Node]] = {}
    acronyms: dict[str, set[Node]] = {}
    for node, m in mentions.items():
        if m.type == "person":
            full = person_key(m.name).split()
            if len(full) > 1:
                persons.setdefault(full[-1], set()).add(node)
        elif _family(m.type) == "body":
            for acronym in m.acronyms:
                acronyms.setdefault(norm(acronym), set()).add(node)
    for node, m in sorted(mentions.items()):
        key = norm(m.name)
        if m.type == "person" and len(person_key(m.name).split()) == 1:
            candidates = {clusters.find(n) for n in persons.get(person_key(m.name), set())}
        elif _family(m.type) == "body" and is_acronym(m.name) and not canonical(m.name):
            candidates = {clusters.find(n) for n in acronyms.get(key, set())}
        else:
            continue
        if len(candidates) == 1:
            clusters.union(candidates.pop(), node)


def _build_actors(clusters: _Clusters, mentions: dict[Node, Mention],
                  dates: dict[str, str | None]) -> tuple[list[Actor], dict[Node, str]]:
    """One actor per cluster, under a provisional ID (`_give_stable_ids` gives the final ones)."""
    groups = sorted(clusters.groups().values(), key=lambda nodes: min(nodes))
    actor_of: dict[Node, str] = {}
    actors: list[Actor] = []
    for number, nodes in enumerate(groups):
        members = [mentions[n] for n in sorted(nodes)]
        name = _best_name(members)
        forms = {f for m in members for f in [m.name, *m.aliases]}
        actor_id = f"{PROVISIONAL_ID}{number:07d}"
        roles = _roles(sorted(nodes), mentions, dates)
        actor = Actor(
            id=actor_id, name=name,
            type=members[0].type,
            aliases=sorted((f for f in forms if f != name), key=lambda f: (f.lower(), f)),   # ties in case: not by hash seed
            role=latest_role(roles),
            roles=roles,
            articles=sorted({n[0] for n in nodes}),
            mentions=sum(max(m.count, 1) for m in members),
        )
        actors.append(actor)
        for n in nodes:
            actor_of[n] = actor_id
    _affiliations(actors, actor_of, mentions, dates)
    return actors, actor_of


def _roles(nodes: list[Node], mentions: dict[Node, Mention], dates: dict[str, str | None]) -> list[dict]:
    """Every role the articles give, oldest first (articles without a date first, as their
    time is unknown), each once per article (an article may name the actor by two names that
    join here): [{role, article, date}]."""
    roles = [{"role": mentions[n].role, "article": n[0], "date": dates.get(n[0])}
             for n in nodes if mentions[n].role]
    once = list({(r["article"], r["role"]): r for r in roles}.values())
    once = [r for r in once if not _short_of_a_stated_title(r["role"], [o["role"] for o in once])]
    return sorted(once, key=lambda r: (r["date"] or "", r["article"]))


def _short_of_a_stated_title(role: str, roles: list[str]) -> bool:
    """'Secretary' from a form of address ('Secretary Clinton') where another article states the
    full title ('former Secretary of State'): the bare word is no role of its own."""
    if role.lower() not in TITLES_NEEDING_A_PORTFOLIO:
        return False
    return any(role.lower() in re.split(r"[\s-]+", other.lower()) and len(re.split(r"[\s-]+", other)) > 1
               for other in roles)


def latest_role(roles: list[dict]) -> str | None:
    """The role the latest dated article states; without dates, the role most articles
    state (the more specific on a tie: 'Defence Secretary' before 'Secretary')."""
    dated = [r for r in roles if r["date"]]
    if dated:
        return dated[-1]["role"]
    if not roles:
        return None
    counts = Counter(r["role"] for r in roles)
    return max(counts, key=lambda r: (counts[r], len(r.split()), r))


def _affiliations(actors: list[Actor], actor_of: dict[Node, str], mentions: dict[Node, Mention],
                  dates: dict[str, str | None]) -> None:
    """The body an actor belongs to. What an article states outweighs an article's guess (the
    country it names most), whatever the numbers. Among stated ones: the one the latest dated
    article states (a candidate's party in 2016, a president's country in 2019); without
    dates, the one most articles state, then the one more articles name. Guesses only count
    where they all agree: articles that guess different countries leave the actor without one."""
    by_id = {a.id: a for a in actors}
    stated: dict[str, Counter] = {a.id: Counter() for a in actors}
    fallback: dict[str, Counter] = {a.id: Counter() for a in actors}
    latest: dict[tuple[str, str], str] = {}
    for node, m in sorted(mentions.items()):
        target = actor_of.get((node[0], m.affiliation)) if m.affiliation else None
        own = actor_of[node]
        if target is None or target == own:
            continue
        (fallback if m.affiliation_fallback else stated)[own][target] += 1
        latest[own, target] = max(latest.get((own, target), ""), dates.get(node[0]) or "")
    for actor in actors:
        guesses = fallback[actor.id] if len(fallback[actor.id]) == 1 else Counter()   # guesses that disagree: none
        votes = stated[actor.id] or guesses
        if votes:
            actor.affiliation = max(votes, key=lambda t: (
                latest[actor.id, t], votes[t], len(by_id[t].articles), by_id[t].mentions, t))
    for actor in actors:
        actor.affiliation = _state_of_appointer(actor, by_id) or actor.affiliation


def _state_of_appointer(actor: Actor, by_id: dict[str, Actor]) -> str | None:
    """'Grant's special envoy X': a state office held for a person who serves a country is
    that country's office; an adviser, a 'personal secretary' or a 'campaign press secretary'
    stays the person's."""
    person = by_id.get(actor.affiliation) if actor.affiliation else None
    words = actor.role.lower().replace("-", " ").split() if actor.role else []
    if person is None or person.type != "person" or not words or words[-1] not in STATE_OFFICE_HEADS \
            or set(words) & PRIVATE_CAPACITY_WORDS:
        return None
    country = by_id.get(person.affiliation) if person.affiliation else None
    return country.id if country is not None and country.type == "country" else None


def _best_name(members: list[Mention]) -> str:
    """The fullest proper name used: most words (a title is none: 'Robin Hale' before 'Lord
    Hale'), then most often used; a broadcaster's before its news service's ('XBC', not 'XBC News')."""
    counts = Counter(m.name for m in members)
    people = all(m.type == "person" for m in members)
    return max(counts, key=lambda n: (_broadcaster_of_news_service(n) not in counts,   # 'XBC' is the body, not its news service
                                      len((strip_titles(n)[0] if people else n).split()), counts[n], -len(n), n))


# Marks an actor's ID before `_give_stable_ids`; no slug starts with it.
PROVISIONAL_ID = "#"


def _give_stable_ids(actors: list[Actor], previous: list[dict], actor_of: dict[Node, str],
                     positions: list[Position], figures: list[Figure]) -> None:
    """The final IDs, given once the actors the briefing keeps are known (an actor dropped
    afterwards must not take a kept one's ID), everywhere an actor is named; actors sorted by ID."""
    final = _stable_ids(actors, previous)
    for a in actors:
        a.id = final[a.id]
        a.affiliation = final.get(a.affiliation) if a.affiliation else None
    for item in [*positions, *figures]:
        if item.actor:
            item.actor = final.get(item.actor)      # an actor dropped by `_known_actors`: none
    for node, provisional in actor_of.items():
        actor_of[node] = final.get(provisional, provisional)
    actors.sort(key=lambda a: a.id)


def _stable_ids(actors: list[Actor], previous: list[dict]) -> dict[str, str]:
    """Provisional ID -> final ID. A previous ID goes to the actor that carries one of its
    names, however the display name changed; where several do (people of one name, a
    collective in many articles), to the one most like it (its articles, then its names),
    one claim at a time, best first, so the outcome does not depend on the order of either
    list: a run with nothing new gives every actor its ID back. Other actors get their name's
    slug, numbered past every ID taken now or before."""
    olds = [(str(a["id"]), _forms(a.get("name"), *(a.get("aliases") or [])), {str(x) for x in a.get("articles") or []})
            for a in previous if isinstance(a, dict) and a.get("id")]
    by_form: dict[str, list[int]] = {}
    for n, (_, forms, _) in enumerate(olds):
        for form in forms:
            by_form.setdefault(form, []).append(n)
    claims = []
    for a in actors:
        forms, articles = _forms(a.name, *a.aliases), set(a.articles)
        for n in sorted({n for form in forms for n in by_form.get(form, [])}):
            old_id, old_forms, old_articles = olds[n]
            claims.append((-_likeness(articles, old_articles), -_likeness(forms, old_forms),
                           norm(a.name) not in old_forms, a.id, old_id))
    final: dict[str, str] = {}
    taken = {old_id for old_id, _, _ in olds}
    kept: set[str] = set()
    for *_, provisional, old_id in sorted(claims):
        if provisional not in final and old_id not in kept:
            final[provisional] = old_id
            kept.add(old_id)
    for a in actors:
        if a.id not in final:
            final[a.id] = _new_id(a.name, taken)
            taken.add(final[a.id])
    return final


def _forms(*names: Any) -> set[str]:
    return {norm(str(name)) for name in names if name}


def _likeness(ours: set[str], theirs: set[str]) -> float:
    """Shared share of two sets (Jaccard), 0 for two empty ones."""
    return len(ours & theirs) / len(ours | theirs) if ours or theirs else 0.0


def _new_id(name: str, taken: set[str]) -> str:
    base = slugify(name)
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _item_id(article: str, kind: str, *parts: str, taken: set[str]) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    base = f"{slugify(article)}-{kind}-{digest[:8]}"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def _positions(extractions: list[ArticleExtraction], actor_of: dict[Node, str]) -> list[Position]:
    return _resolved_items(extractions, actor_of, Position, "p", lambda e: e.positions, lambda p: (p.speaker, p.text))


BARE_PERCENT = "%"
"""The unit of a percentage whose base no rule read. Extraction reports what its readers read, this
unit included; the briefing does not publish it: '30%' alone tells a reader a share of nothing they
are told, and a figure a reader cannot quote costs more than a missing one. (Known loss: where a
headline's figure is dropped as repeated by the body, and the body's copy has no base, neither is
published.)"""


def _figures(extractions: list[ArticleExtraction], actor_of: dict[Node, str]) -> list[Figure]:
    figures = _resolved_items(extractions, actor_of, Figure, "f", lambda e: e.figures, lambda f: (f.text, f.sentence))
    return [f for f in figures if f.unit != BARE_PERCENT]


def _resolved_items(extractions: list[ArticleExtraction], actor_of: dict[Node, str], record_type: type, kind: str,
                    raw_records: Callable[[ArticleExtraction], list], identity: Callable[[Any], tuple[str, ...]]) -> list:
    """The contract's records of one kind: each raw record's fields that the contract keeps,
    with a stable ID (from `identity`), its article and its actor resolved to an actor ID."""
    out, taken = [], set()
    for e in extractions:
        for raw in raw_records(e):
            given = {"id": _item_id(e.article, kind, *identity(raw), taken=taken), "article": e.article,
                     "actor": actor_of.get((e.article, raw.actor)) if raw.actor else None}
            out.append(record_type(**{f.name: given[f.name] if f.name in given else getattr(raw, f.name)
                                      for f in fields(record_type)}))
    return out
