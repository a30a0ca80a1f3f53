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
    ("Its stock climbed to $4 billion in market value.",
     [("$4 billion", 4000000000, None, None, "dollars", None, None)]),
    ("The shares fell to $4bn in value.",
     [("$4bn", 4000000000, None, None, "dollars", None, None)]),
    # NEGATIVE: a subject taken whole, an object the many share, a ratio of more than one
    ("The crew carries 12 litres of water.",
     [("12", 12, None, None, "litres", None, None)]),
    ("Every year 3,000 people visit the gorge.",
     [("3,000", 3000, None, None, "people a year", None, None)]),
    ("Three in four households own two cars.",
     [("Three in four", 0.75, None, None, "share of households", None, None),
      ("two", 2, None, None, "cars", None, None)]),
    # NEGATIVE (review): a change from one to many of the same thing, a store of things, a share
    ("The chain grew from one store to 40 stores.",
     [("40", 40, None, None, "stores", None, None)]),
    ("The stock of unsold homes rose to $4 billion.",
     [("$4 billion", 4000000000, None, None, "dollars", None, None)]),
    ("Stock rose to $40,000 after the delivery.",
     [("$40,000", 40000, None, None, "dollars", None, None)]),
    ("The state's debt stock rose to £40 million last year.",
     [("£40 million", 40000000, None, None, "pounds", None, None)]),
    ("Every mining job creates roughly two other jobs.",
     [("roughly two", 2, None, None, "jobs per mining job", "about", None)]),
    ("Each school lost 10% of its budget.",
     [("10%", 10, None, None, "% of budget", None, None)]),
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


# The base an amount is quoted on: an amount after 'for every'/'for each', the noun after a
# modifier after 'per', a currency's minor unit out of every one of it.
BASES = [
    ("Firms will pay roughly $64 for every $1 million of assessed value.",
     [("roughly $64", 64, None, None, "dollars per $1 million of assessed value", "about", None)]),
    ("Rates rise by about $12 for each $100,000 of assessed value.",
     [("about $12", 12, None, None, "dollars per $100,000 of assessed value", "about", None)]),
    ("The levy rises to $11.20 per $1,000 of taxable value.",
     [("$11.20", 11.2, None, None, "dollars per $1,000 of taxable value", None, None)]),
    ("Members approved a payout of 18 percent per paid-up share.",
     [("18 percent", 18, None, None, "% per paid-up share", None, None)]),
    ("The district spends $9,000 per enrolled pupil.",
     [("$9,000", 9000, None, None, "dollars per enrolled pupil", None, None)]),
    ("Wages now take more than 55 paise of every rupee the board collects.",
     [("more than 55", 55, 55, None, "paise per rupee", "more than", None)]),
    ("About 70 cents of every dollar goes to wages.",
     [("About 70", 70, None, None, "cents per dollar", "about", None)]),
    ("She earned $5 for every 100 leaflets she delivered.",
     [("$5", 5, None, None, "dollars per 100 leaflets", None, None)]),
    # NEGATIVE: a piece, not an amount, after 'for every'; a sum given for a purpose; cents of a named sum
    ("The fund paid $40 for every tonne delivered.",
     [("$40", 40, None, None, "dollars per tonne", None, None)]),
    ("The trust raised $2 million for every school in the county.",
     [("$2 million", 2000000, None, None, "dollars", None, None)]),
    ("He kept 40 cents of the $2 fare.",
     [("40", 40, None, None, "cents", None, None),
      ("$2", 2, None, None, "dollars", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", BASES, ids=[row[0] for row in BASES])
def test_base_of_a_rate(sentence, expected):
    assert records(sentence) == [figure(sentence, *row) for row in expected]


# A multiple of a named benchmark says which one ('the normal level'); a sum added to the bill of
# the typical or average payer says on what.
BENCHMARKS_AND_BILLS = [
    ("River flows peaked at about four times the normal level for June.",
     [("about four", 4, None, None, "times the normal level", "about", None)]),
    ("The clinic spent about $2 million on the wing, almost twice the original estimate.",
     [("about $2 million", 2000000, None, None, "dollars", "about", None),
      ("almost twice", 2, None, 2, "times the original estimate", "almost", None)]),
    ("Rents rose to three times the national average.",
     [("three", 3, None, None, "times the national average", None, None)]),
    ("The levy would add $30 to the average household's water bill.",
     [("$30", 30, None, None, "dollars on the average household's water bill", None, None)]),
    ("The budget adds about $61 a year to the typical ratepayer's bill.",
     [("about $61", 61, None, None, "dollars a year on the typical ratepayer's bill", "about", None)]),
    # NEGATIVE: a multiple of a pace or a count, a bill's own period, a sum added to one whole thing
    ("Crews worked at twice the pace.",
     [("twice", 2, None, None, "times", None, None)]),
    ("The firm trades at 4.3 times earnings.",
     [("4.3", 4.3, None, None, "times earnings", None, None)]),
    ("The rise adds 60 cents to the typical monthly bill.",
     [("60", 60, None, None, "cents a month", None, None)]),
    ("The council added $40,000 to the library budget.",
     [("$40,000", 40000, None, None, "dollars", None, None)]),
    ("The board added 12 staff to the typical ward.",
     [("12", 12, None, None, "staff", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", BENCHMARKS_AND_BILLS, ids=[row[0] for row in BENCHMARKS_AND_BILLS])
def test_benchmark_and_bill(sentence, expected):
    assert records(sentence) == [figure(sentence, *row) for row in expected]
