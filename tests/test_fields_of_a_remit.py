"""A body named by the list of its remit ('Department of Energy, Mines and Resources') is one name,
however the recogniser cut it: before the list's first comma, after it, or with the list's comma or
'and' taken in (session 24). Every sentence here is written for the tests; each row asserts the
article's whole actors (name, type, aliases) and the actor each position goes to. Rows marked NEGATIVE
keep a list of the sentence's (bodies, a title and a person, a 'the' after a comma) apart."""
from __future__ import annotations

import pytest

from conftest import actors_and_speakers


def _as_listed(m) -> tuple:
    """An actor as these tables list it."""
    return (m.name, m.type, tuple(sorted(m.aliases)))


FIELDS_OF_A_REMIT = [
    # the recogniser ended the name before the list's first comma
    ("A spokeswoman for the Department of Energy, Mines and Resources said the plan was on track.",
     [("Department of Energy, Mines and Resources", "organization", ())],
     [("A spokeswoman for the Department of Energy, Mines and Resources", "Department of Energy, Mines and Resources")]),
    ("Kessa's Ministry of Culture, Science and Sport said in a statement that the games would go ahead.",
     [("Ministry of Culture, Science and Sport", "organization", ())],
     [("Kessa's Ministry of Culture, Science and Sport", "Ministry of Culture, Science and Sport")]),
    # ... after a later comma, and the acronym then spells the whole name
    ("Prosecutors for the Department of Water, Tourism, Heritage and Innovation (DWTHI) told the court the firm "
     "had failed. DWTHI said it would appeal.",
     [("Department of Water, Tourism, Heritage and Innovation", "organization", ("DWTHI",))],
     [("DWTHI", "Department of Water, Tourism, Heritage and Innovation")]),
    # ... on the list's 'and'
    ("An official of the Ministry of Trade, Industry and Tourism said exports rose by 6%.",
     [("Ministry of Trade, Industry and Tourism", "organization", ())],
     [("An official of the Ministry of Trade, Industry and Tourism", "Ministry of Trade, Industry and Tourism")]),
    # written whole: no repair needed
    ("The Ministry of Labour, Employment and Social Security said 4,000 jobs had been lost.",
     [("Ministry of Labour, Employment and Social Security", "organization", ())],
     [("The Ministry of Labour, Employment and Social Security", "Ministry of Labour, Employment and Social Security")]),
    ("Lawyers for the Department of Agriculture, Water and the Environment told the court the permit was void.",
     [("Department of Agriculture, Water and the Environment", "organization", ())],
     [("Lawyers for the Department of Agriculture, Water and the Environment",
       "Department of Agriculture, Water and the Environment")]),
    # NEGATIVE: a list of bodies
    ("The Bank of England, Barclays and Lloyds said rates would rise.",
     [("Bank of England", "organization", ()), ("Barclays", "organization", ()), ("Lloyds", "organization", ())],
     [("The Bank of England", "Bank of England"), ("Barclays", "Barclays"), ("Lloyds", "Lloyds")]),
    # NEGATIVE: a title and a person after the comma
    ("The Ministry of Health, Education Minister Tom Reed and the police met on Monday.",
     [("Ministry of Health", "organization", ()), ("Tom Reed", "person", ())], []),
    # NEGATIVE: 'the' after the comma opens another body
    ("The Ministry of Education, the police and Kessa Water said schools would close.",
     [("Kessa Water", "organization", ()), ("Ministry of Education", "organization", ())],
     [("The Ministry of Education", "Ministry of Education")]),
]


@pytest.mark.parametrize("text, actors, speakers", FIELDS_OF_A_REMIT)
def test_fields_of_a_remit(text, actors, speakers):
    assert actors_and_speakers(text, _as_listed) == (actors, speakers)
