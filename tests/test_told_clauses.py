"""Statements with 'told' (session 22, told31): every sentence written for these tests, with
every position it must yield, whole: (speaker, actor, cue, text, direct), and the claimant of
each figure. An empty list means nothing may be extracted."""
from __future__ import annotations

import pytest

from conftest import extract, positions_of


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
     # 'spoke at the hearing': where it was said, no statement
     [("She", "Rita Moss", "told", "he had been waiting for a decision since 2021", False)]),
    ("Ann Lowe gave evidence. She told the hearing he had worked at the plant for 20 years.",
     [("She", "Ann Lowe", "told", "he had worked at the plant for 20 years", False)]),
    # negatives: a relative clause with its gap (no object, a bare preposition), a thing told
    ("Tom Hale gave evidence. He told the court he had visited.", []),
    ("Tom Hale gave evidence. He told the man she had met at the station.", []),
    ("Tom Hale gave evidence. He told the story he had heard from 12 sailors.", []),
    # a time beside the gap ('the court he had visited at night'), an infinitive the hearer was told
    ("Maria Lenz told the court he had visited at night.", []),
    ("Jon Pike told the officers he had trained to stay calm.", []),
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


# A verbless phrase that measures the content's figure, after its last comma to the sentence's end,
# which the parser hung on the cue or the occasion ('on a call') is part of what was told; not a time
# of telling, not a phrase without a number or fraction.
MEASURE_AFTER_CONTENT = [
    ("Analyst Joan Reyes told investors on a call that sales rose after prices stayed below $50 a barrel for a year, less than half of their 2014 peak.",
     [("Analyst Joan Reyes", "Joan Reyes", "told",
       "sales rose after prices stayed below $50 a barrel for a year, less than half of their 2014 peak", False)]),
    ("Mining chief Tom Reed told investors on a call that output fell after ore grades dropped for a year, less than a third of the forecast.",
     [("Mining chief Tom Reed", "Tom Reed", "told",
       "output fell after ore grades dropped for a year, less than a third of the forecast", False)]),
    ("Mining boss Tom Reed told bankers on a hastily arranged call that the mine had been forced to close after copper prices languished below $5,000 a tonne for a second straight year, less than half of their 2021 peak.",
     [("Mining boss Tom Reed", "Tom Reed", "told",
       "the mine had been forced to close after copper prices languished below $5,000 a tonne for a second straight year, "
       "less than half of their 2021 peak", False)]),
    ("Airline chief Rita Moss told investors on a hastily arranged call that the board had been forced to act after ticket sales stayed below 2 million a month for a third straight quarter, less than a fifth of their 2019 peak.",
     [("Airline chief Rita Moss", "Rita Moss", "told",
       "the board had been forced to act after ticket sales stayed below 2 million a month for a third straight quarter, "
       "less than a fifth of their 2019 peak", False)]),
    # negatives: a time of telling, a phrase without a measure
    ("Mayor Rita Moss told reporters on a call that the bridge would reopen in June, two weeks before the vote.",
     [("Mayor Rita Moss", "Rita Moss", "told", "the bridge would reopen in June", False)]),
    ("Mayor Rita Moss told reporters on Monday that the bridge would reopen in June, a welcome change.",
     [("Mayor Rita Moss", "Rita Moss", "told", "the bridge would reopen in June", False)]),
    # a rank and a span of years measure nothing: the writer's gloss
    ("Jack Frost told Reuters that prices doubled, the first rise in 12 years.",
     [("Jack Frost", "Jack Frost", "told", "prices doubled", False)]),
]


@pytest.mark.parametrize("text, expected", MEASURE_AFTER_CONTENT)
def test_measure_after_content(text, expected):
    assert positions_of(text) == expected


def test_measure_after_content_is_claimed():
    assert claimants_of(MEASURE_AFTER_CONTENT[0][0]) == [("below $50", "Joan Reyes"), ("less than half", "Joan Reyes")]
