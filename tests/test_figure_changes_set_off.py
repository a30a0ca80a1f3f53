"""A percentage of change set off after its clause (session 34): an 'up'/'down' N% after a comma,
with no verb of change in the clause, measures the change of the one count that clause states
(its object, a passive subject with the verb that says what was counted, 'there were' N things,
or the object a verb puts at the count); 'up'/'down from' M% after a share is the same share at
an earlier time; 'N% more in/for/on X' measures X; money after a code-like mark is read before a
comma; money of 'a monthly allowance of' is per month; a count before coordinated premodifiers
counts their head. Sentences written for the tests. Whole records as (text, value, low, high, unit,
qualifier, claimant's name[, sentence, source]); `conftest.figure` adds the sentence and offsets.
"""
from __future__ import annotations

import pytest

from conftest import figure, figure_records


COUNTS_SET_OFF = [
    ("The ferry carried 81,000 passengers in July, up 9% from June.",
     [("81,000", 81000, None, None, "passengers", None, None),
      ("9%", 9, None, None, "% rise in passengers", None, None)]),
    ("Some 12,900 bicycles were reported stolen in the borough last year, up 21 per cent on the year before.",
     [("Some 12,900", 12900, None, None, "bicycles", "about", None),
      ("21 per cent", 21, None, None, "% rise in bicycles reported stolen", None, None)]),
    ("Volunteers counted 4,200 coho this spring, down 55 percent from last year.",
     [("4,200", 4200, None, None, "coho", None, None),
      ("55 percent", 55, None, None, "% fall in coho", None, None)]),
    # a verb that puts its object at the count: the object changed
    ("Wardens put this autumn's return at about 3,700 sockeye, down roughly 48 per cent from the decade's "
     "average of 7,100.",
     [("about 3,700", 3700, None, None, "sockeye", "about", None),
      ("roughly 48 per cent", 48, None, None, "% fall in return", "about", None),
      ("7,100", 7100, None, None, "sockeye", None, None)]),
    ("The volunteers, who estimated the flock at some 640 geese, down 20 per cent on 2022, asked for funds.",
     [("some 640", 640, None, None, "geese", "about", "volunteers"),
      ("20 per cent", 20, None, None, "% fall in flock", None, None)]),
    ("There were 1,350 burglaries in the town last year, up 9 percent.",
     [("1,350", 1350, None, None, "burglaries", None, None),
      ("9 percent", 9, None, None, "% rise in burglaries", None, None)]),
    # a reporter after it, a future tense, a scale word, a qualifier
    ("Harbour staff logged 620 cruise arrivals this year, up 11% on 2024, the port authority said.",
     [("620", 620, None, None, "cruise arrivals", None, None, 0, "the port authority"),
      ("11%", 11, None, None, "% rise in cruise arrivals", None, None, 0, "the port authority")]),
    ("The registry will record about 5,400 weddings this year, down nearly 7 per cent.",
     [("about 5,400", 5400, None, None, "weddings", "about", None),
      ("nearly 7 per cent", 7, None, 7, "% fall in weddings", "almost", None)]),
    ("The airline flew 2.1 million passengers last year, up 14 per cent.",
     [("2.1 million", 2.1e6, None, None, "passengers", None, None),
      ("14 per cent", 14, None, None, "% rise in passengers", None, None)]),
    # NEGATIVE: a verb of change (its own readings), two counts in the clause, doers of an act
    # counted as the subject, points, a change told in a relative clause, two counts joined
    ("The firm cut 400 jobs, down 5 per cent from last year.",
     [("400", 400, None, None, "jobs", None, None), ("5 per cent", 5, None, None, "%", None, None)]),
    ("The council spent $4 million on 30 new buses, up 12 per cent.",
     [("$4 million", 4e6, None, None, "dollars", None, None), ("30", 30, None, None, "buses", None, None),
      ("12 per cent", 12, None, None, "%", None, None)]),
    ("The union said 2,300 members had signed the petition, up 15% in a week.",
     [("2,300", 2300, None, None, "members", None, None, 0, "The union"),
      ("15%", 15, None, None, "%", None, None, 0, "The union")]),
    ("The clinic saw 3,100 patients in March, up 2 percentage points.",
     [("3,100", 3100, None, None, "patients", None, None),
      ("2 percentage points", 2, None, None, "percentage points", None, None)]),
    ("Tenants lodged 930 complaints, which were up 12 per cent on the year before.",
     [("930", 930, None, None, "complaints", None, None), ("12 per cent", 12, None, None, "%", None, None)]),
    ("Rangers detained 25 men at the border, up 40 per cent on May.",
     [("25", 25, None, None, "men", None, None), ("40 per cent", 40, None, None, "%", None, None)]),
    ("Tenants lodged 930 complaints and 210 appeals, up 12 per cent.",
     [("930", 930, None, None, "complaints", None, None), ("210", 210, None, None, "appeals", None, None),
      ("12 per cent", 12, None, None, "%", None, None)]),
    # NEGATIVE (review of session 34): the level in 'from' is of the count, never the change's '%'
    ("Brackley Trams carried 410,000 riders, up 8% from 380,000.",
     [("410,000", 410000, None, None, "riders", None, None), ("8%", 8, None, None, "% rise in riders", None, None),
      ("380,000", 380000, None, None, "riders", None, None)]),
    ("Osterby Airways flew 3.4 million passengers in 2023, up 6% from 3.2 million.",
     [("3.4 million", 3.4e6, None, None, "passengers", None, None),
      ("6%", 6, None, None, "% rise in passengers", None, None),
      ("3.2 million", 3.2e6, None, None, "passengers", None, None)]),
    # NEGATIVE: a change graded by an 'in'/'by' phrase is of another measure
    ("Norvane sold 2 million phones last year, down 3% in price.",
     [("2 million", 2e6, None, None, "phones", None, None), ("3%", 3, None, None, "%", None, None)]),
    ("Dunmore Farms sold 600 cattle, up 15% by weight.",
     [("600", 600, None, None, "cattle", None, None), ("15%", 15, None, None, "%", None, None)]),
    ("Grisby Motors sold 9,000 vans, up 11% in value.",
     [("9,000", 9000, None, None, "vans", None, None), ("11%", 11, None, None, "%", None, None)]),
    # NEGATIVE: compared with a target or another body, not an earlier time or level
    ("Ravenholt Council approved 350 new homes, down 10% on its target of 400.",
     [("350", 350, None, None, "homes", None, None), ("10%", 10, None, None, "%", None, None),
      ("400", 400, None, None, "homes", None, None)]),
    ("The Dunmere shop sold 700 kettles, up 15% on the Ashworth shop.",
     [("700", 700, None, None, "kettles", None, None), ("15%", 15, None, None, "%", None, None)]),
    # a thing measured by a unit of measure (its "of" phrase) changes; NEGATIVE: a unit with no "of" phrase
    ("The Kessock mine produced 1,500 ounces of silver, up 3%.",
     [("1,500", 1500, None, None, "ounces", None, None), ("3%", 3, None, None, "% rise in silver", None, None)]),
    ("Brenmoor Water lost 240 megalitres a day to leaks, down 4 per cent.",
     [("240", 240, None, None, "megalitres a day", None, None), ("4 per cent", 4, None, None, "%", None, None)]),
    # things an act counts (a verb not of COUNT_STATING_VERBS) are named with the act; NEGATIVE: no participle written, or compared with another
    ("Wardens closed 38 footpaths in Tillby, up 40% on the year before.",
     [("38", 38, None, None, "footpaths", None, None), ("40%", 40, None, None, "% rise in footpaths closed", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", COUNTS_SET_OFF, ids=[row[0] for row in COUNTS_SET_OFF])
def test_change_of_a_count_set_off(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


EARLIER_SHARES = [
    ("About 64 per cent of households were now connected, up from 41 per cent in 2019.",
     [("About 64 per cent", 64, None, None, "% of households", "about", None),
      ("41 per cent", 41, None, None, "% of households", None, None)]),
    ("Roughly 72% of its members voted, down from 80% at the last ballot.",
     [("Roughly 72%", 72, None, None, "% of members", "about", None),
      ("80%", 80, None, None, "% of members", None, None)]),
    ("Its share of the vote was 31 per cent, down from 38 per cent in 2021.",
     [("31 per cent", 31, None, None, "% of vote", None, None),
      ("38 per cent", 38, None, None, "% of vote", None, None)]),
    # NEGATIVE: a share of its own, another group set against it (no change over time)
    ("Some 30% of men smoke, compared with 20% of women.",
     [("Some 30%", 30, None, None, "% of men", "about", None), ("20%", 20, None, None, "% of women", None, None)]),
    ("About 40 per cent of the wells were dry, against 25 per cent in the valley.",
     [("About 40 per cent", 40, None, None, "% of wells", "about", None),
      ("25 per cent", 25, None, None, "%", None, None)]),
    # NEGATIVE (review of session 34): an earlier share with a group or scope of its own
    ("About 48% of Kelso teachers are unionised, down from 62% among the over-50s.",
     [("About 48%", 48, None, None, "% of Kelso teachers", "about", None), ("62%", 62, None, None, "%", None, None)]),
    ("Nearly 38 per cent of midwives in Wyncote work nights, up from 25 per cent nationally.",
     [("Nearly 38 per cent", 38, None, 38, "% of midwives", "almost", None),
      ("25 per cent", 25, None, None, "%", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", EARLIER_SHARES, ids=[row[0] for row in EARLIER_SHARES])
def test_earlier_level_of_a_share(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


# A share graded by 'more'/'less' that a verb takes, with an 'in'/'for'/'on' phrase right after:
# that phrase's noun is what the share measures.
COMPARED_OBJECTS = [
    ("Households will pay almost 5% more in council tax from April.",
     [("almost 5%", 5, None, 5, "% more in council tax", "almost", None)]),
    ("Residents will pay 10% more for their water next year.",
     [("10%", 10, None, None, "% more for water", None, None)]),
    ("Drivers paid 12 per cent more for diesel in May.",
     [("12 per cent", 12, None, None, "% more for diesel", None, None)]),
    ("Councils will pay 4% less for road salt this winter.",
     [("4%", 4, None, None, "% less for road salt", None, None)]),
    ("The firm will spend 20% more on training.",
     [("20%", 20, None, None, "% more on training", None, None)]),
    ("Savers got 3% more in interest in 2025.",
     [("3%", 3, None, None, "% more in interest", None, None)]),
    # NEGATIVE: a noun of manner, a date, a place, another preposition
    ("Firms earned 10% more in real terms.", [("10%", 10, None, None, "%", None, None)]),
    ("Fans paid 25% more in March.", [("25%", 25, None, None, "%", None, None)]),
    ("The club spent 30% more in Spain.", [("30%", 30, None, None, "%", None, None)]),
    ("Most people gave 5% more to charity.", [("5%", 5, None, None, "%", None, None)]),
    # NEGATIVE (review of session 34): a phrase of place, time or manner; a verb not of paying
    ("Residents of Ashby Fold will pay 4% more in the south of the district.", [("4%", 4, None, None, "%", None, None)]),
    ("Growers were paid 6% more on the Tarrow farm.", [("6%", 6, None, None, "%", None, None)]),
    ("Diners paid 8% more in the mornings at Rook Bistro.", [("8%", 8, None, None, "%", None, None)]),
    ("Shareholders will pay 3% more for the honour.", [("3%", 3, None, None, "%", None, None)]),
    ("Patients waited 25% more for scans at Melbury Hospital.", [("25%", 25, None, None, "%", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", COMPARED_OBJECTS, ids=[row[0] for row in COMPARED_OBJECTS])
def test_share_compared_with_its_object(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


# Money after a code-like mark ('Dhs', 'Sh', 'Tk', 'EGP', 'KD') is money though a comma of the
# sentence follows it, a range's high end too.
MARKS_BEFORE_A_COMMA = [
    ("Investors paid Dhs480,000, the court heard.",
     [("Dhs480,000", 480000, None, None, "dirhams", None, None, 0, "the court")]),
    ("Pensioners will receive Sh12,500, the minister said.",
     [("Sh12,500", 12500, None, None, "shillings", None, None, 0, "the minister")]),
    ("Down payments ranged from Dhs75,000 to Dhs310,000, prosecutors said.",
     [("Dhs75,000 to Dhs310,000", 75000, 75000, 310000, "dirhams", None, "prosecutors")]),
    ("Grants ranging from EGP 40,000 to EGP 150,000, the ministry said, would go to farmers.",
     [("EGP 40,000 to EGP 150,000", 40000, 40000, 150000, "pounds", None, None, 0, "the ministry")]),
    ("Wages of between Tk 9,000 and Tk 14,000, the union said, were too low.",
     [("between Tk 9,000 and Tk 14,000", 9000, 9000, 14000, "taka", "between", None, 0, "the union")]),
    ("The fee rose from KD 1,500 to KD 2,250, officials said.",
     [("KD 1,500", 1500, None, None, "Kuwaiti dinars", None, "officials"),
      ("KD 2,250", 2250, None, None, "Kuwaiti dinars", None, "officials")]),
]


@pytest.mark.parametrize("sentence, expected", MARKS_BEFORE_A_COMMA, ids=[row[0] for row in MARKS_BEFORE_A_COMMA])
def test_money_marks_before_a_comma(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


# Money that is the 'of' phrase of a noun a period adjective modifies is that much per period.
SUMS_OF_A_PERIOD = [
    ("Each officer gets a monthly housing allowance of R2 500.",
     [("R2 500", 2500, None, None, "rand a month", None, None)]),
    ("The town has an annual budget of $4 million.",
     [("$4 million", 4e6, None, None, "dollars a year", None, None)]),
    ("Workers earn a daily wage of Rs 500.", [("Rs 500", 500, None, None, "rupees a day", None, None)]),
    ("A weekly payment of £80 is made to carers.", [("£80", 80, None, None, "pounds a week", None, None)]),
    # NEGATIVE: the adjective on a noun the money is no 'of' phrase of
    ("The daily cost of the war, $2 billion, is rising.",
     [("$2 billion", 2e9, None, None, "dollars", None, None)]),
    ("The annual report of the fund showed $4 million in losses.",
     [("$4 million", 4e6, None, None, "dollars", None, None, 0, "The annual report of the fund")]),
]


@pytest.mark.parametrize("sentence, expected", SUMS_OF_A_PERIOD, ids=[row[0] for row in SUMS_OF_A_PERIOD])
def test_sum_of_a_period(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


# A number before coordinated premodifiers counts the head noun they modify.
COORDINATED_PREMODIFIERS = [
    ("The ministry runs nearly 9 800 government and council schools.",
     [("nearly 9 800", 9800, None, 9800, "schools", "almost", None)]),
    ("The board runs 420 church and community halls.", [("420", 420, None, None, "halls", None, None)]),
    ("The agency inspected 1,200 public and private clinics last year.",
     [("1,200", 1200, None, None, "clinics", None, None)]),
    # NEGATIVE: coordinated heads are both counted
    ("Some 2,000 men and women marched.", [("Some 2,000", 2000, None, None, "men and women", "about", None)]),
]


@pytest.mark.parametrize("sentence, expected", COORDINATED_PREMODIFIERS, ids=[row[0] for row in COORDINATED_PREMODIFIERS])
def test_count_before_coordinated_premodifiers(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]
