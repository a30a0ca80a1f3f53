"""Figures' bases and amounts that are no claim (session 55): a period adjective on the time given
over or on the things counted makes a rate, 'daily rates' rising to a sum are paid per day, 'up to
the value of' is 'up to'; an amount describing one case taken as an example, a duration after
'inside' and a round count in a simile are no claim; a stretch of time with an adjective ('a grim
seven months') is the amount. Whole records as (text, value, low, high, unit, qualifier, claimant's
name); `conftest.figure` adds the sentence and the offsets.
"""
from __future__ import annotations

import pytest

from conftest import figure, figure_records


PERIODS = [
    # a duration measuring time given over, with a period adjective on it
    ("The museum's weekly opening will drop from 70 hours to 58.",
     [("70", 70, None, None, "hours a week", None, None),
      ("58", 58, None, None, "hours a week", None, None)]),
    ("The pool's weekly opening will be cut to 40 hours.",
     [("40", 40, None, None, "hours a week", None, None)]),
    ("The annual leave of porters was cut from 30 days to 25.",
     [("30", 30, None, None, "days a year", None, None),
      ("25", 25, None, None, "days a year", None, None)]),
    # things that pass, counted with their own period adjective
    ("Brevan Air runs seven weekly Tarnby services.",
     [("seven", 7, None, None, "Tarnby services a week", None, None)]),
    ("The island will lose three weekly ferry sailings.",
     [("three", 3, None, None, "ferry sailings a week", None, None)]),
    ("The airline will add three daily flights to Oskar.",
     [("three", 3, None, None, "flights a day", None, None)]),
    ("Tarn Air to cut four weekly Oskar services from March",
     [("four", 4, None, None, "Oskar services a week", None, None)]),
    # NEGATIVE: a past count of timetable slots may be a total ('over the year'); a copula's complement
    ("The island lost three weekly ferry sailings.",
     [("three", 3, None, None, "ferry sailings", None, None)]),
    ("Over the winter the line ran 20 weekly sailings to the isle.",
     [("20", 20, None, None, "sailings", None, None)]),
    ("Across the spring the carrier flew 30 weekly flights to Oskar in all.",
     [("30", 30, None, None, "flights", None, None)]),
    ("The summer timetable is 14 weekly departures.",
     [("14", 14, None, None, "departures", None, None)]),
    # a rate of pay that changes: per the period its adjective names
    ("Locum daily rates climbed to about £275.",
     [("about £275", 275, None, None, "pounds a day", "about", None)]),
    ("The hourly rate for cleaners rose from £11 to £12.",
     [("£11", 11, None, None, "pounds an hour", None, None),
      ("£12", 12, None, None, "pounds an hour", None, None)]),
    ("The weekly wage rose by £30.",
     [("£30", 30, None, None, "pounds a week", None, None)]),
    ("Annual output was cut to 3 million tonnes.",
     [("3 million", 3000000, None, None, "tonnes a year", None, None)]),
    # 'per' a period given its length, 'on a' period of a working kind
    ("The home had 9 carers per 24-hour period in May.",
     [("9", 9, None, None, "carers per 24-hour period", None, None)]),
    ("The unit sees 30 admissions per 12-hour shift.",
     [("30", 30, None, None, "admissions per 12-hour shift", None, None)]),
    ("Each guard checks 20 doors on a night shift.",
     [("20", 20, None, None, "doors a night shift", None, None)]),
    ("Each guard watches 12 cells on every shift.",
     [("12", 12, None, None, "cells a shift", None, None)]),
    ("The hotline takes 40 calls on a typical day.",
     [("40", 40, None, None, "calls a typical day", None, None)]),
    ("The night desk fields 70 calls on an average night.",
     [("70", 70, None, None, "calls an average night", None, None)]),
    ("Each porter moves 30 trolleys on every school day.",
     [("30", 30, None, None, "trolleys per school day", None, None)]),
    # NEGATIVE: one occasion, a name after 'per'
    ("Police made 40 arrests on a single day.",
     [("40", 40, None, None, "arrests", None, None)]),
    ("Police made 40 arrests on a night in June.",
     [("40", 40, None, None, "arrests", None, None)]),
    ("Rescuers pulled 12 people from the sea on a cold night.",
     [("12", 12, None, None, "people", None, None)]),
    ("Volunteers served 200 meals on a Friday night.",
     [("200", 200, None, None, "meals", None, None)]),
    # NEGATIVE: one past occasion after 'a'
    ("Pickpockets took 30 wallets on a match day.",
     [("30", 30, None, None, "wallets", None, None)]),
    ("Pupils cleared 600 bags of litter on a working weekend.",
     [("600", 600, None, None, "bags", None, None)]),
    ("Wardens counted 52 deer on a day.",
     [("52", 52, None, None, "deer", None, None)]),
    # NEGATIVE: a copula's complement: one occasion stated as a record or a limit
    ("The record is 90 arrests on a match day.",
     [("90", 90, None, None, "arrests", None, None)]),
    ("The highest count is 300 calls on a night.",
     [("300", 300, None, None, "calls", None, None)]),
    # a count that is the object of a predicate adjective's preposition is no complement
    ("A warden is responsible for 12 cells on a night shift.",
     [("12", 12, None, None, "cells a night shift", None, None)]),
    # a sum added to any one bill
    ("The surcharge would add €45 a month to a Zone C bill.",
     [("€45", 45, None, None, "euros a month on a Zone C bill", None, None)]),
    ("The charge adds £60 a year to a household bill.",
     [("£60", 60, None, None, "pounds a year on a household bill", None, None)]),
    # NEGATIVE: a bill named by what it is for, one owner's bill, no bill
    ("The overrun adds £3 million to a bill for the new stadium.",
     [("£3 million", 3000000, None, None, "pounds", None, None)]),
    ("The change adds £3 million to the council's bill.",
     [("£3 million", 3000000, None, None, "pounds", None, None)]),
    ("Builders added $2 million to a contract.",
     [("$2 million", 2000000, None, None, "dollars", None, None)]),
    # NEGATIVE: a bare bill, a one-off sum on one bill in the past, an account, a user
    ("The inquiry adds £7m to a bill.",
     [("£7m", 7000000, None, None, "pounds", None, None)]),
    ("The glitch added $8,000 to a phone bill.",
     [("$8,000", 8000, None, None, "dollars", None, None)]),
    # NEGATIVE: a sum with no period on a bill of a kind, one bill's or a law's in the making
    ("The new tariff adds $300 to a water bill.",
     [("$300", 300, None, None, "dollars", None, None)]),
    ("The rider adds $60m to a roads bill.",
     [("$60m", 60000000, None, None, "dollars", None, None)]),
    ("Senators will add $7bn to a defence bill next month.",
     [("$7bn", 7000000000, None, None, "dollars", None, None)]),
    ("The mistake will add £9,000 to a care bill.",
     [("£9,000", 9000, None, None, "pounds", None, None)]),
    ("The clerk wrongly added $60,000 to an account.",
     [("$60,000", 60000, None, None, "dollars", None, None)]),
    ("Fraudsters added $4,000 to a user.",
     [("$4,000", 4000, None, None, "dollars", None, None)]),
    # NEGATIVE: an event that recurs, a thing that appears so often, things that do not pass
    ("The monthly meeting lasted three hours.",
     [("three", 3, None, None, "hours", None, None)]),
    ("The annual festival is three days long.",
     [("three", 3, None, None, "days", None, None)]),
    ("The weekly market was cut from five hours to three.",
     [("five", 5, None, None, "hours", None, None),
      ("three", 3, None, None, "hours", None, None)]),
    ("Two daily newspapers closed.",
     [("Two", 2, None, None, "newspapers", None, None)]),
    ("Four daily buses serve the village.",
     [("Four", 4, None, None, "buses", None, None)]),
    # NEGATIVE: 'time' as the length of one occasion; more time than the period holds
    ("The mean weekly queuing time at the depot rose to three hours.",
     [("three", 3, None, None, "hours", None, None)]),
    ("Annual approval time for permits was cut to 30 days.",
     [("30", 30, None, None, "days", None, None)]),
    ("Average monthly overtime at the mill rose to 40 days.",
     [("40", 40, None, None, "days", None, None)]),
    # NEGATIVE: things done in a series, whose count is the total, not a rate
    ("Ms Orla took 48 weekly trips to the coast last year.",
     [("48", 48, None, None, "trips", None, None)]),
    ("The outreach team made 30 monthly visits over three years.",
     [("30", 30, None, None, "visits", None, None)]),
    ("The tutor made 14 weekly calls to the pupil before the exams.",
     [("14", 14, None, None, "calls", None, None)]),
    ("The annual budget rose to $4 million.",
     [("$4 million", 4000000, None, None, "dollars", None, None)]),
    ("The monthly magazine rose to $5.",
     [("$5", 5, None, None, "dollars", None, None)]),
    ("The daily temperature rose to 40 degrees.",
     [("40", 40, None, None, "degrees", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", PERIODS, ids=[row[0] for row in PERIODS])
def test_period_of_what_is_measured(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


LISTS = [
    # a joined noun with a quantifier of its own is not counted by the first number
    ("The grant pays for three nursing lecturers and several lab assistants.",
     [("three", 3, None, None, "nursing lecturers", None, None)]),
    ("The fund pays 20 cleaners and some porters.",
     [("20", 20, None, None, "cleaners", None, None)]),
    # NEGATIVE: joined nouns the number counts together; 'other' may be counted with them
    ("The hospital employs 400 cooks and other staff.",
     [("400", 400, None, None, "cooks and other staff", None, None)]),
    ("The depot hires 40 drivers and mechanics.",
     [("40", 40, None, None, "drivers and mechanics", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", LISTS, ids=[row[0] for row in LISTS])
def test_joined_noun_with_its_own_amount(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


UP_TO = [
    ("The fund will cover repairs up to the value of €900,000.",
     [("up to the value of €900,000", 900000, None, 900000, "euros", "up to", None)]),
    ("Each school may claim grants up to a value of $20,000.",
     [("up to a value of $20,000", 20000, None, 20000, "dollars", "up to", None)]),
    ("Workers can be fined up to a maximum of £5,000.",
     [("up to a maximum of £5,000", 5000, None, 5000, "pounds", "up to", None)]),
    # NEGATIVE: 'to the value of' alone bounds nothing
    ("The fund will cover repairs to the value of €900,000.",
     [("€900,000", 900000, None, None, "euros", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", UP_TO, ids=[row[0] for row in UP_TO])
def test_up_to_the_value_of(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


NO_CLAIMS = [
    # one case taken as an example: the amount that picks it is no claim
    ("For a cottage rated at £140,000, the levy would cost £70 more a year.",
     [("£70", 70, None, None, "pounds more a year", None, None)]),
    ("For a household earning £30,000, the new band would add about £12 a month.",
     [("about £12", 12, None, None, "pounds a month", "about", None)]),
    ("For a pensioner earning $18,000, the rebate will be worth $600.",
     [("$600", 600, None, None, "dollars", None, None)]),
    ("For a couple earning $52,000 the reform could save $700 a year.",
     [("$700", 700, None, None, "dollars a year", None, None)]),
    # NEGATIVE: a fronted case that the clause describes, with no figure worked out, or in the present
    ("For a firm valued at $2bn, Tarnco would be a bargain.",
     [("$2bn", 2000000000, None, None, "dollars", None, None)]),
    ("For a club earning £90m a year, Rovers pays its porters poorly.",
     [("£90m", 90000000, None, None, "pounds a year", None, None)]),
    ("For a port valued at $3bn, Halden employs only 60 people.",
     [("$3bn", 3000000000, None, None, "dollars", None, None),
      ("60", 60, None, None, "people", None, None)]),
    # NEGATIVE: a thing of the past, a definite one, one the verb takes
    ("She paid $900 for a car valued at $30,000.",
     [("$900", 900, None, None, "dollars", None, None),
      ("$30,000", 30000, None, None, "dollars", None, None)]),
    ("For the house valued at $2 million, the owners paid $40,000 in tax.",
     [("$2 million", 2000000, None, None, "dollars", None, None),
      ("$40,000", 40000, None, None, "dollars", None, None)]),
    ("He bought a home valued at $300,000.",
     [("$300,000", 300000, None, None, "dollars", None, None)]),
    # NEGATIVE: the 'for' phrase after the verb names a real thing
    ("Mr Oduya pays $700 for a van valued at $25,000.",
     [("$700", 700, None, None, "dollars", None, None),
      ("$25,000", 25000, None, None, "dollars", None, None)]),
    ("The club will pay £3m for a winger valued at £9m by scouts.",
     [("£3m", 3000000, None, None, "pounds", None, None),
      ("£9m", 9000000, None, None, "pounds", None, None)]),
    ("The trust will spend $2m for a farm earning $150,000 a year.",
     [("$2m", 2000000, None, None, "dollars", None, None),
      ("$150,000", 150000, None, None, "dollars a year", None, None)]),
    # a duration after 'inside' places an event in time
    ("Most trainees were placed inside eight weeks.", []),
    ("Most porters were hired inside ten days.", []),
    # NEGATIVE: 'inside' a place
    ("Police found 40 kilograms inside the truck.",
     [("40", 40, None, None, "kilograms", None, None)]),
    # NEGATIVE: a stretch of time with an adjective is the amount, whatever the clause: as a copula's
    # complement, a preposition's object or the measure of how long something goes on
    ("The wait for a kidney in Tarnby is a grim seven months.",
     [("seven", 7, None, None, "months", None, None)]),
    ("His ban was a lenient three years.",
     [("three", 3, None, None, "years", None, None)]),
    ("The tour was lengthened by a welcome two weeks.",
     [("two", 2, None, None, "weeks", None, None)]),
    ("The queue for permits stands at a dismal eight months.",
     [("eight", 8, None, None, "months", None, None)]),
    ("The lease runs to a generous six years.",
     [("six", 6, None, None, "years", None, None)]),
    # time added or stressed
    ("The contract was extended by a further six months.",
     [("six", 6, None, None, "months", None, None)]),
    ("Porters get an extra three weeks of leave.",
     [("three", 3, None, None, "weeks", None, None)]),
    ("Clinics recorded a combined sixty days of closure.",
     [("sixty", 60, None, None, "days", None, None)]),
    ("Clinics recorded a combined 61 days of closure.",
     [("61", 61, None, None, "days", None, None)]),
    ("It was a hard 18 months for the firm.",
     [("18", 18, None, None, "months", None, None)]),
    # NEGATIVE: a statistic, or the measure of how long something goes on
    ("Callers waited an average three hours for a reply.",
     [("three", 3, None, None, "hours", None, None)]),
    ("Applicants now wait a typical nine weeks.",
     [("nine", 9, None, None, "weeks", None, None)]),
    ("The ferry was laid up for a typical three weeks each year.",
     [("three", 3, None, None, "weeks a year", None, None)]),
    ("The hearing lasted a short four days.",
     [("four", 4, None, None, "days", None, None)]),
    ("The crew endured a punishing five weeks at sea.",
     [("five", 5, None, None, "weeks", None, None)]),
    ("The refit ran a costly seven months over schedule.",
     [("seven", 7, None, None, "months", None, None)]),
    # a round count in a simile
    ('"It sounded like a thousand bees," Ama Tell said.', []),
    ("From the hill the crowd looked like a thousand ants.", []),
    # NEGATIVE: a count, a change by a round count
    ("A thousand people joined the march.",
     [("A thousand", 1000, None, None, "people", None, None)]),
    ("The rally drew a crowd of a thousand people.",
     [("a thousand", 1000, None, None, "people", None, None)]),
    ("The town grew by a thousand residents.",
     [("a thousand", 1000, None, None, "residents", None, None)]),
    # NEGATIVE: 'by' on a noun of change, 'like' for 'about'
    ("A rise by a hundred pupils was recorded.",
     [("a hundred", 100, None, None, "pupils", None, None)]),
    ("A cut by a thousand beds was announced.",
     [("a thousand", 1000, None, None, "beds", None, None)]),
    ("The flats house like a thousand tenants.",
     [("a thousand", 1000, None, None, "tenants", None, None)]),
    # NEGATIVE: 'by' after a noun of an event names who did it, a real count
    ("The strike by a thousand porters shut the depot.",
     [("a thousand", 1000, None, None, "porters", None, None)]),
    ("A sit-in by a hundred students closed the library.",
     [("a hundred", 100, None, None, "students", None, None)]),
    ("An attack by a hundred raiders emptied the town.",
     [("a hundred", 100, None, None, "raiders", None, None)]),
    ("A visit by a hundred envoys is planned for May.",
     [("a hundred", 100, None, None, "envoys", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", NO_CLAIMS, ids=[row[0] for row in NO_CLAIMS])
def test_no_claim(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]
