"""A body's name read whole over its run of capitalised words (actor_names._bodies_read_whole_over_their_run,
_acting_bodies_the_recogniser_missed, _owner_and_body_owned): the recogniser's piece runs back over a place,
a plural's apostrophe, fields joined by 'and' and a settlement's 'of', and on over its remit after 'of'; a run
it left untagged is a body where the parse makes it the subject of a body's act (BODY_ACT_VERBS) or the body a
named person holds a post in; a singular owner's possessive between two bodies' names makes the owner the body's affiliation.
Invented sentences, whole records (name, type, role, affiliation's name)."""
from __future__ import annotations

import pytest

from conftest import actor_records


BODY_NAMES_READ_WHOLE = [
    # a place or a plural's apostrophe before the recogniser's piece, the post and its holder after it
    ("Orwin Valley Chamber of Commerce president Tom Reed said trade was slow.",
     [("Orwin Valley Chamber of Commerce", "organization", None, None),
      ("Tom Reed", "person", "president", "Orwin Valley Chamber of Commerce")]),
    ("The Kessa Nurses' Welfare Union said wards were short-staffed.",
     [("Kessa Nurses' Welfare Union", "organization", None, None)]),
    ("The Children's Rights Forum said schools were full.",
     [("Children's Rights Forum", "organization", None, None)]),
    # a settlement's 'of' opening the name
    ("The City of Kessa Council said bins would be collected weekly.",
     [("City of Kessa Council", "organization", None, None)]),
    ("The Borough of Orwin Council said rates would rise.",
     [("Borough of Orwin Council", "organization", None, None)]),
    # the remit after 'of': a country the recogniser took for a person, fields joined by 'and'
    ("Ann Lowe, secretary of the Rural Teachers Union of Lesotho, said pay was late.",
     [("Ann Lowe", "person", "secretary", "Rural Teachers Union of Lesotho"),
      ("Rural Teachers Union of Lesotho", "organization", None, None)]),
    ("The Ministry of Trade and Industrial Development said exports rose.",
     [("Ministry of Trade and Industrial Development", "organization", None, None)]),
    # a field joined by 'and' opens no title ('Justice')
    ("The legislator, who sits on the Justice and Home Rights Committee, said the delay was unlawful.",
     [("Justice and Home Rights Committee", "organization", None, None)]),
    # runs the recogniser left untagged: before a named holder's post, after a post's 'of', a subject
    ("Orwin Traders' Association president Ann Lowe said shops were empty.",
     [("Ann Lowe", "person", "president", "Orwin Traders' Association"),
      ("Orwin Traders' Association", "organization", None, None)]),
    ("Tom Hale, chief executive of the Kessa Manufacturers' Forum, said orders were down.",
     [("Kessa Manufacturers' Forum", "organization", None, None),
      ("Tom Hale", "person", "chief executive", "Kessa Manufacturers' Forum")]),
    ("The Orwin Upper Canal Authority board voted to raise fares.",
     [("Orwin Upper Canal Authority", "organization", None, None)]),
    # a singular owner's possessive between two bodies' names: the owner and the body it owns
    ("The Kessa City Council's Audit Committee said the accounts were late.",
     [("Audit Committee", "organization", None, "Kessa City Council"),
      ("Kessa City Council", "organization", None, None)]),
    # a settlement's 'of' names no head: 'the council' takes up the City of … Council
    ("The City of Kessa Council approved the plan on Monday. Councillor Ann Lowe, the council's deputy leader, "
     "said rents were too high.",
     [("Ann Lowe", "person", "deputy leader", "City of Kessa Council"),
      ("City of Kessa Council", "organization", None, None)]),   # (the function set off outranks the style)
    # NEGATIVE: a determiner capitalised as a quote opens is no word of a name
    ('"That Cabinet never listened to us. Now it wants our votes," Tom Reed said.',
     [("Tom Reed", "person", None, None)]),
    # NEGATIVE: a sentence-opening preposition the parser tags a proper noun opens no body's name
    ("Opposite Parliament, Orwin farmers protested.",
     []),
    # NEGATIVE: an event or a place that is the subject of no body's act ('ended', 'flooded')
    ("The Orwin Peace Conference ended without a deal, Ann Lowe said.",
     [("Ann Lowe", "person", None, None)]),
    ("The Orwin Tennis Court flooded overnight.",
     []),
    # NEGATIVE: a country's plural name of three words before its apostrophe owns the body
    ("The United Arab Emirates' Central Bank said rates would hold.",
     [("Central Bank", "organization", None, "United Arab Emirates"), ("United Arab Emirates", "country", None, None)]),
    # NEGATIVE: two bodies joined by 'and' (each whole, or the second a name of its own)
    ("The Harbour Board and City Council said the plan was sound.",
     [("City Council", "organization", None, None), ("Harbour Board", "organization", None, None)]),
    ("The Bank of England and Treasury said rates would rise.",
     [("Bank of England", "organization", None, None)]),
    ("The Harbour Commission and Larch Foods announced a deal.",
     [("Harbour Commission", "organization", None, None), ("Larch Foods", "organization", None, None)]),
    ("Greenpeace, the Sierra Club and Friends of the Earth said the plan was wrong.",
     [("Friends of the Earth", "organization", None, None), ("Greenpeace", "organization", None, None),
      ("Sierra Club", "organization", None, None)]),
    ("The Office for Ports and Harbour Board met on Monday.",
     [("Harbour Board", "organization", None, None), ("Office for Ports", "organization", None, None)]),
    # NEGATIVE: an outsider's noun, a post no one named holds, a place where someone studied
    ("Kessa Bank critic Ann Lowe said rates would rise.",
     [("Ann Lowe", "person", "Kessa Bank critic", None), ("Kessa Bank", "organization", None, None)]),
    ("Students at Orwin Community College said fees rose.",
     []),
    # NEGATIVE: an owner of one word or a country; an owned body that qualifies a post after it
    ("The University's Ethics Committee approved the study.",
     [("Ethics Committee", "organization", None, None)]),
    ("Britain's Labour Party said it would vote.",
     [("Labour", "organization", None, "United Kingdom"), ("United Kingdom", "country", None, None)]),
    ("The Kessa Council's Finance Committee chairman Tom Reed said the budget was tight.",
     [("Finance Committee", "organization", None, None), ("Tom Reed", "person", "chairman", "Finance Committee")]),
]


@pytest.mark.parametrize("text,expected", BODY_NAMES_READ_WHOLE)
def test_a_bodys_name_is_read_whole_over_its_run(text, expected):
    assert actor_records(text) == expected
