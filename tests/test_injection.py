"""Article text is untrusted: whatever it holds shows on the site as literal text."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest


pytestmark = pytest.mark.slow     # builds a site

def pages(site: Path) -> dict[str, str]:
    return {str(p.relative_to(site)): p.read_text() for p in site.rglob("*.html")}


def test_no_injected_markup_reaches_the_html(hostile_site):
    for name, html in pages(hostile_site).items():
        assert "alert('x')</script>" not in html, name
        assert not re.search(r"<img[^>]*onerror", html), name
        assert not re.search(r"<iframe", html), name
        assert 'href="javascript:' not in html.lower(), name
        assert 'onclick="alert' not in html, name
        assert "root:x:" not in html, name
        assert '<div class="admonition danger"' not in html, name


class _VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self._skip = [], 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self._skip -= tag in ("script", "style") and self._skip > 0

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = _VisibleText()
    parser.feed(html)
    return re.sub(r"\s+", " ", "".join(parser.parts))


def test_hostile_text_shows_literally(hostile_site):
    article = next(html for name, html in pages(hostile_site).items()
                   if name.startswith("articles/") and name != "articles/index.html")
    text = visible_text(article)
    for literal in ("<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "{{ 7*7 }}",
                    "{% raw %}", "<!-- hidden -->", "| a | b |", '--8<-- "/etc/passwd"', '!!! danger "owned"',
                    '{: onclick="alert(4)" }', "# Not a heading [click](javascript:alert(3))"):
        assert literal in text, literal
