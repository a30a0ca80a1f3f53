"""The affiliation of a post written next to its body, measured on a grid of invented wordings.

Frames (where the body stands beside the title) cross bodies of different build; each cell takes two
of the titles and invented names in turn, so the grid stays small. Every positive cell expects the
person's whole post: role = the title, affiliation = the body, and the body an actor of its own.
Negative rows: no body may be taken.
"""
from __future__ import annotations

import pytest

from conftest import extract

# name of the build: (form in running text, form where it opens a sentence, possessive, expected actor name,
#                     sentence that introduces it first or None)
BODIES = {
    "one word": ("Vantor", "Vantor", "Vantor's", "Vantor", None),
    "compound": ("Harbour Water", "Harbour Water", "Harbour Water's", "Harbour Water", None),
    "compound2": ("Kelda Fibre", "Kelda Fibre", "Kelda Fibre's", "Kelda Fibre", None),
    "kind word": ("Orlund Holdings", "Orlund Holdings", "Orlund Holdings'", "Orlund Holdings", None),
    "kind word2": ("Tarvik Trust", "Tarvik Trust", "Tarvik Trust's", "Tarvik Trust", None),
    "initials": ("KWB", "KWB", "KWB's", "KWB", None),
    "defined acronym": ("KWB", "KWB", "KWB's", "Kessan Water Board",
                        "The Kessan Water Board (KWB) met on Monday."),
    "lower-case led": ("the Orlund Group", "The Orlund Group", "the Orlund Group's", "Orlund Group", None),
}

TITLES = ["chairman", "spokesperson", "district manager", "chief executive", "managing director",
          "chief medical officer", "founder", "head of research"]
NAMES = ["Tamsin Orrell", "Bevan Kulik", "Maren Solvik", "Idris Pellow", "Corin Vasey", "Lena Marrow",
         "Oskar Brandt", "Nadia Feltham", "Rowan Tully", "Ilse Marwick", "Dario Conti", "Freya Haldane"]


def _frame_text(frame: str, build: str, title: str, name: str) -> str:
    body, opening, possessive, _, intro = BODIES[build]
    if frame == "BODY TITLE NAME said":
        text = f"{opening} {title} {name} said the plant would open in May."
    elif frame == "NAME, BODY's TITLE, said":
        text = f"{name}, {possessive} {title}, said the plant would open in May."
    elif frame == "BODY ... . Its TITLE, NAME, said":
        if build == "defined acronym":
            opening, intro = "The Kessan Water Board (KWB)", None
        text = f"{opening} announced a new plant on Monday. Its {title}, {name}, said the site would open in May."
    elif frame == "NAME, TITLE of/at BODY, said":
        preposition = "at" if len(name) % 2 else "of"
        text = f"{name}, {title} {preposition} {body}, said the plant would open in May."
    elif frame == "NAME, the TITLE of BODY, said":
        text = f"{name}, the {title} of {body}, said the plant would open in May."
    else:   # "BODY said ... . Its TITLE NAME added ..."
        if build == "defined acronym":
            opening, intro = "The Kessan Water Board (KWB)", None
        text = f"{opening} said the plant would open in May. Its {title} {name} added that costs had risen."
    return f"{intro} {text}" if intro else text


FRAMES = ["BODY TITLE NAME said", "NAME, BODY's TITLE, said", "BODY ... . Its TITLE, NAME, said",
          "NAME, TITLE of/at BODY, said", "NAME, the TITLE of BODY, said", "BODY said ... . Its TITLE NAME added ..."]

# Cells still missed (grid27), with why: kept in the grid to measure them.
KNOWN_MISSES = {
    ("BODY TITLE NAME said", "one word", "spokesperson"):
        "one unnamed word before a spokesperson may be a town's ('a Kelby spokesperson'): only board posts take it",
    ("BODY TITLE NAME said", "kind word", "head of research"): "the parse runs the title 'head of research' into the name",
}

