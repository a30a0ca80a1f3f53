"""Cues and source nouns by class (session 57): figures a presented document's relative clause shows
are its presenter's; documents of assessing and memoranda find as a report does ('a valuation by X found',
'a memo she drafted found'), but a possessive before a valuation or appraisal names what was assessed, not
its author; 'list' is no cue (a firm's listing of shares, a shop's stock: acts). Whole figure records as
(text, value, low, high, unit, qualifier, claimant's name), with the source in words where no actor holds it.
"""
from __future__ import annotations

import pytest

from conftest import figure, figure_records, positions_of


def in_words(row: dict, source: str) -> dict:
    return {**row, "source": source}


ROWS = [
    # statistics a presented document's relative subject
    ("Ilse Varga, the treasurer, presented the audited figures, which show a gap of $7 million.",
     [("$7 million", 7000000, None, None, "dollars", None, "Ilse Varga")], None),
    # documents of assessing and memoranda, with their author by 'by', a possessive or a maker's relative
    ("A valuation by Brenholt Partners found the land was worth $90 million.",
     [("$90 million", 90000000, None, None, "dollars", None, "Brenholt Partners")], None),
    ("A memo by the Office of Fleet Services found the new vans would save about $2 million each year.",
     [("about $2 million", 2000000, None, None, "dollars a year", "about", "Office of Fleet Services")], None),
    ("A memo drafted by the Office of Fleet Services found the new vans would save about $2 million each year.",
     [("about $2 million", 2000000, None, None, "dollars a year", "about", "Office of Fleet Services")], None),
    ("An appraisal prepared by the Department of Revenue found the land was worth $90 million.",
     [("$90 million", 90000000, None, None, "dollars", None, "Department of Revenue")], None),
    ("A valuation from Corbel Surveyors found the mill was worth $12 million.",
     [("$12 million", 12000000, None, None, "dollars", None, "Corbel Surveyors")], None),
    # NEGATIVE: what no document shows; a memo only seen or prepared for another; listing, an act
    ("The photos show 40 cars under water.", [("40", 40, None, None, "cars", None, None)], None),
    ("Phone numbers of 300 customers were leaked.", [("300", 300, None, None, "customers", None, None)], None),
    ("A memo obtained by the Harbour Courier found that 45 clinics would shut.",
     [("45", 45, None, None, "clinics", None, None)], "A memo obtained by the Harbour Courier"),
    ("A memo drafted for the trustees found that 45 clinics would shut.",
     [("45", 45, None, None, "clinics", None, None)], "A memo drafted for the trustees"),
    ("Rents went up 4% and the valuation of the house went up 15% in two years.",
     [("4%", 4, None, None, "% rise in rents", None, None), ("15%", 15, None, None, "% rise in valuation of house", None, None)], None),
    ("Visitor numbers dropped 8% last winter.",
     [("8%", 8, None, None, "% fall in Visitor numbers", None, None)], None),
    ("The valuation of 40 homes took six months.", [("40", 40, None, None, "homes", None, None)], None),
    # NEGATIVE: a figure inside a noun phrase a possessive owns only describes it; not the document's finding
    # but the owned amount itself, after its noun ('of', an apposition), is what the document measured
    ("A review by the Orvale Board found that only 20 percent of the clinic's budget of $2 million had been spent.",
     [("20 percent", 20, None, None, "% of budget", None, "Orvale Board"),
      ("$2 million", 2000000, None, None, "dollars", None, "Orvale Board")], None),
    ("An audit by the Orvale Board found that the town's cash balance had fallen to $2 million, a drop of 40%.",
     [("$2 million", 2000000, None, None, "dollars", None, "Orvale Board"),
      ("40%", 40, None, None, "% drop in cash balance", None, "Orvale Board")], None),
    ("A valuation by Corbel Surveyors found that the ferry line's fleet of 14 barges was worth $3 million.",
     [("14", 14, None, None, "barges", None, None), ("$3 million", 3000000, None, None, "dollars", None, "Corbel Surveyors")],
     None),
    # NEGATIVE: a possessive before a document of assessing names what it assessed, not its author
    ("Harwick Rail's valuation of $700 million was agreed by the ministry.",
     [("$700 million", 700000000, None, None, "dollars", None, None)], None),
    ("Pellam Foods' valuation of $3 billion makes it the biggest grocer in Velden.",
     [("$3 billion", 3000000000, None, None, "dollars", None, None)], None),
    ("Efua Darko's appraisal showed she had met 7 of her 12 goals.",
     [("7", 7, None, None, "goals", None, None), ("12", 12, None, None, "goals", None, None)],
     "Efua Darko's appraisal"),
    ("Harwick Rail's appraisal showed the line had lost 40 trains a week.",
     [("40", 40, None, None, "trains a week", None, None)], "Harwick Rail's appraisal"),
    ("Brenholt Homes listed 40 million shares on the Orvale exchange.",
     [("40 million", 40000000, None, None, "shares", None, None)], None),
    ("Brenholt Homes listed 40 properties for sale last year.",
     [("40", 40, None, None, "properties", None, None)], None),
    ("Brenholt Homes will list 40 million shares on the Orvale exchange.",
     [("40 million", 40000000, None, None, "shares", None, None)], None),
    ("Harwick Copper lists 90 million shares in Velden on Tuesday.",
     [("90 million", 90000000, None, None, "shares", None, None)], None),
    ("Harwick Copper lists on the Velden exchange with 90 million shares priced at 30 cents.",
     [("90 million", 90000000, None, None, "shares", None, None), ("30", 30, None, None, "cents", None, None)], None),
    ("Pellam Grocers lists 300 regional cheeses in its flagship shop.",
     [("300", 300, None, None, "regional cheeses", None, None)], None),
]


@pytest.mark.parametrize("sentence, expected, source", ROWS, ids=[row[0] for row in ROWS])
def test_claimant_of_a_document_or_record(sentence, expected, source):
    rows = [figure(sentence, *row) for row in expected]
    assert figure_records(sentence) == ([in_words(r, source) for r in rows] if source else rows)


@pytest.mark.parametrize("sentence", [
    "Efua Darko's appraisal showed she had met 7 of her 12 goals.",
    "Harwick Rail's appraisal showed the line had lost 40 trains a week.",
])
def test_no_position_for_whom_an_appraisal_assessed(sentence):
    assert positions_of(sentence) == []


def test_an_owned_description_is_not_a_taken_up_memo_makers():
    text = ("A memo from the Harwick Office of Revenue said receipts fell. The memo found that fewer drivers pay the "
            "port's 3% fuel levy, with berths near 70% of their usual use.")
    assert [(f["text"], f["actor"]) for f in figure_records(text)] == [("3%", None), ("70%", "Harwick Office of Revenue")]
