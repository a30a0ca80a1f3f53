"""Figures of sentences written for these tests, compared as whole records
(text, value, low, high, unit, qualifier, claimant's name[, sentence, unnamed source]);
rows where nothing may change stand beside the rows a rule mends."""
from __future__ import annotations

from dataclasses import asdict

import pytest

from conftest import extract, figure

# A duration in two parts ('seven years and four months', 'two weeks and three days') is one
# figure in the smaller period; where the rules leave the larger part out (a term asked for, a
# time taken), its smaller part is no figure of its own.
DURATIONS = [
    ("Judge Mara Ellison sentenced Tobin Reyes to seven years and four months in prison.",
     [("seven years and four", 88, None, None, "months", None, None)]),
    ("The strike lasted two weeks and three days, union leader Petra Nowak said.",
     [("two weeks and three", 17, None, None, "days", None, "Petra Nowak")]),
    ("The prosecution asked for no more than five years and six months' jail, Mara Ellison said.", []),
    ("The tunnel took three years and two months to dig, the contractor Halvorsen Civil said.", []),
    # negatives: amounts paired one by one stay apart; a larger part the rules keep stays as it was
    ("The terms were 3 years and 4 months and 5 years and 6 months respectively, the clerk said.",
     [("3", 3, None, None, "years", None, None, 0, "the clerk"),
      ("4", 4, None, None, "months", None, None, 0, "the clerk"),
      ("5", 5, None, None, "years", None, None, 0, "the clerk"),
      ("6", 6, None, None, "months", None, None, 0, "the clerk")]),
    ("The ferry was late by 2 hours and 30 minutes.", [("2 hours and 30", 150, None, None, "minutes", None, None)]),
    # review: a list's last items joined by 'and' stay apart
    ("The three men got sentences of 4 years, 2 years and 6 months, the Arden Court said.",
     [("4", 4, None, None, "years", None, "Arden Court"), ("2", 2, None, None, "years", None, "Arden Court"),
      ("6", 6, None, None, "months", None, "Arden Court")]),
]

# A fraction whose singular is an ordinal is read in its plural: 'three-fourths' a share, not 3.
FRACTIONS = [
    ("Nearly three-fourths of residents backed the plan, the Dunmore Council said.",
     [("Nearly three-fourths", 0.75, None, 0.75, "share of residents", "almost", "Dunmore Council")]),
    ("Five-eighths of the fleet was grounded, the airline Skyward said.",
     [("Five-eighths", 0.625, None, None, "share of fleet", None, "Skyward")]),
    ("About two-fifths of the budget went on salaries, Treasurer Amos Kwan said.",
     [("About two-fifths", 0.4, None, None, "share of budget", "about", "Amos Kwan")]),
    ("Two-sixths of the seats stayed empty.", [("Two-sixths", 0.3333, None, None, "share of seats", None, None)]),
    # session 28: a noun joined before the head it modifies is not the whole ('textile and clothing
    # exports'); nouns joined as wholes keep the first
    ("The cotton trade accounts for around two-thirds of Varda's textile and clothing exports.",
     [("around two-thirds", 0.6667, None, None, "share of exports", "about", None)]),
    ("The gin industry accounts for around three-quarters of Varda's food and drink exports.",
     [("around three-quarters", 0.75, None, None, "share of exports", "about", None)]),
    ("Half of the city's buses and trams are old.", [("Half", 0.5, None, None, "share of buses", None, None)]),
    # negatives: ordinals are no fractions
    ("The team finished fourth, and the fourth round starts on Monday, coach Lena Fry said.", []),
    ("The eighth race was cancelled.", []),
]

