"""Places typed by grammar (issue 12 §1-3, §5): a person's address set off after the name (', 71, of
Copper Hill,', ', from Kelby,') is where the person lives, no body they belong to, and the place gets
no page of its own. Every sentence here is written for the tests; the rows that keep a membership
are the near-misses."""
from __future__ import annotations

import pytest

from conftest import extract
from generator.resolve import resolve


def actors(text: str) -> list[tuple[str, str, str | None, str | None]]:
    found = resolve([extract(text, "art-0")], dates={"art-0": None}).actors
    names = {a.id: a.name for a in found}
    return sorted((a.name, a.type, a.role, names.get(a.affiliation)) for a in found)


ADDRESSES = [
    # ', AGE, of PLACE': age and home go together; no comma after the place
    ("Ann Lowe, 71, of Copper Hill told the board her bill had tripled.",
     [("Ann Lowe", "person", None, None)]),
    # the same with the place set off by a second comma, after a trade word before the name
    ("Welder Joel Tranter, 39, of Redgate Vale, has worked at the mill for 14 years.",
     [("Joel Tranter", "person", None, None)]),
    # no age: a gazetteer's town
    ("Mrs Bland, of Stockport, denies two counts of theft.",
     [("Bland", "person", None, None)]),
    # 'aged' before the age
    ("Tom Ashby, aged 23, of Kelby Heights, said he had waited six hours.",
     [("Tom Ashby", "person", None, None)]),
    # a street, then its town
    ("Rosa Vint, 46, of Mill Lane, Hexley, said the water ran brown for a week.",
     [("Rosa Vint", "person", None, None)]),
    # 'from' in place of 'of'
    ("Dev Mistry, 31, from Harrowgate Park, said the bus never came.",
     [("Dev Mistry", "person", None, None)]),
    # NEAR-MISS: a body's word in the phrase: a member of it
    ("Lin Moss, of Swan River Bank, said the cut had been expected.",
     [("Lin Moss", "person", "member of Swan River Bank", "Swan River Bank"),
      ("Swan River Bank", "organization", None, None)]),
    ("Pat Dunn, 61, of the Orchard Workers Trust, said the trust would help families.",
     [("Orchard Workers Trust", "organization", None, None),
      ("Pat Dunn", "person", "member of the Orchard Workers Trust", "Orchard Workers Trust")]),
    # NEAR-MISS: a country may be spoken for; a possessive makes the phrase a body's unit
    ("President Ole Brandt, of Norway, said talks would resume.",
     [("Norway", "country", None, None), ("Ole Brandt", "person", "President", "Norway")]),
    ("Detective Inspector Kim Roe, of Kelso Police's fraud unit, said no crime had been committed.",
     [("Kelso Police", "organization", None, None),
      ("Kim Roe", "person", "Detective Inspector", "Kelso Police")]),
]


@pytest.mark.parametrize("text,expected", ADDRESSES)
def test_an_address_after_a_name_is_where_the_person_lives(text, expected):
    assert actors(text) == expected
