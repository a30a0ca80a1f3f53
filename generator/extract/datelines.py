"""Datelines: 'LAGOS, March 4 (Harbor Wire) - ', 'PORTO ALEGRE, Brazil (Agency) — ',
'DENVER — ', 'MUMBAI: ', '(AP) — ', 'BERN, Switzerland--(Tern Newswire)--' open the first paragraph of wire and newspaper copy. They
say where the story was filed and who filed it; no word of them is an actor, a speaker, a
mention or part of a statement, so the parser is never shown them.

A dateline is told from its shape only: a place in capitals of four words at most, then a comma and
a date or a place name in title case, or an agency in brackets, then a spaced dash or a colon. The
place name after the comma must be a state or country the gazetteer knows, unless an agency or the
capitals place itself (a known city: 'KINGSTON, St Andrew — ') vouches for the shape: a parish,
county or district the gazetteer lacks then passes. A place in capitals with nothing but the dash or
colon after it ('OSLO — ') is a dateline only when the gazetteer knows it as a city or region and it
is no acronym ('NATO — ', 'US — ', 'CHINA — ' and 'CLAIM: ' are not); such a place alone on a line
before the body's first paragraph ('CHENNAI') is one too. Only the first paragraph of the body is
looked at.
"""
from __future__ import annotations

import re

from ..lexicon import PLACE_NAME_INNER_WORDS
from ..lexicon import DATELINE_BODY_NOUNS, MONTHS, ORG_HEADS, PEOPLE_GROUP_NOUNS, PERSON_NOUNS, TITLE_WORDS, WEEKDAY_NAMES
from ..names import canonical, is_given_name

BODY_WORDS = 20          # the first paragraph longer than this is the body's first paragraph
HEAD_BLOCKS = 4          # a headline, a standfirst and a byline at most come before it
_DASH = r"(?:--|[-–—])"
_BULLET = r"[●•|·]"      # 'Jakarta ● ', 'Accra | ': a paper's mark between its dateline and the story
_LEAD = re.compile(
    r"(?P<place>[^\W\d_][\w'’.&-]*(?: [^\W\d_][\w'’.&-]*){0,3})"
    r"(?P<extra>(?:, ?[^,()\n:–—]{1,30}?){0,2})"
    r"(?: ?\((?P<agency>[^()\n]{1,40})\))?"
    rf"(?: (?P<dash>{_DASH}|{_BULLET})|(?P<colon>:))(?:\s+|$)")
_WIRE = re.compile(            # press-release wires: 'STUTTGART, Germany--(Business Wire)--', 'BOSTON /Tern Wire/ -- '
    r"(?P<place>[^\W\d_][\w'’.&-]*(?: [^\W\d_][\w'’.&-]*){0,3})"
    r"(?P<extra>(?:, ?[^,()/\n:–—]{1,30}?){0,2})"
    r"(?:--\((?P<agency>[^()\n]{1,40})\) ?| ?/(?P<slashed>[^/()\n]{1,40})/ )(?P<dash>--)(?:\s*|$)")
_AGENCY_ONLY = re.compile(rf"\((?P<agency>[^()\n]{{1,40}})\) ?{_DASH}(?:\s+|$)")
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = re.compile(rf"(?:(?:{_MONTH})\.? \d{{1,2}}|\d{{1,2}} (?:{_MONTH})\.?)(?:,? \d{{4}})?", re.I)
_YEAR = re.compile(r"\d{4}")       # 'May 21, 2025' is cut at its comma
_ABBREVIATED = re.compile(r"[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2,3}")    # 'Mich.', 'Calif.', 'N.Y.', 'D.C.'
_TITLE_WORD = re.compile(r"[A-Z][\w'’.-]*")
_BYLINE = re.compile(r"By [A-Z][\w'’.-]*(?: [\w'’.,&-]+){0,7}\s*$")    # 'By Dana Holt', 'By Dana Holt, Staff Writer'
_COMMON_NOUNS = frozenset(ORG_HEADS | PEOPLE_GROUP_NOUNS | PERSON_NOUNS | DATELINE_BODY_NOUNS)
_DESK = re.compile(r"[A-Z]{2,6}")  # a paper's desk or news service after the place, unbracketed: 'Bengaluru, DHNS: '


