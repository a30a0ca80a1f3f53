"""A percentage of change set off after a clause that gives an amount (session 39): 'up'/'down' N%
after a verb that measures its own subject ('stands at', 'reach', 'was', 'totalled') is the change
of that subject, also where the parser hangs the 'up' on the amount ('stands at $48m, up 6%') or
on a verb that frames the measuring one ('is expected to reach £4m, up 9%'); a gerund subject
names the activity with its plain phrase ('spending on school meals'). A verb whose subject does
something with the amount (answers calls, sets aside money, issues fines) tells no change of its
subject: the percentage keeps no base. Sentences written for the tests. Whole records as (text,
value, low, high, unit, qualifier, claimant's name); `conftest.figure` adds the sentence and offsets."""
from __future__ import annotations

from dataclasses import asdict

import pytest

from conftest import extract, figure


def records(text: str) -> list[dict]:
    return [asdict(f) for f in extract(text).figures]


LEVELS_SET_OFF = [
    ("The county's roads budget now stands at $48.2 million, up 6 per cent from last year.",
     [("$48.2 million", 48.2e6, None, None, "dollars", None, None),
      ("6 per cent", 6, None, None, "% rise in roads budget", None, None)]),
    ("The authority's wage bill stood at Sh2.4 billion, up 12 per cent on the previous year.",
     [("Sh2.4 billion", 2.4e9, None, None, "shillings", None, None),
      ("12 per cent", 12, None, None, "% rise in wage bill", None, None)]),
    ("Spending on school meals is expected to reach £4.6m next year, up 9% on this year.",
     [("£4.6m", 4.6e6, None, None, "pounds", None, None),
      ("9%", 9, None, None, "% rise in spending on school meals", None, None)]),
    ("Borrowing by the city will hit $310 million in 2026, down 4 percent from 2025.",
     [("$310 million", 310e6, None, None, "dollars", None, None),
      ("4 percent", 4, None, None, "% fall in borrowing", None, None)]),
    ("The trust's deficit is forecast to reach £12m, up 30 per cent on last year.",
     [("£12m", 12e6, None, None, "pounds", None, None),
      ("30 per cent", 30, None, None, "% rise in deficit", None, None)]),
    ("The district's health budget was Rs 840 crore, up 11 per cent over last year.",
     [("Rs 840 crore", 8.4e9, None, None, "rupees", None, None),
      ("11 per cent", 11, None, None, "% rise in health budget", None, None)]),
    ("Funding for libraries remains at €3.1 million, down 2 per cent.",
     [("€3.1 million", 3.1e6, None, None, "euros", None, None),
      ("2 per cent", 2, None, None, "% fall in funding", None, None)]),
    # NEGATIVE: the subject does something with the amount or the count; no change of it
    ("Nurses answered 4,100 calls in March, up 12 per cent on February.",
     [("4,100", 4100, None, None, "calls", None, None), ("12 per cent", 12, None, None, "%", None, None)]),
    ("The ministry set aside $40 million for repairs, up 5% from last year.",
     [("$40 million", 40e6, None, None, "dollars", None, None), ("5%", 5, None, None, "%", None, None)]),
    ("Inspectors issued $2.3 million in fines, up 18% on 2024.",
     [("$2.3 million", 2.3e6, None, None, "dollars", None, None), ("18%", 18, None, None, "%", None, None)]),
    ("The club paid £4m for the striker, up 20% on his previous fee.",
     [("£4m", 4e6, None, None, "pounds", None, None), ("20%", 20, None, None, "%", None, None)]),
    ("Officers responded to 730 burglary calls, up 9 per cent over the same period last year.",
     [("730", 730, None, None, "burglary calls", None, None), ("9 per cent", 9, None, None, "%", None, None)]),
    # NEGATIVE: a gerund with an object of its own is a clause, no activity named
    ("Cutting costs is expected to save £2m, up 5% on last year.",
     [("£2m", 2e6, None, None, "pounds", None, None), ("5%", 5, None, None, "%", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", LEVELS_SET_OFF, ids=[row[0] for row in LEVELS_SET_OFF])
def test_change_of_a_level_set_off(sentence, expected):
    assert records(sentence) == [figure(sentence, *row) for row in expected]
