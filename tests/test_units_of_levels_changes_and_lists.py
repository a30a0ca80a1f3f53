"""What a number counts, in the shapes session 27 added: the level of a rate noun linked to a
percentage by a verb other than 'be' ('stand at', 'run at', 'average'), and the level or change
of one opening its sentence with a capital the tagger takes for a name's; a change 'at a pace of'
a percentage; the level of a rate noun on a base ('a return on equity of 9%'); the level of a
share, as a share of its 'of' phrase, and a definite percentage a bound after a share compares
with it ('below the 80% needed'); a noun of change whose 'of' phrase is the percentage ('a rise
of 9%'), named by the subject of a verb of undergoing, by its own modifiers, or, set off by a
comma, by what the clause before it measures; and a coordination after a count that is no part
of what it counts (a later item of a list, a singular noun after a plural one). Where nothing
names the measure (a person or a firm undergoing the change, a change against the verb's
direction, no amount before the comma), the unit stays a bare '%'. Sentences written for the
tests; each row asserts the whole list of figure records (text, value, low, high, unit,
qualifier, claimant).
"""
from __future__ import annotations

from dataclasses import asdict

import pytest

from conftest import extract, figure


CASES = [
    # the level of a rate noun after a linking verb or 'average'; a capitalised opening noun
    ("Turnout was 47 per cent.", [("47 per cent", 47, None, None, "% turnout", None)]),
    ("Inflation stood at 6.3 percent in April.", [("6.3 percent", 6.3, None, None, "% inflation", None)]),
    ("Card losses at the lender averaged 1.8 percent last year.",
     [("1.8 percent", 1.8, None, None, "% card losses", None)]),
    ("Unemployment in the valley is running at 9 percent.",
     [("9 percent", 9, None, None, "% unemployment", None)]),
    # a change by a capitalised opening rate noun; a change 'at a pace/rate of' a percentage;
    # NEGATIVE: a name that opens its sentence
    ("Attendance dropped 6 per cent after the move.", [("6 per cent", 6, None, None, "% fall in attendance", None)]),
    ("Imports could grow at a slower pace of about 3 percent next year.",
     [("about 3 percent", 3, None, None, "% rise in imports", "about")]),
    ("Brakwell rose 5% in early trade.", [("5%", 5, None, None, "%", None)]),
    # the level of a rate noun on a base ('of' hung on the base); NEGATIVE: a noun that is no rate
    ("The insurer's target return on capital of 14.5% looked too high.",
     [("14.5%", 14.5, None, None, "% target return on capital", None)]),
    ("The tax on the value of 12% was dropped.", [("12%", 12, None, None, "% tax on value", None)]),
    ("The queue on the bridge of 40% was cleared.", [("40%", 40, None, None, "%", None)]),
    # the level of a share: a share of its 'of' phrase
    ("Wind's share of the power mix rose to 22 percent.", [("22 percent", 22, None, None, "% of power mix", None)]),
    # NEGATIVE: a subject that is no rate; a name
    ("The orchard stands at 40 percent of its old size.", [("40 percent", 40, None, None, "% of old size", None)]),
    ("Mrs Okoro averaged 12 percent in the polls.", [("12 percent", 12, None, None, "%", None)]),
    # a noun of change with an 'of' percentage: the subject of a verb of undergoing, its own
    # modifiers, its 'in' phrase
    ("From June, tram fares will see a rise of 8 percent.",
     [("8 percent", 8, None, None, "% rise in tram fares", None)]),
    ("Householders face an average water charge increase of 7.2% next year.",
     [("7.2%", 7.2, None, None, "% average water charge increase", None)]),
    ("Output recorded a decline of 2.5 percent in May.",
     [("2.5 percent", 2.5, None, None, "% decline in output", None)]),
    # NEGATIVE: people or a firm undergo it (in what, unsaid); nothing names what changed
    ("Nurses at the clinic saw a rise of 3% this spring.", [("3%", 3, None, None, "% rise", None)]),
    ("The brewery recorded an increase of 6% in the quarter.", [("6%", 6, None, None, "% increase", None)]),
    ("The board agreed a rise of 4%.", [("4%", 4, None, None, "% rise", None)]),
    # a noun of change set off after a clause that gives an amount: the change in what it measures
    ("The number of licensed ferries had risen to about 310 by June, an increase of 4.5 percent on 2023.",
     [("about 310", 310, None, None, "licensed ferries", "about"),
      ("4.5 percent", 4.5, None, None, "% increase in number of licensed ferries", None)]),
    ("Venue costs alone would reach about $250,000, an increase of almost 30 per cent on the last fair.",
     [("about $250,000", 250000, None, None, "dollars", "about"),
      ("almost 30 per cent", 30, None, 30, "% increase in venue costs", "almost")]),
    # NEGATIVE: a change against the verb's direction; a count of people with a number of its own
    ("Bookings fell to 2,100, an increase of 5%.",
     [("2,100", 2100, None, None, "bookings", None), ("5%", 5, None, None, "% increase", None)]),
    ("The mill hired 35 weavers, an increase of 12%.",
     [("35", 35, None, None, "weavers", None), ("12%", 12, None, None, "% increase", None)]),
    # a definite percentage a bound set off after a share compares with it: of the same whole;
    # NEGATIVE: no article (a level of its own), a first percentage that names no whole
    ("Only 58 per cent of calves on the island were tagged, well below the 80 per cent the rules require.",
     [("58 per cent", 58, None, None, "% of calves", None), ("80 per cent", 80, None, None, "% of calves", None)]),
    ("Only 58 per cent of calves on the island were tagged, well below 80 per cent.",
     [("58 per cent", 58, None, None, "% of calves", None),
      ("below 80 per cent", 80, None, 80, "%", "less than")]),
    ("Sales rose 58 per cent, well above the 20 per cent the board expected.",
     [("58 per cent", 58, None, None, "% rise in sales", None), ("20 per cent", 20, None, None, "%", None)]),
    # a coordination after a count: the whole, unless a later item of a list or a singular noun
    # after a plural one
    ("Customs officers found spices, tea, four handguns and gold bars.", [("four", 4, None, None, "handguns", None)]),
    ("Officers seized 25 burner phones and cash at the house.", [("25", 25, None, None, "burner phones", None)]),
    ("The league oversees 19 clubs and about 4,500 registered jockeys and trainers.",
     [("19", 19, None, None, "clubs", None),
      ("about 4,500", 4500, None, None, "jockeys and trainers", "about")]),
    # NEGATIVE: a people or collective noun after a plural is more of what the count counts
    ("Nine tourists and crew were lifted off the ferry.", [("Nine", 9, None, None, "tourists and crew", None)]),
    ("About 300 pupils and staff were sent home.", [("About 300", 300, None, None, "pupils and staff", "about")]),
    ("Some 150 lecturers and faculty signed the letter.",
     [("Some 150", 150, None, None, "lecturers and faculty", "about")]),
    ("Nearly 2,000 police and military were sent north.",
     [("Nearly 2,000", 2000, None, 2000, "police and military", "almost")]),
    ("About 5,000 herders and livestock were moved uphill.",
     [("About 5,000", 5000, None, None, "herders and livestock", "about")]),
    # NEGATIVE: a change set off after a clause whose subject is a party that charges, fines or
    # gives the amount (no measure of its own)
    ("The parish charged tenants $700 for storage, a rise of 6%.",
     [("$700", 700, None, None, "dollars", None), ("6%", 6, None, None, "% rise", None)]),
    ("The regulator fined the airline $12m, an increase of 15% on its previous penalty.",
     [("$12m", 12000000, None, None, "dollars", None), ("15%", 15, None, None, "% increase", None)]),
    ("Volunteers raised $40,000 this spring, an increase of 9%.",
     [("$40,000", 40000, None, None, "dollars", None), ("9%", 9, None, None, "% increase", None)]),
    # NEGATIVE: a capitalised opening word that is a firm's name or names no whole measure
    ("Target fell 5% in early trading on Tuesday.", [("5%", 5, None, None, "%", None)]),
    ("Premium fell 4% in the quarter.", [("4%", 4, None, None, "%", None)]),
    # NEGATIVE: the whole of a share named by an 'in'/'among' phrase; a share with no 'of' phrase
    ("The share of nurses in the workforce rose to 41%.", [("41%", 41, None, None, "%", None)]),
    ("The share of apprentices among new hires rose to 22%.", [("22%", 22, None, None, "%", None)]),
    ("Its market share slipped to 17% last year.", [("17%", 17, None, None, "% market share", None)]),
    ("Their vote share was 30% in the by-election.", [("30%", 30, None, None, "% vote share", None)]),
    # NEGATIVE: things counted undergo the change (in what, unsaid)
    ("Villages saw a fall of 7% last year.", [("7%", 7, None, None, "% fall", None)]),
    ("Ranches recorded a drop of 18%.", [("18%", 18, None, None, "% drop", None)]),
    ("Clinics in Pellow saw a rise of 11%.", [("11%", 11, None, None, "% rise", None)]),
    # NEGATIVE: a compound rate, a verb of change with an object of its own: no change in the
    # object (the compound rate names its own level, session 28)
    ("The town increased its spending at an interest rate of 3.5%.",
     [("3.5%", 3.5, None, None, "% interest rate", None)]),
    ("The fund increased its lending at a rate of 6% to small farms.", [("6%", 6, None, None, "%", None)]),
    # NEGATIVE: a bound whose clause is about another whole
    ("Just 30% of the bonds were repaid, below the 45% the bank earns in interest.",
     [("30%", 30, None, None, "% of bonds", None), ("45%", 45, None, None, "%", None)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0] for c in CASES])
def test_units_of_levels_changes_and_lists(text, expected):
    assert [asdict(f) for f in extract(text).figures] == [figure(text, *row) for row in expected]
