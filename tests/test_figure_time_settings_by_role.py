"""Counts of periods that only set a time, no quantity the article asserts (session 51), read from
their place in the clause rather than from the words: a count of long periods a bare 'away' closes
('the vote is eight weeks away'), one picked out by a superlative before it ('the busiest two
weeks'), a vague amount of periods on a verb in the perfect ('have farmed the delta for hundreds of
years'), and a count whose unit an adjective is hung on, closed by a locator that opens no phrase of
its own or opened by a time preposition ('three wet summers ago', 'after two lean years'). Whole records as (text, value, low, high,
unit, qualifier, claimant's name[, unnamed source]); `conftest.figure` adds the sentence and the offsets.
"""
from __future__ import annotations

import pytest

from conftest import figure, figure_records


SETTINGS = [
    ('Herders have grazed these hills for hundreds of years.',
     []),
    ('With the referendum less than four months away, the party has hired 60 canvassers.',
     [('60', 60, None, None, 'canvassers', None, None)]),
    ("It has been the busiest two weeks in the port's history.",
     []),
    ('The bakery reopened after two lean years.',
     []),
    ('The bridge washed away three wet summers ago.',
     []),
    ('The council vote is now eight weeks away.',
     []),
    ('The most difficult two years of the war are over.',
     []),
    # NEGATIVE: a length the article asserts ('lasted', 'waited', 'extended by', a penalty, an
    # adjective on the unit of a claimed length), a distance with 'away'; see the rows below.
    # A locator inside the phrase of a described period: the span of the amount, left as it was
    ('The firm lost $61 million over the last three fiscal years.',
     [('$61 million', 61000000, None, None, 'dollars', None, None),
      ('three', 3, None, None, 'fiscal years', None, None)]),
    # a superlative that is a qualifier's word ('at least') picks out no period
    ('The council agreed to defer the increase by at least six months.',
     [('at least six', 6, 6, None, 'months', 'at least', None)]),
    ('The strike lasted three months.',
     [('three', 3, None, None, 'months', None, None)]),
    ('Patients waited more than 12 hours for a bed.',
     [('more than 12', 12, 12, None, 'hours', 'more than', None)]),
    ('The contract was extended by a further two years.',
     [('two', 2, None, None, 'years', None, None)]),
    ('He was ordered to do thousands of hours of community service.',
     [('thousands', 1000, 1000, 9999, 'hours', None, None)]),
    ('The town is 40 kilometres away.',
     [('40', 40, None, None, 'kilometres', None, None)]),
    # NEGATIVE: 'away' is no locator for the rate readers: a wage or a count per a period before
    # 'away from' keeps its period
    ('Seasonal pickers earn $450 a month away from their villages, the charity says.',
     [('$450', 450, None, None, 'dollars a month', None, None, 'the charity')]),
    ('Deckhands work 14 hours a day away from port.',
     [('14', 14, None, None, 'hours a day', None, None)]),
    # NEGATIVE: a length of absence ('away from', 'away at'), spent or not, is a figure
    ('Relief crews spend eleven weeks away from their homes, the agency admitted.',
     [('eleven', 11, None, None, 'weeks', None, None, 'the agency')]),
    ('Trawler crews stay up to five weeks away at sea.',
     [('up to five', 5, None, 5, 'weeks', 'up to', None)]),
    ('Cadets spent seven months away.',
     [('seven', 7, None, None, 'months', None, None)]),
    # NEGATIVE: a travel time is a figure, with or without its means of travel
    ('The closest clinic is 75 minutes away by bus, farmers in the valley said.',
     [('75', 75, None, None, 'minutes', None, 'farmers in the valley')]),
    ('The depot is only 25 minutes away.',
     [('25', 25, None, None, 'minutes', None, None)]),
    ('The outer islands are two weeks away by cargo boat.',
     [('two', 2, None, None, 'weeks', None, None)]),
    ('The patient waited 14 long hours in the corridor.',
     [('14', 14, None, None, 'hours', None, None)]),
    # NEGATIVE: a word after the described unit that opens a phrase or a clause of its own
    # ('on the wiring', 'before the doors opened', 'before a nurse arrived', 'from the coast') closes nothing
    ('Electricians spent three full days on the wiring, the council said.',
     [('three', 3, None, None, 'days', None, None, 'the council')]),
    ('Voters queued in the cold for five full hours before the doors opened.',
     [('five', 5, None, None, 'hours', None, None)]),
    ('Families waited three long hours before a nurse arrived.',
     [('three', 3, None, None, 'hours', None, None)]),
    ('The camp is three full days from the coast by truck.',
     [('three', 3, None, None, 'days', None, None)]),
    ('Workers won two additional weeks of paid leave.',
     [('two', 2, None, None, 'weeks', None, None)]),
]


@pytest.mark.parametrize("sentence, expected", SETTINGS, ids=[row[0] for row in SETTINGS])
def test_a_time_setting_is_no_figure(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row[:7], source=row[7] if len(row) > 7 else None)
                                        for row in expected]