def dateline_end(paragraph: str, title_case: bool = True, dated: bool = False) -> int:
    """Where the dateline that opens `paragraph` ends (the first character of the story's
    text), or 0 when it opens with none. The story opens a sentence: after a dateline comes
    a capital, a figure or a quotation mark ('ASEAN, Japan — the two partners …' is an aside).
    Without `title_case`, only a place in capitals (or an agency alone) opens one; with `dated`
    also a place in title case followed by the date ('Kessa, Dec 4: ' under a byline line)."""
    end = _dateline_end(paragraph, title_case) or dated and _dated_title_case_end(paragraph)
    return end if end and _opens_sentence(paragraph[end:]) else 0


def _opens_sentence(text: str) -> bool:
    return not text or text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘'"


def _dateline_end(paragraph: str, title_case: bool) -> int:
    agency_only = _AGENCY_ONLY.match(paragraph)
    if agency_only:
        return agency_only.end() if _is_agency(agency_only.group("agency")) else 0
    m = _lead(paragraph)
    if not m or _is_known_body(m.group("place")):
        return 0
    if not _in_capitals(m.group("place")):
        return m.end() if title_case and _title_case_dateline(m) else 0
    extras = _extras(m)
    agency = _agency(m)
    if agency is not None and not _is_agency(agency):
        return 0
    vouched = agency is not None or _is_bare_place(m.group("place"))
    if not all(_DATE.fullmatch(e) or _YEAR.fullmatch(e) or _is_place_words(e)
               and (vouched or _is_known_region(e)) for e in extras):
        return 0
    if not extras and agency is None and not _is_bare_place(m.group("place")):
        return 0
    return m.end()


def _title_case_dateline(m: re.Match) -> bool:
    """A dateline whose place is in title case: 'Washington (CNN) — ', 'Dhaka, Bangladesh – ',
    'Bengaluru, DHNS: ', 'Jakarta ● '. The place is a city or region the gazetteer knows (no
    country's name alone) and no word of the lexicon's people or bodies ('Police: '); after
    it come a known state or country or a date, then at most an agency (in brackets, or a desk's
    capitals), nothing else."""
    place = m.group("place")
    if not _is_bare_place(place) or place.lower() in _COMMON_NOUNS:
        return False
    extras = _extras(m)
    if extras and _DESK.fullmatch(extras[-1]) and _agency(m) is None:
        extras = extras[:-1]
    elif _agency(m) is not None and not _is_agency(_agency(m)):
        return False
    return all(_DATE.fullmatch(e) or _YEAR.fullmatch(e) or _is_place_words(e) and _is_known_region(e)
               for e in extras)


def _dated_title_case_end(paragraph: str) -> int:
    """'Kolkata, 4 December: ', 'Kessa Town, Dec 4 – ': a place in title case (one to four capitalised
    words followed by a comma and the date, then a colon or a spaced dash) is a paper's dateline even
    where the gazetteer does not know the place: the date says what the words are. Not where a word
    may be a person's or a body's (`_may_name_someone`: 'Mayor Tom Reed, Dec 4: ', 'Monday, Dec 4: ')."""
    m = _LEAD.match(paragraph)
    if not m or _agency(m) is not None or _is_known_body(m.group("place")):
        return 0
    place = m.group("place")
    extras = _extras(m)
    if not extras or not _DATE.fullmatch(extras[0]) or not all(_TITLE_WORD.fullmatch(w) for w in place.split()) \
            or _may_name_someone(place):
        return 0
    return m.end() if all(_DATE.fullmatch(e) or _YEAR.fullmatch(e) for e in extras) else 0


def _may_name_someone(place: str) -> bool:
    """Words that may be a person's or a body's name or a day: a word of the lexicon's people or bodies
    ('Police'), or, where the gazetteer does not know the words as a place, such a word, a title or
    honorific, a weekday or a given name anywhere in them."""
    words = [w.rstrip(".").lower() for w in place.split()]
    return place.lower() in _COMMON_NOUNS or not _is_bare_place(place) and any(
        w in _COMMON_NOUNS or w in TITLE_WORDS or w in WEEKDAY_NAMES or is_given_name(w.title()) for w in words)


def without_dateline(blocks: list[tuple[int, str]], headline: bool) -> tuple[list[tuple[int, str]], str]:
    """(offset, text) blocks of an article with the dateline cut from the first paragraph of
    its body (the headline and short lines before it, such as a byline, are passed over), and
    the dateline ('' if none); a block that was nothing but the dateline is left out."""
    out = list(blocks)
    for n in range(1 if headline else 0, min(len(out), HEAD_BLOCKS + 1)):
        offset, text = out[n]
        if _a_dateline_line(text):
            del out[n]                          # 'CHENNAI' on a line of its own
            return out, text.strip()
        first = n == (1 if headline else 0) or _BYLINE.match(out[n - 1][1]) is not None
        end = dateline_end(text, title_case=first, dated=True)     # 'Brussels, Belgium: ' after a body's line is a label
        if end:
            rest = text[end:]
            if rest.strip():
                out[n] = (offset + end, rest)
            else:
                del out[n]
            return out, text[:end]
        if len(text.split()) > BODY_WORDS and not (n + 1 < len(out) and _BYLINE.match(out[n + 1][1])):
            break                               # the body's first paragraph, not a standfirst before a byline
    return out, ""