# A verb of valuing in a relative clause on the valued noun ('a shortfall, which it estimated at
# 12,000 tonnes'): the clause's subject is the claimant, 'it' the named body of the main clause.
VALUED_IN_A_RELATIVE_CLAUSE = [
    ("The Tasman Growers Association warned of a shortfall, which it estimated at 12,000 tonnes.",
     [("12,000", 12000, None, None, "tonnes", None, "Tasman Growers Association")]),
    ("The Kestrel Mining Company reported a loss, which it estimated at about $4 million.",
     [("about $4 million", 4000000, None, None, "dollars", "about", "Kestrel Mining Company")]),
    ("Grocers complained about inflation, which the Statistics Bureau of Arden put at over 30 percent.",
     [("over 30 percent", 30, 30, None, "% inflation", "more than", "Statistics Bureau of Arden")]),
    ("The Orbis Ratepayers Union flagged the arrears, which it valued at $2.3 million.",
     [("$2.3 million", 2300000, None, None, "dollars", None, "Orbis Ratepayers Union")]),
    ("Police dispersed the crowd, which organiser Dana Whitfield reckoned at 5,000 people.",
     [("5,000", 5000, None, None, "people", None, "Dana Whitfield")]),
        # 'it' of a clause a few clauses down: the nearest subject above that names a body
    ("The Harbour Fuel Council, which represents importers, said in a letter that sales had fallen and that a "
     "further increase could encourage smuggling of diesel, which it estimated at 4,000 litres a day.",
     [("4,000", 4000, None, None, "litres a day", None, "Harbour Fuel Council")]),
    ("The Orbis Ratepayers Union demanded that the revenue be used first to clear arrears of staff, which it put "
     "at about $2 million.",
     [("about $2 million", 2000000, None, None, "dollars", "about", "Orbis Ratepayers Union")]),
    # 'at' the parser makes a particle before the qualifier ('at over'): still the valuing 'at'
    ("The Kestrel Mining Company flagged losses, which it put at over $3 million.",
     [("over $3 million", 3000000, 3000000, None, "dollars", "more than", "Kestrel Mining Company")]),
    ("Union leader Ada Obi demanded the arrears, which she put at over N9.6 billion.",
     [("over N9.6 billion", 9600000000, 9600000000, None, "naira", "more than", None)]),
    # negatives: a placing is no valuing; 'it' never stands for a person
    ("The Brightwater Scouts hid the flags, which they put at 4 locations in the woods.",
     [("4", 4, None, None, "locations", None, None)]),
    ("Marta Quill praised the harvest, which it estimated at 40,000 tonnes.",
     [("40,000", 40000, None, None, "tonnes", None, None)]),
    ("The Kestrel Mining Company put the boxes at over 12 sites.",
     [("over 12", 12, 12, None, "sites", "more than", None)]),
    ("Savings piled up over 15 years.", []),
    # review: a valuing denied values nothing; 'it' stands for neither of two bodies
    ("The Ferrow Union rejected the offer, which it did not value at $5 million.",
     [("$5 million", 5000000, None, None, "dollars", None, None)]),
    ("The Ferrow Union and the Arden Council agreed on a deal, which it valued at $5 million.",
     [("$5 million", 5000000, None, None, "dollars", None, None)]),
    # review: a person the recogniser took for a body is no 'it' (the body above is)
    ("The Arden Council said that Ada Obi, who leads the Ferrow Union, described a deficit, which it estimated at "
     "$3 million.", [("$3 million", 3000000, None, None, "dollars", None, "Arden Council")]),
]


