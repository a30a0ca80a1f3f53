"""Who a figure is credited to when a document or data set gives it (session 44): figures or data told
apart by words of their own (a participle or relative clause on them, the noun of their keeper, an
adjective) are the source in words where no actor claims them, after 'according to' as well as as a
subject ('according to figures tabled at the spring conference', 'Council data show 312 ...'); what a
document flags or says is its finding as much as what it shows; what a document shows as its
object is its finding; the change of an amount a verb reports, set after its object ('reported a
profit of $8m, up 12% from $7m'), is the reporter's as the amount is.
Sentences written for the tests; each row asserts the whole list of records."""
from __future__ import annotations

import pytest

from conftest import figure, figure_records


FIGURES = [
    # figures named after 'according to' with words that tell them apart
    ("Rail punctuality fell to 81 per cent in March, according to figures published by the transport board.",
     [("81 per cent", 81, None, None, "%", None, None, 0, "figures published by the transport board")]),
    ("Volunteers grew from 3,300 to nearly 4,100, according to figures tabled at the spring conference.",
     [("3,300", 3300, None, None, "volunteers", None, None, 0, "figures tabled at the spring conference"),
      ("nearly 4,100", 4100, None, 4100, "volunteers", "almost", None, 0, "figures tabled at the spring conference")]),
    # NEGATIVE: two 'according to' phrases in the sentence: which is the figure's is not read
    ("Sales grew 6 per cent, according to figures issued by the guild, but rents rose 9 per cent, according to other figures.",
     [("6 per cent", 6, None, None, "% rise in sales", None, None),
      ("9 per cent", 9, None, None, "% rise in rents", None, None)]),
    ("According to figures issued by the county, 60 shops were vacant; according to figures the traders compiled, 150 were.",
     [("60", 60, None, None, "shops", None, None), ("150", 150, None, None, "shops", None, None)]),
    # ... as the subject that shows them: a participle, a keeper's noun, an owner
    ("Hospital figures seen by this newspaper show 48 beds were closed last week.",
     [("48", 48, None, None, "beds", None, None, 0, "Hospital figures seen by this newspaper")]),
    ("Data compiled by the harbour office show 1,240 vessels docked in May.",
     [("1,240", 1240, None, None, "vessels", None, None, 0, "Data compiled by the harbour office")]),
    ("Council data show 312 potholes were reported in June.",
     [("312", 312, None, None, "potholes", None, None, 0, "Council data")]),
    ("The department's own figures show a backlog of 8,400 cases.",
     [("8,400", 8400, None, None, "cases", None, None, 0, "The department's own figures")]),
    # what a document flags is its finding
    ("The review also flagged $2.4 million in unpaid invoices.",
     [("$2.4 million", 2.4e6, None, None, "dollars", None, None, 0, "The review")]),
    # the change of a reported amount set after it: the reporter's
    ("Velta Cement reported revenue of $2.1bn, down from $2.4bn.",
     [("$2.1bn", 2.1e9, None, None, "dollars", None, "Velta Cement"),
      ("$2.4bn", 2.4e9, None, None, "dollars", None, "Velta Cement")]),
    # NEGATIVE: bare figures (they point back), a pronoun keeper, figures that point back, figures of a
    # phrase, a participle set off by commas (the words given would be bare), a thing that shows, a
    # finding still to come
    ("The figures show 40 per cent of voters backed the plan.",
     [("40 per cent", 40, None, None, "% of voters", None, None)]),
    ("Their figures show 40 per cent of voters backed the plan.",
     [("40 per cent", 40, None, None, "% of voters", None, None)]),
    ("The earlier figures showed 300 cases in the district.",
     [("300", 300, None, None, "cases", None, None)]),
    ("Figures on exports showed a 5 per cent fall in March.",
     [("5 per cent", 5, None, None, "% fall", None, None)]),
    ("The figures, released on Monday, show 300 tenants were evicted.",
     [("300", 300, None, None, "tenants", None, None)]),
    ("According to data kept by the office of the Port Warden (PW), 23 of the 140 moorings are vacant.",
     [("23", 23, None, None, "moorings", None, None), ("140", 140, None, None, "moorings", None, None)]),
    ("The rise shows that 40 per cent of households are struggling.",
     [("40 per cent", 40, None, None, "% of households", None, None)]),
    ("The report will flag about 30 sites next month.",
     [("about 30", 30, None, None, "sites", "about", None)]),
    # what a document shows as its object: the object, what it counts, its amount after 'of'
    ("The census showed 2,150 households in the parish.",
     [("2,150", 2150, None, None, "households", None, None, 0, "The census")]),
    ("The review showed a shortfall of $9.6 million.",
     [("$9.6 million", 9.6e6, None, None, "dollars", None, None, 0, "The review")]),
    # NEGATIVE: a sum that only names a thing shown, a figure under another preposition
    ("The poll showed wide backing for the $85 million arena.",
     [("$85 million", 85e6, None, None, "dollars", None, None)]),
    ("The audit showed the gaps in the trust's forecast of $7 million.",
     [("$7 million", 7e6, None, None, "dollars", None, None)]),
    ("The trial showed the merits of a $4 weekly voucher.",
     [("$4", 4, None, None, "dollars a week", None, None)]),
    # NEGATIVE: an object someone owns, which the document may dispute
    ("The review flagged the trust's claim of $6 million in savings as doubtful.",
     [("$6 million", 6e6, None, None, "dollars", None, None)]),
    # NEGATIVE: a change with a subject of its own, a fact of another thing
    ("Halvern Bank reported a loss of $30 million, the peso down 3 per cent against the euro.",
     [("$30 million", 30e6, None, None, "dollars", None, "Halvern Bank"),
      ("3 per cent", 3, None, None, "% fall in loss", None, None)]),
    # NEGATIVE: a change on another verb, a change with no object reported
    ("Dunmore Ferries reported a profit of $8.4 million on Monday, and its shares went up 3%.",
     [("$8.4 million", 8.4e6, None, None, "dollars", None, "Dunmore Ferries"),
      ("3%", 3, None, None, "% rise in shares", None, None)]),
    ("Sales at Dunmore Ferries were reported up 4% on the year.",
     [("4%", 4, None, None, "%", None, None)]),
]


