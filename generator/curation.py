"""Hand corrections an analyst keeps in `curation.yaml`, applied after every extraction.

The tool only ever reads this file. Its shape is declared in `SCHEMA`; a value that does not
fit stops the run with its line. Actors are named everywhere by ID or by any of their names.
An entry that no longer matches anything is reported as a warning with its own line, never
dropped silently.

    merge:                        # actors that are one; the first keeps its ID
      - [united-states, America]
    split:                        # names wrongly merged into an actor become an actor of their own
      - {actor: john-smith, names: [Smith]}
    rename:                       # display name (the ID stays, so links keep working)
      abdul-rashid-dostum: General Abdul Rashid Dostum
    set:                          # type, role, affiliation (an actor ID or name, or null)
      donald-rumsfeld: {role: Defence Secretary, affiliation: united-states}
    hide:                         # false actors (by ID or name), positions or figures (by ID)
      actors: [kunduz]
      positions: []
      figures: []
    notes:                        # shown on the actor's page
      donald-rumsfeld: Left office in 2006.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .datafiles import read_yaml_nodes
from .model import ACTOR_TYPES, Actor, BriefingError
from .names import NameLookup, norm
from .resolve import Briefing
from .schema import ListOf, Located, MapOf, Record, SchemaError, Text

ACTOR = Text("an actor ID or name")
SCHEMA = Record({
    "merge": ListOf(ListOf(ACTOR, "a list of two or more actors", min_items=2),
                    "a list of lists of two or more actors"),
    "split": ListOf(Record({"actor": ACTOR, "names": ListOf(Text("a name"), "a list of names", min_items=1)},
                           "{actor: ..., names: [...]}", required=("actor", "names")),
                    "a list of {actor: ..., names: [...]}"),
    "rename": MapOf(Text("a display name"), "a mapping of actor to display name"),
    "set": MapOf(Record({"type": Text("an actor type", choices=ACTOR_TYPES),
                         "role": Text("a role", nullable=True),
                         "affiliation": Text("an actor ID or name", nullable=True)},
                        "a mapping of type, role, affiliation"),
                 "a mapping of actor to {type, role, affiliation}"),
    "hide": Record({"actors": ListOf(ACTOR, "a list of actors"),
                    "positions": ListOf(Text("a position ID"), "a list of position IDs"),
                    "figures": ListOf(Text("a figure ID"), "a list of figure IDs")},
                   "a mapping of actors, positions and figures lists"),
    "notes": MapOf(Text("a note"), "a mapping of actor to note"),
}, "a mapping with the sections merge, split, rename, set, hide, notes", what="section")


@dataclass
class Curation:
    """The corrections, each reference with the line it is written on."""
    path: Path
    merge: list[list[Located]] = field(default_factory=list)
    split: list[tuple[Located, list[Located]]] = field(default_factory=list)
    rename: list[tuple[Located, Located]] = field(default_factory=list)
    set: list[tuple[Located, dict[str, Located | None]]] = field(default_factory=list)
    hide: dict[str, list[Located]] = field(default_factory=lambda: {"actors": [], "positions": [], "figures": []})
    notes: list[tuple[Located, Located]] = field(default_factory=list)

    def where(self, ref: Located) -> str:
        return f"{self.path}:{ref.line}"

    @property
    def split_names(self) -> list[tuple[str, set[str]]]:
        """For resolve(): each split's actor and the name forms to be split off it."""
        return [(actor.text, {norm(n.text) for n in names}) for actor, names in self.split]


def load_curation(path: Path) -> Curation:
    """Read and check curation.yaml; a missing or empty file is an empty curation."""
    root = read_yaml_nodes(path, max_bytes=1_000_000, max_aliases=200, max_items=100_000)
    if root is None:
        return Curation(path=path)
    try:
        sections = SCHEMA.check(root, "")
    except SchemaError as problem:
        raise BriefingError(f"{path}:{problem.line}: {problem}") from None
    hide = sections.get("hide", {})
    return Curation(
        path=path,
        merge=sections.get("merge", []),
        split=[(entry["actor"], entry["names"]) for entry in sections.get("split", [])],
        rename=sections.get("rename", []),
        set=sections.get("set", []),
        hide={kind: hide.get(kind, []) for kind in ("actors", "positions", "figures")},
        notes=sections.get("notes", []),
    )


