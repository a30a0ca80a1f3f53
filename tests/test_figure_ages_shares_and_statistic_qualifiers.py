"""An age in brackets after a person's full name, the noun a fraction takes a share of when a
second noun phrase follows it, and qualifiers of a statistic or of most of an amount (session 57):
whole records for sentences written for these tests, as (text, value, low, high, unit,
qualifier, claimant's name); `conftest.figure` adds the sentence and the offsets.
"""
from __future__ import annotations

import pytest

from conftest import figure, figure_records


AGES_IN_BRACKETS = [
    # a bare whole number alone in brackets right after a person's full name is her age
    ("Tomas Revell (33), a farmer from Eastbury, told the court he had lost 40 sheep.",
     [("40", 40, None, None, "sheep", None, "Tomas Revell")]),
    ("Mrs Hanna Osterby (61) said the council had cut 12 jobs.",
     [("12", 12, None, None, "jobs", None, "Hanna Osterby")]),
    ("Ms Priya Ramdass (38) said 15 drivers had quit.",
     [("15", 15, None, None, "drivers", None, "Priya Ramdass")]),
    ("Mr Okafor (52), who runs the depot, said 15 drivers had quit.",
     [("15", 15, None, None, "drivers", None, "Okafor")]),
    ("The accused, Brenda Kowalczyk (45), admitted taking $12,000.",
     [("$12,000", 12000, None, None, "dollars", None, "Brenda Kowalczyk")]),
    # NEGATIVE: a lone surname (a score), a body's or a hotel's name, more than a number in the brackets
    ("Smith scored 24 points and Jones (11) had 9 rebounds.",
     [("24", 24, None, None, "points", None, None), ("11", 11, None, None, "points", None, None),
      ("9", 9, None, None, "rebounds", None, None)]),
    ("The Riverside Trust (40) has 200 members.",
     [("40", 40, None, None, "members", None, None), ("200", 200, None, None, "members", None, None)]),
    ("The Kestrel Hotel (80) reopened with 40 rooms.",
     [("80", 80, None, None, "rooms", None, None), ("40", 40, None, None, "rooms", None, None)]),
    ("Tomas Revell (33 sheep) and his neighbour lost 40 sheep.",
     [("33", 33, None, None, "sheep", None, None), ("40", 40, None, None, "sheep", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", AGES_IN_BRACKETS, ids=[row[0] for row in AGES_IN_BRACKETS])
def test_age_in_brackets_after_a_full_name(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


SHARES_BEFORE_A_SECOND_PHRASE = [
    # a determiner after the fraction's noun opens another phrase: the share is of the first noun
    ("Bakers will get roughly half their normal flour this winter, the mill said.",
     [("roughly half", 0.5, None, None, "share of normal flour", "about", None, 0, "the mill")]),
    ("Farmers spent half the money the council gave them on feed, the audit found.",
     [("half", 0.5, None, None, "share of money", None, None, 0, "the audit")]),
    # NEGATIVE: a possessive or an 'of' phrase inside the noun phrase keeps its head
    ("About a third of the town's households lost power last night, the utility said.",
     [("About a third", 0.3333, None, None, "share of households", "about", None, 0, "the utility")]),
    ("A quarter of the district's wells ran dry this summer, the board said.",
     [("A quarter", 0.25, None, None, "share of wells", None, None, 0, "the board")]),
    ("Half the children in the scheme passed, the school said.",
     [("Half", 0.5, None, None, "share of children", None, None, 0, "the school")]),
    ("Half a million people signed the petition, organisers said.",
     [("Half a million", 500000, None, None, "people", None, "organisers")]),
    # NEGATIVE: how often the clause's deed recurs ('each week', 'every year'), where the share's phrase runs
    # into it, is no period of the share
    ("The co-op pays half the growers each week, the manager said.",
     [("half", 0.5, None, None, "share of growers", None, None, 0, "the manager")]),
    ("The co-op pays half the growers £40 each week, the manager said.",
     [("half", 0.5, None, None, "share of growers", None, None, 0, "the manager"),
      ("£40", 40.0, None, None, "pounds a week", None, None, 0, "the manager")]),
    ("The board housed a third of its applicants each year, the report said.",
     [("a third", 0.3333, None, None, "share of applicants", None, None, 0, "the report")]),
    # a period set apart from the share's phrase stays its rate, as before
    ("Half the tenants are visited every month, the trust said.",
     [("Half", 0.5, None, None, "share of tenants a month", None, None, 0, "the trust")]),
    ("The ferries carry more than half of the islanders in the region every day, the operator said.",
     [("more than half", 0.5, 0.5, None, "share of islanders a day", "more than", None, 0, "the operator")]),
]


@pytest.mark.parametrize("sentence, expected", SHARES_BEFORE_A_SECOND_PHRASE,
                         ids=[row[0] for row in SHARES_BEFORE_A_SECOND_PHRASE])
def test_share_of_the_first_noun_phrase(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


STATISTIC_AND_MOST_OF = [
    # 'a median of', 'a mean of' a statistic; 'the best part of', 'the guts of' nearly the amount
    ("Tenants paid a median of $1,200 a month, the survey found.",
     [("a median of $1,200", 1200, None, None, "dollars a month", "median", None, 0, "the survey")]),
    ("Each inspector visited a mean of 14 sites a week, the audit showed.",
     [("a mean of 14", 14, None, None, "sites a week", "average", None, 0, "the audit")]),
    ("The council spent the best part of £2 million on the scheme, the auditor said.",
     [("the best part of £2 million", 2000000, None, 2000000, "pounds", "almost", None, 0, "the auditor")]),
    ("The guts of 500 people marched, the organisers said.",
     [("The guts of 500", 500, None, 500, "people", "almost", "organisers")]),
    # NEGATIVE: no amount after the words; a span of time kept as before (no figure)
    ("He gave the best part of his life to the club, the chairman said.", []),
    ("A median of the three bids was chosen.", []),
    ("The mill has run for the better part of 40 years, the owner said.", []),
]


@pytest.mark.parametrize("sentence, expected", STATISTIC_AND_MOST_OF, ids=[row[0] for row in STATISTIC_AND_MOST_OF])
def test_statistic_and_most_of_qualifiers(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


MONEY_OF_A_NAMED_CURRENCY_PER_PIECE = [
    # a currency named with whose it is ('US cents') reads its piece or period as the bare one does
    ("Farmers got 12 US cents a litre for milk, the dairy board said.",
     [("12", 12, None, None, "US cents a litre", None, None, 0, "the dairy board")]),
    ("The fine was 500 US dollars a day, the court said.",
     [("500", 500, None, None, "US dollars a day", None, None, 0, "the court")]),
    ("Sugar sold for 20 cents a pound last year, the analyst said.",
     [("20", 20, None, None, "cents a pound", None, None, 0, "the analyst")]),
    # NEGATIVE: 'a share of' is no piece paid for
    ("The club paid 30 US dollars a share of its profits, the filing showed.",
     [("30", 30, None, None, "US dollars", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", MONEY_OF_A_NAMED_CURRENCY_PER_PIECE,
                         ids=[row[0] for row in MONEY_OF_A_NAMED_CURRENCY_PER_PIECE])
def test_named_currency_per_piece(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


MULTIPLES_OF_A_NAMED_BENCHMARK = [
    # a multiple of 'the <noun> <benchmark>' names which benchmark, as 'the <adjective> <benchmark>' does
    ("The hostel charges twice the city rate for some rooms, the owner said.",
     [("twice", 2, None, None, "times the city rate", None, None, 0, "the owner")]),
    ("Fees rose to three times the state limit, the regulator said.",
     [("three", 3, None, None, "times the state limit", None, None, 0, "the regulator")]),
    # NEGATIVE: a bare 'the rate', a noun of no amount, an 'of' phrase after the benchmark
    ("The county pays twice the rate, the report said.",
     [("twice", 2, None, None, "times", None, None, 0, "the report")]),
    ("The farm used twice the water it was allowed, the board said.",
     [("twice", 2, None, None, "times", None, None, 0, "the board")]),
    ("The plant emitted four times the legal limit of sulphur, the agency said.",
     [("four", 4, None, None, "times", None, None, 0, "the agency")]),
]


@pytest.mark.parametrize("sentence, expected", MULTIPLES_OF_A_NAMED_BENCHMARK,
                         ids=[row[0] for row in MULTIPLES_OF_A_NAMED_BENCHMARK])
def test_multiple_of_a_named_benchmark(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]
