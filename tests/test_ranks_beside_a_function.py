"""A rank or style written before a name ('Cllr', 'Col.', 'Lt Col.', 'Sgt.', 'Chief Superintendent') is how
the person is addressed; a post the sentence sets off by commas beside the name, owned by a body, is the
function the story gives, and outranks it (roles._a_rank_beside_a_post_set_off). Tables of invented
sentences, whole records."""
from __future__ import annotations

import pytest

from conftest import named_actor_records as records


RANK_BESIDE_A_FUNCTION = [
    # a post a possessive owns, set off right after the name
    ("Col. Greta Halvik, the agency's chief financial officer, said the budget was short.",
     [("Greta Halvik", "person", "chief financial officer", None)]),
    ("Cllr Dafydd Morlan, Brynmor Council's cabinet member for housing, said the scheme would start in May.",
     [("Brynmor Council", "organization", None, None),
      ("Dafydd Morlan", "person", "cabinet member for housing", "Brynmor Council")]),
    ("Sgt. Rolf Amberg, the service's public information officer, said two men were arrested.",
     [("Rolf Amberg", "person", "public information officer", None)]),
    ("Councillor Orla Penhale, the council's deputy leader, said the budget was balanced.",
     [("Orla Penhale", "person", "deputy leader", None)]),
    ("Det. Sgt. Ula Brandt, the unit's lead investigator, said three men were held.",
     [("Ula Brandt", "person", "lead investigator", None)]),
    ("Chief Superintendent Ossian Reth, the force's head of crime, said arrests had doubled.",
     [("Ossian Reth", "person", "head of crime", None)]),
    ("Capt. Roan Feld, the port authority's harbour master, said the channel would reopen.",
     [("Roan Feld", "person", "harbour master", None)]),
    # a post whose 'of' names its body
    ("Sgt. Pia Lennart, president of the Ostmark Police Officers Association, said members were angry.",
     [("Ostmark Police Officers Association", "organization", None, None),
      ("Pia Lennart", "person", "president", "Ostmark Police Officers Association")]),
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
    # NEGATIVE: a post held no more, a kin noun, a plural post shared by two names, a candidacy
    ("Col. Ferris Amon, the former head of the academy, said the plan was reckless.",
     [("Ferris Amon", "person", "Colonel", None)]),
    ("Sgt. Ferris Amon, the victim's brother, said the road was closed.", [("Ferris Amon", "person", "Sergeant", None)]),
    ("Cllr Tamsin Brook and Cllr Ivo Marr, the council's leaders, said the pool must stay open.",
     [("Ivo Marr", "person", "Councillor", None), ("Tamsin Brook", "person", "Councillor", None)]),
    ("Its candidate, Col. Ferris Amon, said the plan was reckless.", [("Ferris Amon", "person", "Colonel", None)]),
    # NEGATIVE: an office before the name is no rank; it stays the role
    ("Senator Dr Orrin Calloway, the party's spokesman on defence, said the plan was weak.",
     [("Orrin Calloway", "person", "Senator", None)]),
    ("President Ilka Morrow, the party's founder, said the vote was rigged.",
     [("Ilka Morrow", "person", "President", None)]),
]


@pytest.mark.parametrize("text, expected", RANK_BESIDE_A_FUNCTION)
def test_a_function_set_off_outranks_a_rank_or_style(text, expected):
    assert records(text) == expected
