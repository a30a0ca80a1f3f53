"""Metadata values as files give them, made uniform: ISO dates, bylines without
boilerplate."""
from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_tz
from typing import Any

_BOILERPLATE_AUTHORS = re.compile(r"^(by\s+)?(our\s+)?(staff|staff writer|staff reporter|reporters?|correspondents?|"
                                  r"newsroom|news ?desk|web ?desk|digital ?desk|online ?desk|city ?desk|"
                                  r"web team|digital team|online team|editorial team|editorial staff|editors?|"
                                  r"admin|administrator|agencies|agency|contributors?|guest author)$", re.I)
# What sits beside a name in a byline: 'Updated 3 hours ago', 'Published 12:40', '5 min read'.
_BYLINE_TIMESTAMP = re.compile(r"\b(last\s+)?(updated|published|posted|modified|min(ute)?s?\s+read)\b.*$", re.I)
MONTHS = ("january february march april may june july august september october november "
          "december").split()
_MONTH = "(" + "|".join(MONTHS + [m[:3] for m in MONTHS] + ["sept"]) + r")\.?(?![a-z])"
_DAY = r"(\d{1,2})(st|nd|rd|th)?"
_DAY_MONTH_YEAR = re.compile(rf"^(?:[a-z]+,?\s+)?{_DAY}\s+{_MONTH},?\s+(\d{{4}})\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"^(?:[a-z]+,?\s+)?{_MONTH}\s+{_DAY},?\s+(\d{{4}})\b", re.I)


def clean_date(value: Any) -> str | None:
    """An ISO date (YYYY-MM-DD) from a date, a datetime or a string starting with one: ISO
    ('2025-03-07', '2025/03/07'), '7 March 2025', 'March 7, 2025', 'Fri, 07 Mar 2025 09:30 GMT'.
    All-numeric day/month orders ('07/03/2025') are ambiguous: none."""
    if isinstance(value, (date, datetime)):
        return value.strftime("%Y-%m-%d")
    text = re.sub(r"\s+", " ", str(value or "")).strip()
    if match := re.match(r"(\d{4})[-/](\d{2})[-/](\d{2})(?!\d)", text):
        parts = match.groups()
    elif match := _DAY_MONTH_YEAR.match(text):
        parts = (match.group(4), _month(match.group(3)), match.group(1))
    elif match := _MONTH_DAY_YEAR.match(text):
        parts = (match.group(4), _month(match.group(1)), match.group(2))
    elif parsed := parsedate_tz(text):
        parts = parsed[:3]
    else:
        return None
    try:
        return date(*map(int, parts)).isoformat()
    except (TypeError, ValueError):
        return None


def _month(name: str) -> int:
    return next(n for n, month in enumerate(MONTHS, 1) if month.startswith(name[:3].lower()))


def clean_author(value: Any) -> str | None:
    """A byline: 'By Mara Quill' -> 'Mara Quill'; none for boilerplate ('Staff', 'Staff;
    12 March 2024', 'By Staff Reporter | Updated 3 hours ago') or when it is not a name at all."""
    if not value:
        return None
    text = clean_text(value) or ""
    text = re.sub(r"\S+@\S+\s*\(([^)]*)\)", r"\1", text)      # RSS: 'desk@outlet (Name)'
    text = re.sub(r"\S+@\S+", "", text).strip()
    parts = [_BYLINE_TIMESTAMP.sub("", p).strip(" ,:-–—") for p in re.split(r";|\|", text)]
    parts = [re.sub(r"^by\s+", "", p, flags=re.I) for p in parts]
    names = [p for p in parts if p and not _BOILERPLATE_AUTHORS.match(p) and not re.search(r"\d", p)]
    if not names:
        return None
    text = "; ".join(names)
    return text if len(text) <= 120 else None


def clean_text(value: Any) -> str | None:
    """One line of text; tags some sites put into metadata ('<b>Outlet</b>') left out."""
    text = re.sub(r"</?[a-zA-Z][^>]*>", " ", str(value or ""))
    text = re.sub(r"\s+", " ", text).strip()
    return text or None
