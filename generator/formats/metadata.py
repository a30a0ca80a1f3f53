"""Metadata values as files give them, made uniform: ISO dates, bylines without
boilerplate."""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

_BOILERPLATE_AUTHORS = re.compile(r"^(by\s+)?(staff|staff writer|staff reporter|reporters?|newsroom|editors?|"
                                  r"admin|web desk|news desk|agencies|agency)$", re.I)


def clean_date(value: Any) -> str | None:
    """An ISO date (YYYY-MM-DD) from a date, a datetime or a string starting with one."""
    if isinstance(value, (date, datetime)):
        return value.strftime("%Y-%m-%d")
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", str(value or ""))
    if not match:
        return None
    try:
        return date(*map(int, match.groups())).isoformat()
    except ValueError:
        return None


def clean_author(value: Any) -> str | None:
    """A byline: 'By Mara Quill' -> 'Mara Quill'; none for boilerplate ('Staff', 'Staff;
    12 March 2024') or when it is not a name at all."""
    if not value:
        return None
    text = re.sub(r"\s+", " ", str(value)).strip()
    text = re.sub(r"^by\s+", "", text, flags=re.I)
    text = re.sub(r"\S+@\S+\s*\(([^)]*)\)", r"\1", text)      # RSS: 'desk@outlet (Name)'
    text = re.sub(r"\S+@\S+", "", text).strip()
    parts = [p.strip() for p in re.split(r";|\|", text) if p.strip()]
    names = [p for p in parts if not _BOILERPLATE_AUTHORS.match(p) and not re.search(r"\d", p)]
    if not names:
        return None
    text = "; ".join(names)
    return text if len(text) <= 120 else None


def clean_text(value: Any) -> str | None:
    text = re.sub(r"\s+", " ", str(value or "")).strip()
    return text or None
