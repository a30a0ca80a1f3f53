"""A party's name that is also a field of work ('Labour') is the field where the article writes it in
lower case too and its capitals only open a sentence on a lower-case noun or stand before a
portfolio's office (session 24). Every sentence here is written for the tests; each row asserts the
briefing's whole actors (name, type, role, affiliation by name). Rows marked NEGATIVE keep the party:
no lower-case use, the party speaks, or a member's title follows it."""
from __future__ import annotations

import pytest

from conftest import extract
from generator.resolve import resolve


def pages(text: str) -> list[tuple]:
    briefing = resolve([extract(text, "a0")])
    names = {a.id: a.name for a in briefing.actors}
    return sorted((a.name, a.type, a.role, names.get(a.affiliation)) for a in briefing.actors)


PORTFOLIO_NOT_PARTY = [
    ("Labour rights researcher Dr Sadia Khan said the wage was too low. The minister told the labour "
     "department to inspect the mills.",
     [("Sadia Khan", "person", "Labour rights researcher", None)]),
    ("Punjab Labour Minister Ali Shah said talks would resume at the Labour Department's office. Labour rights "
     "lawyer Sara Baig said the wage was low, and the labour inspectors agreed.",
     [("Ali Shah", "person", "Punjab Labour Minister", None), ("Labour Department", "organization", None, None),
      ("Sara Baig", "person", "rights lawyer", None)]),
    # no lower-case use: the capital only opens the sentence on lower-case title words, which
    # makes it the title's word (roles.py), not the party
    ("Labour rights researcher Dr Sadia Khan said the wage was too low.",
     [("Sadia Khan", "person", "Labour rights researcher", None)]),
    # NEGATIVE: a member's title after it
    ("Labour activists marched on Monday. Tom Reed, a Labour MP, said labour laws must change.",
     [("Labour", "organization", None, None), ("Tom Reed", "person", "MP", "Labour")]),
    # NEGATIVE (review): the word opens a sentence on a member's title: the party's leader
    ("Labour rights groups said workers were unpaid. Labour leader Keir Starmer said the party would act. "
     "The labour ministry denied it.",
     [("Keir Starmer", "person", "leader", "Labour"), ("Labour", "organization", None, None),
      ("Labour Ministry", "organization", None, None), ("labour rights groups", "group", None, None)]),
    # NEGATIVE: the party speaks
    ("Labour said it would vote against the bill. The labour market is tight.",
     [("Labour", "organization", None, None)]),
]


@pytest.mark.parametrize("text, actors", PORTFOLIO_NOT_PARTY)
def test_portfolio_not_party(text, actors):
    assert pages(text) == actors
