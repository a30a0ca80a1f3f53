"""Amounts of each one of many (session 46): money or a measure with 'each' or 'apiece' right
after it is per the plural its clause names ('at $4.1 million each' beside 'nine ferries'); 'each'
as the subject ('each carrying 3,000 litres', 'each of the wells') takes the plural it stands for.
With a verb of giving, paying or charging, an indirect object taken one at a time is what one such
amount goes to ('gave each family $200'). A pronoun, a name or no plural gives ' each'. Whole records as (text, value, low, high, unit, qualifier,
claimant's name); `conftest.figure` adds the sentence and the offsets.
"""
from __future__ import annotations

import pytest

from conftest import figure, figure_records


EACH = [
    # 'each'/'apiece' after the amount: the verb's object where the amount hangs on a preposition
    ("The board will need nine more ferries by spring, at an estimated $4.1 million each.",
     [("nine", 9, None, None, "ferries", None, None),
      ("an estimated $4.1 million", 4100000, None, None, "dollars per ferry", "about", None)]),
    ("Harlow Mills sold 60 looms at $2,500 apiece.",
     [("60", 60, None, None, "looms", None, None),
      ("$2,500", 2500, None, None, "dollars per loom", None, None)]),
    # ... the subject where the amount is the verb's object, also of a joined verb or a relative clause
    ("The four directors were fined N20,000 each by the tribunal.",
     [("N20,000", 20000, None, None, "naira per director", None, None)]),
    ("The two clerks were demoted and fined $300 each.",
     [("$300", 300, None, None, "dollars per clerk", None, None)]),
    ("The lamps, which sell for $12 each, ran out by noon.",
     [("$12", 12, None, None, "dollars per lamp", None, None)]),
    ("The crates weigh about 15 kilograms each.",
     [("about 15", 15, None, None, "kilograms per crate", "about", None)]),
    # ... the plural after 'to'/'for' right after 'each', in a clause with no plural of its own
    ("The state paid Rs 3 lakh each to the families of the victims.",
     [("Rs 3 lakh", 300000, None, None, "rupees per family", None, None)]),
    # NEGATIVE: a clause with a plural of its own, which pays them or is paid for them: ' each'
    ("The two sisters lost $40,000 each to the con men.",
     [("$40,000", 40000, None, None, "dollars each", None, None)]),
    ("The three coaches received $10,000 each for the wins over Fiji and Samoa.",
     [("$10,000", 10000, None, None, "dollars each", None, None)]),
    ("The two councillors were paid $40,000 each for their services.",
     [("$40,000", 40000, None, None, "dollars each", None, None)]),
    # NEGATIVE: a singular or joined indirect object, or a singular (mass) object, is not passed
    # over for the subject: ' each'
    ("Magistrates fined Okafor and Bello N50,000 each.",
     [("N50,000", 50000, None, None, "naira each", None, None)]),
    ("The commissioners fined the man and his wife $500 each.",
     [("$500", 500, None, None, "dollars each", None, None)]),
    ("Justices of the High Court granted the accused bail of N5 million each.",
     [("N5 million", 5000000, None, None, "naira each", None, None)]),
    ("Traders in Kano sold rice at N40,000 each.",
     [("N40,000", 40000, None, None, "naira each", None, None)]),
    ("The suspects stole jewellery worth $5,000 each from the shop.",
     [("$5,000", 5000, None, None, "dollars each", None, None)]),
    # NEGATIVE: a plural that is a name or its own lemma gives no 'per' word: ' each'
    ("The 300 people were paid $40 each to attend the rally.",
     [("300", 300, None, None, "people", None, None),
      ("$40", 40, None, None, "dollars each", None, None)]),
    ("The Wallabies were fined $5,000 each for the breach.",
     [("$5,000", 5000, None, None, "dollars each", None, None)]),
    ("The police personnel were given Rs 10,000 each as a reward.",
     [("Rs 10,000", 10000, None, None, "rupees each", None, None)]),
    # ... a pronoun names no kind
    ("The agency hired scores of drivers, giving them $150 to $300 each.",
     [("scores", 40, 40, 99, "drivers", None, None),
      ("$150 to $300", 150, 150, 300, "dollars each", None, None)]),
    # 'each' as the subject: beside a plural, opening a participle clause, with its 'of' phrase
    ("The co-op runs five tankers, each carrying 3,000 litres.",
     [("five", 5, None, None, "tankers", None, None),
      ("3,000", 3000, None, None, "litres per tanker", None, None)]),
    ("The council bought four buses, each costing about $300,000.",
     [("four", 4, None, None, "buses", None, None),
      ("about $300,000", 300000, None, None, "dollars per bus", "about", None)]),
    ("Each of the wells can hold 900 litres.",
     [("900", 900, None, None, "litres per well", None, None)]),
    # NEGATIVE: a participle's 'each' past a singular object of the verb it hangs on is no one's
    ("Police seized the cash from the two men, each carrying $9,000.",
     [("$9,000", 9000, None, None, "dollars", None, None)]),
    # NEGATIVE: money with a verb of forecasting, citing or reporting is one sum all of them name
    ("Every analyst expects a $5 billion deficit next year.",
     [("$5 billion", 5000000000, None, None, "dollars", None, None)]),
    ("Each of the reports cites a $40 million shortfall.",
     [("$40 million", 40000000, None, None, "dollars", None, None)]),
    # an indirect object taken one at a time, with a verb of giving, paying or charging
    ("The fund gave each family $200.",
     [("$200", 200, None, None, "dollars per family", None, None)]),
    ("The board sent each member 40 pages of notes.",
     [("40", 40, None, None, "pages per member", None, None)]),
    # NEGATIVE: the recipients taken whole, an object of its own they share
    ("The fund gave the families $200.",
     [("$200", 200, None, None, "dollars", None, None)]),
    ("The fund gave each family the $200 it had raised.",
     [("$200", 200, None, None, "dollars", None, None)]),
    # NEGATIVE: a verb that shows or tells: one thing shown to each
    ("The minister showed each reporter a $40 million invoice.",
     [("$40 million", 40000000, None, None, "dollars", None, None)]),
    ("The auditor read every trustee a $3 million claim.",
     [("$3 million", 3000000, None, None, "dollars", None, None)]),
    # NEGATIVE: 'each' before a noun ('each way', 'each time', 'each year'), 'each' in another clause
    ("She paid $8 each time she visited.",
     [("$8", 8, None, None, "dollars", None, None)]),
    ("Water bills rose 6% each year.",
     [("6%", 6, None, None, "% rise in water bills a year", None, None)]),
    ("The levy was $900, and each trader appealed.",
     [("$900", 900, None, None, "dollars", None, None)]),
    ("They raised $7,000, each giving what they could.",
     [("$7,000", 7000, None, None, "dollars", None, None)]),
    ("The firm lost $9 million, each month worse than the last.",
     [("$9 million", 9000000, None, None, "dollars", None, None)]),
    ("The hall spent $60,000 on each of the wings.",
     [("$60,000", 60000, None, None, "dollars", None, None)]),
    ("They each said the bridge would cost $30 million.",
     [("$30 million", 30000000, None, None, "dollars", None, None)]),
    ("The three brothers stole $8,000 from the till.",
     [("$8,000", 8000, None, None, "dollars", None, None)]),
    # NEGATIVE: a count of people with 'each' after it is no price of each
    ("Two each from the navy and the police were wounded.",
     []),
]


@pytest.mark.parametrize("sentence, expected", EACH, ids=[row[0] for row in EACH])
def test_each_one_of_many(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]
