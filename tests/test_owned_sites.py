"""A name between an owner's word and a noun of a firm's site ('its Tan Uyen warehouse') says where
the site is: no actor (session 24). Every sentence here is written for the tests; each row asserts
the article's whole actors (name, type) and the actor each position goes to. Rows marked NEGATIVE
keep the name: no owner's word before it (it may be the owner), or the owner is the name itself."""
from __future__ import annotations

import pytest

from conftest import actors_and_speakers


OWNED_SITES = [
    ("The group will write down the value of its Tan Uyen warehouse by $20 million.", [], []),
    ("Harbour Mining said its Kessa Ridge mine produced 4 tonnes of gold.",
     [("Harbour Mining", "organization")], [("Harbour Mining", "Harbour Mining")]),
    ("The regulator inspected Glencore's Mount Isa smelter on Monday.",
     [("Glencore", "organization")], []),
    # NEGATIVE: no owner's word: the name may be the owner
    ("The Tesla factory will close in May, the union said.",
     [("Tesla", "organization")], [("the union", None)]),
    # NEGATIVE (review): the name the recogniser calls a body is a firm's, the owner's or another's
    ("Tata said on Monday that the group's Jaguar Land Rover plant in Solihull would cut 500 jobs.",
     [("Jaguar Land Rover", "organization"), ("Tata", "organization")],
     [("Tata", "Tata")]),
    ("Workers said their Unilever factory had closed. Its Nestle plant was sold to Danone last year, Danone said.",
     [("Danone", "organization"), ("Unilever", "organization"), ("workers", "group")],
     [("Workers", "workers"), ("Danone", "Danone")]),
    # NEGATIVE: the owner is the name, its possessive on the site
    ("Workers at the Ann Lowe Foundation's warehouse went on strike.",
     [("Ann Lowe Foundation", "organization")], []),
]


@pytest.mark.parametrize("text, actors, speakers", OWNED_SITES)
def test_owned_sites(text, actors, speakers):
    assert actors_and_speakers(text) == (actors, speakers)
