"""Affiliations a sentence states without naming the body beside the title (session 22, affil30):
a bare mayor's post ('Mayor X', 'Deputy mayor X'; a councillor by the older rule) in a story that names one
local council, and capitalised words owning a post only a body has by a possessive ("Tarn Valley
Growers' chairman X") that the recogniser missed or read as a person. Every sentence here is
written for the tests; whole records of every actor, negatives where nothing may be affiliated."""
from __future__ import annotations

import pytest

from conftest import actor_records as records_of


LOCAL_COUNCIL_POSTS = [
    ("The Marlow District Council voted on Tuesday to raise rates. Mayor Alan Reed said the rise was needed. "
     "Deputy mayor Susan Vane said she had voted against it.",
     [("Alan Reed", "person", "Mayor", "Marlow District Council"),
      ("Marlow District Council", "organization", None, None),
      ("Susan Vane", "person", "Deputy mayor", "Marlow District Council")]),
    ("The Kelby City Council approved a new bus lane. Councillor Tim Eze said traders had been consulted.",
     [("Kelby City Council", "organization", None, None),
      ("Tim Eze", "person", "Councillor", "Kelby City Council")]),
    ("Parking fees will rise next year, the Orwin Town Council said on Monday. Mayor Dana Holt said the money "
     "would fix roads.",
     [("Dana Holt", "person", "Mayor", "Orwin Town Council"),
      ("Orwin Town Council", "organization", None, None)]),
    ("The Lakeshore Borough Council closed two libraries. Deputy Mayor Grace Obi said the cuts were painful.",
     [("Grace Obi", "person", "Deputy Mayor", "Lakeshore Borough Council"),
      ("Lakeshore Borough Council", "organization", None, None)]),
    ("The Tarvo Municipal Council met on Friday. Councillor Ruth Amadi said the budget was short.",
     [("Ruth Amadi", "person", "Councillor", "Tarvo Municipal Council"),
      ("Tarvo Municipal Council", "organization", None, None)]),
    # NEGATIVE: the mayor is given another place in his sentence
    ("The Ashford District Council approved the bypass on Monday. Mayor Jane Doe of Dover said the road would "
     "bring traffic to her town.",
     [("Ashford District Council", "organization", None, None),
      ("Jane Doe", "person", "Mayor", None)]),
    # NEGATIVE: a place's mayor ('Kelby Mayor X': the town's), another council beside the one
    ("The Kelby District Council cut the budget. Kelby Mayor Tom Reed said the town would suffer.",
     [("Kelby District Council", "organization", None, None),
      ("Tom Reed", "person", "Kelby Mayor", None)]),
    ("The Orwin Town Council and the Harbour Arts Council met. Mayor Dana Holt said the deal was fair.",
     [("Dana Holt", "person", "Mayor", None),
      ("Harbour Arts Council", "organization", None, None),
      ("Orwin Town Council", "organization", None, None)]),
    # NEGATIVE: a county council (a mayor is a town's), two local councils, a former mayor
    ("The Kent County Council approved the bypass on Monday. Mayor Jane Doe said the road would bring traffic.",
     [("Jane Doe", "person", "Mayor", None),
      ("Kent County Council", "organization", None, None)]),
    ("The Dover Town Council and the Ashford District Council objected. Councillor Tim Eze said he was "
     "disappointed. Former mayor Ann Ray agreed.",
     [("Ann Ray", "person", "Former mayor", None),
      ("Ashford District Council", "organization", None, None),
      ("Dover Town Council", "organization", None, None),
      ("Tim Eze", "person", "Councillor", None)]),
    # NEGATIVE (review): another town named anywhere in the story; 'Mayor X of the neighbouring town';
    # the council not named in the mayor's sentence or the one before (a city's mayor the story takes as known)
    ("The Harlow District Council refused to share bin lorries with Stenford. Residents of Stenford were "
     "furious. Mayor Kate Lin said her town would go it alone.",
     [("Harlow District Council", "organization", None, None),
      ("Kate Lin", "person", "Mayor", None),
      ("Stenford", "person", None, None)]),     # (the recogniser's reading, as at the start)
    ("A delegation from the Kelby City Council travelled to Brenton last week. Mayor Ivo Marsh, who hosted "
     "the visit, said the two towns would twin.",
     [("Ivo Marsh", "person", "Mayor", None),
      ("Kelby City Council", "organization", None, None)]),
    ("A judge fined the Delmore City Council for the spill. Mayor Ola Berg of the neighbouring town said she "
     "was pleased.",
     [("Delmore City Council", "organization", None, None),
      ("Ola Berg", "person", "Mayor", None)]),
    ("The Camden Borough Council approved a new cycle lane on Tuesday. Separately, fares on the Underground "
     "will be frozen. Mayor Sadiq Khan said the freeze would help families.",
     [("Camden Borough Council", "organization", None, None),
      ("Sadiq Khan", "person", "Mayor", None)]),
]


