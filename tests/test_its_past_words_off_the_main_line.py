"""'Its <post>, X' after a sentence whose main subject is a body (session 38, possessors): what 'its' takes
up is the main clause's subject; a body named only as a compound or possessor of another noun ('the state of
Harbour Housing Trust flats', "the police board's talks") or only inside a clause with a subject of its own
hung below the main one ('despite a warning that the water board might object') is no rival for it. The
arguments of the main verb, what a preposition on one of them names, a body that is the object of any
preposition ('the future of the hospital'), what a clause with no subject of its own names ('in talks about
buying Orlen Dairy') and a report's own subject still are. Every sentence here is
written for the tests; whole records of every actor, negatives where nothing may be affiliated."""
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
    # a body inside a clause with a subject of its own hung on a noun or an adverbial clause, not a report
    ("The Dover Residents Association said on Tuesday after the vote by the Kessa District Council that it would "
     "appeal. Its president, Ann Roe, called the decision unfair.",
     [("Ann Roe", "person", "president", "Dover Residents Association"),
      ("Dover Residents Association", "organization", None, None),
      ("Kessa District Council", "organization", None, None)]),
    ("The Marl Growers Guild said despite a warning that the Kessa Water Board might object it would build the "
     "dam. Its president, Ann Roe, said farmers needed water.",
     [("Ann Roe", "person", "president", "Marl Growers Guild"),
      ("Kessa Water Board", "organization", None, None),
      ("Marl Growers Guild", "organization", None, None)]),
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
    # NEGATIVE: a clause with no subject of its own (a participle or an infinitive) keeps its bodies as rivals,
    # as the open clause on the main verb does ('in talks about buying X', 'raised cash to buy X', 'citing X')
    ("Velstra Group is in talks about buying Orlen Dairy Group. Its chief executive, Ann Roe, said the talks were "
     "at an early stage.",
     [("Ann Roe", "person", "chief executive", None),
      ("Orlen Dairy Group", "organization", None, None),
      ("Velstra Group", "organization", None, None)]),
    ("Velstra Group is in talks about buying Orlen Dairy Group. The company's chief executive, Ann Roe, said the "
     "talks were at an early stage.",
     [("Ann Roe", "person", "chief executive", None),
      ("Orlen Dairy Group", "organization", None, None),
      ("Velstra Group", "organization", None, None)]),
    ("Velstra Holdings raised $2bn to buy Orlen Dairy Ltd. Its chief executive, Ann Roe, said the deal was good.",
     [("Ann Roe", "person", "chief executive", None),
      ("Orlen Dairy Ltd", "organization", None, None),
      ("Velstra Holdings", "organization", None, None)]),
    ("Delays have doubled, according to the Harbour Hauliers Federation, citing figures from the Port of Kessa "
     "Authority. Its chief executive, Ann Roe, said lorries were stuck.",
     [("Ann Roe", "person", "chief executive", None),
      ("Harbour Hauliers Federation", "organization", None, None),
      ("Port of Kessa Authority", "organization", None, None)]),
    ("Velstra Holdings, after the sale of Orlen Dairy Ltd, said its chief executive, Ann Roe, would step down.",
     [("Ann Roe", "person", "chief executive", None),
      ("Orlen Dairy Ltd", "organization", None, None),
      ("Velstra Holdings", "organization", None, None)]),
    # NEGATIVE: a body (named or unnamed) that is the object of a preposition on a noun may be what 'its'
    # means ('a protest at the gates of the hospital. Its chief executive')
    ("The Kessa Nurses Union staged a protest at the gates of Harbour General Hospital. Its chief executive, "
     "Ann Roe, said services ran normally.",
     [("Ann Roe", "person", "chief executive", None),
      ("Harbour General Hospital", "organization", None, None),
      ("Kessa Nurses Union", "organization", None, None)]),
    ("The Kessa Nurses Union, in a protest at the gates of Harbour General Hospital, said its chief executive, "
     "Ann Roe, had ignored staff.",
     [("Ann Roe", "person", "chief executive", None),
      ("Harbour General Hospital", "organization", None, None),
      ("Kessa Nurses Union", "organization", None, None)]),
    ("The Harbour Trust complained about the response of the Kessa Water Company. Its managing director, "
     "Tom Lee, said the leak was fixed.",
     [("Harbour Trust", "organization", None, None),
      ("Kessa Water Company", "organization", None, None),
      ("Tom Lee", "person", "managing director", None)]),
    ("The Harbour Trust is one of the owners of Kessa Radio. Its editor, Ann Roe, said the station would stay on air.",
     [("Ann Roe", "person", "editor", None),
      ("Harbour Trust", "organization", None, None)]),
    ("The Harbour Trust announced plans for the closure of Dover Grammar School. Its principal, Ann Roe, said "
     "pupils would move.",
     [("Ann Roe", "person", "principal", None),
      ("Harbour Trust", "organization", None, None)]),
    ("The Kessa District Council approved the plan after a review of the city museum. Its director, Ann Roe, said "
     "the collection was safe.",
     [("Ann Roe", "person", "director", None),
      ("Kessa District Council", "organization", None, None)]),
    ("The Kessa Arts Trust took part in the opening of a new museum in Dover. Its director, Ann Roe, said 4,000 "
     "people came.",
     [("Ann Roe", "person", "director", None),
      ("Kessa Arts Trust", "organization", None, None)]),
    ("The Kessa District Council voted for the sale of the football club. Its chairman, Tom Lee, said the club "
     "needed money.",
     [("Kessa District Council", "organization", None, None),
      ("Tom Lee", "person", "chairman", None)]),
    # NEGATIVE: the body qualifies the subject, which is no body ('Shares in Velstra …')
    ("Shares in Velstra Holdings fell after the Kessa Council vote. Its chief executive, Ann Roe, said the fall was brief.",
     [("Ann Roe", "person", "chief executive", None),
      ("Kessa Council", "organization", None, None)]),
]


@pytest.mark.parametrize("text, expected", ITS_PAST_WORDS_OFF_THE_MAIN_LINE)
def test_its_past_words_off_the_main_line(text, expected):
    assert records_of(text) == expected
