"""Stage 3 — resolve: merge the per-article results into one briefing.

Local actors of all articles are clustered (same name, a country's or body's other names,
acronyms, a surname that only one known person carries), each cluster becomes one `Actor`
with a stable ID, and positions and figures are re-pointed from local keys to those IDs.

IDs are page URLs that readers bookmark, so an ID that existed in the previous run is kept
for the actor that carries one of its names, however the actor's display name changes.
The result depends only on the set of articles, not on the order they were extracted in.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from .model import Actor, ArticleExtraction, Figure, Mention, MentionSpan, Position
from .names import NameLookup, initials, norm, slugify

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
            split: list[tuple[str, set[str]]] | None = None) -> Briefing:
    """`previous`: the last run's actors.yaml (for stable IDs); `split`: (actor, name forms)
    pairs from curation: the forms that must leave that actor and make one of their own."""
    extractions = sorted(extractions, key=lambda e: e.article)
    mentions = {(e.article, m.key): m for e in extractions for m in e.mentions}
    clusters = _cluster(mentions, _split_classes(mentions, split or [], previous or []))
    actors, actor_of = _build_actors(clusters, mentions, previous or [])
    positions = _positions(extractions, actor_of)
    figures = _figures(extractions, actor_of)
    spans = {e.article: [(n, start, end, actor_of[(e.article, key)]) for n, start, end, key in e.mention_spans]
             for e in extractions}
    return Briefing(actors=actors, positions=positions, figures=figures, mentions=spans)


def _family(kind: str) -> str:
    return "person" if kind == "person" else "group" if kind == "group" else "body"


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


def _cluster(mentions: dict[Node, Mention], classes: dict[Node, int]) -> _Clusters:
    clusters = _Clusters(sorted(mentions), classes)
    by_name: dict[tuple[str, str], Node] = {}
    for node in sorted(mentions):
        m = mentions[node]
        family = _family(m.type)
        forms = {norm(m.name)}
        if family == "body":
            forms |= {norm(a) for a in m.aliases}
            if initials(m.name):
                forms.add(initials(m.name))
        else:
            forms |= {norm(a) for a in m.aliases if family == "person" and len(a.split()) > 1}
        for form in forms:
            other = by_name.setdefault((family, form), node)
            clusters.union(other, node)
    _join_surnames(clusters, mentions)
    return clusters


def _join_surnames(clusters: _Clusters, mentions: dict[Node, Mention]) -> None:
    """An article naming a person by surname only ("Blair") means the one person of that
    surname the other articles name in full — if there is exactly one."""
    full_by_surname: dict[str, set[Node]] = {}
    for node, m in mentions.items():
        words = m.name.split()
        if m.type == "person" and len(words) > 1:
            full_by_surname.setdefault(norm(words[-1]), set()).add(clusters.find(node))
    for node, m in sorted(mentions.items()):
        if m.type == "person" and len(m.name.split()) == 1:
            candidates = {clusters.find(n) for n in full_by_surname.get(norm(m.name), set())}
            if len(candidates) == 1:
                clusters.union(candidates.pop(), node)


def _build_actors(clusters: _Clusters, mentions: dict[Node, Mention],
                  previous: list[dict]) -> tuple[list[Actor], dict[Node, str]]:
    groups = sorted(clusters.groups().values(), key=lambda nodes: min(nodes))
    previous_ids = _previous_ids(previous)
    actor_of: dict[Node, str] = {}
    actors: list[Actor] = []
    used: set[str] = set()
    for nodes in groups:
        members = [mentions[n] for n in sorted(nodes)]
        name = _best_name(members)
        forms = {f for m in members for f in [m.name, *m.aliases]}
        actor_id = _stable_id(name, forms, previous_ids, used)
        used.add(actor_id)
        actor = Actor(
            id=actor_id, name=name,
            type=Counter(m.type for m in members).most_common(1)[0][0],
            aliases=sorted((f for f in forms if f != name), key=lambda f: (f.lower(), f)),   # ties in case: not by hash seed
            role=next((m.role for m in members if m.role), None),
            articles=sorted({n[0] for n in nodes}),
            mentions=sum(max(m.count, 1) for m in members),
        )
        actors.append(actor)
        for n in nodes:
            actor_of[n] = actor_id
    votes: dict[str, Counter] = {a.id: Counter() for a in actors}
    for node, m in sorted(mentions.items()):
        if m.affiliation and (node[0], m.affiliation) in actor_of:
            target = actor_of[(node[0], m.affiliation)]
            if target != actor_of[node]:
                votes[actor_of[node]][target] += 1
    for actor in actors:
        if votes[actor.id]:   # the body most articles give; ties to the first by ID
            actor.affiliation = min(votes[actor.id], key=lambda t: (-votes[actor.id][t], t))
    actors.sort(key=lambda a: a.id)
    return actors, actor_of


def _best_name(members: list[Mention]) -> str:
    """The fullest proper name used: most words, then most often used."""
    counts = Counter(m.name for m in members)
    return max(counts, key=lambda n: (len(n.split()), counts[n], -len(n), n))


def _previous_ids(previous: list[dict]) -> NameLookup:
    ids = NameLookup()
    for a in previous:
        if not isinstance(a, dict) or not a.get("id"):
            continue
        ids.add(str(a["id"]), *(str(form) for form in [a.get("name"), *(a.get("aliases") or [])] if form))
    return ids


def _stable_id(name: str, forms: set[str], previous_ids: NameLookup, used: set[str]) -> str:
    for form in [name, *sorted(forms)]:
        old = previous_ids.find(form)
        if old and old not in used:
            return old
    base = slugify(name)
    taken = previous_ids.keys()
    candidate, n = base, 2
    while candidate in used or (candidate in taken and not _owns(candidate, forms, previous_ids)):
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _owns(actor_id: str, forms: set[str], previous_ids: NameLookup) -> bool:
    return any(previous_ids.find(f) == actor_id for f in forms)


def _item_id(article: str, kind: str, *parts: str, taken: set[str]) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    base = f"{slugify(article)}-{kind}-{digest[:8]}"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def _positions(extractions: list[ArticleExtraction], actor_of: dict[Node, str]) -> list[Position]:
    out, taken = [], set()
    for e in extractions:
        for p in e.positions:
            out.append(Position(
                id=_item_id(e.article, "p", p.speaker, p.text, taken=taken),
                actor=actor_of.get((e.article, p.actor)) if p.actor else None,
                speaker=p.speaker, cue=p.cue, text=p.text, direct=p.direct,
                sentence=p.sentence, article=e.article, sentence_index=p.sentence_index))
    return out


def _figures(extractions: list[ArticleExtraction], actor_of: dict[Node, str]) -> list[Figure]:
    out, taken = [], set()
    for e in extractions:
        for f in e.figures:
            out.append(Figure(
                id=_item_id(e.article, "f", f.text, f.sentence, taken=taken),
                value=f.value, low=f.low, high=f.high, text=f.text, unit=f.unit,
                qualifier=f.qualifier,
                actor=actor_of.get((e.article, f.actor)) if f.actor else None,
                sentence=f.sentence, article=e.article, sentence_index=f.sentence_index))
    return out