def actor_named(actors: dict[str, Actor], ref: str) -> Actor | None:
    """The actor with this ID, else the first with this name or alias. Asked again after
    every correction, since merges and renames change the names."""
    if ref in actors:
        return actors[ref]
    found = _names(actors).find(ref)
    return actors[found] if found else None


def _names(actors: dict[str, Actor]) -> NameLookup:
    names = NameLookup()
    for actor in actors.values():
        names.add(actor.id, actor.name, *actor.aliases)
    return names


def apply_curation(briefing: Briefing, curation: Curation) -> list[str]:
    """Apply the corrections in place; return one warning per entry that matched nothing."""
    warnings: list[str] = []
    actors = {a.id: a for a in briefing.actors}

    def find(ref: Located, what: str) -> Actor | None:
        actor = actor_named(actors, ref.text)
        if actor is None:
            warnings.append(f"{curation.where(ref)}: {what}: no actor {ref.text!r} any more; entry ignored")
        return actor

    for group in curation.merge:
        found = [a for a in (find(ref, "merge") for ref in group) if a]
        for other in found[1:]:
            if other.id != found[0].id and other.id in actors:
                _merge(briefing, actors, found[0], other)
    for ref, names in curation.split:      # done by resolve(); here only checked
        if actor_named(actors, ref.text) is None or not any(_names(actors).find(n.text) for n in names):
            warnings.append(f"{curation.where(ref)}: split: {ref.text!r} or its names are gone; entry ignored")
    for ref, name in curation.rename:
        actor = find(ref, "rename")
        if actor and actor.name != name.text:
            actor.aliases = sorted({*actor.aliases, actor.name} - {name.text}, key=str.lower)
            actor.name = name.text
    for ref, fields in curation.set:
        actor = find(ref, "set")
        if not actor:
            continue
        for key, value in fields.items():
            if key == "affiliation" and value is not None:
                target = find(value, "set affiliation")
                setattr(actor, key, target.id if target else actor.affiliation)
            else:
                setattr(actor, key, value.text if value is not None else None)
    for ref, note in curation.notes:
        actor = find(ref, "notes")
        if actor:
            actor.note = note.text
    for ref in curation.hide["actors"]:
        actor = find(ref, "hide")
        if actor:
            del actors[actor.id]
            _repoint(briefing, actors, actor.id, None)
    _hide_items(briefing, curation, warnings)
    briefing.actors = sorted(actors.values(), key=lambda a: a.id)
    return warnings


def _merge(briefing: Briefing, actors: dict[str, Actor], keep: Actor, gone: Actor) -> None:
    keep.aliases = sorted({*keep.aliases, *gone.aliases, gone.name} - {keep.name}, key=str.lower)
    keep.articles = sorted({*keep.articles, *gone.articles})
    keep.mentions += gone.mentions
    keep.role = keep.role or gone.role
    keep.affiliation = keep.affiliation or gone.affiliation
    del actors[gone.id]
    _repoint(briefing, actors, gone.id, keep.id)


def _repoint(briefing: Briefing, actors: dict[str, Actor], old: str, new: str | None) -> None:
    for item in [*briefing.positions, *briefing.figures]:
        if item.actor == old:
            item.actor = new
    for article, spans in briefing.mentions.items():     # words naming a hidden actor name nobody
        briefing.mentions[article] = [(n, start, end, new if actor == old else actor)
                                      for n, start, end, actor in spans if actor != old or new]
    for a in actors.values():
        if a.affiliation == old:
            a.affiliation = new if new != a.id else None


def _hide_items(briefing: Briefing, curation: Curation, warnings: list[str]) -> None:
    for kind in ("positions", "figures"):
        items = getattr(briefing, kind)
        ids = {i.id for i in items}
        for ref in curation.hide[kind]:
            if ref.text not in ids:
                warnings.append(f"{curation.where(ref)}: hide: no {kind[:-1]} {ref.text!r} any more; entry ignored")
        hidden = {ref.text for ref in curation.hide[kind]}
        setattr(briefing, kind, [i for i in items if i.id not in hidden])
