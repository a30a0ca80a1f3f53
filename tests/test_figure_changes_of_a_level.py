"""A percentage of change set off after a clause that gives an amount (session 39): 'up'/'down' N%
after a verb that measures its own subject ('stands at', 'reach', 'was', 'totalled') is the change
of that subject, also where the parser hangs the 'up' on the amount ('stands at $48m, up 6%') or
on a verb that frames the measuring one ('is expected to reach £4m, up 9%'); a gerund subject
names the activity with its plain phrase ('spending on school meals'). A verb whose subject does
something with the amount (answers calls, sets aside money, issues fines) tells no change of its
subject: the percentage keeps no base. Sentences written for the tests. Whole records as (text,
value, low, high, unit, qualifier, claimant's name); `conftest.figure` adds the sentence and offsets."""
from __future__ import annotations

import pytest

from conftest import figure, figure_records


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
    # the count of an act: named with the act, never the doers' change
    ("Nurses answered 4,100 calls in March, up 12 per cent on February.",
     [("4,100", 4100, None, None, "calls", None, None),
      ("12 per cent", 12, None, None, "% rise in calls answered", None, None)]),
    # NEGATIVE: the subject does something with the amount; no change of it
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
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


ACTS_COUNTED = [
    # the object of an act counted: the change of the count, named with the act
    ("The clinic referred 1,240 patients to specialists this year, about 12 percent more than in the same period last year.",
     [("1,240", 1240, None, None, "patients", None, None),
      ("about 12 percent", 12, None, None, "% rise in patients referred", "about", None)]),
    ("Inspectors rejected 312 applications in March, up 15% from February.",
     [("312", 312, None, None, "applications", None, None),
      ("15%", 15, None, None, "% rise in applications rejected", None, None)]),
    ("The agency approved 930 permits in 2024, a rise of 11 per cent.",
     [("930", 930, None, None, "permits", None, None),
      ("11 per cent", 11, None, None, "% rise in permits approved", None, None)]),
    ("The hospital recorded 41,000 admissions last year, an increase of 7 per cent over the previous year.",
     [("41,000", 41000, None, None, "admissions", None, None),
      ("7 per cent", 7, None, None, "% rise in admissions", None, None)]),
    ("The agency approved 930 permits, a 12% increase on the year before.",
     [("930", 930, None, None, "permits", None, None),
      ("12%", 12, None, None, "% rise in permits approved", None, None)]),
    # NEGATIVE: a change noun compared with a rival or a target, not an earlier time
    ("The hospital recorded 41,000 admissions last year, an increase of 7 per cent on Orwin General's figure.",
     [("41,000", 41000, None, None, "admissions", None, None), ("7 per cent", 7, None, None, "% increase", None, None)]),
    ("The hospital recorded 41,000 admissions last year, an increase of 7 per cent over Orwin General.",
     [("41,000", 41000, None, None, "admissions", None, None), ("7 per cent", 7, None, None, "% increase", None, None)]),
    ("The hospital recorded 41,000 admissions last year, an increase of 7 per cent on its target.",
     [("41,000", 41000, None, None, "admissions", None, None), ("7 per cent", 7, None, None, "% increase", None, None)]),
    ("The agency approved 930 permits, a 12% increase on its target.",
     [("930", 930, None, None, "permits", None, None), ("12%", 12, None, None, "% increase", None, None)]),
    # NEGATIVE: how often a passive act happened is no thing it counts
    ("The ward was closed 40 times last year, a 12% increase on the year before.",
     [("12%", 12, None, None, "% increase", None, None)]),
    # a thing measured by a unit
    ("Police seized 48 kilograms of heroin, up 20 per cent.",
     [("48", 48, None, None, "kilograms", None, None),
      ("20 per cent", 20, None, None, "% rise in heroin seized", None, None)]),
    ("The firm sold 12,000 tonnes of steel, down 3% on the previous quarter.",
     [("12,000", 12000, None, None, "tonnes", None, None),
      ("3%", 3, None, None, "% fall in steel", None, None)]),
    # NEGATIVE: an irregular past (no participle written), people held, two counts, a unit with no
    # 'of' phrase, a rival compared with
    ("The ministry took 400 samples, up 5 per cent from last year.",
     [("400", 400, None, None, "samples", None, None), ("5 per cent", 5, None, None, "%", None, None)]),
    ("The police arrested 60 men, up 10 per cent on May.",
     [("60", 60, None, None, "men", None, None), ("10 per cent", 10, None, None, "%", None, None)]),
    ("The clinic referred 1,240 patients to 3 hospitals, up 12 percent.",
     [("1,240", 1240, None, None, "patients", None, None), ("3", 3, None, None, "hospitals", None, None),
      ("12 percent", 12, None, None, "%", None, None)]),
    ("The mill used 38 megalitres a day, around 9 per cent more than in the same period last year.",
     [("38", 38, None, None, "megalitres a day", None, None),
      ("around 9 per cent", 9, None, None, "%", "about", None)]),
    ("The clinic referred 1,240 patients, 12 percent more than the rival clinic.",
     [("1,240", 1240, None, None, "patients", None, None), ("12 percent", 12, None, None, "%", None, None)]),
    # NEGATIVE: a verb of the subject's level or reach (the count is its level), a market verb's
    # points (the size of the move): no act counted
    ("Output totalled 4,000 cars, up 7 per cent.",
     [("4,000", 4000, None, None, "cars", None, None), ("7 per cent", 7, None, None, "%", None, None)]),
    ("Attendance reached 40,000 visitors, up 7 per cent.",
     [("40,000", 40000, None, None, "visitors", None, None), ("7 per cent", 7, None, None, "%", None, None)]),
    ("Crowds averaged 40,000 fans, up 7 per cent.",
     [("40,000", 40000, None, None, "fans", None, None), ("7 per cent", 7, None, None, "%", None, None)]),
    ("The Nikkei added 120 points, up 0.4 per cent.",
     [("120", 120, None, None, "points", None, None), ("0.4 per cent", 0.4, None, None, "%", None, None)]),
    ("The index shed 40 points, down 1.2 per cent.",
     [("40", 40, None, None, "points", None, None), ("1.2 per cent", 1.2, None, None, "%", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", ACTS_COUNTED, ids=[row[0] for row in ACTS_COUNTED])
def test_change_of_an_act_counted(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


BY_PHRASE_RESTATED = [
    # a percentage put beside the noun of a 'by' phrase is that phrase's amount
    ("Burglaries fell by a wide margin, 23 per cent, last year.",
     [("23 per cent", 23, None, None, "% fall in burglaries", None, None)]),
    ("Rents rose by a modest amount, 2 percent, in March.",
     [("2 percent", 2, None, None, "% rise in rents", None, None)]),
    ("The council cut fares by a small amount, 4 per cent.",
     [("4 per cent", 4, None, None, "% cut in fares", None, None)]),
    # NEGATIVE: no verb of change; a 'by' phrase of a source
    ("The motion passed by a wide margin, 64 per cent, on Tuesday.",
     [("64 per cent", 64, None, None, "%", None, None)]),
    ("Shootings declined, by the police's count, 11 per cent.",
     [("11 per cent", 11, None, None, "%", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", BY_PHRASE_RESTATED, ids=[row[0] for row in BY_PHRASE_RESTATED])
def test_amount_beside_a_by_phrase(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]
