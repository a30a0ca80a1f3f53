"""A body named by two fields joined by 'and' ('the Parks and Wildlife Service') is one name where
the recogniser opened it after the 'and' (session 24). Every sentence here is written for the tests;
each row asserts the article's whole actors (name, type) and the actor each position goes to. Rows
marked NEGATIVE keep two bodies apart (a body's word before the 'and', a party's name after it, a
place before it); their other faults (no page for 'the Navy', 'Labour' for the party) are not this
rule's and are asserted as they stand."""
from __future__ import annotations

import pytest

from conftest import actors_and_speakers


FIRST_FIELD_OF_A_BODY = [
    # the first field its own entity (an organisation, a person, a product)
    ("The Marine and Coastal Resources Department said it would transplant coral fragments.",
     [("Marine and Coastal Resources Department", "organization")],
     [("The Marine and Coastal Resources Department", "Marine and Coastal Resources Department")]),
    ("The Parks and Wildlife Service said the trail would reopen.",
     [("Parks and Wildlife Service", "organization")],
     [("The Parks and Wildlife Service", "Parks and Wildlife Service")]),
    ("A spokesman for the Roads and Maritime Authority said the bridge was safe.",
     [("Roads and Maritime Authority", "organization")],
     [("Roads and Maritime Authority", "Roads and Maritime Authority")]),
    # whole already: unchanged
    ("The Fisheries and Ocean Resources Department said it would close the bay.",
     [("Fisheries and Ocean Resources Department", "organization")],
     [("The Fisheries and Ocean Resources Department", "Fisheries and Ocean Resources Department")]),
    ("The Water and Sanitation Board said supplies were low.",
     [("Water and Sanitation Board", "organization")],
     [("The Water and Sanitation Board", "Water and Sanitation Board")]),
    ("The Forestry and Wildlife Department said it would plant 10,000 trees.",
     [("Forestry and Wildlife Department", "organization")],
     [("The Forestry and Wildlife Department", "Forestry and Wildlife Department")]),
    # NEGATIVE: a body's word before the 'and'
    ("The Navy and Coast Guard said the search would continue.",
     [("Coast Guard", "organization")],
     [("The Navy", None)]),
    # NEGATIVE: a party's name after the 'and'
    ("The Greens and Labour Party said they would vote against the bill.",
     [("Greens", "organization"), ("Labour", "organization")],
     [("The Greens", "Greens"), ("Labour Party", "Labour")]),
    # NEGATIVE: no 'the' before the first word
    ("Officials from Kessa and Harbour Councils met on Monday.",
     [], []),
]


@pytest.mark.parametrize("text, actors, speakers", FIRST_FIELD_OF_A_BODY)
def test_first_field_of_a_body(text, actors, speakers):
    assert actors_and_speakers(text) == (actors, speakers)
