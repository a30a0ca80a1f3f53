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


# An amount that measures a flow (what passes, is made or used over time) that a period adjective
# modifies is that much per period.
FLOWS = [
    ("The new kiln raised daily firing capacity from 450 tons to around 700 tons.",
     [("450", 450, None, None, "tons a day", None, None),
      ("around 700", 700, None, None, "tons a day", "about", None)]),
    ("The plant has a daily capacity of 700 tons.",
     [("700", 700, None, None, "tons a day", None, None)]),
    ("Annual output rose to 3 million tonnes.",
     [("3 million", 3000000, None, None, "tonnes a year", None, None)]),
    ("The mill's weekly production stood at 12,000 bags.",
     [("12,000", 12000, None, None, "bags a week", None, None)]),
    ("Daily ridership on the tram is 40,000 passengers.",
     [("40,000", 40000, None, None, "passengers a day", None, None)]),
    ("Daily traffic on the causeway reached 60,000 vehicles.",
     [("60,000", 60000, None, None, "vehicles a day", None, None)]),
    # NEGATIVE: a state, a thing that appears so often, a flow with no period, a percentage
    ("The daily temperature reached 40 degrees.",
     [("40", 40, None, None, "degrees", None, None)]),
    ("The annual report ran to 300 pages.",
     [("300", 300, None, None, "pages", None, None)]),
    ("The weekly market has 40 stalls.",
     [("40", 40, None, None, "stalls", None, None)]),
    ("The annual festival drew 5,000 visitors.",
     [("5,000", 5000, None, None, "visitors", None, None)]),
    ("Output rose to 3 million tonnes.",
     [("3 million", 3000000, None, None, "tonnes", None, None)]),
    ("Annual output rose 5%.",
     [("5%", 5, None, None, "% rise in annual output", None, None)]),
    ("The capacity of the daily ferry is 300 passengers.",
     [("300", 300, None, None, "passengers", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", FLOWS, ids=[row[0] for row in FLOWS])
def test_period_of_a_flow(sentence, expected):
    assert records(sentence) == [figure(sentence, *row) for row in expected]
