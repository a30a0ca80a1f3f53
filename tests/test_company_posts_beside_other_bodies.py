"""'X, the company's chief executive,' where the sentences before name the company beside a body that
is no business (session 26, affil26): a company files with a regulator, is fined by an authority, sues
an agency, and its officer speaks next. A body whose name's head says it is no business (NAME_HEADS_OF_NO_COMPANY:
'... Commission', 'Ministry of ...', '... Administration', '... Hospital') is no other company 'the company'
may mean; any other body may still be (the negatives). Every sentence here is written for the tests;
whole records of every actor."""
from __future__ import annotations

import pytest

from conftest import actor_records as records_of


COMPANY_POSTS_BESIDE_OTHER_BODIES = [
    ('Tarrow Valley Power Ltd. asked the State Utilities Commission on Monday to approve a 12% increase. '
     '"We have no choice," said Ines Moreau, the company\'s chief executive.',
     [("Ines Moreau", "person", "chief executive", "Tarrow Valley Power Ltd"),
      ("State Utilities Commission", "organization", None, None),
      ("Tarrow Valley Power Ltd", "organization", None, None)]),
    ("Kelburn Freight Group was fined by the Maritime Safety Authority last week. Raj Patel, the company's "
     "operations director, said it would appeal.",
     [("Kelburn Freight Group", "organization", None, None),
      ("Maritime Safety Authority", "organization", None, None),
      ("Raj Patel", "person", "operations director", "Kelburn Freight Group")]),
    ("The Ministry of Mines suspended the licence of Orvane Copper Ltd on Friday. The company's spokesman, "
     "Ade Bello, said the decision was unlawful.",
     [("Ade Bello", "person", "spokesman", "Orvane Copper Ltd"),
      ("Ministry of Mines", "organization", None, None),
      ("Orvane Copper Ltd", "organization", None, None)]),
    ("Brightmere Pharmaceuticals Inc. sued the Food and Drug Administration in federal court on Tuesday. "
     "Lena Ortiz, the firm's general counsel, said the agency had overstepped.",
     [("Brightmere Pharmaceuticals Inc", "organization", None, None),
      ("Food and Drug Administration", "organization", None, None),
      ("Lena Ortiz", "person", "general counsel", "Brightmere Pharmaceuticals Inc")]),
    ("In a filing with the Securities Commission, Pelham Mining Corp said output fell 8% in the quarter. "
     "Mark Ochieng, the company's finance chief, said prices would recover.",
     [("Mark Ochieng", "person", "finance chief", "Pelham Mining Corp"),
      ("Pelham Mining Corp", "organization", None, None),
      ("Securities Commission", "organization", None, None)]),
    ("Patients at Ellington Regional Hospital were moved after Dorrow Facilities Ltd cut power. The company's "
     "manager, Ann Roe, said the fault was fixed.",
     [("Ann Roe", "person", "manager", "Dorrow Facilities Ltd"),
      ("Dorrow Facilities Ltd", "organization", None, None)]),
    # NEGATIVE: two companies before: either may be meant
    ("Orvane Copper Ltd and Delmar Metals Ltd told the Mining Commission they would cut jobs. The company's "
     "spokesman, Ade Bello, said 300 posts would go.",
     [("Ade Bello", "person", "spokesman", None),
      ("Delmar Metals Ltd", "organization", None, None),
      ("Mining Commission", "organization", None, None),
      ("Orvane Copper Ltd", "organization", None, None)]),
    # NEGATIVE: a body whose name tells no kind ('Kessa Lights', a charity) may still be the one meant
    ("Kessa Lights, a charity, sued Larch Foods Ltd in the High Court. The company's director, Ann Roe, said "
     "the claim was baseless.",
     [("Ann Roe", "person", "director", None),
      ("High Court", "organization", None, None),
      ("Kessa Lights", "organization", "charity", None),
      ("Larch Foods Ltd", "organization", None, None)]),
    # NEGATIVE: a name that marks no business and is no actor ('Kelburn Freight' here) may be the one meant
    ("The Harbour Authority fined Kelburn Freight on Monday. The company's director, Ann Roe, said it would pay.",
     [("Ann Roe", "person", "director", None),
      ("Harbour Authority", "organization", None, None)]),
]


@pytest.mark.parametrize("text, expected", COMPANY_POSTS_BESIDE_OTHER_BODIES)
def test_company_posts_beside_other_bodies(text, expected):
    assert records_of(text) == expected
