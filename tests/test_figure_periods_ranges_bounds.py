"""Periods, ranges and bounds (session 24): a period a change or an act spreads across is no
figure ('over'/'across' with a count of periods after a verb or right after an amount: 'rose 40%
over two years' says when, not 'more than'); 'between A and B' before a noun counts that noun;
the high end's scale is the low end's only where the low end stays below it; 'raise up to $5bn'
bounds the amount raised. Whole records as (text, value, low, high,
unit, qualifier, claimant's name); `conftest.figure` adds the sentence and the offsets.
"""
from __future__ import annotations

import pytest

from conftest import figure, figure_records


SPANNED = [
    ("Bus fares rose 35% over three years.", [("35%", 35, None, None, "% rise in bus fares", None, None)]),
    ("The levy will be phased in over four years.", []),
    ("The council will spend $8 million over three years.", [("$8 million", 8000000, None, None, "dollars", None, None)]),
    ("Over two years, 140 shops closed.", [("140", 140, None, None, "shops", None, None)]),
    # an object spread across a period after 'over' (session 31): no 'more than', whether the
    # parser hangs 'over' on the verb (no figure, as above) or on the number
    ("The judge told the builder to return the money over 10 months.", []),
    ("The tribunal ordered the landlord to repay the deposit over 10 months, as well as £3,400 in legal costs.",
     [("£3,400", 3400, None, None, "pounds", None, None)]),
    ("The judge ordered the tenant to clear the arrears over 12 months, plus £700 in fees.",
     [("£700", 700, None, None, "pounds", None, None)]),
    # NEGATIVE: 'over' as 'more than' before a count, a duration a verb lasts, an age limit
    ("Over 300 people attended the vigil.", [("Over 300", 300, 300, None, "people", "more than", None)]),
    ("The dispute has lasted over five years.", [("over five", 5, 5, None, "years", "more than", None)]),
]


@pytest.mark.parametrize("sentence, expected", SPANNED, ids=[row[0] for row in SPANNED])
def test_period_spanned_is_no_figure(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


RANGES_BEFORE_THEIR_NOUN = [
    # a range written 'between A and B' before its noun counts that noun (the parser joins B to A)
    ("Between 180 and 220 motor pumps will be stationed at subways.",
     [("Between 180 and 220", 180, 180, 220, "motor pumps", "between", None)]),
    ("The city has 842 km of drains, and between 40 and 60 water tankers will be hired.",
     [("842", 842, None, None, "km", None, None), ("between 40 and 60", 40, 40, 60, "water tankers", "between", None)]),
    # the high end's scale is the low end's only where the low end then stays below the high one
    ("Residents were paid between Rp 500,000 and Rp 1 million each.",
     [("between Rp 500,000 and Rp 1 million", 500000, 500000, 1000000, "rupiah per resident", "between", None)]),
    ("The repairs will cost six or seven million dollars.",
     [("six or seven million", 6000000, 6000000, 7000000, "dollars", None, None)]),
    # NEGATIVE: a range joined by 'or' without 'between' keeps no noun from the parse's join
    ("One or two big tenders can make a year look spectacular.", []),
]


BOUNDS = [
    # 'up to' after a verb whose object is the amount itself bounds the amount
    ("The lender will raise up to $2.5 billion through a bond sale.",
     [("up to $2.5 billion", 2500000000, None, 2500000000, "dollars", "up to", None)]),
    # NEGATIVE: the verb moves another object up to a level
    ("The firm raised it up to $40.", [("$40", 40, None, None, "dollars", None, None)]),
    # 'as long/far/deep as' right before an amount of time or measure: the most reached
    ("Some shifts at the Denvor depot last as long as 16 hours.",
     [("16", 16, None, 16, "hours", "up to", None)]),
    ("Cracks as deep as 3 metres opened in the road.", [("3", 3, None, 3, "metres", "up to", None)]),
    ("Traffic stretched as far as 20 km.", [("20", 20, None, 20, "km", "up to", None)]),
    # NEGATIVE: 'as long as' before a count of other things is a condition; a small extent; no 'as'
    ("The deal holds as long as 40 members vote yes.", [("40", 40, None, None, "members", None, None)]),
    ("The plan works as long as 3 firms bid.", [("3", 3, None, None, "firms", None, None)]),
    ("Shifts were as short as 2 hours.", [("2", 2, None, None, "hours", None, None)]),
    ("The strike goes on as long as 14 days of talks fail.", [("14", 14, None, None, "days", None, None)]),
    ("The tunnel was long as 16 hours passed.", [("16", 16, None, None, "hours", None, None)]),
    # NEGATIVE (review F1-F4): a measure in a clause of its own or owning a noun (a condition);
    # a lower bound, a multiple's base, a negated or near comparison
    ("The ban holds as long as 10 days pass without rain.", [("10", 10, None, None, "days", None, None)]),
    ("Tenants may stay as long as 2 weeks' rent is paid upfront.", [("2", 2, None, None, "weeks", None, None)]),
    ("The line stays open as long as 6 months' funding is found.", [("6", 6, None, None, "months", None, None)]),
    ("Delays at the border will be at least as long as 6 hours, officials warned.",
     [("6", 6, None, None, "hours", None, "officials")]),
    ("The wait at Corley hospital is now three times as long as 4 hours.",
     [("three", 3, None, None, "times", None, None), ("4", 4, None, None, "hours", None, None)]),
    ("The walk is twice as long as 5 km.",
     [("twice", 2, None, None, "times", None, None), ("5", 5, None, None, "km", None, None)]),
    ("Shifts at the Tolbeck plant are not as long as 12 hours, managers said.",
     [("12", 12, None, None, "hours", None, "managers")]),
    ("Shifts were never as long as 10 hours.", [("10", 10, None, None, "hours", None, None)]),
    ("Queues were nearly as long as 3 km.", [("3", 3, None, None, "km", None, None)]),
    ("No patient at Vell hospital waited as long as 9 hours.", [("9", 9, None, None, "hours", None, None)]),
    ("None of the patients waited as long as 9 hours.", [("9", 9, None, None, "hours", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", BOUNDS, ids=[row[0] for row in BOUNDS])
def test_up_to_bounds_the_amount(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


@pytest.mark.parametrize("sentence, expected", RANGES_BEFORE_THEIR_NOUN, ids=[row[0] for row in RANGES_BEFORE_THEIR_NOUN])
def test_range_counts_its_noun(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]
