"""A member's seat named after 'for' is a place, never an actor nor the speaker (session 48, area 'places';
generator/extract/actors.py `a_members_seat`, speakers.py `_owner_fits`; and, at the end, an office's participle). The object of 'for' on a member's
title ('the MP for X', 'the MCA for X', 'the councillor for X', 'Member of Parliament (MP) for X', the title
in brackets right before 'for' where the parser hangs 'for' elsewhere) is the seat the member is elected for,
also when the seat's name ends on a word of a region ('Central', 'North') that bodies' names use too, and
whatever the recogniser typed it; and '"…," the MP for X said' is the person the story names just before whose
known role is a legislator's and names no other seat (the whole seat name, not its last word), as 'the X MP'
is (one check, speakers._holds_the_seat): the seat owns no post. Rows marked NEGATIVE: a body's name after 'for' ('the
Member for the Kessa Trust'), a voice of a firm ('a spokesman for Harbury Central Holdings'), a candidate's
or a minister's 'for' ('the Labour candidate for X' stays as it was, 'the Minister for Central Affairs'),
an indefinite title ('a councillor for Reform UK', 'a staff member for Jane Doe'), a party after a title that
needs a place ('the councillor for Reform UK'), a person's name that opens on a given name,
a seat that is another than the known one of the person who spoke before ('Tom Reed, the MP for Harbury
North' is no 'MP for Kessa Central', nor 'the MP for Suhum Central' one for 'Ejura Central'), a person of no known post
or of no legislator's ('a lawyer', an analyst, a police spokesperson, a minister or a chief whip of no seat). Names and sentences are invented; each row
is the text's every actor as (name, type, role, affiliation) and every position as (speaker, actor's name)."""
from __future__ import annotations

import pytest

from conftest import actor_records_and_speakers

P = "person"
O = "organization"


