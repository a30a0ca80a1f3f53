"""A firm's short form that the recogniser reads as a place ('Glenmore Heights' of 'Glenmore Heights
Developments Ltd'), written as the party someone appears for ('Aoife Brennan SC, for Glenmore
Heights,', 'the lawyer for Ardcarn Valley'), is no use of the words as a place's: 'a spokesman for
Glenmore Heights' still speaks for the one firm whose name the words open. Every sentence here is
written for the tests; rows with an actor of None are the negatives, where the words do name a place
(or two firms)."""
from __future__ import annotations

import pytest

from conftest import positions_of


VOICES_OF_A_REPRESENTED_PARTY = [
    ("Glenmore Heights Developments Ltd sought to overturn the refusal. At the hearing, Aoife Brennan SC, for "
     "Glenmore Heights, told the court the board had erred. A spokesman for Glenmore Heights said the company "
     "would appeal.",
     [("Aoife Brennan SC", "Aoife Brennan", "told", "the board had erred", False),
      ("A spokesman for Glenmore Heights", "Glenmore Heights Developments Ltd", "said", "the company would appeal",
       False)]),
    ("Ardcarn Valley Homes Ltd lost its appeal. The lawyer for Ardcarn Valley, Sean Kelly, said the board had "
     "ignored the evidence. A spokesperson for Ardcarn Valley said the firm was disappointed.",
     [("The lawyer for Ardcarn Valley, Sean Kelly", "Sean Kelly", "said", "the board had ignored the evidence",
       False),
      ("A spokesperson for Ardcarn Valley", "Ardcarn Valley Homes Ltd", "said", "the firm was disappointed",
       False)]),
    ("Carrow Ridge Mining Ltd was fined 300,000 dollars on Friday. Counsel for Carrow Ridge told the court the "
     "dust came from a farm. A Carrow Ridge spokesperson said the company would comply.",
     [("Counsel for Carrow Ridge", "Carrow Ridge Mining Ltd", "told", "the dust came from a farm", False),
      ("A Carrow Ridge spokesperson", "Carrow Ridge Mining Ltd", "said", "the company would comply", False)]),
    ("Bellmount Park Estates Ltd has withdrawn its plan. Mark Doyle, for Bellmount Park, told the tribunal the "
     "levy was unfair. A spokeswoman for Bellmount Park said the firm would reapply.",
     [("Mark Doyle", "Mark Doyle", "told", "the levy was unfair", False),
      ("A spokeswoman for Bellmount Park", "Bellmount Park Estates Ltd", "said", "the firm would reapply", False)]),
    # NEGATIVE: the words are a place's elsewhere ('residents of X', 'the last bus for X')
    ("Glenmore Heights Developments Ltd sought to overturn the refusal. Residents of Glenmore Heights said the "
     "tower was too tall. A spokesman for Glenmore Heights said the company would appeal.",
     [("Residents of Glenmore Heights", None, "said", "the tower was too tall", False),
      ("A spokesman for Glenmore Heights", None, "said", "the company would appeal", False)]),
    ("Glenmore Heights Developments Ltd sought to overturn the refusal. The last bus for Glenmore Heights leaves "
     "at nine. A spokesman for Glenmore Heights said the company would appeal.",
     [("A spokesman for Glenmore Heights", None, "said", "the company would appeal", False)]),
    # NEGATIVE (review): an office's reach is a place ('the district attorney for X'); an advocate
    # champions the town; a title in another paragraph at the index of a person's name is no person
    ("Glenmore Heights Developments Ltd sought to overturn the refusal. The district attorney for Glenmore "
     "Heights said the permit was lawful. A spokesman for Glenmore Heights said the company would appeal.",
     [("The district attorney for Glenmore Heights", None, "said", "the permit was lawful", False),
      ("A spokesman for Glenmore Heights", None, "said", "the company would appeal", False)]),
    ("Glenmore Heights Developments Ltd sought to overturn the refusal. The county solicitor for Glenmore "
     "Heights said the permit was lawful. A spokesman for Glenmore Heights said the company would appeal.",
     [("The county solicitor for Glenmore Heights", None, "said", "the permit was lawful", False),
      ("A spokesman for Glenmore Heights", None, "said", "the company would appeal", False)]),
    ("Glenmore Heights Developments Ltd sought to overturn the refusal. Paul Ryan, a tireless advocate for "
     "Glenmore Heights, said the town needed homes. A spokesman for Glenmore Heights said the company would "
     "appeal.",
     [("Paul Ryan", "Paul Ryan", "said", "the town needed homes", False),
      ("A spokesman for Glenmore Heights", None, "said", "the company would appeal", False)]),
    ("Glenmore Heights Developments Ltd sought to overturn the refusal.\n\nThe MP for Glenmore Heights said the "
     "tower was too tall.\n\nMary Walsh said she would object.\n\nA spokesman for Glenmore Heights said the "
     "company would appeal.",
     [("The MP for Glenmore Heights", None, "said", "the tower was too tall", False),
      ("Mary Walsh", "Mary Walsh", "said", "she would object", False),
      ("A spokesman for Glenmore Heights", None, "said", "the company would appeal", False)]),
    # NEGATIVE (review): a person's 'for' not set off by commas is a seat's ('Mary Walsh TD for X')
    ("Glenmore Heights Developments Ltd sought to overturn the refusal. Mary Walsh TD for Glenmore Heights said "
     "the tower was too tall. A spokesman for Glenmore Heights said the company would appeal.",
     [("Mary Walsh TD for Glenmore Heights", "Mary Walsh", "said", "the tower was too tall", False),
      ("A spokesman for Glenmore Heights", None, "said", "the company would appeal", False)]),
    ("Glenmore Heights Developments Ltd sought to overturn the refusal. Deputy Mary Walsh for Glenmore Heights "
     "said the tower was too tall. A spokesman for Glenmore Heights said the company would appeal.",
     [("Deputy Mary Walsh for Glenmore Heights", "Mary Walsh", "said", "the tower was too tall", False),
      ("A spokesman for Glenmore Heights", None, "said", "the company would appeal", False)]),
    # NEGATIVE: two firms' names open on the words
    ("Glenmore Heights Developments Ltd and Glenmore Heights Hotels Ltd sought to overturn the refusal. Aoife "
     "Brennan SC, for Glenmore Heights, told the court the board had erred. A spokesman for Glenmore Heights said "
     "the company would appeal.",
     [("Aoife Brennan SC", "Aoife Brennan", "told", "the board had erred", False),
      ("A spokesman for Glenmore Heights", None, "said", "the company would appeal", False)]),
]


@pytest.mark.parametrize("text, expected", VOICES_OF_A_REPRESENTED_PARTY)
def test_voices_of_a_represented_party(text, expected):
    assert sorted(positions_of(text), key=str) == sorted(expected, key=str)
