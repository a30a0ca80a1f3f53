"""Numbers that are no claim (a period hung on a verb's object, numbers listed as the names of
services, an address block, a measure a rate is quoted per), bounds written around the amount ('north of',
'or longer'), and a percentage written before a benchmark set against a share (session 48): whole records for sentences written for
these tests, as (text, value, low, high, unit, qualifier, claimant's name[, unnamed source]);
`conftest.figure` adds the sentence and the offsets.
"""
from __future__ import annotations

import pytest

from conftest import figure, figure_records


def _records(sentence, expected):
    return [figure(sentence, *row[:7], source=row[7] if len(row) > 7 else None) for row in expected]


SPANS = [
    # a period after 'for' that the parser hangs on the verb's object (or on a noun of its 'of'
    # phrase) says how long the verb's act or state went on, as on the verb itself
    ("Donor cash propped up teaching posts at the clinic for four years.", []),
    ("The board stalled repairs of the bridge for two years.", []),
    ("The club has been the pride of the town for 90 years.", []),
    ("The council has kept the library open for six years.", []),
    # NEGATIVE: the term of a thing awarded, granted, given or offered
    ('The ministry awarded Kelo Builders a contract for seven years worth N4 billion.',
     [('seven', 7, None, None, 'years', None, None), ('N4 billion', 4000000000, None, None, 'naira', None, None)]),
    ('The court granted the firm an extension for 30 days.', [('30', 30, None, None, 'days', None, None)]),
    ('The ministry gave the firm a waiver for 12 months, Minister Hana Vula said.',
     [('12', 12, None, None, 'months', None, 'Hana Vula')]),
    ('The state offered residents free bus rides for six months.', [('six', 6, None, None, 'months', None, None)]),
    # NEGATIVE: a qualified period, a hold, a period waited, a sum paid, a rate
    ("The guild has been a pillar of the wool trade for more than 300 years.",
     [("more than 300", 300, 300, None, "years", "more than", None)]),
    ("The agency held the suspects for 33 months.", [("33", 33, None, None, "months", None, None)]),
    ("Police kept the men in custody for 40 days.", [("40", 40, None, None, "days", None, None)]),
    ("Residents have waited two years for repairs.", [("two", 2, None, None, "years", None, None)]),
    ("The firm paid the contractor $40,000 for six months.",
     [("$40,000", 40000, None, None, "dollars", None, None)]),
    ("The pump ran for 14 hours a day.", [("14", 14, None, None, "hours a day", None, None)]),
    # NEGATIVE: a period before 'early' is how far ahead of time, or 'early' opens a phrase of its own
    ('Nurses worked 14 hours early in the week to clear the backlog.',
     [('14', 14, None, None, 'hours', None, None)]),
    ('The contractor finished the road three weeks early, Commissioner Ade Bello said.',
     [('three', 3, None, None, 'weeks', None, 'Ade Bello')]),
    ('The new bridge opened three weeks early.', [('three', 3, None, None, 'weeks', None, None)]),
]


@pytest.mark.parametrize("sentence, expected", SPANS, ids=[row[0] for row in SPANS])
def test_periods_that_say_how_long(sentence, expected):
    assert figure_records(sentence) == _records(sentence, expected)


