"""Numbers that name one thing (a line, a route, a service), and figures after a cue set
off in commas (session 47): whole records for sentences written for these tests, as (text,
value, low, high, unit, qualifier, claimant's name); `conftest.figure` adds the sentence and the
offsets.
"""
from __future__ import annotations

import pytest

from conftest import figure, figure_records


NAMED_BY_NUMBER = [
    # a bare number right after 'the' before a singular noun names which one; after 'a', a
    # possessive or adjectives, only where a noun after it that a number names (a line, a route, a
    # service) modifies a further noun
    ("Crews took the 14 bus to the depot.", []),
    ("The county's 211 help line budget was cut by $3 million.",
     [("$3 million", 3000000, None, None, "dollars", None, None)]),
    ("Our 101 service number is free to dial.", []),
    ("The council's 14 bus route will close in July.", []),
    # NEGATIVE: a plural noun is counted; a noun of what a count before a noun counts; a unit or a
    # period after the number; an amount with a scale word after 'a'
    ("The hotline took 999 calls last week.", [("999", 999, None, None, "calls", None, None)]),
    ("The hospital's 250 bed ward opened.", [("250", 250, None, None, "bed", None, None)]),
    ("A 40 percent rise was recorded.", [("40 percent", 40, None, None, "% rise", None, None)]),
    ("The crew answered 112 calls in a single night.", [("112", 112, None, None, "calls", None, None)]),
    # NEGATIVE (review): after a possessive, 'a' or an adjective, a singular noun before a further noun
    # that no number names is counted (a fleet, a network, a workforce, a bench, a convoy, a ban)
    ("The firm's 80 van fleet was sold in March.", [("80", 80, None, None, "van fleet", None, None)]),
    ("The firm's whole 80 van fleet was sold in March.", [("80", 80, None, None, "van fleet", None, None)]),
    ("The lender's 45 branch network will shrink.", [("45", 45, None, None, "branch network", None, None)]),
    ("The brewery's 120 employee workforce will be halved.",
     [("120", 120, None, None, "employee workforce", None, None)]),
    ("The tribunal named a 7 judge bench to hear the appeal.", [("7", 7, None, None, "judge", None, None)]),
    ("Suva will host a 12 team tournament in August.", [("12", 12, None, None, "team", None, None)]),
    ("A 14 truck convoy reached the border.", [("14", 14, None, None, "truck convoy", None, None)]),
    ("The striker's 4 match ban was upheld.", [("4", 4, None, None, "match ban", None, None)]),
    # NEGATIVE (merged-code review 47): a noun a count before a noun counts as often as a number names it
    ("The exchange installed a 50 line switchboard last year.",
     [("50", 50, None, None, "line", None, None)]),
    ("The station's 12 channel mixer broke down.", [("12", 12, None, None, "channel mixer", None, None)]),
    # NEGATIVE: after a possessive, a noun whose plural is its singular; a number the parser hangs
    # on a noun that modifies the plural noun it counts
    ("The farmer sold 12 of her 40 sheep.",
     [("12", 12, None, None, "sheep", None, None), ("40", 40, None, None, "sheep", None, None)]),
    ("Teachers were unpaid at four of the region's 18 public technical institutes.",
     [("four", 4, None, None, "public technical institutes", None, None),
      ("18", 18, None, None, "public technical institutes", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", NAMED_BY_NUMBER, ids=[row[0] for row in NAMED_BY_NUMBER])
def test_number_naming_one_thing(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


ASIDES = [
    # a cue set off in commas claims the sentence it interrupts, what follows it too
    ("Curator Elsa Brandt spoke on Monday. The gallery lends about 410 paintings, she said, roughly 30 fewer than it did.",
     [("about 410", 410, None, None, "paintings", "about", "Elsa Brandt", 1)]),
    ("Dr Omar Haddad runs the clinic. The clinic sees nearly 200 children a week, he said, about 40 more than in spring.",
     [("nearly 200", 200, None, 200, "children a week", "almost", "Omar Haddad", 1),
      ("about 40", 40, None, None, "children a week", "about", "Omar Haddad", 1)]),
    ("The choir has 85 singers, Ivo Petrov said, up from 60 in 2019.",
     [("85", 85, None, None, "singers", None, "Ivo Petrov"), ("60", 60, None, None, "singers", None, "Ivo Petrov")]),
    ("Dr Mele Tapu spoke on Monday. The clinic has 12 vacant posts across its wards, she said, including four in the maternity unit.",
     [("12", 12, None, None, "posts", None, "Mele Tapu", 1), ("four", 4, None, None, "posts", None, "Mele Tapu", 1)]),
    # NEGATIVE: the words are quoted; the cue is in a relative clause; a second speaker after the
    # aside; a cue of refusing
    ('"The choir has 85 singers," Ivo Petrov said, up from 60 in 2019.',
     [("85", 85, None, None, "singers", None, "Ivo Petrov"), ("60", 60, None, None, "singers", None, None)]),
    ("Lea Marsh, who says the choir has 85 singers, spoke after 60 singers quit.",
     [("85", 85, None, None, "singers", None, "Lea Marsh"), ("60", 60, None, None, "singers", None, None)]),
    ("The choir has 85 singers, Ivo Petrov said, but critics put the number at 50.",
     [("85", 85, None, None, "singers", None, "Ivo Petrov"), ("50", 50, None, None, "singers", None, "critics")]),
    ("The choir has 85 singers, Ivo Petrov declined to say, up from 60 in 2019.",
     [("85", 85, None, None, "singers", None, None), ("60", 60, None, None, "singers", None, None)]),
    # NEGATIVE (review): after the aside, a figure past a 'by' phrase naming another party, or in a
    # clause with a subject of its own
    ("Principal Rosa Lind spoke on Tuesday. The academy has 900 students, she said, more than the 700 recorded by the board.",
     [("900", 900, None, None, "students", None, "Rosa Lind", 1), ("700", 700, None, None, "students", None, None, 1)]),
    ("Commissioner Tala Fono spoke in Apia. The prison holds 700 inmates, she said, fewer than in 2011, when 900 inmates slept there.",
     [("700", 700, None, None, "inmates", None, "Tala Fono", 1), ("900", 900, None, None, "inmates", None, None, 1)]),
]


@pytest.mark.parametrize("text, expected", ASIDES, ids=[row[0] for row in ASIDES])
def test_cue_set_off_in_commas_claims_its_sentence(text, expected):
    assert figure_records(text) == [figure(text, *row) for row in expected]