GRID = []
for f, frame in enumerate(FRAMES):
    for b, build in enumerate(BODIES):
        for k in range(2):
            turn = (f * len(BODIES) + b) * 2 + k
            title = TITLES[turn % len(TITLES)]
            miss = KNOWN_MISSES.get((frame, build, title))
            GRID.append(pytest.param(frame, build, title, NAMES[(turn + f) % len(NAMES)], id=f"{frame}|{build}|{title}",
                                     marks=[pytest.mark.xfail(reason=miss, strict=False)] if miss else []))


def post(text: str, name: str):
    """(role, affiliation's actor name, whether that actor exists) of the person `name` in `text`."""
    mentions = extract(text).mentions
    people = [m for m in mentions if m.name == name]
    if not people:
        return ("no person", None)
    person = people[0]
    body = next((m.name for m in mentions if m.key == person.affiliation), person.affiliation)
    return ((person.role or "").lower() or None, body)


@pytest.mark.parametrize("frame, build, title, name", GRID)
def test_a_post_beside_its_body(frame, build, title, name):
    text = _frame_text(frame, build, title, name)
    assert post(text, name) == (title, BODIES[build][3]), text


# Rows where no body may be taken: (text, person, role)
NEGATIVE = [
    # a place before the title is where the post is, not the employer
    ("Auckland district manager Tamsin Orrell said the roads would reopen.", "Tamsin Orrell", "district manager"),
    ("Leeds area manager Bevan Kulik said the depot would close.", "Bevan Kulik", "area manager"),
    ("Bristol branch manager Maren Solvik said the queue was long.", "Maren Solvik", "branch manager"),
    # a country adjective before a private profession
    ("French lawyer Idris Pellow said the ruling was wrong.", "Idris Pellow", "lawyer"),
    ("Kenyan architect Corin Vasey said the tower was safe.", "Corin Vasey", "architect"),
    ("German economist Lena Marrow said the rise was small.", "Lena Marrow", "economist"),
    # a body that is only the topic
    ("The Vantor deal's chief critic, Oskar Brandt, said the price was too high.", "Oskar Brandt", "chief critic"),
    ("Kelda Fibre merger critic Nadia Feltham said the price was too high.", "Nadia Feltham", None),
    # two bodies before 'Its': whose post it is is not told
    ("Vantor and Harbour Water signed a deal on Monday. Its chairman, Rowan Tully, said the terms were fair.",
     "Rowan Tully", "chairman"),
    ("Orlund Holdings and Tarvik Trust agreed the sale. Its founder Ilse Marwick added that staff would stay.",
     "Ilse Marwick", "founder"),
]


@pytest.mark.parametrize("text, name, role", NEGATIVE)
def test_no_body_is_taken(text, name, role):
    got = post(text, name)
    assert got[1] is None, text


# A state title of two fields joined by 'and' ('Energy and Water Commissioner') is kept whole: the
# role is the whole title, no field is a body or an actor of its own (whatever entity the recogniser
# ran over part of it), and nothing states the body served. Fields cross frames as the grid above.
FIELD_TITLES = [("Fisheries and Coastal Development", "Minister"), ("Energy and Water", "Commissioner"),
                ("Housing and Urban Renewal", "Minister"), ("Rural Affairs and Forestry", "Minister"),
                ("Lands and Natural Resources", "Secretary"), ("Mining and Petroleum", "Minister"),
                ("Tourism and Culture", "Secretary"), ("Health and Social Services", "Minister")]
FIELD_FRAMES = ["{f} {t} {n} said the ban would stay.", "The {f} {t}, {n}, said the ban would stay.",
                '"The ban stays," said {f} {t} {n}.', "Asked about the ban, {f} {t} {n} declined to comment.",
                "{n}, the {f} {t}, said the ban would stay.", "On Monday {f} {t} {n} told reporters the ban would stay."]
