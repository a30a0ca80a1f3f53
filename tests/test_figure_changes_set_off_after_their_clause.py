"""A noun of change set off after its clause (session 53): 'rose from £2m to £3m, an increase of
50%', 'reached 310,000 in 2024 — an increase of 8%', 'logged 2,410 burglaries since January 1, an
increase of 14 per cent': the parser hangs the apposition on the nearest noun (the level reached, a
date), so the clause's verb is read above it through the relations inside the clause's phrases,
after a comma or a dash; a count stated that way needs a verb that states a count (or a passive
subject, also where the apposition hangs on the counted passive subject). 'a rise of 6% in loans' names what changed where the parser hangs the 'in' phrase on
the percentage, where it holds a bare common noun, whole with the words that restrict it; an 'in'
object that says where or how ('in parts of', 'in real terms') leaves the bare change, never the
clause's subject. Sentences written for the tests.
Whole records as (text, value, low, high, unit, qualifier, claimant)."""
from __future__ import annotations

import pytest

from conftest import figure, figure_records


CHANGES_SET_OFF = [
    ("Rents climbed from $1,200 to $1,500 – a rise of 25% – over two years.",
     [("$1,200", 1200, None, None, "dollars", None, None), ("$1,500", 1500, None, None, "dollars", None, None),
      ("25%", 25, None, None, "% rise in rents", None, None)]),
    ("Arrivals at the port reached 310,000 in 2024 — an increase of 8%.",
     [("310,000", 310000, None, None, "arrivals", None, None), ("8%", 8, None, None, "% increase in arrivals", None, None)]),
    ("Officers logged 2,410 burglaries since January 1, an increase of 14 per cent on the same period last year.",
     [("2,410", 2410, None, None, "burglaries", None, None),
      ("14 per cent", 14, None, None, "% rise in burglaries", None, None)]),
    ("The hospital's deficit grew from £2m to £3m, an increase of 50%.",
     [("£2m", 2e6, None, None, "pounds", None, None), ("£3m", 3e6, None, None, "pounds", None, None),
      ("50%", 50, None, None, "% increase in deficit", None, None)]),
    ("Enrolment at the college rose from 9,000 in 2021 to 11,000 this autumn, an increase of 22 per cent.",
     [("22 per cent", 22, None, None, "% increase in enrolment", None, None)]),
    # a passive subject counted, with the apposition hung on it: the count with its act
    ("Some 3,400 cars were sold in May, an increase of 6% on April.",
     [("Some 3,400", 3400, None, None, "cars", "about", None), ("6%", 6, None, None, "% rise in cars sold", None, None)]),
    ("About 800 homes were built last year, an increase of 12 per cent.",
     [("About 800", 800, None, None, "homes", "about", None),
      ("12 per cent", 12, None, None, "% rise in homes built", None, None)]),
    # the 'in' phrase of what changed hung on the percentage
    ("Libraries on the island have logged a rise of about 6 per cent in loans since October.",
     [("about 6 per cent", 6, None, None, "% rise in loans", "about", None)]),
    # the 'in' object whole with the words that restrict it, over the clause's subject
    ("Subscriptions reached $8,400 in May — a fall of 3% in retired members.",
     [("$8,400", 8400, None, None, "dollars", None, None), ("3%", 3, None, None, "% fall in retired members", None, None)]),
    ("The ferry line saw a rise of 11% in travellers from Norway.",
     [("11%", 11, None, None, "% rise in travellers from Norway", None, None)]),
    # NEGATIVE: a phrase with an amount after the object is the level reached, no word of what changed
    ("There was a rise of 3% in fees to $70.",
     [("3%", 3, None, None, "% rise in fees", None, None), ("$70", 70, None, None, "dollars", None, None)]),
    ("There was a drop of 8% in flats with a balcony.",
     [("8%", 8, None, None, "% drop in flats with a balcony", None, None)]),
    ("Ports saw an increase of 8 per cent in cargo volumes.",
     [("8 per cent", 8, None, None, "% increase in cargo volumes", None, None)]),
    # a change noun's own 'in' object whose restricting words run long or over a comma keeps its own
    # words, as that phrase was always read; a place there still names nothing
    ("Hospitals face a 6 per cent rise in the price of heating wards and the hire of 30 new beds.",
     [("6 per cent", 6, None, None, "% rise in price", None, None), ("30", 30, None, None, "beds", None, None)]),
    ("The plan includes a 12 per cent increase in mooring fees at state-run marinas from June.",
     [("12 per cent", 12, None, None, "% increase in mooring fees", None, None)]),
    ("Grocers saw a 7% rise in the district.", [("7%", 7, None, None, "% rise", None, None)]),
    # NEGATIVE: the clause's object or recipient is no amount that changed; a place, a set or a
    # word that names nothing changing in the 'in' phrase; a change compared with a target; an
    # act's object set off without a verb that states a count
    ("The council charged residents $900 from April, a rise of 4%.",
     [("$900", 900, None, None, "dollars", None, None), ("4%", 4, None, None, "% rise", None, None)]),
    ("Donors gave $1.2m to the appeal by December, an increase of 11%.",
     [("$1.2m", 1.2e6, None, None, "dollars", None, None), ("11%", 11, None, None, "% increase", None, None)]),
    ("The firm posted a rise of 4 per cent in Germany.", [("4 per cent", 4, None, None, "% rise", None, None)]),
    ("There was a decline of 15 percent in the city.", [("15 percent", 15, None, None, "% decline", None, None)]),
    ("There was a rise of 6% in companies.", [("6%", 6, None, None, "% rise", None, None)]),
    ("It rose from $3m to $4m – an increase of 33%.",
     [("$3m", 3e6, None, None, "dollars", None, None), ("$4m", 4e6, None, None, "dollars", None, None),
      ("33%", 33, None, None, "% increase", None, None)]),
    ("Output recorded a rise of 4% in total.", [("4%", 4, None, None, "% rise", None, None)]),
    ("Wages were $900 a month, a rise of 2% in real terms.",
     [("$900", 900, None, None, "dollars a month", None, None), ("2%", 2, None, None, "% rise", None, None)]),
    ("There was a fall of 7% in nominal terms.", [("7%", 7, None, None, "% fall", None, None)]),
    ("There was a rise of 6% in parts of the valley.", [("6%", 6, None, None, "% rise", None, None)]),
    ("Rents climbed to $700, a rise of 5% in most districts.",
     [("$700", 700, None, None, "dollars", None, None), ("5%", 5, None, None, "% rise", None, None)]),
    ("The firm hired 40 engineers in Leeds, an increase of 10% on its target.",
     [("40", 40, None, None, "engineers", None, None), ("10%", 10, None, None, "% increase", None, None)]),
    ("The charity fed 2,000 families, an increase of 9%.",
     [("2,000", 2000, None, None, "families", None, None), ("9%", 9, None, None, "% increase", None, None)]),
    ("The mill hired 300 weavers, an increase of 5%.",
     [("300", 300, None, None, "weavers", None, None), ("5%", 5, None, None, "% increase", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", CHANGES_SET_OFF, ids=[row[0] for row in CHANGES_SET_OFF])
def test_change_set_off_after_its_clause(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]
