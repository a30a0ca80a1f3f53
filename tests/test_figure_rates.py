"""Figures whose unit is a rate the words around the amount state (session 24): a rate adverb
closing the unit's phrase, a piece and a period ('per room per night'), a period's adjective on
the noun a sum is paid as, a sum counted 'in' something before its period, 'before tax', and a
compared amount paid for its own piece. Whole records as (text, value, low, high, unit,
qualifier, claimant's name); `conftest.figure` adds the sentence and the offsets.
"""
from __future__ import annotations

import pytest

from conftest import figure, figure_records


RATES = [
    # a rate adverb after the unit and its 'of' phrase, the clause going on after it
    ("Lowmoor town produces about 180 tonnes of household waste daily, but little is recycled.",
     [("about 180", 180, None, None, "tonnes a day", "about", None)]),
    ("The mill crushes 900 tonnes of cane daily during the harvest.",
     [("900", 900, None, None, "tonnes a day", None, None)]),
    ("The depot ships 12,000 litres of diesel weekly and stores the rest.",
     [("12,000", 12000, None, None, "litres a week", None, None)]),
    # a piece and a period after 'per'
    ("Landlords charged $95 per bed per night during the festival.",
     [("$95", 95, None, None, "dollars per bed per night", None, None)]),
    ("The county pays Sh800,000 per lorry per month for hired transport.",
     [("Sh800,000", 800000, None, None, "shillings per lorry per month", None, None)]),
    # a period's adjective on the noun the sum is paid as
    ("Nurses will get a R1 800 monthly transport allowance.",
     [("R1 800", 1800, None, None, "rand a month", None, None)]),
    ("The board approved a $6 billion annual budget.",
     [("$6 billion", 6000000000, None, None, "dollars a year", None, None)]),
    # a sum counted 'in' something before its period
    ("The port was losing about $3 million in fees for every day of the blockade.",
     [("about $3 million", 3000000, None, None, "dollars per day", "about", None)]),
    ("The ministry collects $40 million in levies a year.",
     [("$40 million", 40000000, None, None, "dollars a year", None, None)]),
    # a period before gross or net
    ("Drivers earn about R9 000 a month before deductions.",
     [("about R9 000", 9000, None, None, "rand a month", "about", None)]),
    # a compared amount paid for its own piece keeps the period, not the other piece
    ("Guesthouses charge $80 per room per night, against about $30 for a bunk in a dormitory.",
     [("$80", 80, None, None, "dollars per room per night", None, None),
      ("about $30", 30, None, None, "dollars per bunk per night", "about", None)]),
    # NEGATIVE: the adverb grades a noun after it, a count of yearly events, a time after 'a month'
    ("Crews removed 40 tonnes of daily rubbish.",
     [("40", 40, None, None, "tonnes", None, None)]),
    ("The society holds two annual meetings.",
     [("two", 2, None, None, "meetings", None, None)]),
    ("She paid $500 a month before the election.",
     [("$500", 500, None, None, "dollars", None, None)]),
    ("Fuel sold at $1.40 per litre, down from $1.70.",
     [("$1.40", 1.4, None, None, "dollars per litre", None, None),
      ("$1.70", 1.7, None, None, "dollars per litre", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", RATES, ids=[row[0] for row in RATES])
def test_rate_in_the_unit(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]
