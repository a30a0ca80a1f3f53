"""Direct quotations: where the article puts words between quotation marks.

Handles “curly”, "straight", ‘single’ and 'single' marks and the doubled apostrophes
(''like this'') of some newspaper archives. A quotation may run over several sentences
and, by the convention of English news, over several paragraphs: a paragraph that ends
inside a quotation and a next paragraph that opens with a quotation mark continue it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {"“": "”", "‘": "’", '"': '"', "''": "''", "``": "''", "'": "'"}
_MARK = re.compile(r"''|``|[“”‘’\"']")


@dataclass(frozen=True)
class Quote:
    start: int      # offset of the first character inside the marks
    end: int        # offset just after the last character inside the marks
    text: str       # the quoted words; pieces of a continued quotation joined by a space

    @property
    def words(self) -> int:
        return len(self.text.split())


def _is_opening(text: str, i: int, mark: str) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(mark)] if i + len(mark) < len(text) else " "
    if mark in ("“", "‘", "``"):
        return True
    if mark in ("”", "’"):
        return False
    return (before.isspace() or before in "([{—–-:;,/") and not after.isspace()


def _is_closing(text: str, i: int, mark: str) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(mark)] if i + len(mark) < len(text) else " "
    if mark == "’":
        # a right single mark between letters is an apostrophe (don't, Taliban’s)
        return not (before.isalnum() and after.isalpha())
    if mark == "'":
        return not before.isspace() and not after.isalnum()
    return mark == "”" or not before.isspace() or after.isspace() or after in ".,;:!?)"


def find_quotes(text: str) -> list[Quote]:
    """All quotations in `text`, in order, continuations joined into one."""
    quotes: list[Quote] = []
    pieces: list[tuple[int, int]] = []   # the open quotation's pieces so far
    open_mark = ""
    open_at: int | None = None
    last_end = 0                         # end of the previous paragraph

    def finish() -> None:
        if pieces:
            body = " ".join(text[s:e].strip() for s, e in pieces if text[s:e].strip()).rstrip(" ,")
            if body:
                quotes.append(Quote(pieces[0][0], pieces[-1][1], body))
        pieces.clear()

    for para in re.finditer(r"[^\n]+", text):
        p_start, p_end = para.start(), para.start() + len(para.group(0).rstrip())
        lead = para.group(0).lstrip()
        if open_at is not None or pieces:
            if open_at is not None:              # left open at the end of the last paragraph
                pieces.append((open_at, last_end))
                open_at = None
            if not (lead[:1] in "\"“‘'`"):        # ...and not continued here: it ended there
                finish()
        for m in _MARK.finditer(text, p_start, p_end):
            mark, i = m.group(0), m.start()
            if open_at is None:
                if mark in OPENERS and _is_opening(text, i, mark):
                    if not (pieces and i - p_start <= len(para.group(0)) - len(lead)):
                        finish()                 # not the continuation mark of this paragraph
                    open_at, open_mark = i + len(mark), mark
            elif mark == OPENERS[open_mark] and _is_closing(text, i, mark):
                pieces.append((open_at, i))
                open_at = None
                finish()
            elif mark == open_mark and _is_opening(text, i, mark) and text[i - 2:i - 1] in ".!?":
                # a new quoted paragraph run into this one ("...thin. "Similarly, ...")
                pieces.append((open_at, i))
                open_at = i + len(mark)
        last_end = p_end
    if open_at is not None:
        pieces.append((open_at, last_end))
    finish()
    return quotes
