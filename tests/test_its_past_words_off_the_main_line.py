"""'Its <post>, X' after a sentence whose main subject is a body (session 38, possessors): what 'its' takes
up is the main clause's subject; a body named only as a qualifier of another noun ('the future of
Harbour Housing Trust flats', "the police board's talks", 'clarification from the board') or only inside
a clause hung below the main one ('after the vote by the council that it would appeal', 'to ask the
council to …') is no rival for it. The arguments of the main verb, what a preposition on one of them
names, and a report's own subject still are. Every sentence here is written for the tests; whole
records of every actor, negatives where nothing may be affiliated."""
from __future__ import annotations

import pytest

from conftest import actor_records as records_of


ITS_PAST_WORDS_OFF_THE_MAIN_LINE = [
    # a body qualifying another noun (a compound on it, or the object of a preposition on a noun inside a PP)
    ("The Kessa Tenants Union voiced alarm over the state of Harbour Housing Trust flats. Its secretary, Ann Roe, "
     "said damp was everywhere.",
     [("Ann Roe", "person", "secretary", "Kessa Tenants Union"),
      ("Harbour Housing Trust", "organization", None, None),
      ("Kessa Tenants Union", "organization", None, None)]),
    ("The Harbour Nurses Federation criticised the closure of Kessa General Hospital wards. Its general secretary, "
     "Ben Ash, said patients would suffer.",
     [("Ben Ash", "person", "general secretary", "Harbour Nurses Federation"),
      ("Harbour Nurses Federation", "organization", None, None),
      ("Kessa General Hospital", "organization", None, None)]),
    ("The Harbour Tenants Union complained about delays at the Kessa District Council offices. Its spokesperson, "
     "Ann Roe, said tenants had waited months.",
     [("Ann Roe", "person", "spokesperson", "Harbour Tenants Union"),
      ("Harbour Tenants Union", "organization", None, None),
      ("Kessa District Council", "organization", None, None)]),
    # a body inside a clause hung on a noun or an adverbial clause, not a report
    ("The Dover Residents Association said on Tuesday after the vote by the Kessa District Council that it would "
     "appeal. Its president, Ann Roe, called the decision unfair.",
     [("Ann Roe", "person", "president", "Dover Residents Association"),
      ("Dover Residents Association", "organization", None, None),
      ("Kessa District Council", "organization", None, None)]),
    # an unnamed thing with a head ('the board') only as the object of a preposition on a noun of a report
    ("The Larch Investors Association said it would seek clarification from the board at the next general meeting. "
     "Its chief executive, Colin Tay, said shareholders deserved answers.",
     [("Colin Tay", "person", "chief executive", "Larch Investors Association"),
      ("Larch Investors Association", "organization", None, None)]),
    # NEGATIVE: a report's own subject, an object of the main verb, a preposition on the main verb, a preposition
    # on the main verb's object, two subjects, a thing with a head as an object inside the report
    ("Kessa Foods said the Harbour Trust was broke. Its chair, Ann Roe, said the claim was false.",
     [("Ann Roe", "person", "chair", None),
      ("Harbour Trust", "organization", None, None),
      ("Kessa Foods", "organization", None, None)]),
    ("The Harbour Trust sued the Kessa District Council on Monday. Its chair, Ann Roe, said the case would be long.",
     [("Ann Roe", "person", "chair", None),
      ("Harbour Trust", "organization", None, None),
      ("Kessa District Council", "organization", None, None)]),
    ("The Harbour Trust wrote to the Kessa District Council on Monday. Its chair, Ann Roe, said the letter was firm.",
     [("Ann Roe", "person", "chair", None),
      ("Harbour Trust", "organization", None, None),
      ("Kessa District Council", "organization", None, None)]),
    ("Velstra Holdings bought a stake in Orlen Dairy Ltd last year. Its chief executive, Ann Roe, said the deal was good.",
     [("Ann Roe", "person", "chief executive", None),
      ("Orlen Dairy Ltd", "organization", None, None),
      ("Velstra Holdings", "organization", None, None)]),
    ("The Harbour Trust and the Kessa District Council met on Monday. Its chair, Ann Roe, said little.",
     [("Ann Roe", "person", "chair", None),
      ("Harbour Trust", "organization", None, None),
      ("Kessa District Council", "organization", None, None)]),
    ("Kessa Foods said it had opened a new museum in Dover. Its director, Ann Roe, said visitors were welcome.",
     [("Ann Roe", "person", "director", None),
      ("Kessa Foods", "organization", None, None)]),
    ("Velstra Holdings plans to buy Orlen Dairy Ltd. Its chief executive, Ann Roe, said the deal was good.",
     [("Ann Roe", "person", "chief executive", None),
      ("Orlen Dairy Ltd", "organization", None, None),
      ("Velstra Holdings", "organization", None, None)]),
    # NEGATIVE: the body qualifies the subject, which is no body ('Shares in Velstra …')
    ("Shares in Velstra Holdings fell after the Kessa Council vote. Its chief executive, Ann Roe, said the fall was brief.",
     [("Ann Roe", "person", "chief executive", None),
      ("Kessa Council", "organization", None, None)]),
]


@pytest.mark.parametrize("text, expected", ITS_PAST_WORDS_OFF_THE_MAIN_LINE)
def test_its_past_words_off_the_main_line(text, expected):
    assert records_of(text) == expected
