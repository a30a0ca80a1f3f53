"""A sum given to each one of many ('Tk 50,000 to each family', 'to the family of each victim')
is per that one, and a conversion in brackets between a sum and what it is paid for ('NT$300,000
(US$9,300) per violation') does not hide it — for both amounts. Near-misses: 'to each of its
partners', 'to each other', a sum to one receiver, a bracket with no amount in it. Also the
period of a sum: an old amount 'from' which a sum goes 'to' a qualified new one has the new
one's period ('from $58 to about $80 a month'), and 'a month on' a noun phrase is a rate ('$40 a
month on their bills'; not 'a year on from 2019'). Sentences
written for the tests; each row asserts the whole list of figure records (text, value, low,
high, unit, qualifier)."""
from __future__ import annotations

from dataclasses import asdict

import pytest

from conftest import extract, figure


CASES = [
    ("The government will pay Tk 50,000 to the family of each deceased worker.",
     [("Tk 50,000", 50000, None, None, "taka per family", None)]),
    ("The compensation is Tk 5 lakh to each victim's family.",
     [("Tk 5 lakh", 500000, None, None, "taka per family", None)]),
    ("The ministry gave Rs 20,000 to each household in the district.",
     [("Rs 20,000", 20000, None, None, "rupees per household", None)]),
    ("The board will give $500 to every pupil who passes.", [("$500", 500, None, None, "dollars per pupil", None)]),
    ("The fine is NT$300,000 (US$9,300) per violation.",
     [("NT$300,000", 300000, None, None, "New Taiwan dollars per violation", None),
      ("US$9,300", 9300, None, None, "dollars per violation", None)]),
    ("The bonus is 9 million pesos ($9,600) per worker.",
     [("9 million", 9e6, None, None, "pesos per worker", None),
      ("$9,600", 9600, None, None, "dollars per worker", None)]),
    ("The state gave Rs 1,20,000 to each Tarna family.", [("Rs 1,20,000", 120000, None, None, "rupees per family", None)]),
    ("The bill would climb from $58 to about $80 a month.",
     [("$58", 58, None, None, "dollars a month", None), ("about $80", 80, None, None, "dollars a month", "about")]),
    ("The scheme offers a discount of up to $40 a month on internet bills.",
     [("up to $40", 40, None, 40, "dollars a month", "up to")]),
    ("Rents were R3,000 a month on average.", [("R3,000", 3000, None, None, "rand a month", None)]),
    ("Rents rose from R3,000 in May to R3,500 a month later.",
     [("R3,000", 3000, None, None, "rand", None), ("R3,500", 3500, None, None, "rand", None)]),
    ("The town spent $5 million a year on from 2019.", [("$5 million", 5e6, None, None, "dollars", None)]),
    # NEGATIVE (the last: a participle after the noun, which the words cannot tell from a noun)
    ("The fund pays $300 to each family living in the camps.", [("$300", 300, None, None, "dollars", None)]),
    ("The charity gave $5 million to each of its partners.", [("$5 million", 5e6, None, None, "dollars", None)]),
    ("He sent $400 to each other.", [("$400", 400, None, None, "dollars", None)]),
    ("The firm paid $2 million to the family.", [("$2 million", 2e6, None, None, "dollars", None)]),
    ("They raised $5 million for every school.", [("$5 million", 5e6, None, None, "dollars", None)]),
    ("The deal is worth $300 million (£240 million) to the club.",
     [("$300 million", 3e8, None, None, "dollars", None), ("£240 million", 2.4e8, None, None, "pounds", None)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0] for c in CASES])
def test_money_given_each(text, expected):
    assert [asdict(f) for f in extract(text).figures] == [figure(text, *row) for row in expected]