FIELD_MISSES = {
    ("{n}, the {f} {t}, said the ban would stay.", "Fisheries and Coastal Development"):
        "the apposition after the name loses its role",
    ("The {f} {t}, {n}, said the ban would stay.", "Lands and Natural Resources"): "'Lands' tagged a verb",
    ("Asked about the ban, {f} {t} {n} declined to comment.", "Lands and Natural Resources"): "'Lands' tagged a verb",
    ("{n}, the {f} {t}, said the ban would stay.", "Lands and Natural Resources"): "'Lands' tagged a verb",
}
FIELD_GRID = []
for f, (fields, title) in enumerate(FIELD_TITLES):
    for k, frame in enumerate(FIELD_FRAMES):
        miss = FIELD_MISSES.get((frame, fields))
        FIELD_GRID.append(pytest.param(frame.format(f=fields, t=title, n=NAMES[(f * len(FIELD_FRAMES) + k) % len(NAMES)]),
                                       NAMES[(f * len(FIELD_FRAMES) + k) % len(NAMES)], f"{fields} {title}",
                                       id=f"{frame}|{fields}",
                                       marks=[pytest.mark.xfail(reason=miss, strict=False)] if miss else []))


@pytest.mark.parametrize("text, name, role", FIELD_GRID)
def test_a_title_of_two_fields_is_kept_whole(text, name, role):
    got = sorted((m.name, m.type, m.role, m.affiliation) for m in extract(text).mentions)
    assert got == [(name, "person", role, None)], text


# NEGATIVE: a body's name before the 'and' stays a body; only the title after it is the role
FIELD_NEGATIVE = [
    ("Oxfam and Water Minister Ayo Bello signed a deal on Friday.",
     [("Ayo Bello", "person", "Water Minister", None)]),
    ("The Kessa Council and Coastal Development Minister Jorin Tate agreed to talks.",
     [("Jorin Tate", "person", "Coastal Development Minister", None), ("Kessa Council", "organization", None, None)]),
    ("Harbour Rail and Transport Minister Cleo Vance met on Tuesday.",
     [("Cleo Vance", "person", "Transport Minister", None), ("Harbour Rail", "organization", None, None)]),
    ("The Fisheries and Oceans Department said the quota would fall.",
     [("Fisheries and Oceans Department", "organization", None, None)]),
    # a known body (a party) before the 'and' is no field, and gives the holder no body
    ("The row between Labour and Housing Minister Ann Lowe deepened on Tuesday. "
     "\"We were not consulted,\" a party official said.",
     [("Ann Lowe", "person", "Housing Minister", None), ("Labour", "organization", None, None)]),
    ("Both the Greens and Transport Minister Ida Marsh opposed the toll.",
     [("Ida Marsh", "person", "Transport Minister", None)]),
    # the last word of a company's name ('... Water') is no field of the title after the 'and'
    ("Talks between Southern Water and Environment Secretary Steve Reed broke down on Tuesday. "
     "The company said bills would rise by 20 per cent.",
     [("Steve Reed", "person", "Environment Secretary", None)]),
    ("Anglian Water and Environment Secretary Steve Reed both faced questions from MPs on Tuesday. "
     "Reed said the fine was 12 million pounds.",
     [("Steve Reed", "person", "Environment Secretary", None)]),
    ("Talks between Scottish Water and Environment Minister Mairi Gougeon ended without a deal, the Herald "
     "understands. Bills will rise by 9 per cent.",
     [("Mairi Gougeon", "person", "Environment Minister", None)]),
    ("Talks between Thames Water and Environment Secretary Hal Borrow stalled on Monday.",
     [("Hal Borrow", "person", "Environment Secretary", None)]),
]


@pytest.mark.parametrize("text, expected", FIELD_NEGATIVE)
def test_a_body_before_a_fields_title_stays_a_body(text, expected):
    assert sorted((m.name, m.type, m.role, m.affiliation) for m in extract(text).mentions) == expected, text
