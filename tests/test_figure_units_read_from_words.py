"""What a figure counts where the parse alone leaves it bare (session 29), and numbers that are
no figures. A percentage written right before a noun phrase measures what it names; 'up'/'down'
before a percentage tells a change; a percentage set against another as a benchmark's level
measures what that one does; a multiple before 'higher than the X' is a multiple of X; a fraction
of 'the trust's $40-million budget' is a share of the budget; a rate's 'of' phrase may be
hyphened; '$90 for every car he cleaned' is per car. A number after 'the' naming one thing ('the 590 express service'), the second number
of a label ('Grade 5 and 6') and 'the five years to 2030' are no figures. Sentences written for
the tests; each row asserts the whole list of figure records as (text, value, low, high, unit,
qualifier)."""
from __future__ import annotations

from dataclasses import asdict

import pytest

from conftest import extract, figure


CASES = [
    # a percentage written before a noun phrase, the parser hanging 'per cent' elsewhere
    ("Shares of Korvath Mining hit the 10 per cent upper circuit on Monday.",
     [("10 per cent", 10, None, None, "% upper circuit", None)]),
    ("The province has committed to two per cent annual increases in base grants for rural clinics.",
     [("two per cent", 2, None, None, "% annual increase in base grants", None)]),
    ("Councillors voted to delay a further 20 per cent cut in phosphate runoff in the catchment.",
     [("20 per cent", 20, None, None, "% cut in phosphate runoff", None)]),
    ("The board voted to push back a further 15 per cent cut in nitrogen leaching in the valley.",
     [("15 per cent", 15, None, None, "% cut in nitrogen leaching", None)]),
    ("The party won 40% support in the poll.", [("40%", 40, None, None, "% support", None)]),
    ("The firm tabled what the union calls an offer of 1.5 per cent annual raises over four years.",
     [("1.5 per cent", 1.5, None, None, "% annual raises", None)]),
    # the level a measure falls or rises to, though no rate noun names it; not a party's
    ("The council's revenue collection had dropped to 38 percent by March.",
     [("38 percent", 38, None, None, "% revenue collection", None)]),
    ("The party fell to 12 percent in the polls.", [("12 percent", 12, None, None, "%", None)]),
    ("Shares fell 3.2% on Tuesday, taking their loss so far this year to 19%.",
     [("3.2%", 3.2, None, None, "% fall in shares", None), ("19%", 19, None, None, "% loss", None)]),
    ("The fund raised its stake in the bank to 30%.", [("30%", 30, None, None, "% stake", None)]),
    ("The plan would have cut the increase to about 8.4%.", [("about 8.4%", 8.4, None, None, "%", "about")]),
    ("The association hopes to raise this to 45% under the new plan.", [("45%", 45, None, None, "%", None)]),
    # 'up' or 'down' before the percentage
    ("The stock is down about 40 per cent from its high in March.",
     [("about 40 per cent", 40, None, None, "% fall in stock", "about")]),
    ("Shares were up roughly 8% on Monday.", [("roughly 8%", 8, None, None, "% rise in shares", "about")]),
    # a plural subject the tagger took for a verb ('inflows' as VBZ)
    ("Karim Haddad told reporters that inflows from the two rivers had dropped by around 60 per cent.",
     [("around 60 per cent", 60, None, None, "% fall in inflows", "about", "Karim Haddad")]),
    # a benchmark's level set against a percentage before it
    ("Only 62 per cent of callers were answered within a minute, against a target of 90 per cent.",
     [("62 per cent", 62, None, None, "% of callers", None), ("90 per cent", 90, None, None, "% of callers", None)]),
    ("The bed occupancy rate at the two clinics was 64% last year, compared with a national average of around 75%.",
     [("64%", 64, None, None, "% bed occupancy rate", None),
      ("around 75%", 75, None, None, "% bed occupancy rate", "about")]),
    # a multiple of what a 'than' or 'as' phrase names
    ("Tests showed levels of lead nine times higher than the permitted limits.",
     [("nine", 9, None, None, "times permitted limits", None)]),
    ("Rents there are nearly twice as high as the national average.",
     [("nearly twice", 2, None, 2, "times national average", "almost")]),
    # a share of a noun with an amount of money before it; a rate past a hyphened 'of' phrase
    ("The town pays roughly a fifth of the board's $45-million budget.",
     [("roughly a fifth", 0.2, None, None, "share of budget", "about"), ("$45-million", 45000000, None, None, "dollars", None)]),
    ("The wells held 12.5 milligrams of nitrate-nitrogen per litre.",
     [("12.5", 12.5, None, None, "milligrams per litre", None)]),
    # a sum for each piece a clause after it says was done
    ("Each mechanic was paid an extra $90 for every car he cleaned up.",
     [("$90", 90, None, None, "dollars per car", None)]),
    # no figures: a route's number, a label's second number, a reporting period
    ("The changes include the withdrawal of the 590 express service between Arden and Moss Vale.", []),
    ("We still have pupils in Grade 5 and 6 who are behind on reading.", []),
    ("The regulator released its final ruling for the five years to 2030 on Monday.", []),
    # NEGATIVES: a bare change, a date after the percentage, a noun whose verb follows it, a
    # comparative with 'than', a share that is its clause's subject, points, a time after 'than',
    # a pronoun after 'than'
    ("The union wants a 12% increase.", [("12%", 12, None, None, "%", None)]),
    ("The firm posted a 9% second-half decline.", [("9%", 9, None, None, "%", None)]),
    ("Only 71 per cent of pupils were vaccinated, well below the 95 per cent experts say is needed.",
     [("71 per cent", 71, None, None, "% of pupils", None), ("95 per cent", 95, None, None, "%", None)]),
    ("The company offered a 10% cheaper ticket than its rivals.", [("10%", 10, None, None, "%", None)]),
    ("About 40% back the plan.", [("About 40%", 40, None, None, "%", "about")]),
    ("Sales were three times higher than last year.", [("three", 3, None, None, "times", None)]),
    ("The bill is four times larger than the one passed in 2019.", [("four", 4, None, None, "times", None)]),
    # NEGATIVES: what has the amount after 'as many as' or 'than' is no measure; a measure after
    # 'the' and a number describes the noun by its size (a figure as before)
    ("The pass saw nearly three times as many crashes as a comparable stretch north of the city.",
     [("nearly three", 3, None, 3, "times crashes", "almost")]),
    ("Burglary there is four times higher than other towns.", [("four", 4, None, None, "times", None)]),
    ("The fund raised $5m for every school in the county.", [("$5m", 5000000, None, None, "dollars", None)]),
    ("Supplies fell well below the 400 cubic metre threshold for scarcity.",
     [("400", 400, None, None, "cubic metres", None)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0] for c in CASES])
def test_units_read_from_words(text, expected):
    assert [asdict(f) for f in extract(text).figures] == [figure(text, *row) for row in expected]