LABELS = [
    # plain numbers listed after 'the' before a plural noun of things named by number name one each
    ("The 61, 63 and 68 services will stop at the new depot from June.", []),
    ("Harbor Coaches will cut the 31, 32 and 40 services in March.", []),
    ("The 5 and 9 services stop at the station.", []),
    ("The 7 and 12 lines will close in May.", []),
    # a number before 'block of' and a street's name: an address
    ("Officers searched a house in the 300-block of Kestrel Road.", []),
    ("The fire started in the 400 block of Alder Avenue.", []),
    # NEGATIVE: a range; counted things; counts of services or flights in a period; counts joined by 'and';
    # blocks counted; a plot of named land counted; a measure of a stretch
    ("Between 30 and 40 routes will close.", [("Between 30 and 40", 30, 30, 40, "routes", "between", None)]),
    ("The firm runs 112 services a day.", [("112", 112, None, None, "services a day", None, None)]),
    ('Lakeside Buses will add the 2 and 3 services an hour on the coast road.',
     [('3', 3, None, None, 'services an hour', None, None)]),
    ('Harbor Transit will run the 3 and 4 services per day on weekends.',
     [('4', 4, None, None, 'services a day', None, None)]),
    ('The bus firm will run the 4 and 6 services to the port every day.',
     [('6', 6, None, None, 'services a day', None, None)]),
    ('The carrier will restore the 7, 14 and 21 flights a week it flew to Perth.',
     [('14', 14, None, None, 'flights a week', None, None), ('21', 21, None, None, 'flights a week', None, None)]),
    ("The firm cut 14 services and 27 routes.",
     [("14", 14, None, None, "services", None, None), ("27", 27, None, None, "routes", None, None)]),
    ("The council will build 300 blocks of flats.", [("300", 300, None, None, "blocks", None, None)]),
    ('Each of the families was given 1 plot of State land near the river.',
     [('1', 1, None, None, 'plot', None, None)]),
    ("Crews cleared the 300-metre stretch of Ring Road.", [("300", 300, None, None, "metres", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", LABELS, ids=[row[0] for row in LABELS])
def test_numbers_that_name(sentence, expected):
    assert figure_records(sentence) == _records(sentence, expected)


BOUNDS_NEAR_A_CHARGE = [
    # a bound written after a noun keeps its amount, also in a sentence with a word of charging,
    # accusing, pleading or suing (a price, an allegation, a plea)
    ('Tenants accused the landlord of demanding rent over $3,000 a month.',
     [('over $3,000', 3000, 3000, None, 'dollars a month', 'more than', None, 'Tenants')]),
    ('The council will charge a fee over $50 for parking permits.',
     [('over $50', 50, 50, None, 'dollars', 'more than', None)]),
    ('Farmers pleaded with the ministry for compensation over N500 million.',
     [('over N500 million', 500000000, 500000000, None, 'naira', 'more than', None)]),
    ('Residents sued the council over a levy above $2,000 per household.',
     [('above $2,000', 2000, 2000, None, 'dollars per household', 'more than', None)]),
    ('Okafor was charged after a payment over $50,000 went missing.',
     [('over $50,000', 50000, 50000, None, 'dollars', 'more than', None)]),
    ('The judge sentenced Efua Mensah for a theft over GH¢20,000.',
     [('over GH¢20,000', 20000, 20000, None, 'cedis', 'more than', None)]),
]


@pytest.mark.parametrize("sentence, expected", BOUNDS_NEAR_A_CHARGE, ids=[row[0] for row in BOUNDS_NEAR_A_CHARGE])
def test_bounds_near_a_charge_keep_their_amount(sentence, expected):
    assert figure_records(sentence) == _records(sentence, expected)


BOUNDS = [
    # 'north of' / 'south of' before an amount, 'or longer' / 'or shorter' after it
    ('Profits came in well north of $6 million.',
     [('north of $6 million', 6000000, 6000000, None, 'dollars', 'more than', None)]),
    ('The firm now employs north of 900 workers.',
     [('north of 900', 900, 900, None, 'workers', 'more than', None)]),
    ("Takings reached just north of $2 million.",
     [("north of $2 million", 2000000, 2000000, None, "dollars", "more than", None)]),
    ("Prices rose to just south of $3 a litre.",
     [("south of $3", 3, None, 3, "dollars a litre", "less than", None)]),
    ('Queues at the border could stretch to 50 minutes or longer.', [('50', 50, 50, None, 'minutes', 'at least', None)]),
    ("Waits at the clinic were 20 minutes or shorter.", [("20", 20, None, 20, "minutes", "up to", None)]),
    # NEGATIVE: a distance before 'north of' is no bound; nor is 'north of' / 'south of' a measure of position
    ('The cyclone formed south of 15 degrees latitude near the islands.', [('15', 15, None, None, 'degrees', None, None)]),
    ('The storm made landfall just north of 20 degrees latitude.', [('20', 20, None, None, 'degrees', None, None)]),
    ("The plant sits 40 km north of the capital.", [("40", 40, None, None, "km", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", BOUNDS, ids=[row[0] for row in BOUNDS])
def test_bounds_around_the_amount(sentence, expected):
    assert figure_records(sentence) == _records(sentence, expected)


BENCHMARKS = [
    # a percentage written before a benchmark (threshold, limit, target) set off against a share
    # measures what that share does
    ('Inspectors found mould in about 41 percent of the flats checked, far above the 10 percent limit deemed safe.',
     [('about 41 percent', 41, None, None, '% of flats', 'about', None, 'Inspectors'),
      ('10 percent', 10, None, None, '% of flats', None, None, 'Inspectors')]),
    ("Spending on roads is 12% of the budget, above the 10% limit set by law.",
     [("12%", 12, None, None, "% of budget", None, None), ("10%", 10, None, None, "% of budget", None, None)]),
    # NEGATIVE: no share to set it against; a change; a bare share
    ("The council set a 5 percent threshold for new parties.", [("5 percent", 5, None, None, "% threshold", None, None)]),
    ("Fares rose 7%, above the 5% limit.",
     [("7%", 7, None, None, "% rise in fares", None, None), ("5%", 5, None, None, "% limit", None, None)]),
    ('Health gets Sh2.1 billion, or 18 per cent, below the 20 per cent minimum.',
     [('Sh2.1 billion', 2100000000, None, None, 'shillings', None, None), ('18 per cent', 18, None, None, '%', None, None),
      ('20 per cent', 20, None, None, '% minimum', None, None)]),
]


@pytest.mark.parametrize("sentence, expected", BENCHMARKS, ids=[row[0] for row in BENCHMARKS])
def test_benchmarks_written_after_the_share(sentence, expected):
    assert figure_records(sentence) == _records(sentence, expected)


PER_MEASURE = [
    # a measure written on its number right after 'per' is the base of a rate, no figure; a
    # rate's noun of two words before 'per' takes it as its base
    ("Bacteria counts hit 640 per 100ml at the river mouth in June.", []),
    ("The lab counted 215,000 spore-forming units per 100ml at the outfall.",
     [("215,000", 215000, None, None, "units per 100ml", None, None)]),
    ("The rate was 12 cases per 100,000 people.", [("12", 12, None, None, "cases per 100,000 people", None, None)]),
    # NEGATIVE: a measure that is the amount itself
    ("The vial held 500ml.", [("500ml", 500, None, None, "ml", None, None)]),
    ("The tank holds 100ml of fuel.", [("100ml", 100, None, None, "ml", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", PER_MEASURE, ids=[row[0] for row in PER_MEASURE])
def test_measures_a_rate_is_quoted_per(sentence, expected):
    assert figure_records(sentence) == _records(sentence, expected)
