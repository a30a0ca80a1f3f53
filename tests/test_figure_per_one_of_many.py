"""Figures counted per one of many, where the phrase that names the one says so (session 45): a
ratio's 'one X to N Ys', a price that shares rise, fall or close at, and the object of a verb
whose subject is each one of many. Whole records as (text, value, low, high, unit, qualifier,
claimant's name); `conftest.figure` adds the sentence and the offsets.
"""
from __future__ import annotations

from dataclasses import asdict

import pytest

from conftest import extract, figure


def records(text: str) -> list[dict]:
    return [asdict(f) for f in extract(text).figures]


PER_ONE = [
    # a ratio: 'one X to N Ys', the qualifier of the amount passed over
    ("In some wards the staffing ratio stood at one nurse to 46 patients.",
     [("46", 46, None, None, "patients per nurse", None, None)]),
    ("The ratio in the valley remained at one doctor to about 9,000 residents.",
     [("about 9,000", 9000, None, None, "residents per doctor", "about", None)]),
    ("The ratio was as high as one tutor to 50 students in the east wing.",
     [("50", 50, None, None, "students per tutor", None, None)]),
    # shares, a stock or a share price at, to, from or by a level
    ("Brellin shares fell 12% to $4.40 in late trading, after closing at $5.00 on Tuesday.",
     [("12%", 12, None, None, "% fall in Brellin shares", None, None),
      ("$4.40", 4.4, None, None, "dollars a share", None, None),
      ("$5.00", 5, None, None, "dollars a share", None, None)]),
    ("The share price of Tovey Gold rose to 45 cents on Friday.",
     [("45", 45, None, None, "cents a share", None, None)]),
    ("Ostrander shares slipped by 40 cents to $3.10 in early trade.",
     [("40", 40, None, None, "cents a share", None, None),
      ("$3.10", 3.1, None, None, "dollars a share", None, None)]),
    # the object of a verb whose subject is each one of many
    ("Each crew carries 12 litres of water.",
     [("12", 12, None, None, "litres per crew", None, None)]),
    ("Every household received $200 in vouchers.",
     [("$200", 200, None, None, "dollars per household", None, None)]),
    ("One in four flats has three bedrooms.",
     [("One in four", 0.25, None, None, "share of flats", None, None),
      ("three", 3, None, None, "bedrooms per flat", None, None)]),
    # NEGATIVE: the one handed over or sent, shares sold for a sum, a stake, a market value
    ("She gave one book to 30 pupils.",
     [("30", 30, None, None, "pupils", None, None)]),
    ("He sent one letter to 40 councillors.",
     [("40", 40, None, None, "councillors", None, None)]),
    ("Varnel sold shares for $5 million to a fund.",
     [("$5 million", 5000000, None, None, "dollars", None, None)]),
    ("Its stake rose to $12 million after the deal.",
     [("$12 million", 12000000, None, None, "dollars", None, None)]),
    ("The company's market value fell to $2 billion.",
     [("$2 billion", 2000000000, None, None, "dollars", None, None)]),
    # NEGATIVE: a subject taken whole, an object the many share, a ratio of more than one
    ("The crew carries 12 litres of water.",
     [("12", 12, None, None, "litres", None, None)]),
    ("Every year 3,000 people visit the gorge.",
     [("3,000", 3000, None, None, "people a year", None, None)]),
    ("Three in four households own two cars.",
     [("Three in four", 0.75, None, None, "share of households", None, None),
      ("two", 2, None, None, "cars", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", PER_ONE, ids=[row[0] for row in PER_ONE])
def test_per_one_of_many(sentence, expected):
    assert records(sentence) == [figure(sentence, *row) for row in expected]
