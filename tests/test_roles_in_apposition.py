"""Roles a sentence states for a person (issue 12 point 4): an age written between the role's
comma and the name ('the cashier, 34-year-old X,'), and a post's remit given with 'in charge of'.
Every sentence here is written for the tests; rows with a role of None are the negatives."""
from __future__ import annotations

import pytest

from conftest import extract
from generator.resolve import resolve


def people(text: str) -> list[tuple[str, str | None, str | None]]:
    actors = resolve([extract(text, "art-0")], dates={"art-0": None}).actors
    names = {a.id: a.name for a in actors}
    return sorted((a.name, a.role, names.get(a.affiliation)) for a in actors if a.type == "person")


# 'the N, AGE-year-old X,': the age opens the apposition, the noun before the comma is X's role
AGED_APPOSITIONS = [
    ("Police said the cashier, 34-year-old Lina Hart, had opened the safe.",
     [("Lina Hart", "cashier", None)]),
    ("The officer who was injured, 41-year-old Gareth Pryce, is in hospital.",
     [("Gareth Pryce", "officer", None)]),
    ("Managers said the nurse who treated him, 29-year-old Aisha Kamara, had worked there for years.",
     [("Aisha Kamara", "nurse", None)]),
    ("Investigators said the pilot, 57-year-old Conor Blake, had flown the route for a decade.",
     [("Conor Blake", "pilot", None)]),
    ("The board said the driver, 48-year-old Femi Okafor, had worked for 16 hours.",
     [("Femi Okafor", "driver", None)]),
    # NEGATIVE: a mere person noun is no role; the age alone says nothing of a function
    ("Police found the man, 40-year-old Tim Hale, at home.", [("Tim Hale", None, None)]),
    ("The court heard that 40-year-old Tim Hale had left the house.", [("Tim Hale", None, None)]),
    # NEGATIVE: the noun heads a list, not an apposition
    ("Two men, 25-year-old Sam Ode and 31-year-old Ben Ray, were arrested.",
     [("Ben Ray", None, None), ("Sam Ode", None, None)]),
]


@pytest.mark.parametrize("text,expected", AGED_APPOSITIONS)
def test_an_age_before_the_name_keeps_the_apposition_role(text, expected):
    assert people(text) == expected


# 'POST in charge of REMIT': the remit is part of the role, and is no body the person works for
IN_CHARGE_OF = [
    ("Minister of State in charge of Higher Education, Dr Paul Ngoma, said fees would rise.",
     [("Paul Ngoma", "Minister of State in charge of Higher Education", None)]),
    ("Deputy Minister in Charge of Water, Tom Bara, said taps ran dry.",
     [("Tom Bara", "Deputy Minister in charge of Water", None)]),
    ("Sam Tate, the engineer in charge of the bridge, said it was safe.",
     [("Sam Tate", "engineer in charge of the bridge", None)]),
    ("Paul Ngoma, the minister in charge of housing, said rents would rise.",
     [("Paul Ngoma", "minister in charge of housing", None)]),
    ("The officer in charge of the inquiry, Ruth Sabo, said the case was closed.",
     [("Ruth Sabo", "officer in charge of the inquiry", None)]),
    ("Minister of State in charge of Rural Roads, Dr Ines Habimana, who opened the bridge in Huye on Monday, "
     "urged drivers to slow down.",
     [("Ines Habimana", "Minister of State in charge of Rural Roads", None)]),
    ("Commissioner in charge of Lands, Peter Wambua, who chaired the meeting, said titles would be issued.",
     [("Peter Wambua", "Commissioner in charge of Lands", None)]),
    # a plural post with a list of names: each holds it
    ("Officials in charge of the park, Ann Lowe and Tom Reed, said the gates would close.",
     [("Ann Lowe", "official in charge of the park", None), ("Tom Reed", "official in charge of the park", None)]),
    # NEGATIVE: a charge brought against someone is no post
    ("Prosecutors dropped the charge of fraud against Tim Hale on Monday.", [("Tim Hale", None, None)]),
    # NEGATIVE: 'in his charge' is no remit; a bare 'charge' object is no post
    ("Ruth Sabo, the officer with the boy in her charge, said he was safe.",
     [("Ruth Sabo", "officer", None)]),
    ("Sam Tate, who faces a charge of fraud, said he was innocent.", [("Sam Tate", None, None)]),
    # NEGATIVE: a remit told by a pronoun means nothing out of its sentence: the post alone
    ("The minister in charge of it, Ruth Obi, said the plan was sound.", [("Ruth Obi", "minister", None)]),
    ("The minister in charge of his department, Ruth Obi, said the plan was sound.",
     [("Ruth Obi", "minister", None)]),
    ("The doctor in charge of her care, Dr Ann Cole, said she was stable.", [("Ann Cole", "doctor", None)]),
]


@pytest.mark.parametrize("text,expected", IN_CHARGE_OF)
def test_a_posts_remit_in_charge_of(text, expected):
    assert people(text) == expected