BASES = [
    # a sum a verb of money gives for its subject taken one at a time, or as the average one
    ("Every replacement boiler costs roughly $9,400.",
     [("roughly $9,400", 9400, None, None, "dollars per boiler", "about", None)]),
    ("The average customer lost £2,300 in the scam.",
     [("£2,300", 2300, None, None, "pounds per customer", None, None)]),
    ("Every household will pay $40 under the plan.",
     [("$40", 40, None, None, "dollars per household", None, None)]),
    # a quarterly or fortnightly sum
    ("The choir gets a quarterly stipend of $2,800 from the trust.",
     [("$2,800", 2800, None, None, "dollars a quarter", None, None)]),
    ("Members pay a fortnightly fee of £12.",
     [("£12", 12, None, None, "pounds a fortnight", None, None)]),
    # NEGATIVE: a subject taken whole, a time taken one at a time, a partitive 'each of', the average of
    # the sum itself, a count (no money), a period written after the sum
    ("The council spent $4m on roads.", [("$4m", 4e6, None, None, "dollars", None, None)]),
    ("The replacement boiler costs $9,400.", [("$9,400", 9400, None, None, "dollars", None, None)]),
    ("Each year the council spends $4m on roads.", [("$4m", 4e6, None, None, "dollars a year", None, None)]),
    ("Each of the players paid $650.", [("$650", 650, None, None, "dollars per player", None, None)]),
    ("The average cost is $5,000.", [("$5,000", 5000, None, None, "dollars", None, None)]),
    ("Each clinic serves 4,000 patients.", [("4,000", 4000, None, None, "patients per clinic", None, None)]),   # each one of many (session 45)
    ("Each visitor spends about $85 a day.", [("about $85", 85, None, None, "dollars a day", "about", None)]),
    # a thing of that price each payer has; NEGATIVE: one whole thing the sum measures, that the payers share
    ("Every stall holder pays a $300 licence fee.",
     [("$300", 300, None, None, "dollars per holder", None, None)]),
    ("Every ratepayer will fund the $6 billion rescue.", [("$6 billion", 6e9, None, None, "dollars", None, None)]),
    ("Each member state will pay the region's €3 billion flood bill.",
     [("€3 billion", 3e9, None, None, "euros", None, None)]),
    ("Every commuter will pay the $2 billion cost of the tunnel through higher tolls.",
     [("$2 billion", 2e9, None, None, "dollars", None, None)]),
]


@pytest.mark.parametrize("text, expected", BASES, ids=[row[0] for row in BASES])
def test_basis_of_a_sum(text, expected):
    assert figure_records(text) == [figure(text, *row) for row in expected]


@pytest.mark.parametrize("text, expected", FIGURES, ids=[row[0] for row in FIGURES])
def test_figure_sources_described(text, expected):
    assert figure_records(text) == [figure(text, *row) for row in expected]
