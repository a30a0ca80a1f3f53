"""A bare percentage's base from the clause (session 37): a percentage joined by 'and'/'or' to the
list a compared share opens ('down from 45% at the end of summer and 60% last spring') is a share
of the same whole. Whole records as (text, value, low, high, unit, qualifier, claimant's name)."""
from __future__ import annotations

import pytest

from conftest import figure, figure_records


BASES = [
    # a further member of the list an earlier level opens
    ("Reservoirs hold 52 per cent of capacity, down from 60 per cent in May and 71 per cent a year ago.",
     [("52 per cent", 52, None, None, "% of capacity", None, None),
      ("60 per cent", 60, None, None, "% of capacity", None, None),
      ("71 per cent", 71, None, None, "% of capacity", None, None)]),
    ("Turnout reached 48 per cent of voters, up from 41 per cent in 2019 and 39 per cent in 2015.",
     [("48 per cent", 48, None, None, "% of voters", None, None),
      ("41 per cent", 41, None, None, "% of voters", None, None),
      ("39 per cent", 39, None, None, "% of voters", None, None)]),
    ("The tanks are holding 33 per cent of their volume, down from 45 per cent at the end of summer and 60 per cent last spring.",
     [("33 per cent", 33, None, None, "% of volume", None, None),
      ("45 per cent", 45, None, None, "% of volume", None, None),
      ("60 per cent", 60, None, None, "% of volume", None, None)]),
    # NEGATIVE: a share set against the list by 'rather than', with a clause of its own
    ("The council approved a fare increase of 3% rather than the 6% the union wanted for wages.",
     [("3%", 3, None, None, "% increase", None, None), ("6%", 6, None, None, "%", None, None)]),
    # NEGATIVE (review F5): a later member with a group or scope of its own
    ("Support stands at 31 per cent of voters, down from 35 per cent in May and 20 per cent among the young.",
     [("31 per cent", 31, None, None, "% of voters", None, None),
      ("35 per cent", 35, None, None, "% of voters", None, None),
      ("20 per cent", 20, None, None, "%", None, None)]),
    ("Electric cars were 14 per cent of new sales, up from 9 per cent in 2022 and 40 per cent in Norway.",
     [("14 per cent", 14, None, None, "% of new sales", None, None),
      ("9 per cent", 9, None, None, "% of new sales", None, None),
      ("40 per cent", 40, None, None, "%", None, None)]),
    # NEGATIVE: no compared share opens the list
    ("The tax took 30% of income in 2010 and 20% now.",
     [("30%", 30, None, None, "% of income", None, None), ("20%", 20, None, None, "%", None, None)]),
    # NEGATIVE: a comparative on a passive verb is not said of its subject (review F7: the price is
    # lower, not the shares), nor on an active verb, nor on a passive one with an object of its own
    ("The shares were sold 12% lower than their listing price.",
     [("12%", 12, None, None, "%", None, None)]),
    ("Bonds were priced 0.5% higher than expected.",
     [("0.5%", 0.5, None, None, "%", None, None)]),
    ("The union will pay 18 per cent more next year.",
     [("18 per cent", 18, None, None, "%", None, None)]),
    ("The ministry was given 10 per cent more than it asked.",
     [("10 per cent", 10, None, None, "%", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", BASES, ids=[row[0] for row in BASES])
def test_percentage_base_from_the_clause(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]
