"""Direct quotations: where the article puts words between quotation marks.

Handles “curly”, "straight", ‘single’ and 'single' marks and the doubled apostrophes
(''like this'') of some newspaper archives. A quotation may run over several sentences
and, by the convention of English news, over several paragraphs: a paragraph that ends
inside a quotation and a next paragraph that opens with a quotation mark continue it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import ELISIONS

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
    if mark == "'" and re.match(r"(?:%s)\b" % "|".join(ELISIONS), text[i + 1:i + 6]):
        return False        # "in 't Veld", "rock 'n' roll": an elision, no quotation
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


def _closers(opener: str) -> set[str]:
    """The marks that close a quotation: its pair, and for double marks the other kind of
    double mark too (copy that opens with “ and closes with a straight ")."""
    double = {'"', "”"}
    return {OPENERS[opener]} | (double if opener in ('"', "“") else set())


_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z])")


def _sentence_end(text: str, start: int, end: int) -> int | None:
    """Offset just after the last full stop (before a capital) between start and end."""
    last = None
    for m in _SENTENCE_END.finditer(text, start, end):
        last = m.end()
    return last


def find_quotes(text: str) -> list[Quote]:
    """All quotations in `text`, in order, continuations joined into one."""
    quotes: list[Quote] = []
    pieces: list[tuple[int, int]] = []   # the open quotation's pieces so far
    open_mark = ""
    open_at: int | None = None
    nested = False                       # inside a quotation within the open one
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
            if nested:
                nested = not (mark == open_mark and _is_closing(text, i, mark))
            elif open_at is None:
                if mark in OPENERS and _is_opening(text, i, mark):
                    if not (pieces and i - p_start <= len(para.group(0)) - len(lead)):
                        finish()                 # not the continuation mark of this paragraph
                    open_at, open_mark = i + len(mark), mark
            elif mark in _closers(open_mark) and _is_closing(text, i, mark):
                pieces.append((open_at, i))
                open_at = None
                finish()
            elif mark in _closers(open_mark) | {open_mark} and _is_opening(text, i, mark) \
                    and text[:i].rstrip().endswith(":") and _sentence_end(text, open_at, i) is not None:
                # 'said: "I left. He added: "They ...': the first was never closed; the
                # sentence that hands over to the new quotation is the writer's
                pieces.append((open_at, _sentence_end(text, open_at, i)))
                finish()
                open_at, open_mark = i + len(mark), mark
            elif mark == open_mark and _is_opening(text, i, mark) and text[i - 2:i - 1] in ".!?":
                # a new quoted paragraph run into this one ("...thin. "Similarly, ...")
                pieces.append((open_at, i))
                open_at = i + len(mark)
            elif mark == open_mark == '"' and _is_opening(text, i, mark) and _closes_later(text, i + 1, p_end):
                nested = True       # '"... The "United States" is not ..."': a quotation inside, in the same marks
        nested = False
        last_end = p_end
    if open_at is not None:
        pieces.append((open_at, last_end))
    finish()
    return quotes


def _closes_later(text: str, start: int, end: int) -> bool:
    """Two more straight marks in the paragraph, the first closing a word or phrase: the
    inner quotation's close and the outer one's."""
    marks = [m.start() for m in re.finditer('"', text[start:end])]
    return len(marks) >= 2 and _is_closing(text, start + marks[0], '"')


def _opens_sentence(text: str, start: int) -> bool:
    """The quotation starting at `start` opens its sentence (or paragraph)."""
    before = text[:start].rstrip(" \"“‘'`").rstrip(" ")
    return not before or before[-1] in ".!?:\n" or before.rstrip("\"”’'")[-1:] in (".", "!", "?")


def split_quotations(text: str, quotes: list[Quote]) -> dict[int, int]:
    """'"We will not give up," she said, "and we will win."': one quotation the writer broke
    to set the speaker in it. The second piece goes on with the first: it opens in lower case,
    the first does not end a sentence, and only a few words without a full stop or a line
    break stand between them. Returns the index of each first piece -> its second piece."""
    pairs: dict[int, int] = {}
    for i, (first, second) in enumerate(zip(quotes, quotes[1:])):
        gap = text[first.end:second.start].strip(" \"“”‘’'`")
        body = second.text.lstrip(" \"“‘'`([")
        if not gap or "\n" in gap or any(c in gap for c in ".!?;:\"“”") or not 2 <= len(gap.split()) <= 12:
            continue
        if not _opens_sentence(text, first.start):
            continue        # 'was "dead," and urged them to "go"': two quoted phrases of one sentence
        if not (gap.endswith(",") or gap.split()[-1][:1].isupper()) or "that" in gap.lower().split():
            continue        # '"...," she said, adding that only "several days" would tell': a phrase of her next clause
        if first.text.rstrip(" ,").endswith((".", "!", "?", ":", ";")) or not body[:1].islower():
            continue
        pairs[i] = i + 1
    return pairs
