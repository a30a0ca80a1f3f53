"""Where each statement comes from, for the pages: outlets, dates, copies, the timeline.

A small view over the loaded data (site.data.SiteData), kept apart from the render: the Sources
and Timeline pages, the outlet and date shown beside every source link, and the span of
dates and outlets on the home page.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from .escaping import escape

TIMELINE_POSITIONS = 3     # per article: the first statements, which lead the story
TIMELINE_FIGURES = 3
UNKNOWN_OUTLET = "unknown outlet"


@dataclass
class Outlet:
    name: str
    articles: list[dict] = field(default_factory=list)
    copies: list[tuple[dict, dict]] = field(default_factory=list)    # (copy, article it was folded into)


class Provenance:
    def __init__(self, data: Any) -> None:
        self.data = data
        self.positions_in: dict[str, list[dict]] = defaultdict(list)
        self.figures_in: dict[str, list[dict]] = defaultdict(list)
        for p in data.positions:
            self.positions_in[p["article"]].append(p)
        for f in data.figures:
            self.figures_in[f["article"]].append(f)
        self._labels: dict[str, Markup] = {}

    def label(self, article_id: str) -> Markup:
        """'(Outlet, 2024-03-14)' for an article, escaped; '' when it gives neither."""
        if article_id not in self._labels:
            article = self.data.article.get(article_id) or {}
            parts = [p for p in (article.get("source"), article.get("date")) if p]
            self._labels[article_id] = Markup(f" ({escape(', '.join(parts))})") if parts else Markup("")
        return self._labels[article_id]

    def outlets(self) -> list[Outlet]:
        """Every outlet with its articles and the copies folded into articles; most articles first."""
        by_name: dict[str, Outlet] = {}
        for article in self.data.articles:
            name = article.get("source") or UNKNOWN_OUTLET
            by_name.setdefault(name, Outlet(name)).articles.append(article)
            for copy in article.get("copies") or []:
                copy_name = copy.get("source") or UNKNOWN_OUTLET
                by_name.setdefault(copy_name, Outlet(copy_name)).copies.append((copy, article))
        return sorted(by_name.values(), key=lambda o: (o.name == UNKNOWN_OUTLET, -len(o.articles) - len(o.copies),
                                                       o.name.lower()))

    def timeline(self) -> list[dict]:
        """Articles newest first (undated last), each with its leading positions and figures."""
        dated = sorted((a for a in self.data.articles if a.get("date")), key=lambda a: (a["date"], a["id"]), reverse=True)
        undated = sorted((a for a in self.data.articles if not a.get("date")), key=lambda a: a["id"])
        return [{"article": a, "positions": self.positions_in[a["id"]][:TIMELINE_POSITIONS],
                 "figures": [f for f in self.figures_in[a["id"]] if f.get("unit")][:TIMELINE_FIGURES]}
                for a in dated + undated]

    def span(self) -> dict:
        """First and last date of the articles and the number of outlets, for the home page."""
        dates = sorted(a["date"] for a in self.data.articles if a.get("date"))
        names = {a.get("source") for a in self.data.articles} | {
            c.get("source") for a in self.data.articles for c in a.get("copies") or []}
        names.discard(None)
        return {"first": dates[0] if dates else None, "last": dates[-1] if dates else None, "outlets": len(names)}


def web_address(url: Any) -> str | None:
    """An http(s) address that may become a link; anything else (javascript:, data:) is none."""
    text = str(url or "").strip()
    return text if re.fullmatch(r"https?://[^\s\"'<>`]+", text) else None
