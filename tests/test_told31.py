"""Statements with 'told' (session 22, told31): every sentence written for these tests, with
every position it must yield, whole: (speaker, actor, cue, text, direct), and the claimant of
each figure. An empty list means nothing may be extracted."""
from __future__ import annotations

import pytest

from conftest import extract


def positions_of(text: str) -> list[tuple]:
    return [(p.speaker, p.actor, p.cue, p.text, p.direct) for p in extract(text).positions]


def claimants_of(text: str) -> list[tuple]:
    return [(f.text, f.actor) for f in extract(text).figures]


# 'told the court he had been ...' read as a relative clause on the hearer: a finite clause opened
# by its own subject right after a hearer who sits and hears (a court, a jury, magistrates) or a
# person, leaving no gap, is what was told. A clause with a gap is a relative clause: nothing.
TOLD_HEARER_CLAUSE = [
    ("Tom Hale appeared in court on Monday. He told magistrates he had lived in the town for a decade.",
     [("He", "Tom Hale", "told", "he had lived in the town for a decade", False)]),
    ("Ann Lowe gave evidence on Tuesday. She told the court he had been struggling with debts of about £40,000 when the thefts began.",
     [("She", "Ann Lowe", "told", "he had been struggling with debts of about £40,000 when the thefts began", False)]),
    ("Paul Grant was cross-examined. He told the jury she had been living with her sister since the fire.",
     [("He", "Paul Grant", "told", "she had been living with her sister since the fire", False)]),
    ("Rita Moss spoke at the hearing. She told the tribunal he had been waiting for a decision since 2021.",
     [("Rita Moss", "Rita Moss", "spoke", "the hearing", False),
      ("She", "Rita Moss", "told", "he had been waiting for a decision since 2021", False)]),
    ("Ann Lowe gave evidence. She told the hearing he had worked at the plant for 20 years.",
     [("She", "Ann Lowe", "told", "he had worked at the plant for 20 years", False)]),
    # negatives: a relative clause with its gap (no object, a bare preposition), a thing told
    ("Tom Hale gave evidence. He told the court he had visited.", []),
    ("Tom Hale gave evidence. He told the man she had met at the station.", []),
    ("Tom Hale gave evidence. He told the story he had heard from 12 sailors.", []),
]


@pytest.mark.parametrize("text, expected", TOLD_HEARER_CLAUSE)
def test_told_hearer_clause(text, expected):
    assert positions_of(text) == expected


# A subordinate clause with its own subject ('when', 'after', 'because') the parser hung on a cue
# after the content, between the content and the cue's comma, is part of what is reported; a clause
# of another's speech or stance ('as the bank had predicted') and a clause after the cue stay out.
SUBORDINATE_BEFORE_CUE = [
    ("The bus was travelling at 90 km/h when the brakes failed, police spokesman John Mensah told reporters.",
     [("police spokesman John Mensah", "John Mensah", "told", "The bus was travelling at 90 km/h when the brakes failed", False)]),
    ("The ferry was about three miles from the port when two patrol boats blocked its path, coast guard spokesman Peter Lamb told reporters.",
     [("coast guard spokesman Peter Lamb", "Peter Lamb", "told",
       "The ferry was about three miles from the port when two patrol boats blocked its path", False)]),
    ("Exports fell by 8 percent after the border closed, trade minister Anna Berg said.",
     [("trade minister Anna Berg", "Anna Berg", "said", "Exports fell by 8 percent after the border closed", False)]),
    ("The factory closed in 2019 because the owners sold the land, union leader Peter Lamb said.",
     [("union leader Peter Lamb", "Peter Lamb", "said", "The factory closed in 2019 because the owners sold the land", False)]),
    # negatives: the time of saying after the cue
    ("The roof collapsed, the engineer Tom Reed said when he arrived.",
     [("the engineer Tom Reed", "Tom Reed", "said", "The roof collapsed", False)]),
]


@pytest.mark.parametrize("text, expected", SUBORDINATE_BEFORE_CUE)
def test_subordinate_before_cue(text, expected):
    assert positions_of(text) == expected


# the figures of those clauses are the speaker's claims
FIGURES_OF_TOLD = [
    ("Ann Lowe gave evidence on Tuesday. She told the court he had been struggling with debts of about £40,000 when the thefts began.",
     [("about £40,000", "Ann Lowe")]),
    ("The bus was travelling at 90 km/h when the brakes failed, police spokesman John Mensah told reporters.",
     [("90", "John Mensah")]),
    ("The ferry was about three miles from the port when two patrol boats blocked its path, coast guard spokesman Peter Lamb told reporters.",
     [("about three", "Peter Lamb"), ("two", "Peter Lamb")]),
    ("Tom Hale gave evidence. He told the story he had heard from 12 sailors.", [("12", None)]),
]


@pytest.mark.parametrize("text, expected", FIGURES_OF_TOLD)
def test_figures_of_told(text, expected):
    assert claimants_of(text) == expected