ROWS = [
    # the seat after 'for' on a member's title: no actor, and the speaker is the member named before
    ('Kofi Boateng, a backbencher, attacked the plan. "The roads are a death trap," the MP for Kessa Central said. '
     'According to him, three bridges had collapsed.',
     [("Kofi Boateng", P, "backbencher", None)],
     [("Kofi Boateng", "Kofi Boateng"), ("the MP for Kessa Central", "Kofi Boateng"), ("him", "Kofi Boateng")]),
    # the same with the seat before the title: one rule for both forms
    ('Kofi Boateng, a backbencher, attacked the plan. "The roads are a death trap," the Kessa Central MP said.',
     [("Kofi Boateng", P, "backbencher", None)],
     [("Kofi Boateng", "Kofi Boateng"), ("the Kessa Central MP", "Kofi Boateng")]),
    ('Tom Reed, the MP for Kessa Central, backed the bill. "It is a disgrace," the MP for Kessa Central said.',
     [("Tom Reed", P, "MP for Kessa Central", None)],
     [("the MP for Kessa Central", "Tom Reed")]),
    ('"The budget is a fraud," the member for Harbury Central said.',
     [],
     [("the member for Harbury Central", None)]),
    ('Opposition leader Ann Lowe spoke first. "The budget is a fraud," the councillor for Harbury Central told '
     'reporters.',
     [("Ann Lowe", P, "Opposition leader", None)],
     [("the councillor for Harbury Central", None)]),
    ("Roads committee chair Joyce Wanjiru, the MCA for Tarrow West, said the contract had been rigged.",
     [("Joyce Wanjiru", P, "Roads committee chair", None)],
     [("Roads committee chair Joyce Wanjiru", "Joyce Wanjiru")]),
    ("Peter Mwangi, the TD for Kessa Central, said the hospital was full.",
     [("Peter Mwangi", P, "TD for Kessa Central", None)],
     [("Peter Mwangi", "Peter Mwangi")]),
    # NEGATIVE: another seat than the known one of the person before; a person of no known post
    ('Tom Reed, the MP for Harbury North, backed the bill. "It is a disgrace," the MP for Kessa Central said.',
     [("Tom Reed", P, "MP for Harbury North", None)],
     [("the MP for Kessa Central", None)]),
    ('Tom Reed, a lawyer, said the register was flawed. "It is a disgrace," the MP for Kessa Central said.',
     [("Tom Reed", P, "lawyer", None)],
     [("Tom Reed", "Tom Reed"), ("the MP for Kessa Central", None)]),
    # NEGATIVE: a known seat that shares only its last word with the seat said; a known role of no
    # legislator (an analyst, a lecturer, a police spokesperson, a minister of no seat, a chief whip) leaves the
    # quote with no one, after 'for' and before the title alike
    ('Ama Owusu, the MP for Bantama West, spoke first. Kojo Asare, the MP for Suhum Central, followed. '
     '"We want an audit," the MP for Ejura Central said.',
     [("Ama Owusu", P, "MP for Bantama West", None), ("Kojo Asare", P, "MP for Suhum Central", None)],
     [("the MP for Ejura Central", None)]),
    ('Kojo Asare, the MP for Suhum West, spoke first. "We want an audit," the Ejura West MP said.',
     [("Kojo Asare", P, "MP for Suhum West", None)],
     [("the Ejura West MP", None)]),
    ('Ruth Okon, an analyst at Lakeside Capital, said inflation would rise. "The budget is a fraud," the MP for '
     'Ikot Central said.',
     [("Lakeside Capital", O, None, None), ("Ruth Okon", P, "analyst", "Lakeside Capital")],
     [("Ruth Okon", "Ruth Okon"), ("the MP for Ikot Central", None)]),
    ('Ruth Okon, an analyst at Lakeside Capital, said inflation would rise. "The budget is a fraud," the Ikot '
     'Central MP said.',
     [("Lakeside Capital", O, None, None), ("Ruth Okon", P, "analyst", "Lakeside Capital")],
     [("Ruth Okon", "Ruth Okon"), ("the Ikot Central MP", None)]),
    ('Dana Fell, a lecturer, said the plan was flawed. "The budget is a fraud," the MP for Harbury Central said.',
     [("Dana Fell", P, "lecturer", None)],
     [("Dana Fell", "Dana Fell"), ("the MP for Harbury Central", None)]),
    ('Police spokesperson Grace Mensah said two men were arrested. "The police have failed us," the MP for '
     'Asawase Central said.',
     [("Grace Mensah", P, "Police spokesperson", None)],
     [("Police spokesperson Grace Mensah", "Grace Mensah"), ("the MP for Asawase Central", None)]),
    ('Health Minister Efua Sarpong defended the budget. "This is a scandal," the MP for Okwabi Central said.',
     [("Efua Sarpong", P, "Health Minister", None)],
     [("the MP for Okwabi Central", None)]),
    ('Kofi Boateng, the Minority Chief Whip, attacked the plan. "The roads are a death trap," the MP for Kessa '
     'Central said.',
     [("Kofi Boateng", P, "Minority Chief Whip", None)],
     [("Kofi Boateng", "Kofi Boateng"), ("the MP for Kessa Central", None)]),
    ('Tom Reed is leading the campaign. "The register is bad," the MP for Orwin Central said.',
     [("Tom Reed", P, None, None)],
     [("the MP for Orwin Central", None)]),
    # NEGATIVE: a body after 'for'; a firm's voice; a candidate's and a minister's 'for'; a body that acts
    ("The Member for the Kessa Trust, Tom Reed, said the plan would fail.",
     [("Kessa Trust", O, None, None), ("Tom Reed", P, "Member", "Kessa Trust")],
     [("The Member for the Kessa Trust", "Tom Reed")]),
    ('Tom Reed, a lawyer, spoke first. "The budget is a fraud," the spokesman for Harbury Central Holdings said.',
     [("Harbury Central Holdings", O, None, None), ("Tom Reed", P, "lawyer", None)],
     [("the spokesman for Harbury Central Holdings", "Harbury Central Holdings")]),
    ("Ann Lowe, the Labour candidate for Orwin Central, said the plan would fail.",
     [("Ann Lowe", P, "candidate for Orwin Central", "Labour"), ("Labour", O, None, None)],
     [("Ann Lowe", "Ann Lowe")]),
    ("The Minister for Central Affairs, Tom Reed, said the plan was poor.",
     [("Tom Reed", P, "Minister for Central Affairs", None)],
     [("The Minister for Central Affairs", "Tom Reed")]),
    ("Mwala Central Development Trust said the plan was poor. Tom Reed, the MP for Mwala, agreed.",
     [("Mwala Central Development Trust", O, None, None), ("Tom Reed", P, "MP for Mwala", None)],
     [("Mwala Central Development Trust", "Mwala Central Development Trust")]),
    # NEGATIVE: an indefinite title ('a councillor for', 'a staff member for': one of many, no seat's one
    # member); after a title first read so here ('councillor'), a name that reads as no place (a party); a
    # person's name that opens on a given name
    ("Lee Carter, who sits as a councillor for Reform UK, said the budget was reckless.",
     [("Lee Carter", P, "councillor", "Reform UK"), ("Reform UK", O, None, None)],
     [("Lee Carter", "Lee Carter")]),
    ("Ann Lowe, the councillor for Reform UK, said the budget was reckless.",
     [("Ann Lowe", P, "councillor", "Reform UK"), ("Reform UK", O, None, None)],
     [("Ann Lowe", "Ann Lowe")]),
    ("A staff member for Jane Doe said the congresswoman would not attend.",
     [("Jane Doe", P, None, None)],
     [("A staff member for Jane Doe", None)]),
    ("A campaign member for Tom Reed said the rally was cancelled.",
     [("Tom Reed", P, None, None)],
     [("A campaign member for Tom Reed", None)]),
]


@pytest.mark.parametrize("text,actors,positions", ROWS)
def test_a_seat_after_for_is_no_actor_and_no_speaker(text, actors, positions):
    assert actor_records_and_speakers(text) == (sorted(actors), positions)


# An office's participle the recogniser took alone for a body's name ('the Ranking Member'): a word of the
# post, no body (actors._drop_participles_of_a_post, roles._run_body_or_actor). NEGATIVE: a body's name of
# more words that opens on such a participle, or one that is no post's word.
PARTICIPLE_ROWS = [
    ("Kofi Ansah, the Ranking Member on the Health Committee, attacked the plan.",
     [("Health Committee", O, None, None), ("Kofi Ansah", P, "Ranking Member", None)],
     [("Kofi Ansah", "Kofi Ansah")]),
    ("The Presiding Member, Ann Lowe, said the assembly would sit on Monday.",
     [("Ann Lowe", P, "Presiding Member", None)],
     [("The Presiding Member", "Ann Lowe")]),
    ("Sitting Bull Holdings said profits rose.",
     [("Sitting Bull Holdings", O, None, None)],
     [("Sitting Bull Holdings", "Sitting Bull Holdings")]),
    ("Managing Director Tom Reed said profits rose.",
     [("Tom Reed", P, "Managing Director", None)],
     [("Managing Director Tom Reed", "Tom Reed")]),
]


@pytest.mark.parametrize("text,actors,positions", PARTICIPLE_ROWS)
def test_an_offices_participle_is_no_body(text, actors, positions):
    assert actor_records_and_speakers(text) == (sorted(actors), positions)
