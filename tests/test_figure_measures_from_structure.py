"""What a figure measures and who claims it, read from the parse (session 30): a percentage that
measures a change noun says so even where nothing else names what changed ('% raise', not a
bare '%'); a change noun a verb of summing up hangs on ('raises totaling 8%'); a verb with a
'from' and a 'to' percentage moves its object, or its subject where it has none, between two
levels, whatever the verb; a verb of
change used with an object and 'by' changes that object; a noun of change set off after an
amount in a unit of measure is the change in the clause's subject; a lone noun that changed
keeps its 'of' phrase, not an amount's. The agent of a participle of making known in a phrase
fronted with 'under' or 'in' before the clause (not 'after', 'following') claims the clause's figures, as does the agent of a document's
participle where the parser misread 'show' as a noun. 'over' that the parser hangs on a verb
with the counted noun as its object is no 'more than'. A bare percentage offered or asked for
is of the kind of the percentage right before it where that one is itself proposed, never past
another; one by which a passive verb of owning holds
its subject is a stake in it. A number rung ('dialled 112 five times') and numbers naming
things by number ('the 36 and 91 routes'; not 'the 22 and 31 patients') are no figures, nor is the base of a rate after 'per' ('cents
per $1,000 of assessed value': the rate's unit; not 'as per'). A bare number a verb moves to from an amount of a
noun counts that noun ('from 90 days to 30'). A figure in a verb joined without a subject of
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
    ("The Pelham Library Workers Union is asking for pay rises totalling 6 percent over two years.",
     [("6 percent", 6, None, None, "% pay rises", None, "Pelham Library Workers Union")]),
    ("Members rejected pay cuts amounting to 8 percent.", [("8 percent", 8, None, None, "% pay cuts", None, None)]),
    # NEGATIVE: an aim, a bare rate: no change named
    ("The board set a 3% target for the year.", [("3%", 3, None, None, "%", None, None)]),
    # 'from' and 'to' a percentage: both levels of the subject, whatever the verb
    ("Operating margin improved to 31% from 26% a year ago.",
     [("31%", 31, None, None, "% operating margin", None, None), ("26%", 26, None, None, "% operating margin", None, None)]),
    ("Inflation eased to 3.1% from 4.4% in March.",
     [("3.1%", 3.1, None, None, "% inflation", None, None), ("4.4%", 4.4, None, None, "% inflation", None, None)]),
    # ... of the object, where the verb has one (both levels, not the subject's nor only the 'to' one)
    ("Drummond Capital lifted its stake in Halvey to 14% from 9%.",
     [("14%", 14, None, None, "% stake", None, None), ("9%", 9, None, None, "% stake", None, None)]),
    ("The council cut the levy to 4% from 6% in June.",
     [("4%", 4, None, None, "% levy", None, None), ("6%", 6, None, None, "% levy", None, None)]),
    ("The ministry lowered its inflation forecast to 5% from 6%.",
     [("5%", 5, None, None, "% inflation forecast", None, None), ("6%", 6, None, None, "% inflation forecast", None, None)]),
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
      ("58%", 58, None, None, "% rise in revenue", None, None)]),   # a time between object and change: not read (session 34)
    # a noun of change set off after an amount in a unit of measure: the change in the subject;
    # NEGATIVE: a count of things is a figure of its own
    ("Total grain exports reached about 2.1 million tonnes last year, an increase of 9 per cent.",
     [("about 2.1 million", 2.1e6, None, None, "tonnes", "about", None),
      ("9 per cent", 9, None, None, "% increase in total grain exports", None, None)]),
    ("The mill hired 300 spinners, an increase of 5%.",
     [("300", 300, None, None, "spinners", None, None), ("5%", 5, None, None, "% increase", None, None)]),
    # the agent of a fronted announcement claims the clause; NEGATIVE: an agent of another act
    ("Under rules announced by the Talmor Council, parking permits will rise from $40 to $55 next year.",
     [("$40", 40, None, None, "dollars", None, "Talmor Council"), ("$55", 55, None, None, "dollars", None, "Talmor Council")]),
    ("In a budget presented by the Talmor Council, spending on parks rises to $4 million.",
     [("$4 million", 4e6, None, None, "dollars", None, "Talmor Council")]),
    ("Under rules disputed by the Talmor Council, parking permits will rise from $40 to $55 next year.",
     [("$40", 40, None, None, "dollars", None, None), ("$55", 55, None, None, "dollars", None, None)]),
    # NEGATIVE: a phrase of time or cause before the clause frames no claim ('after', 'following')
    ("After a survey released by the Brenna Trust, the town hired 25 extra cleaners.",
     [("25", 25, None, None, "cleaners", None, None)]),
    ("Following an audit published by the Selwyn Office, the hospital closed 12 beds.",
     [("12", 12, None, None, "beds", None, None)]),
    # the agent of a document's participle, where the parser misread 'show' as a noun
    ("Figures released by the Varga Health Agency on Tuesday show nurses worked more than 3,100 unpaid shifts in May.",
     [("more than 3,100", 3100, 3100, None, "shifts", "more than", "Varga Health Agency")]),
    # 'over' hung on a verb with the counted noun as its object: across, not more than;
    # NEGATIVE: 'over' that modifies the number
    ("The panel met the ministers and studied the proposal over six sessions.",
     [("six", 6, None, None, "sessions", None, None)]),
    ("The company employs over 300 people.", [("over 300", 300, 300, None, "people", "more than", None)]),
    # a bare percentage offered or asked for is of the kind of the proposal named just before;
    # NEGATIVE: a change 'in' something a verb read; a share of things already there
    ("The Pelham Library Workers Union is asking for pay rises totalling 6 percent over two years. The trustees have "
     "offered 2 percent.",
     [("6 percent", 6, None, None, "% pay rises", None, "Pelham Library Workers Union"),
      ("2 percent", 2, None, None, "% pay rises", None, None, 1)]),
    ("Bus drivers at Kelso Coaches want a 9% pay rise. Management has offered 3%.",
     [("9%", 9, None, None, "% pay rise", None, None), ("3%", 3, None, None, "% pay rise", None, None, 1)]),
    # ... past a percentage that names no change; from a change an offer is 'of'
    ("Welders are demanding a wage increase of 6 percent and a bonus equal to 300 percent of monthly pay. The firm "
     "has offered 2 percent.",
     [("6 percent", 6, None, None, "% wage increase", None, None, 0, "Welders"),
      ("300 percent", 300, None, None, "% of monthly pay", None, None, 0, "Welders"),
      ("2 percent", 2, None, None, "% wage increase", None, None, 1)]),
    ("The firm tabled an offer of 1 per cent annual raises. Staff said 60 per cent of members rent their homes. "
     "The union is asking for five per cent.",
     [("1 per cent", 1, None, None, "% annual raises", None, None),
      ("60 per cent", 60, None, None, "% of members", None, None, 1, "Staff"),
      ("five per cent", 5, None, None, "% annual raises", None, None, 2)]),
    ('The company tabled what staff call a "final" offer of 1.5 per cent annual raises over four years. Staff said 60 '
     'per cent of members rent their homes. The union is asking for four per cent.',
     [("1.5 per cent", 1.5, None, None, "% annual raises", None, None),
      ("60 per cent", 60, None, None, "% of members", None, None, 1, "Staff"),
      ("four per cent", 4, None, None, "% annual raises", None, None, 2)]),
    # NEGATIVE: an offer that names nothing offered gives no kind
    ("The board made a pay offer of 3.2%. The union is asking for 5%.",
     [("3.2%", 3.2, None, None, "% pay offer", None, None), ("5%", 5, None, None, "%", None, None, 1)]),
    # NEGATIVE: never past another change named between (the nearest percentage is no proposal)
    ("Porters are asking for a pay rise of 8%. The hospital said its income had seen growth of just 1%. It has offered 2%.",
     [("8%", 8, None, None, "% pay rise", None, None),
      ("1%", 1, None, None, "% growth in income", None, None, 1, "The hospital"),
      ("2%", 2, None, None, "%", None, None, 2)]),
    ("Cleaners want a 6% raise. The firm posted sales of $9m, a 15% increase. It has offered 3%.",
     [("6%", 6, None, None, "% raise", None, None), ("$9m", 9e6, None, None, "dollars", None, None, 1),
      ("15%", 15, None, None, "% increase in sales", None, None, 1), ("3%", 3, None, None, "%", None, None, 2)]),
    ("Prices rose 5% in May. The Harbour Dockers Union wants 7%.",
     [("5%", 5, None, None, "% rise in prices", None, None), ("7%", 7, None, None, "%", None, "Harbour Dockers Union", 1)]),
    ("The Tarn Ferry Union is asking for raises of five per cent. It also wants shelters at every pier, not just the "
     "roughly 40 per cent that have them.",
     [("five per cent", 5, None, None, "% raise", None, "Tarn Ferry Union"),
      ("roughly 40 per cent", 40, None, None, "%", "about", None, 1)]),
    # a percentage by which a passive verb of owning holds its subject: a stake in it
    ("Corvane Mining Ltd, which is 55 per cent owned by a Dutch fund and 45 per cent by the province, declined to comment.",
     [("55 per cent", 55, None, None, "% stake in Corvane Mining Ltd", None, None),
      ("45 per cent", 45, None, None, "% stake in Corvane Mining Ltd", None, None)]),
    ("The mine is 70% owned by Brakefield Resources.", [("70%", 70, None, None, "% stake in mine", None, None)]),
    # NEGATIVE: an owner's share of a whole 'of' it
    ("Brakefield Resources owns 70% of the mine.", [("70%", 70, None, None, "% of mine", None, None)]),
    # NEGATIVE: control is no ownership
    ("The valley is 80% controlled by militia fighters, an aid worker said.",
     [("80%", 80, None, None, "%", None, None, 0, "an aid worker")]),
    # not figures: a number rung before the count of calls; two routes named by number;
    # NEGATIVE: a count of people or of things (no noun of numbered labels), a range
    ("The caller had dialled 112 five times before help arrived.", []),
    ("He said journeys on the 14 and 27 routes could be retimed.", []),
    ("The 300 and 400 workers at the two plants walked out.",
     [("300", 300, None, None, "workers", None, None), ("400", 400, None, None, "workers", None, None)]),
    ("The firm hired between 30 and 40 drivers.", [("between 30 and 40", 30, 30, 40, "drivers", "between", None)]),
    ("Nurses treated the 22 and 31 patients admitted at the two clinics.", [("31", 31, None, None, "patients", None, None)]),
    ("The 8 and 11 injuries at the two sites were reported on Friday.", [("11", 11, None, None, "injuries", None, None)]),
    # an amount after 'per' is the base of the rate before it, no figure of its own
    ("The new levy adds about 4.5 cents per $1,000 of assessed value.",
     [("about 4.5", 4.5, None, None, "cents per $1,000 of assessed value", "about", None)]),
    ("The murder rate fell to 12 per 100,000 residents last year.",
     [("12", 12, None, None, "per 100,000 residents", None, None)]),
    # NEGATIVE: 'per' a word is the rate's own (session 27)
    ("Growers were paid Rs 2,400 per quintal last week.", [("Rs 2,400", 2400, None, None, "rupees per quintal", None, None)]),
    # NEGATIVE: 'as per' is 'according to', no rate
    ("Drivers got $150 as per 9 sections of the agreement.",
     [("$150", 150, None, None, "dollars", None, None), ("9", 9, None, None, "sections", None, None)]),
    # a bare number a verb moves to 'from' an amount of a noun counts that noun
    ("Inspection delays fell from 90 days to 30 after the reform.",
     [("90", 90, None, None, "days", None, None), ("30", 30, None, None, "days", None, None)]),
    ("The network grew from 12 stations to 40.",
     [("12", 12, None, None, "stations", None, None), ("40", 40, None, None, "stations", None, None)]),
    # a figure in a verb joined, with no subject of its own, to a reported clause is the
    # reporter's; NEGATIVE: a joined verb with its own subject, a body that claims its own
    ("Mayor Odile Brun said the city had planted 300 trees since May, and hopes to plant at least 200 more by winter.",
     [("300", 300, None, None, "trees", None, "Odile Brun"), ("at least 200", 200, 200, None, "trees", "at least", "Odile Brun")]),
    ("The auditor, Sefa Mensah, said her team had examined 64 contracts so far, and plans to review at least 30 more "
     "before June.",
     [("64", 64, None, None, "contracts", None, "Sefa Mensah"),
      ("at least 30", 30, 30, None, "contracts", "at least", "Sefa Mensah")]),
    ("The Harbour Board reported losses and expects about 500 job cuts next year.",
     [("about 500", 500, None, None, "job cuts", "about", "Harbour Board")]),
    # Gulf currencies as the Gulf press writes them, before an amount that reads as money;
    # NEGATIVE: a bare small number after the letters (a code, a label)
    ("Lawmakers want a KD 100,000 ceiling on housing loans.", [("KD 100,000", 100000, None, None, "Kuwaiti dinars", None, None)]),
    ("The plan would cost QR48mn over five years.", [("QR48mn", 48e6, None, None, "Qatari riyals", None, None)]),
    ("The BD 5 form must be filed by March.", []),
    # 'nearer to' an amount: about it; NEGATIVE: 'closer to' one amount 'than' another compares them
    ("The real shortfall is thought to be nearer to 9 percent.",
     [("nearer to 9 percent", 9, None, None, "%", "about", None)]),
    ("Analysts put the shortfall closer to 7 per cent than 4 per cent.",
     [("7 per cent", 7, None, None, "%", None, None), ("4 per cent", 4, None, None, "%", None, None)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0] for c in CASES])
def test_figure_measures_from_structure(text, expected):
    assert [asdict(f) for f in extract(text).figures] == [figure(text, *row) for row in expected]
