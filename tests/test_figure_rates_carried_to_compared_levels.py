"""A rate carried to the level a comparison sets against it (session 51): 'hauls 640 tonnes a week,
down from 510 tonnes', 'sells 2,300 loaves a day, compared with a target of 2,000 loaves'. The
earlier or benchmark level of any measure or count (not only money) that a phrase of comparison
('up/down from', 'compared with', 'against') or a benchmark noun's 'of' ('a target of', 'an average
of') sets against a rated amount of the same unit and a like size is counted per the same piece or
period — where it is bare: not where it says what it is by a phrase of its own (a clause, a phrase
naming no date or place, a piece of its own, a time noun of its own against a rate per a period),
nor where the benchmark has a period, a piece or a whole of its own. A bound set off after the
clause ('well above the ...') carries a rate for money only. Whole records as (text, value, low,
high, unit, qualifier, claimant's name[, unnamed source]); `conftest.figure` adds the sentence and the offsets.
"""
from __future__ import annotations

import pytest

from conftest import figure, figure_records


CARRIED = [
    ('The sawmill cuts up to 48,000 cubic metres of timber per year, up from 36,000 cubic metres.',
     [('up to 48,000', 48000, None, 48000, 'cubic metres a year', 'up to', None),
      ('36,000', 36000, None, None, 'cubic metres a year', None, None)]),
    ('Growers got between 2,100 and 2,300 kip per kilogramme in May, up from about 1,800 kip last year.',
     [('between 2,100 and 2,300', 2100, 2100, 2300, 'kip per kilogramme', 'between', None),
      ('about 1,800', 1800, None, None, 'kip per kilogramme', 'about', None)]),
    ('The bakery sells 2,300 loaves a day, compared with a target of 2,000 loaves.',
     [('2,300', 2300, None, None, 'loaves a day', None, None),
      ('2,000', 2000, None, None, 'loaves a day', None, None)]),
    ('The county pays about $7,400 per inmate, compared with a regional average of $6,100.',
     [('about $7,400', 7400, None, None, 'dollars per inmate', 'about', None),
      ('$6,100', 6100, None, None, 'dollars per inmate', None, None)]),
    ('The barge hauls 640 tonnes of grain a week, down from 510 tonnes.',
     [('640', 640, None, None, 'tonnes a week', None, None),
      ('510', 510, None, None, 'tonnes a week', None, None)]),
    ('The bus line carries 3,100 riders a day, compared with 2,700 riders in 2021.',
     [('3,100', 3100, None, None, 'riders a day', None, None),
      ('2,700', 2700, None, None, 'riders a day', None, None)]),
    ('The ward admits 14 patients a week, against 11 patients at Kisumu.',
     [('14', 14, None, None, 'patients a week', None, None, 'The ward'),
      ('11', 11, None, None, 'patients a week', None, None, 'The ward')]),
    ('The well yields 700 litres an hour, up from 520 litres in April.',
     [('700', 700, None, None, 'litres an hour', None, None),
      ('520', 520, None, None, 'litres an hour', None, None)]),
    # NEGATIVE: a level called a whole ('in total', 'for the whole of'), one of another size, one with
    # its own period, an amount no comparison sets against the rate ('and stores', 'while ... burned'),
    # a count set against a count without a rate, a price for a piece of its own
    ('The kiln fires 300 bricks an hour, compared with 2,000 bricks in total on Monday.',
     [('300', 300, None, None, 'bricks an hour', None, None),
      ('2,000', 2000, None, None, 'bricks', None, None)]),
    ('The dairy bottles 8,000 litres a day, compared with 400,000 litres in March.',
     [('8,000', 8000, None, None, 'litres a day', None, None),
      ('400,000', 400000, None, None, 'litres', None, None)]),
    ('The co-op sells 900 sacks a week, compared with 3,000 sacks a month in 2020.',
     [('900', 900, None, None, 'sacks a week', None, None),
      ('3,000', 3000, None, None, 'sacks a month', None, None)]),
    ('The kiln fires 300 bricks an hour and stacks 2,000 bricks in the yard.',
     [('300', 300, None, None, 'bricks an hour', None, None),
      ('2,000', 2000, None, None, 'bricks', None, None)]),
    ('The kiln fires 300 bricks an hour, while the old kiln fired 250 bricks.',
     [('300', 300, None, None, 'bricks an hour', None, None),
      ('250', 250, None, None, 'bricks', None, None)]),
    ('The college has 760 students, up from 700 students, and charges $5,000 per student.',
     [('760', 760, None, None, 'students', None, None),
      ('700', 700, None, None, 'students', None, None),
      ('$5,000', 5000, None, None, 'dollars per student', None, None)]),
    ('Orders reached 640 crates a week, well above the 500 crates for the whole of June.',
     [('640', 640, None, None, 'crates a week', None, None),
      ('500', 500, None, None, 'crates', None, None)]),
    ('A pass costs $18 per adult, compared with $9 for a pensioner.',
     [('$18', 18, None, None, 'dollars per adult', None, None),
      ('$9', 9, None, None, 'dollars per pensioner', None, None)]),
    # a clause that only dates the compared amount in a span of the rate's own period: its earlier level
    ('Kessa Council will spend £3m a year on roads, up from the £2.2m it spent last year.',
     [('£3m', 3000000, None, None, 'pounds a year', None, None),
      ('£2.2m', 2200000, None, None, 'pounds a year', None, None)]),
    ('The board will pay 45,000 tonnes of grain a year to farmers, up from the 38,000 tonnes it paid in 2023.',
     [('45,000', 45000, None, None, 'tonnes a year', None, None),
      ('38,000', 38000, None, None, 'tonnes a year', None, None)]),
    # NEGATIVE: a clause dating it in another span than the rate's: a total of that span, maybe
    ('The mill hauls 640 tonnes a week, up from the 510 tonnes it hauled last month.',
     [('640', 640, None, None, 'tonnes a week', None, None),
      ('510', 510, None, None, 'tonnes', None, None)]),
    # NEGATIVE: a stock or a capacity set against a flow, by a set-off bound or a phrase of comparison:
    # a clause on it, with or without a relative word, or a phrase of its own ('in its silos', 'of ...')
    ('The press squeezes 3,000 litres of juice an hour, well above the 2,500 litres the vat holds.',
     [('3,000', 3000, None, None, 'litres an hour', None, None),
      ('2,500', 2500, None, None, 'litres', None, None)]),
    # (money too: a clause on the compared sum leaves it as it was)
    ('Guests paid $410 a night, well above the $300 charged by rivals.',
     [('$410', 410, None, None, 'dollars a night', None, None),
      ('$300', 300, None, None, 'dollars', None, None)]),
    ('The dam releases 6.5 million cubic metres a year, up from the 5.1 million cubic metres kept in its lower basin.',
     [('6.5 million', 6500000, None, None, 'cubic metres a year', None, None),
      ('5.1 million', 5100000, None, None, 'cubic metres', None, None)]),
    ('The terminal loads 90,000 barrels a day, compared with 110,000 barrels in its tanks.',
     [('90,000', 90000, None, None, 'barrels a day', None, None),
      ('110,000', 110000, None, None, 'barrels', None, None)]),
    ('The pump draws 60 litres of fuel an hour, compared with the 350 litres its tank can hold.',
     [('60', 60, None, None, 'litres an hour', None, None),
      ('350', 350, None, None, 'litres', None, None)]),
    ('The pit yields 600,000 tonnes a year, compared with the 700,000 tonnes still buried in the seam.',
     [('600,000', 600000, None, None, 'tonnes a year', None, None),
      ('700,000', 700000, None, None, 'tonnes', None, None)]),
    ('The field pumps 2.2 million barrels of oil a year, up from the 1.6 million barrels of reserves.',
     [('2.2 million', 2200000, None, None, 'barrels a year', None, None),
      ('1.6 million', 1600000, None, None, 'barrels', None, None)]),
    # NEGATIVE: a total over a span named by a clause or a time noun of its own, against a rate per a period
    ('The hostel now houses 310 guests a week, compared with 260 guests who stayed during the fair.',
     [('310', 310, None, None, 'guests a week', None, None),
      ('260', 260, None, None, 'guests', None, None)]),
    ('The press prints 4,000 copies a day, compared with 15,000 copies last week.',
     [('4,000', 4000, None, None, 'copies a day', None, None),
      ('15,000', 15000, None, None, 'copies', None, None)]),
    # NEGATIVE: a benchmark with a period, a piece or a whole of its own
    ('The plant dumped 7 tonnes of slag a day, against a weekly cap of 40 tonnes.',
     [('7', 7, None, None, 'tonnes a day', None, None),
      ('40', 40, None, None, 'tonnes', None, None)]),
    ('The helpline takes 700 calls a day, against an annual goal of 6,000 calls.',
     [('700', 700, None, None, 'calls a day', None, None),
      ('6,000', 6000, None, None, 'calls', None, None)]),
    ('Each villager drew 40 litres per person per day, compared with a household average of 150 litres.',
     [('40', 40, None, None, 'litres per person per day', None, None),
      ('150', 150, None, None, 'litres', None, None)]),
    ('The canteen serves 500 meals a day, compared with a target of 450 meals for the whole district.',
     [('500', 500, None, None, 'meals a day', None, None),
      ('450', 450, None, None, 'meals', None, None)]),
    # NEGATIVE: a piece of its own after the compared amount, written with 'a'
    ('Millers paid 900 kip per kilogramme in May, up from 700 kip a basket last year.',
     [('900', 900, None, None, 'kip per kilogramme', None, None),
      ('700', 700, None, None, 'kip', None, None)]),
    # NEGATIVE: a set-off bound carries no rate of a measure or a count to a benchmark's level
    ('Residents drank 95 litres per person per day, well above the regional average of about 80 litres.',
     [('95', 95, None, None, 'litres per person per day', None, None),
      ('about 80', 80, None, None, 'litres', 'about', None)]),
]


@pytest.mark.parametrize("sentence, expected", CARRIED, ids=[row[0] for row in CARRIED])
def test_a_rate_carried_to_the_compared_level(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row[:7], source=row[7] if len(row) > 7 else None)
                                        for row in expected]
