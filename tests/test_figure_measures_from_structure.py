"""What a figure measures and who claims it, read from the parse (session 30): a percentage that
measures a change noun says so even where nothing else names what changed ('% raise', not a
bare '%'); a change noun a verb of summing up hangs on ('raises totaling 8%'); a verb with a
'from' and a 'to' percentage moves its subject between two levels, whatever the verb; a verb of
change used with an object and 'by' changes that object; a noun of change set off after an
amount in a unit of measure is the change in the clause's subject; a lone noun that changed
keeps its 'of' phrase, not an amount's. The agent of a participle of making known in a phrase
fronted before the clause claims the clause's figures, as does the agent of a document's
participle where the parser misread 'show' as a noun. 'over' that the parser hangs on a verb
with the counted noun as its object is no 'more than'. A bare percentage offered or asked for
is of the kind of the proposal named just before it; one by which a passive verb of owning holds
its subject is a stake in it. A number rung ('calling 999 three times') and numbers naming
things ('the 36 and 91 routes') are no figures, nor is the base of a rate after 'per' ('cents
per $100 of valuation': the rate's unit). A bare number a verb moves to from an amount of a
noun counts that noun ('from 30 days to five'). A figure in a verb joined without a subject of
its own to a reported clause is the reporter's. Sentences written for the tests; each
row asserts the whole list of figure records (text, value, low, high, unit, qualifier,
claimant).
"""
from __future__ import annotations

from dataclasses import asdict

import pytest

from conftest import extract, figure


