"""The relations diagram: key actors on a circle, affiliations as arrows, shared sentences as
lines. Plain inline SVG written here, so the site needs no script or service to draw it."""
from __future__ import annotations

import math

from markupsafe import Markup

from .data import actor_url
from .escaping import escape

WIDTH, HEIGHT, RADIUS = 900, 640, 250
COLOURS = {"person": "#3f51b5", "organization": "#00897b", "country": "#e65100", "group": "#6d4c41"}


def relation_diagram(view, root: str, limit: int = 16) -> Markup:
    actors = view.ranked[:limit]
    if not actors:
        return Markup("<p>No actors yet.</p>")
    centre_x, centre_y = WIDTH / 2, HEIGHT / 2
    position = {}
    for n, a in enumerate(actors):
        angle = 2 * math.pi * n / len(actors) - math.pi / 2
        position[a["id"]] = (centre_x + RADIUS * math.cos(angle), centre_y + RADIUS * math.sin(angle))
    parts = [f'<svg class="relations" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="relations-title" '
             f'xmlns="http://www.w3.org/2000/svg"><title id="relations-title">Relations between the key actors</title>',
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" '
             'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#c62828"/></marker></defs>']
    links = view.sentence_links(limit)
    strongest = max(links.values(), default=1)
    for (a, b), count in sorted(links.items()):
        (x1, y1), (x2, y2) = position[a], position[b]
        width = 1 + 4 * count / strongest
        parts.append(f'<line x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2:.0f}" stroke="#9e9e9e" '
                     f'stroke-opacity="0.6" stroke-width="{width:.1f}"/>')
    for a in actors:
        target = a.get("affiliation")
        if target in position:
            (x1, y1), (x2, y2) = position[a["id"]], position[target]
            shorten = 14 / max(1.0, math.dist((x1, y1), (x2, y2)))
            x2, y2 = x2 - (x2 - x1) * shorten, y2 - (y2 - y1) * shorten
            parts.append(f'<line x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2:.0f}" stroke="#c62828" '
                         f'stroke-width="2" marker-end="url(#arrow)"/>')
    for a in actors:
        x, y = position[a["id"]]
        anchor = "start" if x > centre_x + 1 else "end" if x < centre_x - 1 else "middle"
        dx = 14 if anchor == "start" else -14 if anchor == "end" else 0
        dy = -16 if anchor == "middle" and y < centre_y else 24 if anchor == "middle" else 5
        colour = COLOURS.get(a.get("type"), "#616161")
        parts.append(f'<a href="{actor_url(a["id"], root)}"><circle cx="{x:.0f}" cy="{y:.0f}" r="10" fill="{colour}"/>'
                     f'<text x="{x + dx:.0f}" y="{y + dy:.0f}" text-anchor="{anchor}" font-size="15" '
                     f'fill="currentColor">{escape(a["name"])}</text></a>')
    parts.append("</svg>")
    return Markup("".join(parts))
