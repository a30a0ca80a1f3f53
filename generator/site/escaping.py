"""Escaping of untrusted text for the generated Markdown pages (see templating.py)."""
from __future__ import annotations

import json
import re
from typing import Any

from markupsafe import Markup

# Everything that means something to Markdown, HTML, MkDocs/Material extensions or Jinja,
# mapped to a numeric character reference.
_SPECIAL_CHARACTERS = "\\`*_{}[]()<>#+-!|~^$=:&\"'%@"
_SPECIAL = re.compile("[" + re.escape(_SPECIAL_CHARACTERS) + "]")
_ENTITY = {c: f"&#{ord(c)};" for c in _SPECIAL_CHARACTERS}
_WHITESPACE = re.compile(r"\s+")


def escape(value: Any) -> str:
    """Untrusted text as inert Markdown/HTML: one line, special characters as entities."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    if not text.isprintable() or "  " in text:     # isprintable: no white space but " "
        text = _WHITESPACE.sub(" ", text)
    return _SPECIAL.sub(_entity, text)


def _entity(match: re.Match) -> str:
    return _ENTITY[match.group()]


_TITLE_LOOKALIKES = str.maketrans({"<": "‹", ">": "›", "&": "＆", '"': "”", "'": "’", "`": "ʻ", "\\": "＼"})


def page_title(value: Any) -> Markup:
    """A page title for the front matter. MkDocs themes print the title unescaped in places
    (<title>, search results), so characters that could form markup become look-alikes."""
    text = re.sub(r"\s+", " ", str(value or "")).strip().translate(_TITLE_LOOKALIKES)
    return Markup(json.dumps(text, ensure_ascii=False))


def number(value: Any) -> str:
    if isinstance(value, (int, float)):
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    return escape(value)
