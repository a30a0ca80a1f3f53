"""Places and things the recogniser types as people or bodies are no actors (session 46, area 'places';
generator/extract/actor_names.py, evidence.py, actors.py). A law's head word written alone right after
'the', 'this' or 'that' ('Moving the Bill, the Minister said') names the law, never a person, where nothing
marks a person; a name opening with a street's word of another language, set before a known town in a
person's address ('X, 52, of Heol Ddu, Swansea,'), is a street of that town; a known place written with a
determiner as the qualifier of a member's title ('an amendment by the Preston MP') is the member's seat; a
building named only by a part of it where people stand or gather ('on the steps of the Kessa Assembly',
'outside the gates of X House') is a place, also by its possessive or as its part's qualifier ('on the X
Center's top floor'); so is a seat's building or a headquarters where the press is told something ('told
newsmen at X Bhavan', 'briefing journalists at X House', 'a news conference at X Police Headquarters').
Rows marked NEGATIVE keep the actor: a given name alone or with a word before it ('Bill, a farmer,', 'the
elder Bill'), 'That Bill' beside a person 'Bill X', a body in an address ('of Acme Holdings, Cardiff', 'of
Tetteh Plumbing, Leeds'), a surname before a member's title as the one who speaks ('Jackson MP said'), a
chamber that acts elsewhere, a building whose staff speak, a hospital, a judge's court named by its gates,
a headquarters that acts. Names and sentences are invented; each row is the text's every actor as (name,
type, role, affiliation)."""
from __future__ import annotations

import pytest

from conftest import actor_records
from generator.extract.actor_names import _a_common_noun_with_a_determiner
from generator.extract.parse import parse_text

P = "person"
O = "organization"

ROWS = [
    # a law's head word read as a person
    ("Moving the Bill, the Minister for Fisheries, Hon. Darius Kell, said it keeps a pledge.",
     [("Darius Kell", P, "Minister for Fisheries", None)]),
    ('"This Bill costs far too much," said Ann Lowe, a councillor.',
     [("Ann Lowe", P, "councillor", None)]),
    # NEGATIVE: a given name alone, a full name, a word before the name, 'That Bill' beside 'Bill X'
    ("Bill, a farmer, said the rain had come late.",
     [("Bill", P, "farmer", None)]),
    ("Bill Carter said the deal was good. Carter, a farmer, spoke on Friday.",
     [("Bill Carter", P, "farmer", None)]),
    ("The elder Bill, a retired ferryman, said the harbour had changed for ever.",
     [("Bill", P, "retired ferryman", None)]),
    ("The late Bill, a boatman who died in 2018, had warned of the storms, his daughter Efua said.",
     [("Bill", P, "boatman", None), ("Efua", P, None, None)]),
    ('"That Bill is a liar," said Efua Mensah, a trader, pointing at her neighbour Bill Asante.',
     [("Bill Asante", P, None, None), ("Efua Mensah", P, "trader", None)]),
    # a street set before a known town in an address
    ("Rhys Pugh, 52, of Heol Ddu, Swansea, was jailed for two years on Friday.",
     [("Rhys Pugh", P, None, None)]),
    ("Maria Souza, 33, of Rua das Flores, Swansea, was fined by magistrates.",
     [("Maria Souza", P, None, None)]),
    # NEGATIVE: a body's name before the town stays a body, with or without a body's word
    ("Tom Reed, 40, of Acme Holdings, Cardiff, said the deal was done.",
     [("Acme Holdings", O, None, None), ("Tom Reed", P, "member of Acme Holdings", "Acme Holdings")]),
    ("Sam Tetteh, of Tetteh Plumbing, Leeds, said the pipes had burst.",
     [("Sam Tetteh", P, "member of Tetteh Plumbing", "Tetteh Plumbing"), ("Tetteh Plumbing", O, None, None)]),
    # a known place before a member's title
    ("He ruled that an amendment tabled by the Preston MP was out of order.",
     []),
    # NEGATIVE: a name before the title that is no known place; a known place's word bare, as the one who speaks
    ("The Smith MP was not there, Ann Lowe said.",
     [("Ann Lowe", P, None, None), ("Smith", P, "MP", None)]),
    ("Jackson MP said on Monday the levy was unfair.",
     [("Jackson", P, "MP", None)]),
    # a building named by the part of it where people stand
    ('"Fix the roll first," she told reporters on the steps of the Kessa Assembly after the vote.',
     []),
    ('Protesters gathered outside the gates of Kessa House on Friday. "We will stay," Ann Lowe said.',
     [("Ann Lowe", P, None, None)]),
    ("The ministers met in the lobby of the Harbury Civic Centre, Tom Reed said.",
     [("Tom Reed", P, None, None)]),
    # NEGATIVE: the chamber acts elsewhere; the centre's staff speak; its spokesman speaks; a hospital; a judge's court
    ('"Fix the roll first," she said on the steps of Parliament. Parliament voted on Friday to pass the measure.',
     [("Parliament", O, None, None)]),
    ("Staff of the Harbury Civic Centre said on Friday the building would close.",
     [("Harbury Civic Centre", O, None, None)]),
    ("The spokesman of Parliament said the steps of the building were closed.",
     [("Parliament", O, None, None)]),
    ("The Kessa Nurses Union staged a protest at the gates of Harbour General Hospital. Its chief executive, "
     "Ann Roe, said services ran normally.",
     [("Ann Roe", P, "chief executive", None), ("Harbour General Hospital", O, None, None),
      ("Kessa Nurses Union", O, None, None)]),
    ("Pickets stood outside the gates of the Kessa Crown Court. Judge Tom Reed jailed Mensah for four years.",
     [("Kessa Crown Court", O, None, None), ("Mensah", P, None, None), ("Tom Reed", P, "Judge", "Kessa Crown Court")]),
    # a building's part by its possessive; the press told at a seat's building or a headquarters
    ('"I am not angry," Ann Lowe said outside the hearing room on the Harbury Justice Center\'s top floor.',
     [("Ann Lowe", P, None, None)]),
    ('"That is untrue," Tom Reed told newsmen at Kessa Bhavan on Monday.',
     [("Tom Reed", P, None, None)]),
    ("Briefing journalists at Harbury House on Wednesday, Ann Lowe said the plan was poor.",
     [("Ann Lowe", P, None, None)]),
    ('"It was a robbery," Tom Reed told a news conference at the Kessa Police Headquarters on Wednesday.',
     [("Tom Reed", P, None, None)]),
    # NEGATIVE: the headquarters speaks, or acts after a venue use; staff at a centre; the building's spokesman
    ("The Harbury Police Headquarters said 14 suspects were held.",
     [("Harbury Police Headquarters", O, None, None)]),
    ("The commander said at the Harbury Police Headquarters that nine suspects were held. The headquarters "
     "later published their names.",
     [("Harbury Police Headquarters", O, None, None)]),
    ("Volunteers at the Harbury Community Centre said the roof leaked.",
     [("Harbury Community Centre", O, None, None)]),
    ("The Kessa House spokesman said the car park was closed.",
     [("Kessa House", O, None, None)]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_places_and_things_are_no_actors(text, expected):
    assert actor_records(text) == sorted(expected)


def test_a_papers_name_with_the_is_no_law():
    """NEGATIVE: 'the Gazette' is no law's head word; the law rule leaves it alone (whatever else types it)."""
    doc = parse_text("According to the Gazette, the ferries stopped running.").docs[0]
    gazette = next(t for t in doc if t.text == "Gazette")
    assert not _a_common_noun_with_a_determiner([gazette])