def dateline_countries(dateline: str) -> list[str]:
    """The countries a dateline names ('Brazil' of 'PORTO ALEGRE, Brazil (Agency) - '), as the
    lexicon spells them: where the story was filed tells what country it is about."""
    m = _lead(dateline)
    if not m:
        return []
    parts = [m.group("place").title(), *_extras(m)]
    known = [canonical(p) for p in parts]
    return [k[0] for k in known if k is not None and k[1] == "country"]


def dateline_place(dateline: str) -> str | None:
    """The place a paper's own dateline opens with ('Kuala Lumpur' of 'KUALA LUMPUR: '), in title
    case; none for an agency's ('LONDON (Reuters) - '), whose hub may file the news of many states."""
    if _a_dateline_line(dateline):
        return dateline.strip().title()
    m = _lead(dateline)
    return m.group("place").title() if m and _agency(m) is None else None


def _a_dateline_line(text: str) -> bool:
    """'CHENNAI', 'NEW DELHI' on a line of their own between the headline (or byline) and the
    story: a paper's dateline set apart from its first paragraph, when the words are a known city
    or region in capitals (_is_bare_place: no acronym, no country's name alone)."""
    place = text.strip()
    return 0 < len(place.split()) <= 4 and _in_capitals(place) and not _is_known_body(place) \
        and _is_bare_place(place)


def _lead(paragraph: str) -> re.Match | None:
    """A newspaper or agency dateline's shape, else a press-release wire's ('CITY--(Wire)--')."""
    return _WIRE.match(paragraph) or _LEAD.match(paragraph)


def _extras(m: re.Match) -> list[str]:
    """What a dateline's match has after the place, comma by comma: a state, a country, a date, a desk."""
    return [e.strip() for e in m.group("extra").split(",")[1:]]


def _agency(m: re.Match) -> str | None:
    """The agency of a dateline's match: in brackets, or between slashes on a wire."""
    return m.group("agency") if m.re is _LEAD else m.group("agency") or m.group("slashed")


def _in_capitals(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_place_words(text: str) -> bool:
    """', Brazil', ', Ohio', ', N.Y.', ', Rio Grande do Sul' after the place: a name in title case."""
    words = text.split()
    return 0 < len(words) <= 4 and _TITLE_WORD.fullmatch(words[0]) is not None and all(
        _TITLE_WORD.fullmatch(w) or w in PLACE_NAME_INNER_WORDS for w in words[1:])


def _is_known_region(text: str) -> bool:
    """', Ohio', ', Brazil', ', Mich.', ', N.Y.' with no agency after it: a state or country the
    gazetteer knows, or a state's abbreviation ('FBI, Police Say — ' is a headline's words)."""
    from .evidence import is_country_name, is_known_place
    return bool(_ABBREVIATED.fullmatch(text)) or is_known_place(text) or is_country_name(text)


def _is_agency(text: str) -> bool:
    """'Reuters', 'AP', 'Harbor Wire', 'AFP/Getty': a short name opening on a capital; or one
    short word of lower-case letters, as some agencies write their initials ('dpa')."""
    words = text.split()
    if len(words) == 1 and words[0].isalpha() and words[0].islower() and 2 <= len(words[0]) <= 4:
        return True
    return 0 < len(words) <= 4 and all(w[0].isupper() or not w[0].isalpha() for w in words)


def _is_known_body(place: str) -> bool:
    """'ASEAN, Japan — ', 'IMF (Fund) — ': a body the lexicon knows opens a sentence, not a dateline."""
    known = canonical(place)
    return known is not None and known[1] != "country"


def _is_bare_place(place: str) -> bool:
    """'OSLO', 'NEW DELHI': a capitals word with nothing after it but the dash is a dateline
    only when it names a known city or region and is no acronym ('NATO', 'US', 'UAE'); a
    country's name is not enough ('CHINA — the world's second-largest economy — grew')."""
    from .evidence import capital_of, is_known_place
    if sum(c.isalpha() for c in place) < 4 or "." in place:
        return False
    name = place.title()
    return is_known_place(name) or capital_of(name) is not None
