"""A rank or style written before a name ('Cllr', 'Col.', 'Lt Col.', 'Sgt.', 'Chief Superintendent') is how
the person is addressed; a post the sentence sets off by commas beside the name, owned by a body, is the
function the story gives, and outranks it where it is a post held now at a body and read whole
(roles._a_rank_beside_a_post_set_off). Tables of invented sentences, whole records."""
from __future__ import annotations

import pytest

from conftest import named_actor_records as records


RANK_BESIDE_A_FUNCTION = [
    # a post a body's possessive owns, set off right after the name
    ("Sgt. Nadia Orsk, the bureau's press officer, said two men were held.",
     [("Nadia Orsk", "person", "press officer", None)]),
    ("Col. Bram Odell, the authority's head of procurement, said the tender was fair.",
     [("Bram Odell", "person", "head of procurement", None)]),
    ("Cllr Ewan Tarrant, Lowmere Council's deputy leader, said buses would run later.",
     [("Ewan Tarrant", "person", "deputy leader", "Lowmere Council"), ("Lowmere Council", "organization", None, None)]),
    ("Councillor Orla Penhale, the council's deputy leader, said the budget was balanced.",
     [("Orla Penhale", "person", "deputy leader", None)]),
    ("Det. Sgt. Ula Brandt, the unit's lead investigator, said three men were held.",
     [("Ula Brandt", "person", "lead investigator", None)]),
    ("Chief Superintendent Ossian Reth, the force's head of crime, said arrests had doubled.",
     [("Ossian Reth", "person", "head of crime", None)]),
    ("Capt. Roan Feld, the port authority's harbour master, said the channel would reopen.",
     [("Roan Feld", "person", "harbour master", None)]),
    # a post whose 'of' names an organisation
    ("Sgt. Idris Vane, chair of the Harlow Rank and File Federation, said morale was low.",
     [("Harlow Rank and File Federation", "organization", None, None),
      ("Idris Vane", "person", "chair", "Harlow Rank and File Federation")]),
    ("Lt Col Imre Vashti, director of operations of the Grenholm Fire Service, said the blaze began at noon.",
     [("Grenholm Fire Service", "organization", None, None),
      ("Imre Vashti", "person", "director of operations", "Grenholm Fire Service")]),
    ("Coun. Marek Jessop, chair of the Tarnby Police Board, said the vote was close.",
     [("Marek Jessop", "person", "chair", "Tarnby Police Board"), ("Tarnby Police Board", "organization", None, None)]),
    # NEGATIVE: a seat or membership the style already names, a relative clause, a description, an age
    ("Cllr Tamsin Brook, the Labour member for Eastfield, said the pool must stay open.",
     [("Labour", "organization", None, None), ("Tamsin Brook", "person", "Councillor", "Labour")]),
    ("Cllr Tamsin Brook, a member of the planning committee, said the pool must stay open.",
     [("Tamsin Brook", "person", "Councillor", None)]),
    ("Cllr Tamsin Brook, who chairs the planning committee, said the pool must stay open.",
     [("Tamsin Brook", "person", "Councillor", None)]),
    ("Col. Ferris Amon, a veteran of two wars, said the plan was reckless.",
     [("Ferris Amon", "person", "Colonel", None)]),
    ("Sgt. Ferris Amon, 44, said the road was closed.", [("Ferris Amon", "person", "Sergeant", None)]),
    # NEGATIVE: a post held no more, a kin noun, a plural post shared by two names, a candidacy before the name
    ("Col. Ferris Amon, the former head of the academy, said the plan was reckless.",
     [("Ferris Amon", "person", "Colonel", None)]),
    ("Sgt. Ferris Amon, the victim's brother, said the road was closed.", [("Ferris Amon", "person", "Sergeant", None)]),
    ("Cllr Tamsin Brook and Cllr Ivo Marr, the council's leaders, said the pool must stay open.",
     [("Ivo Marr", "person", "Councillor", None), ("Tamsin Brook", "person", "Councillor", None)]),
    ("Its candidate, Col. Ferris Amon, said the plan was reckless.", [("Ferris Amon", "person", "Colonel", None)]),
    # NEGATIVE: a post of the past, by its dates or by 'then'
    ("Cllr Ines Tovar, the council's leader between 2003 and 2007, said the deal was poor.",
     [("Ines Tovar", "person", "Councillor", None)]),
    ("Maj. Kwame Oduro, the barracks' commander in 2004, said the wall was weak.",
     [("Kwame Oduro", "person", "Major", None)]),
    ("Cllr Ines Tovar, the council's then leader, signed the lease in 2006.",
     [("Ines Tovar", "person", "Councillor", None)]),
    ("Cllr Ines Tovar, the council's incoming leader, said the budget would be cut.",
     [("Ines Tovar", "person", "Councillor", None)]),
    # NEGATIVE: a candidacy after the name
    ("Cllr Ines Tovar, the party's candidate for mayor, said rents were high.",
     [("Ines Tovar", "person", "Councillor", None)]),
    ("Cllr Ines Tovar, the Greens' mayoral candidate, said rents were high.",
     [("Greens", "organization", None, None), ("Ines Tovar", "person", "Councillor", "Greens")]),
    ("Col. Kwame Oduro, the board's nominee for the seat, said the talks were fruitful.",
     [("Kwame Oduro", "person", "Colonel", None)]),
    # NEGATIVE: an owner that is a person or a thing, a bond, authorship, a superlative description
    ("Sgt. Lio Tane, the driver's partner, said the car was stolen.", [("Lio Tane", "person", "Sergeant", None)]),
    ("Cllr Ines Tovar, the scheme's architect, said it would cut costs.", [("Ines Tovar", "person", "Councillor", None)]),
    ("Col. Kwame Oduro, the author of the Benue Review, said the findings were stark.",
     [("Benue Review", "organization", None, None), ("Kwame Oduro", "person", "Colonel", "Benue Review")]),
    ("Sgt. Lio Tane, the force's longest-serving constable, said he would retire.",
     [("Lio Tane", "person", "Sergeant", None)]),
    # NEGATIVE: a post the apposition reader would cut ('officer'): the rank stays
    ("Insp. Arjun Mehta, the unit's investigating officer, said a charge sheet was filed.",
     [("Arjun Mehta", "person", "Inspector", None)]),
    # a post read whole with its portfolio ('on transport': roles._one_noun_role reads it since session 51)
    ("Cllr Ines Tovar, the party's spokeswoman on transport, said fares were too high.",
     [("Ines Tovar", "person", "spokeswoman on transport", None)]),
    # NEGATIVE: a post before the title stays the role only where held now ('then')
    ("The council's then leader, Cllr Ines Tovar, signed the lease in 2006.",
     [("Ines Tovar", "person", "Councillor", None)]),
    # a member's seat written alone before the name is how the member is addressed (roles._a_seat_title_alone)
    ("Senator Dr Orrin Calloway, the party's spokesman on defence, said the plan was weak.",
     [("Orrin Calloway", "person", "spokesman on defence", None)]),
    # NEGATIVE: an office before the name is no rank; it stays the role
    ("President Ilka Morrow, the party's founder, said the vote was rigged.",
     [("Ilka Morrow", "person", "President", None)]),
]


@pytest.mark.parametrize("text, expected", RANK_BESIDE_A_FUNCTION)
def test_a_function_set_off_outranks_a_rank_or_style(text, expected):
    assert records(text) == expected