@pytest.mark.parametrize("text,expected", LOCAL_COUNCIL_POSTS)
def test_a_bare_local_council_post_is_at_the_one_council_named(text, expected):
    assert records_of(text) == expected


BODY_ONLY_POSTS_OWNED = [
    ("Tarn Valley Growers' chairman Rob Lyle said prices fell.",
     [("Rob Lyle", "person", "chairman", "Tarn Valley Growers"),
      ("Tarn Valley Growers", "organization", None, None)]),
    ("Smoky Hollow Coachlines' president, Gary Moss, said the company was cooperating with investigators.",
     [("Gary Moss", "person", "president", "Smoky Hollow Coachlines"),
      ("Smoky Hollow Coachlines", "organization", None, None)]),
    ("Red Hill Bakers' founder, Nora Quinn, said the shop would stay open.",
     [("Nora Quinn", "person", "founder", "Red Hill Bakers"),
      ("Red Hill Bakers", "organization", None, None)]),
    # a party's spokesperson for a field of government ('health spokesperson'): no person has one
    ("But Sinn Féin's health spokesperson, Deirdre Keohane, said the minister was wrong.",
     [("Deirdre Keohane", "person", "health spokesperson", "Sinn Féin"),
      ("Sinn Féin", "organization", None, None)]),
    ("Green Future Alliance's finance spokeswoman Mary Cole said the plan was weak.",
     [("Green Future Alliance", "organization", None, None),
      ("Mary Cole", "person", "finance spokeswoman", "Green Future Alliance")]),
    # NEGATIVE: a state's or a region's post, a person's staff
    ("Kenya's president Samuel Otieno said the deal was fair.",
     [("Kenya", "country", None, None),
      ("Samuel Otieno", "person", "president", "Kenya")]),
    ("New South Wales' treasurer Mark Dalby said the budget was tight.",
     [("Mark Dalby", "person", "treasurer", None)]),
    ("Peter Langley's lawyer Anne Pryce said he would appeal.",
     [("Anne Pryce", "person", "lawyer", None),
      ("Peter Langley", "person", None, None)]),
    # NEGATIVE (review): a film's director (a work, no body)
    ("The Silent Harbour's director, Lena Moss, said the film took five years.",
     [("Lena Moss", "person", "director", None)]),
    ("Peter Langley's spokesman, Anne Pryce, said he would appeal.",
     [("Anne Pryce", "person", "spokesman", "Peter Langley"),
      ("Peter Langley", "person", None, None)]),
]


@pytest.mark.parametrize("text,expected", BODY_ONLY_POSTS_OWNED)
def test_capitalised_words_owning_a_body_only_post_are_that_body(text, expected):
    assert records_of(text) == expected


UNITS_NAMED_FOR_THEIR_FIELDS = [
    ("Tom Reed, head of the finance and planning division at Harbour Bank, said costs rose.",
     [("Harbour Bank", "organization", None, None),
      ("Tom Reed", "person", "head of the finance and planning division", "Harbour Bank")]),
    ("The Kessan Health Agency (KHA) reported a rise in cases. Dr Mark Obi, the head of the malaria and other "
     "tropical diseases unit at KHA, said rains were to blame.",
     [("Kessan Health Agency", "organization", None, None),
      ("Mark Obi", "person", "head of the malaria and other tropical diseases unit", "Kessan Health Agency")]),
    ("Jo Kim, head of the finance and planning division, said costs rose.",
     [("Jo Kim", "person", "head of the finance and planning division", None)]),
    # NEGATIVE: two bodies after the unit; a list of two things ('the plan and the department')
    ("Lena Fox, head of the research and policy unit at Harbour Trust and Kessa Bank, said rates would rise.",
     [("Harbour Trust", "organization", None, None),
      ("Kessa Bank", "organization", None, None),
      ("Lena Fox", "person", "head of the research and policy unit", None)]),
    ("Mary Ann, a critic of the plan and the department, said it was late.",
     [("Mary Ann", "person", "critic of the plan and department", None)]),
]


@pytest.mark.parametrize("text,expected", UNITS_NAMED_FOR_THEIR_FIELDS)
def test_a_unit_named_for_its_fields_is_one_role(text, expected):
    assert records_of(text) == expected