CASES = [
    # a change noun the percentage measures, with nothing else named: the noun itself
    ("Nurses in Dorval won raises of about 4 percent over three years last spring.",
     [("about 4 percent", 4, None, None, "% raise", "about", None)]),
    ("The guild is demanding a 7% increase for junior staff.", [("7%", 7, None, None, "% increase", None, None, 0, "The guild")]),
    ("Landlords face rises of between 4% and 6% this year.",
     [("between 4% and 6%", 4, 4, 6, "% rise", "between", None)]),
    # ... and one a verb of summing up hangs on the change noun
    ("The Harbour Teachers Union is seeking raises totaling 8 percent over three years.",
     [("8 percent", 8, None, None, "% raise", None, "Harbour Teachers Union")]),
    ("Members rejected pay cuts amounting to 8 percent.", [("8 percent", 8, None, None, "% pay cuts", None, None)]),
    # NEGATIVE: an aim, a bare rate: no change named
    ("The board set a 3% target for the year.", [("3%", 3, None, None, "%", None, None)]),
    # 'from' and 'to' a percentage: both levels of the subject, whatever the verb
    ("Operating margin improved to 31% from 26% a year ago.",
     [("31%", 31, None, None, "% operating margin", None, None), ("26%", 26, None, None, "% operating margin", None, None)]),
    ("Inflation eased to 3.1% from 4.4% in March.",
     [("3.1%", 3.1, None, None, "% inflation", None, None), ("4.4%", 4.4, None, None, "% inflation", None, None)]),
    # NEGATIVE: a thing that holds the share is no measure
    ("The reservoir fell to 38% from 45%.",
     [("38%", 38, None, None, "%", None, None), ("45%", 45, None, None, "%", None, None)]),
    # a verb of change with an object and 'by': the object changed (with its 'of' phrase)
    ("The cooperative plans to expand its milling capacity by 25 per cent over the next four years.",
     [("25 per cent", 25, None, None, "% rise in milling capacity", None, None)]),
    ("Growers have reduced their use of pesticides by 60 per cent since 2019.",
     [("60 per cent", 60, None, None, "% cut in use of pesticides", None, None)]),
    # ... not the amount an 'of' phrase gives
    ("Merrow Foods reported revenue of Rs 612 crore in FY25, up 58% from a year earlier.",
     [("Rs 612 crore", 6.12e9, None, None, "rupees", None, "Merrow Foods"),
      ("58%", 58, None, None, "% rise in revenue", None, None)]),
    # a noun of change set off after an amount in a unit of measure: the change in the subject;
    # NEGATIVE: a count of things is a figure of its own
    ("Total grain exports reached about 2.1 million tonnes last year, an increase of 9 per cent.",
     [("about 2.1 million", 2.1e6, None, None, "tonnes", "about", None),
      ("9 per cent", 9, None, None, "% increase in total grain exports", None, None)]),
    ("The mill hired 300 spinners, an increase of 5%.",
     [("300", 300, None, None, "spinners", None, None), ("5%", 5, None, None, "% increase", None, None)]),
    # the agent of a fronted announcement claims the clause; NEGATIVE: an agent of another act
    ("Under plans confirmed by Northway Ferries, the price of a return ticket will go from £14.50 to £16.20 in April.",
     [("£14.50", 14.5, None, None, "pounds", None, "Northway Ferries"),
      ("£16.20", 16.2, None, None, "pounds", None, "Northway Ferries")]),
    ("Under plans criticised by Northway Ferries, the price of a return ticket will go from £14.50 to £16.20 in April.",
     [("£14.50", 14.5, None, None, "pounds", None, None), ("£16.20", 16.2, None, None, "pounds", None, None)]),
    # the agent of a document's participle, where the parser misread 'show' as a noun
    ("Figures published by the Coastal Rescue Service on Monday show crews lost more than 2,400 hours waiting at "
     "harbours in May.",
     [("more than 2,400", 2400, 2400, None, "hours", "more than", "Coastal Rescue Service")]),
    # 'over' hung on a verb with the counted noun as its object: across, not more than;
    # NEGATIVE: 'over' that modifies the number
    ("The panel met the ministers and studied the proposal over six sessions.",
     [("six", 6, None, None, "sessions", None, None)]),
    ("The company employs over 300 people.", [("over 300", 300, 300, None, "people", "more than", None)]),
    # a bare percentage offered or asked for is of the kind of the proposal named just before;
    # NEGATIVE: a change 'in' something a verb read; a share of things already there
    ("The Harbour Teachers Union is seeking raises totaling 8 percent over three years. The county has offered "
     "2.5 percent over the same period.",
     [("8 percent", 8, None, None, "% raise", None, "Harbour Teachers Union"),
      ("2.5 percent", 2.5, None, None, "% raise", None, None, 1)]),
    ("Prices rose 5% in May. The Harbour Dockers Union wants 7%.",
     [("5%", 5, None, None, "% rise in prices", None, None), ("7%", 7, None, None, "%", None, "Harbour Dockers Union", 1)]),
    ("The Harbour Dockers Union is seeking raises of four per cent. It also wants cameras on all cranes, not just the "
     "roughly 60 per cent that have them now.",
     [("four per cent", 4, None, None, "% raise", None, "Harbour Dockers Union"),
      ("roughly 60 per cent", 60, None, None, "%", "about", None, 1)]),
    # a percentage by which a passive verb of owning holds its subject: a stake in it
    ("Tembo Nickel Ltd, which is 65 per cent owned by a Swiss trader and 35 per cent by the State, denied the claims.",
     [("65 per cent", 65, None, None, "% stake in Tembo Nickel Ltd", None, None),
      ("35 per cent", 35, None, None, "% stake in Tembo Nickel Ltd", None, None)]),
    ("The mine is 70% owned by Brakefield Resources.", [("70%", 70, None, None, "% stake in mine", None, None)]),
    # NEGATIVE: an owner's share of a whole 'of' it
    ("Brakefield Resources owns 70% of the mine.", [("70%", 70, None, None, "% of mine", None, None)]),
    # not figures: a number rung before the count of calls; two routes named by number;
    # NEGATIVE: a count of people, a range
    ("She said her mother lay on the floor all night, with neighbours calling 999 three times.", []),
    ("He said journeys on the 14 and 27 routes could be retimed.", []),
    ("The 300 and 400 workers at the two plants walked out.",
     [("300", 300, None, None, "workers", None, None), ("400", 400, None, None, "workers", None, None)]),
    ("The firm hired between 30 and 40 drivers.", [("between 30 and 40", 30, 30, 40, "drivers", "between", None)]),
    # an amount after 'per' is the base of the rate before it, no figure of its own
    ('The levy would raise the tax rate by about 2.1 cents per $100 of valuation.',
     [("about 2.1", 2.1, None, None, "cents per $100 of valuation", "about", None)]),
    ("The murder rate fell to 12 per 100,000 residents last year.",
     [("12", 12, None, None, "per 100,000 residents", None, None)]),
    # NEGATIVE: 'per' a word is the rate's own (session 27)
    ("Growers were paid Rs 2,400 per quintal last week.", [("Rs 2,400", 2400, None, None, "rupees per quintal", None, None)]),
    # a bare number a verb moves to 'from' an amount of a noun counts that noun
    ("The agency announced a permit system which will see waiting times cut from 40 days to seven.",
     [("40", 40, None, None, "days", None, None, 0, "The agency"), ("seven", 7, None, None, "days", None, None, 0, "The agency")]),
    ("The network grew from 12 stations to 40.",
     [("12", 12, None, None, "stations", None, None), ("40", 40, None, None, "stations", None, None)]),
    # a figure in a verb joined, with no subject of its own, to a reported clause is the
    # reporter's; NEGATIVE: a joined verb with its own subject, a body that claims its own
    ("Judge Alma Ruto said the inquiry had received 41 written submissions from families and unions, and expects "
     "to hear from at least 50 witnesses over the next month.",
     [("41", 41, None, None, "submissions", None, "Alma Ruto"),
      ("at least 50", 50, 50, None, "witnesses", "at least", "Alma Ruto")]),
    ("The Harbour Board reported losses and expects about 500 job cuts next year.",
     [("about 500", 500, None, None, "job cuts", "about", "Harbour Board")]),
    # Gulf currencies as the Gulf press writes them, before an amount that reads as money;
    # NEGATIVE: a bare small number after the letters (a code, a label)
    ("Lawmakers want a KD 100,000 ceiling on housing loans.", [("KD 100,000", 100000, None, None, "Kuwaiti dinars", None, None)]),
    ("The plan would cost QR48mn over five years.", [("QR48mn", 48e6, None, None, "Qatari riyals", None, None)]),
    ("The BD 5 form must be filed by March.", []),
    # 'closer to' an amount: about it
    ("The first request was understood to be closer to 12 per cent.",
     [("closer to 12 per cent", 12, None, None, "%", "about", None)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0] for c in CASES])
def test_figure_measures_from_structure(text, expected):
    assert [asdict(f) for f in extract(text).figures] == [figure(text, *row) for row in expected]