# Records a body keeps are its figures where the sentence names it their keeper ("Records from X show").
KEPT_RECORDS = [
    ("Records from the Coastal Fisheries Authority show 340 boats were inspected last year.",
     [("340", 340, None, None, "boats", None, "Coastal Fisheries Authority")]),
    ("Filings from the Marlow Transit Agency show 1,200 buses were late in March.",
     [("1,200", 1200, None, None, "buses", None, "Marlow Transit Agency")]),
    # negatives: records of a time, records no one keeps
    ("Records from the 1990s show 40 ships sank.", [("40", 40, None, None, "ships", None, None)]),
    ("Old records show 40 ships sank.", [("40", 40, None, None, "ships", None, None)]),
    # session 28: figures told apart by an adjective are the unnamed source the sentence gives
    ("More than 600 tenants in Corran are waiting for repairs, new figures have revealed.",
     [("More than 600", 600, 600, None, "tenants", "more than", None, 0, "new figures")]),
    ("Provisional data show 212 homes were flooded.",
     [("212", 212, None, None, "homes", None, None, 0, "Provisional data")]),
    # negatives: bare 'the figures' point back; a keeper named with them is read elsewhere
    ("Fewer than 90 ferries sailed on time, the figures show.",
     [("Fewer than 90", 90, None, 90, "ferries", "less than", None)]),
    ("New figures from the Halden bureau show 312 homes were flooded.",
     [("312", 312, None, None, "homes", None, None)]),
    # negatives (review of session 28): statistics that point back to figures named before
    ("The same figures show 275 farms were sold.", [("275", 275, None, None, "farms", None, None)]),
    ("Similar data show 48 mills closed.", [("48", 48, None, None, "mills", None, None)]),
]

# A code-like currency mark ('Dh', 'Sh') before a range's high end is the low end's money,
# whatever amount it opens; before a plain number it stays no money.
RANGES = [
    ("The shares traded between Dh1.85 to Dh2 on Monday.",
     [("between Dh1.85 to Dh2", 1.85, 1.85, 2, "dirhams", "between", None)]),
    ("The price range was Dh1.85-Dh2 per share.",
     [("Dh1.85-Dh2", 1.85, 1.85, 2, "dirhams per share", None, None)]),
    ("Fares ranged between Sh20.50 and Sh25 a day.",
     [("between Sh20.50 and Sh25", 20.5, 20.5, 25, "shillings a day", "between", None)]),
    ("The clinic ran 12 to Dh2 samples.", []),
    ("The lab sequenced the Dh2 gene.", []),
    # review: another mark, or a low end with a scale, lends no money to a bare high end
    ("The shares rose from $1.85 to Dh2 on Monday.", [("$1.85", 1.85, None, None, "dollars a share", None, None)]),   # a share's price (session 45)
    ("The fare rose from Sh20.50 to RM3 after the merger.", [("Sh20.50", 20.5, None, None, "shillings", None, None)]),
    ("The fee was raised from Sh1.5 million to Sh2 in the city.",
     [("Sh1.5 million", 1500000, None, None, "shillings", None, None)]),
]


# A phrase written with hyphens before a noun modifies it: the noun is what is counted.
HYPHENED_MODIFIERS = [
    ("Inspectors found 11 hours-of-service violations.", [("11", 11, None, None, "violations", None, None)]),
    ("The board approved 5 end-of-year bonuses.", [("5", 5, None, None, "bonuses", None, None)]),
    ("The firm hired 30 stay-at-home parents.", [("30", 30, None, None, "parents", None, None)]),
    # negatives: a noun written with a hyphen is counted whole
    ("The county has seven sub-counties.", [("seven", 7, None, None, "sub-counties", None, None)]),
    ("The squad made 14 break-ins last year.", [("14", 14, None, None, "break-ins", None, None)]),
    ("The county's seven sub-counties elections drew 40 candidates.",
     [("seven", 7, None, None, "sub-counties", None, None), ("40", 40, None, None, "candidates", None, None)]),
]


@pytest.mark.parametrize("text, expected", KEPT_RECORDS + RANGES + HYPHENED_MODIFIERS)
def test_kept_records_ranges_and_hyphened_modifiers(text, expected):
    assert [asdict(f) for f in extract(text).figures] == [figure(text, *row) for row in expected]


@pytest.mark.parametrize("text, expected", DURATIONS + FRACTIONS + VALUED_IN_A_RELATIVE_CLAUSE)
def test_two_part_terms_plural_fractions_and_valued_relatives(text, expected):
    assert [asdict(f) for f in extract(text).figures] == [figure(text, *row) for row in expected]
