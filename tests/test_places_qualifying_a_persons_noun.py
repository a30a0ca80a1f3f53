"""A name the recogniser read as a person's, written only as the qualifier of a noun of someone described by
where they live or work ('A Tarrow sheep farmer', 'Harbury Peninsula resident …', 'a Bellmere-area
grower'; a name the recogniser read as a body's only before a resident's noun, 'One Kessa Point resident'), is that place, no actor, and never the speaker of what the farmer says (session 48, area 'places';
generator/extract/actors.py `_qualifies_a_persons_noun`). Rows marked NEGATIVE keep what was there: the same
name acting elsewhere ('Kessa said it would fight'), a family's name before a kin noun ('the Reed
brothers'), a resident's noun that qualifies another ('a Kessa resident engineer'), a name that opens on a given name
(a person's own; test_roles_across_address_styles has the row), a body's name through a body's noun ('an Acme union member'), a name that is a person's own, a relational noun
('a Clarion Housing tenant', 'a Weinstein lawyer', 'the Mensah boy': a landlord's, a client's, a family's name).
Names and sentences are invented; each row is the text's every actor as (name, type, role, affiliation) and
every position as (speaker, actor's name)."""
from __future__ import annotations

import pytest

from conftest import actor_records_and_speakers

P = "person"
O = "organization"


ROWS = [
    ("A Tarrow sheep farmer said the spring had been the wettest he could remember.",
     [],
     [("A Tarrow sheep farmer", None)]),
    ("A Bellmere-area grower said the frost had cost him half his apples.",
     [],
     [("A Bellmere-area grower", None)]),
    ("One Ostrava Point resident said the bay had changed.",
     [],
     [("One Ostrava Point resident", None)]),
    ("One Harbury-area villager said the water was dirty.",
     [],
     [("One Harbury-area villager", None)]),
    # NEGATIVE: the name acts elsewhere; a family's name before kin; a body's noun between; a person's own name
    ("Kessa resident Ann Lowe said the road was dangerous. Kessa said it would fight the plan.",
     [("Ann Lowe", P, "resident", None), ("Kessa", P, None, None)],
     [("Kessa resident Ann Lowe", "Ann Lowe"), ("Kessa", "Kessa")]),
    ("The Reed brothers said the farm was lost.",
     [("Reed", P, None, None)],
     [("The Reed brothers", None)]),
    ("An Acme union member said the pay offer was poor.",
     [],
     [("An Acme union member", None)]),
    ("Kessa Point resident Ann Lowe said the road was dangerous. Kessa Point voted to close the road.",
     [("Ann Lowe", P, "resident", None), ("Kessa Point", P, None, None)],
     [("Kessa Point resident Ann Lowe", "Ann Lowe")]),
    ("A Kessa resident engineer said the bridge was safe.",
     [("Kessa", P, None, None)],
     [("A Kessa resident engineer", None)]),
    # NEGATIVE: the resident's noun joined to a named person with a post of their own is that one person, who
    # speaks (positions._a_bare_post_joined_to_a_titled_name); the name's page is kept
    ("Ostrava Point resident and retired nurse Ann Lowe, 67, said the bay had changed.",
     [("Ann Lowe", P, "retired nurse", None), ("Ostrava Point", O, None, None)],
     [("retired nurse Ann Lowe", "Ann Lowe")]),
    ("Tom Reed, a sheep farmer, said the market had collapsed.",
     [("Tom Reed", P, "sheep farmer", None)],
     [("Tom Reed", "Tom Reed")]),
    # NEGATIVE: a relational noun, which a landlord's, a client's or a family's name qualifies as often as a
    # place ('tenant', 'lawyer', 'boy'): the name keeps its page
    ("A Clarion Housing tenant said repairs had taken months.",
     [("Clarion Housing", O, None, None)],
     [("A Clarion Housing tenant", "Clarion Housing")]),
    ("A Weinstein lawyer said the verdict would be appealed.",
     [("Weinstein", P, None, None)],
     [("A Weinstein lawyer", "Weinstein")]),
    ("The Mensah boy, 12, drowned in the river, police said.",
     [("Mensah", P, None, None)],
     []),
]


@pytest.mark.parametrize("text,actors,positions", ROWS)
def test_a_place_qualifying_a_persons_noun_is_no_actor(text, actors, positions):
    assert actor_records_and_speakers(text) == (sorted(actors), positions)
