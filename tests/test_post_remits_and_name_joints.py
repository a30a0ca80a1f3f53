"""A post's remit is no body (session 37, spans): after a unit head's title and its 'of'/'for'
('Director', 'Officer', 'Head', 'Manager'), capitalised words that are each a field of work or an
adjective ('Regional Director of Health Services', 'Chief Officer for Medical Services') are the
post's own words, no organisation; a remit with a word that is neither ('Director of Harbour
Energy'), or a body's head word, stays a body. Every sentence here is written for the tests; whole
records of every actor, negatives where the body must stay."""
from __future__ import annotations

import pytest

from conftest import actor_records as records_of


REMITS_OF_A_UNIT_HEAD = [
    ("The Regional Director of Health Services, Dr Ann Lowe, said the hospitals had not been paid.",
     [("Ann Lowe", "person", "Regional Director of Health Services", None)]),
    ("The committee would summon the Chief Officer for Medical Services next week.", []),
    ("The District Director of Education Services, Tom Reed, said schools would reopen.",
     [("Tom Reed", "person", "District Director of Education Services", None)]),
    ("Tom Reed, the Deputy Director of Veterinary Services, said the herds were sick.",
     [("Tom Reed", "person", "Deputy Director of Veterinary Services", None)]),
    ("Dr Ann Lowe, Acting Director of Clinical Services, said beds were short.",
     [("Ann Lowe", "person", "Acting Director of Clinical Services", None)]),
    ("According to the Deputy Director of Public Health, Tom Reed, cases rose.",
     [("Tom Reed", "person", "Deputy Director of Public Health", None)]),
    ("Head of Strategic Planning Tom Reed told the board the plan was ready.",
     [("Tom Reed", "person", "Head of Strategic Planning", None)]),
    ("Tom Reed, Director of National Security Services, said threats rose.",
     [("Tom Reed", "person", "Director of National Security Services", None)]),
    # the directorate the article names keeps the post's body
    ("Officials from the Directorate of Veterinary Services said the cattle were vaccinated. The Director of "
     "Veterinary Services, Tom Reed, said the herds were sick.",
     [("Directorate of Veterinary Services", "organization", None, None),
      ("Tom Reed", "person", "Director of Veterinary Services", "Directorate of Veterinary Services")]),
    # NEGATIVE: a word of the remit is a firm's own word, a proper name or a body's head word
    ("The Director of Harbour Energy, Tom Reed, said output would rise.",
     [("Harbour Energy", "organization", None, None), ("Tom Reed", "person", "Director", "Harbour Energy")]),
    ("Tom Reed, Director of Global Logistics, said output rose.",
     [("Global Logistics", "organization", None, None), ("Tom Reed", "person", "Director", "Global Logistics")]),
    ("Tom Reed, the director of Marsh Health Services, said the clinic would close.",
     [("Marsh Health Services", "organization", None, None),
      ("Tom Reed", "person", "director", "Marsh Health Services")]),
    ("Tom Reed, chief executive of Kessa Financial Services, said profits fell.",
     [("Kessa Financial Services", "organization", None, None),
      ("Tom Reed", "person", "chief executive", "Kessa Financial Services")]),
    ("The Director of the National Health Service said waiting lists were long.",
     [("National Health Service", "organization", None, None)]),
    ("Tom Reed, director of the Kessa Energy Services Company, said output rose.",
     [("Kessa Energy Services Company", "organization", None, None),
      ("Tom Reed", "person", "director", "Kessa Energy Services Company")]),
]


@pytest.mark.parametrize("text,expected", REMITS_OF_A_UNIT_HEAD)
def test_remit_of_a_unit_head(text, expected):
    assert records_of(text) == expected
