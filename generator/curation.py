"""Hand corrections an analyst keeps in `curation.yaml`, applied after every extraction.

The tool only ever reads this file. Actors are named by ID or by any of their names.
An entry that no longer matches anything is reported as a warning, never dropped silently.

    merge:                        # actors that are one; the first keeps its ID
      - [united-states, America]
    split:                        # names wrongly merged into an actor become an actor of their own
      - {actor: john-smith, names: [Smith]}
    rename:                       # display name (the ID stays, so links keep working)
      abdul-rashid-dostum: General Abdul Rashid Dostum
    set:                          # type, role, affiliation (an actor ID or name, or null)
      donald-rumsfeld: {role: Defence Secretary, affiliation: united-states}
    hide:                         # false actors, positions or figures, by ID
      actors: [kunduz]
      positions: []
      figures: []
    notes:                        # shown on the actor's page
      donald-rumsfeld: Left office in 2006.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .model import ACTOR_TYPES, Actor, BriefingError
from .names import norm
from .resolve import Briefing
from .store import read_yaml

SECTIONS = ("merge", "split", "rename", "set", "hide", "notes")
SETTABLE = ("type", "role", "affiliation")


@dataclass
class Curation:
    path: Path
    merge: list[list[str]] = field(default_factory=list)
    split: list[tuple[str, list[str]]] = field(default_factory=list)
    rename: dict[str, str] = field(default_factory=dict)
    set: dict[str, dict[str, Any]] = field(default_factory=dict)
    hide: dict[str, list[str]] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)   # where each reference is written

    def where(self, ref: str) -> str:
        line = self.lines.get(str(ref))
        return f"{self.path}:{line}" if line else str(self.path)

    @property
    def split_names(self) -> list[set[str]]:
        """Name forms that must make an actor of their own, one set per split entry."""
        return [{norm(n) for n in names} for _, names in self.split]


def load_curation(path: Path) -> Curation:
    """Read and check curation.yaml; a missing file is an empty curation."""
    data = read_yaml(path, default={}, max_bytes=1_000_000, max_aliases=200, max_items=100_000)
    if not isinstance(data, dict):
        raise BriefingError(f"{path}: expected a mapping with sections {', '.join(SECTIONS)}")
    unknown = set(data) - set(SECTIONS)
    lines = _scalar_lines(path)
    if unknown:
        name = sorted(unknown)[0]
        raise BriefingError(f"{path}:{lines.get(name, 1)}: unknown section {name!r} (expected {', '.join(SECTIONS)})")
    c = Curation(path=path, lines=lines)

    def fail(section: str, problem: str) -> BriefingError:
        return BriefingError(f"{path}:{lines.get(section, 1)}: {section}: {problem}")

    merge = data.get("merge") or []
    if not isinstance(merge, list) or not all(isinstance(g, list) and len(g) >= 2 for g in merge):
        raise fail("merge", "expected a list of lists of two or more actors")
    c.merge = [[str(x) for x in g] for g in merge]
    for entry in data.get("split") or []:
        if not isinstance(entry, dict) or "actor" not in entry or not isinstance(entry.get("names"), list):
            raise fail("split", "each entry needs 'actor' and a list of 'names'")
        c.split.append((str(entry["actor"]), [str(n) for n in entry["names"]]))
    for section in ("rename", "notes"):
        value = data.get(section) or {}
        if not isinstance(value, dict):
            raise fail(section, "expected a mapping of actor to text")
        setattr(c, section, {str(k): str(v) for k, v in value.items()})
    sets = data.get("set") or {}
    if not isinstance(sets, dict) or not all(isinstance(v, dict) for v in sets.values()):
        raise fail("set", "expected a mapping of actor to {type, role, affiliation}")
    for ref, fields in sets.items():
        bad = set(fields) - set(SETTABLE)
        if bad:
            raise fail("set", f"{ref}: unknown field {sorted(bad)[0]!r} (expected {', '.join(SETTABLE)})")
        if "type" in fields and fields["type"] not in ACTOR_TYPES:
            raise fail("set", f"{ref}: type must be one of {', '.join(ACTOR_TYPES)}")
    c.set = {str(k): v for k, v in sets.items()}
    hide = data.get("hide") or {}
    if not isinstance(hide, dict) or set(hide) - {"actors", "positions", "figures"}:
        raise fail("hide", "expected actors, positions and figures lists")
    c.hide = {k: [str(x) for x in (hide.get(k) or [])] for k in ("actors", "positions", "figures")}
    return c


def _scalar_lines(path: Path) -> dict[str, int]:
    """Line number of the first occurrence of each scalar, for messages."""
    if not path.exists():
        return {}
    lines: dict[str, int] = {}
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except yaml.YAMLError:
        return {}
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.ScalarNode):
            lines.setdefault(str(node.value), node.start_mark.line + 1)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            for k, v in reversed(node.value):
                stack.extend([v, k])
    return lines


def apply_curation(briefing: Briefing, curation: Curation) -> list[str]:
    """Apply the corrections in place; return one warning per entry that matched nothing."""
    warnings: list[str] = []
    actors = {a.id: a for a in briefing.actors}

    def find(ref: str, what: str) -> Actor | None:
        if ref in actors:
            return actors[ref]
        wanted = norm(ref)
        for a in actors.values():
            if wanted == norm(a.name) or wanted in {norm(x) for x in a.aliases}:
                return a
        warnings.append(f"{curation.where(ref)}: {what}: no actor {ref!r} any more; entry ignored")
        return None

    for group in curation.merge:
        found = [a for a in (find(ref, "merge") for ref in group) if a]
        for other in found[1:]:
            if other.id != found[0].id and other.id in actors:
                _merge(briefing, actors, found[0], other)
    for ref, names in curation.split:      # done by resolve(); here only checked
        known = {norm(a.name) for a in actors.values()} | {norm(x) for a in actors.values() for x in a.aliases}
        if ref not in actors and norm(ref) not in known or not {norm(n) for n in names} & known:
            warnings.append(f"{curation.where(ref)}: split: {ref!r} or its names are gone; entry ignored")
    for ref, name in curation.rename.items():
        actor = find(ref, "rename")
        if actor and actor.name != name:
            actor.aliases = sorted({*actor.aliases, actor.name} - {name}, key=str.lower)
            actor.name = name
    for ref, fields in curation.set.items():
        actor = find(ref, "set")
        if not actor:
            continue
        for key, value in fields.items():
            if key == "affiliation" and value is not None:
                target = find(str(value), "set affiliation")
                value = target.id if target else actor.affiliation
            setattr(actor, key, value)
    for ref, note in curation.notes.items():
        actor = find(ref, "notes")
        if actor:
            actor.note = note
    _hide(briefing, actors, curation, warnings)
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
    for a in actors.values():
        if a.affiliation == old:
            a.affiliation = new if new != a.id else None


def _hide(briefing: Briefing, actors: dict[str, Actor], curation: Curation, warnings: list[str]) -> None:
    for ref in curation.hide.get("actors", []):
        actor = actors.get(ref) or next((a for a in actors.values() if norm(a.name) == norm(ref)), None)
        if actor is None:
            warnings.append(f"{curation.where(ref)}: hide: no actor {ref!r} any more; entry ignored")
            continue
        del actors[actor.id]
        _repoint(briefing, actors, actor.id, None)
    for kind in ("positions", "figures"):
        items = getattr(briefing, kind)
        ids = {i.id for i in items}
        for ref in curation.hide.get(kind, []):
            if ref not in ids:
                warnings.append(f"{curation.where(ref)}: hide: no {kind[:-1]} {ref!r} any more; entry ignored")
        hidden = set(curation.hide.get(kind, []))
        setattr(briefing, kind, [i for i in items if i.id not in hidden])
