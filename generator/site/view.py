"""The view: facts the pages share that are derived from the data, computed once per render."""
from __future__ import annotations

from collections import Counter, defaultdict

from markupsafe import Markup

from .. import lexicon
from . import digest
from .data import Mention, SiteData, actor_url
from .escaping import escape

KEY_POSITIONS = 10
KEY_FIGURES = 10
MEMBERS_HEADINGS = {"person": "Staff and aides", "country": "Officials and bodies"}


class View:
    """Derived facts the pages share: prominence, members, co-occurrence, disagreements."""

    def __init__(self, data: SiteData) -> None:
        self.data = data
        self.positions_of: dict[str, list[dict]] = defaultdict(list)
        self.positions_in: dict[str, list[dict]] = defaultdict(list)
        self.figures_of: dict[str, list[dict]] = defaultdict(list)
        self.members_of: dict[str, list[dict]] = defaultdict(list)
        self.position = {p["id"]: p for p in data.positions}
        self.figure = {f["id"]: f for f in data.figures}
        for p in data.positions:
            self.positions_in[p["article"]].append(p)
            if p.get("actor") in data.actor:
                self.positions_of[p["actor"]].append(p)
        for f in data.figures:
            if f.get("actor") in data.actor:
                self.figures_of[f["actor"]].append(f)
        for a in data.actors:
            if a.get("affiliation") in data.actor:
                self.members_of[a["affiliation"]].append(a)
        self.actors_in: dict[str, list[dict]] = defaultdict(list)
        for a in data.actors:
            for art in a.get("articles") or []:
                self.actors_in[art].append(a)
        self.ids_in = {art: [a["id"] for a in actors] for art, actors in self.actors_in.items()}
        self.ranked = sorted(data.actors, key=lambda a: (-self.prominence(a), a["name"].lower()))
        self.rank = {a["id"]: n for n, a in enumerate(self.ranked)}
        self.ranked_in = {art: sorted(actors, key=lambda a: self.rank[a["id"]]) for art, actors in self.actors_in.items()}
        self.mentions_in = {art: self._mentions_by_sentence(record.get("mentions") or [])
                            for art, record in data.sentences.items()}
        self.disagreements = self._disagreements()
        self._sentence_links: dict[int, dict[tuple[str, str], int]] = {}
        # how common each word is among all statements: rare shared words make a subject
        self.statement_df, self.statements = digest.document_frequency([p["text"] for p in data.positions])
        self.stance_clashes = digest.opposite_stances(data.positions, self.statement_df, self.statements)

    def _mentions_by_sentence(self, mentions: list[Mention]) -> dict[int, list[tuple[int, int, str]]]:
        """An article's mentions (from extraction, see the hand-over spec), by sentence; those
        of actors that are not on the site (hidden since) are left out."""
        by_sentence: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        for index, start, end, actor_id in mentions:
            if actor_id in self.data.actor:
                by_sentence[index].append((start, end, actor_id))
        return by_sentence

    def members_heading(self, actor: dict) -> str:
        """What the actors affiliated with this one are to it: a body has members, a state its
        officials and bodies, a person the staff who speak for them (an aide is no member)."""
        return MEMBERS_HEADINGS.get(actor.get("type"), "Members")

    def prominence(self, actor: dict) -> float:
        """How central an actor is: mentions, positions held and articles it appears in."""
        return (actor.get("mentions") or 0) + 3 * len(self.positions_of[actor["id"]]) \
            + 2 * len(actor.get("articles") or [])

    def appears_with(self, actor: dict, limit: int = 8) -> list[tuple[dict, int]]:
        articles = actor.get("articles") or []
        if len(articles) == 1:      # most actors: that article's cast, already in rank order
            cast = self.ranked_in.get(articles[0], ())
            return [(other, 1) for other in cast[:limit + 1] if other["id"] != actor["id"]][:limit]
        counts: Counter = Counter()
        for art in articles:
            counts.update(self.ids_in.get(art, ()))
        counts.pop(actor["id"], None)
        top = sorted(counts, key=self.rank.__getitem__)
        top.sort(key=counts.__getitem__, reverse=True)      # stable: equal counts stay in rank order
        return [(self.data.actor[k], counts[k]) for k in top[:limit]]

    def key_positions(self) -> list[dict]:
        """The central positions: the first statement of each of the most prominent speakers."""
        out = []
        for actor in self.ranked:
            for p in self.positions_of[actor["id"]][:2]:
                out.append(p)
                if len(out) >= KEY_POSITIONS:
                    return out
        return out

    def key_figures(self) -> list[dict]:
        figures = [f for f in self.data.figures if f.get("unit")]
        figures.sort(key=lambda f: (f.get("actor") is None, -(f.get("value") or 0)))
        return figures[:KEY_FIGURES]

    def _disagreements(self) -> list[dict]:
        """Figures that count the same thing with different values in different articles of the
        same story (articles that share an actor other than a country)."""
        cast = {art: {a["id"] for a in actors if a.get("type") != "country"} for art, actors in self.actors_in.items()}
        by_unit: dict[str, list[dict]] = defaultdict(list)
        for f in self.data.figures:
            unit = (f.get("unit") or "").lower().rstrip("s")
            if unit and unit != "%":
                by_unit[unit].append(f)
        out = []
        for unit, figs in sorted(by_unit.items()):
            said_by: dict[str, list[dict]] = defaultdict(list)     # actor -> this unit's figures near it
            for f in figs:
                for actor_id in cast.get(f["article"], ()):
                    said_by[actor_id].append(f)
            clash = {f["id"] for group in said_by.values() for f in group for g in group
                     if f["article"] != g["article"] and f["value"] != g["value"]}
            if clash:
                clashing = [f for f in figs if f["id"] in clash]
                out.append({"unit": figs[0]["unit"], "figures": sorted(clashing, key=lambda f: f["value"])})
        return out

    def linked_sentence(self, article_id: str, index: int, sentence: str) -> Markup:
        """Sentence `index` of an article, escaped, each actor mention linking to its page."""
        out, pos = [], 0
        for start, end, actor_id in self.mentions_in.get(article_id, {}).get(index, ()):
            out.append(escape(sentence[pos:start]))
            out.append(f'<a class="actor-mention" href="{actor_url(actor_id, "../../")}">{escape(sentence[start:end])}</a>')
            pos = end
        out.append(escape(sentence[pos:]))
        return Markup("".join(out))

    def sentence_links(self, limit_actors: int = 16) -> dict[tuple[str, str], int]:
        """How often two key actors are mentioned in the same sentence. Computed once: the
        relations page and its diagram share it."""
        if limit_actors in self._sentence_links:
            return self._sentence_links[limit_actors]
        key = {a["id"] for a in self.ranked[:limit_actors]}
        pairs: Counter = Counter()
        for by_sentence in self.mentions_in.values():
            for found in by_sentence.values():
                ids = sorted({actor_id for _, _, actor_id in found} & key)
                for i, a in enumerate(ids):
                    for b in ids[i + 1:]:
                        pairs[(a, b)] += 1
        self._sentence_links[limit_actors] = dict(pairs)
        return self._sentence_links[limit_actors]

    def first_last_seen(self, actor: dict) -> tuple[dict | None, dict | None]:
        arts = [self.data.article[a] for a in actor.get("articles") or [] if a in self.data.article]
        dated = sorted(arts, key=lambda a: (a.get("date") or "", a["id"]))
        return (dated[0], dated[-1]) if dated else (None, None)

    # ---- what the pages say in brief (digest.py) ----

    def date_of(self, article_id: str) -> str | None:
        return (self.data.article.get(article_id) or {}).get("date")

    def actor_summary(self, actor: dict) -> dict:
        """Who the actor is now, how many statements in how many articles over which dates,
        and the latest statement."""
        positions = digest.newest_first(self.positions_of[actor["id"]], self.date_of)
        dates = sorted(d for d in map(self.date_of, actor.get("articles") or []) if d)
        return {"role": digest.current_role(actor), "roles": digest.role_changes(actor),
                "statements": len(positions), "articles": len({p["article"] for p in positions}),
                "first": dates[0] if dates else None, "last": dates[-1] if dates else None,
                "latest": positions[0] if positions else None}

    def statement_groups(self, actor: dict, grouped_from: int = 4) -> list[digest.StatementGroup]:
        """The actor's statements by subject (a handful: one list, newest first)."""
        positions = self.positions_of[actor["id"]]
        if len(positions) < grouped_from:
            return [digest.StatementGroup(None, digest.newest_first(positions, self.date_of))] if positions else []
        return digest.group_statements(positions, [actor["name"], *(actor.get("aliases") or [])],
                                       self.statement_df, self.statements, self.date_of)

    def shown_speaker(self, position: dict, actor: dict) -> str | None:
        """The source as the text names it, where it says more than the actor's name or a pronoun."""
        speaker = position.get("speaker") or ""
        if speaker.lower() in lexicon.PRONOUNS_PERSON | lexicon.PRONOUNS_PLURAL | lexicon.PRONOUNS_IT \
                or speaker in (actor["name"], *(actor.get("aliases") or [])):
            return None
        return speaker

    def lede(self) -> list[digest.LedeSentence]:
        return digest.lede(self.data.sentences, {a["id"]: a["title"] for a in self.data.articles})

    def search_names(self, actor: dict) -> str:
        """The actor's names for the search index's "names" field (a comma would split it)."""
        return " · ".join(dict.fromkeys([actor["name"], *(actor.get("aliases") or [])])).replace(",", " ")
