"""Speakers the recogniser leaves in no entity, found by the parse (session 33). A person: the subject of a
verb of speech whose head is a capitalised proper noun is a person's name where the parse joins it
by compounds into two or three capitalised words opening on a given name (gender-guesser's), with
no body's, title's, trade's, place's or other dictionary word among them; a title or a party's
initials before the name stay outside it. Tense, word order, a relative clause set off after the
name and coordination do not matter. Not a capitalised phrase that does anything else, nor one in
lower case, nor a surname alone, nor words a road's or a firm's head word ends. A team: 'the' and
capitalised words headed by a plural proper noun whose singular is a dictionary noun ('the Far West
Comets'), the subject of what a body does, is a body's name ending on that head; not a country's or
place's plural name nor a family's ('the Pawars'), nor writings' ('the Halvern Papers') nor a
people's; no name after a kind of body ('Hospital'). A name read as a person's that holds the
initials the article defines for a body ('(KPH)'), its other words a known place's, is that
body's unit, no person; initials that open a name ('OC Varadan') stay a person's. Each sentence is
written for these tests; each row is every actor of the text, whole (name, type, role,
affiliation), and every position (speaker, actor, cue, text, direct)."""
from __future__ import annotations

import pytest

from conftest import actor_records, positions_of


ROWS = [
    # the bare subject of a speech verb
    ("Suresh Pawar said the canal money had not reached the villages.",
     [("Suresh Pawar", "person", None, None)],
     [("Suresh Pawar", "Suresh Pawar", "said", "the canal money had not reached the villages", False)]),
    # a party's initials and a title before it, a relative clause set off after it
    ("Local Congress MLA Suresh Pawar, who represents the ward, said the canal would be repaired.",
     [("Suresh Pawar", "person", "Local Congress MLA", None)],
     [("Local Congress MLA Suresh Pawar", "Suresh Pawar", "said", "the canal would be repaired", False)]),
    # the second of two subjects joined by 'and'
    ("Suresh Pawar and Meera Joshi told reporters the canal was unsafe.",
     [("Meera Joshi", "person", None, None), ("Suresh Pawar", "person", None, None)],
     [("Suresh Pawar", "Suresh Pawar", "told", "the canal was unsafe", False),
      ("Meera Joshi", "Meera Joshi", "told", "the canal was unsafe", False)]),
    # another tense, another verb of speech
    ("Suresh Pawar has warned that the canal is unsafe.",
     [("Suresh Pawar", "person", None, None)],
     [("Suresh Pawar", "Suresh Pawar", "warned", "the canal is unsafe", False)]),
    ("Suresh Pawar will tell the committee that the canal is unsafe.",
     [("Suresh Pawar", "person", None, None)],
     [("Suresh Pawar", "Suresh Pawar", "tell", "the canal is unsafe", False)]),
    # inside a relative clause; after a lower-case post
    ("The canal, which Suresh Pawar says was never inspected, burst on Monday.",
     [("Suresh Pawar", "person", None, None)],
     [("Suresh Pawar", "Suresh Pawar", "says", "The canal was never inspected", False)]),
    ("District collector Suresh Pawar said on Friday that repairs would begin.",
     [("Suresh Pawar", "person", "District collector", None)],
     [("District collector Suresh Pawar", "Suresh Pawar", "said", "repairs would begin", False)]),
    # NEGATIVE: the name does something other than speak
    ("Suresh Pawar visited the canal on Monday.", [], []),
    # NEGATIVE: lower case; a surname alone
    ("suresh pawar said the canal was unsafe.", [],
     [("suresh pawar", None, "said", "the canal was unsafe", False)]),
    ("Pawar said the canal was unsafe.", [],
     [("Pawar", None, "said", "the canal was unsafe", False)]),
    # NEGATIVE: a dictionary word that is no given name ends the words (a road's name)
    ("Suresh Pawar Road said the canal was unsafe.", [],
     [("Suresh Pawar Road", None, "said", "the canal was unsafe", False)]),
    # NEGATIVE: a style of address before the name leaves it to the titled names
    ("Madam Chua Pei Ling said the stall had closed.",
     [("Chua Pei Ling", "person", None, None)],
     [("Madam Chua Pei Ling", "Chua Pei Ling", "said", "the stall had closed", False)]),
    # NEGATIVE: a sentence-opening noun for a kind of body right before the name makes it the body's
    ("Hospital Dolly Marden said the ward was full.", [],
     [("Hospital Dolly Marden", None, "said", "the ward was full", False)]),
]


TEAMS = [
    ("The Far West Comets said on Monday they could leave the league.",
     [("Far West Comets", "organization", None, None)],
     [("The Far West Comets", "Far West Comets", "said", "they could leave the league", False)]),
    ("The Far West Comets have warned that they could leave the league.",
     [("Far West Comets", "organization", None, None)],
     [("The Far West Comets", "Far West Comets", "warned", "they could leave the league", False)]),
    ("THE Far West Comets will tell the council they could leave the league.",
     [("Far West Comets", "organization", None, None)],
     [("THE Far West Comets", "Far West Comets", "tell", "they could leave the league", False)]),
    # a relative clause set off after the name; the name inside a relative clause
    ("The Marlow Bay Stingers, who play at Harbour Oval, said the lease was unfair.",
     [("Marlow Bay Stingers", "organization", None, None)],
     [("The Marlow Bay Stingers", "Marlow Bay Stingers", "said", "the lease was unfair", False)]),
    ("The lease, which the Far West Comets say is unfair, ends in May.",
     [("Far West Comets", "organization", None, None)],
     [("the Far West Comets", "Far West Comets", "say", "The lease is unfair", False)]),
    # two teams joined by 'and' are two bodies
    ("The Far West Comets and the Marlow Bay Stingers said the lease was unfair.",
     [("Far West Comets", "organization", None, None), ("Marlow Bay Stingers", "organization", None, None)],
     [("The Far West Comets", "Far West Comets", "said", "the lease was unfair", False),
      ("the Marlow Bay Stingers", "Marlow Bay Stingers", "said", "the lease was unfair", False)]),
    # NEGATIVE: a country's plural name; a family's; lower case; a plural alone; no act of a body
    ("The Solomon Islands said the lease was unfair.", [],
     [("The Solomon Islands", None, "said", "the lease was unfair", False)]),
    ("The Kessel Pawars said the lease was unfair.", [],
     [("The Kessel Pawars", None, "said", "the lease was unfair", False)]),
    ("the far west comets said the lease was unfair.", [],
     [("the far west comets", None, "said", "the lease was unfair", False)]),
    ("Comets said the lease was unfair.", [],
     [("Comets", None, "said", "the lease was unfair", False)]),
    ("The Far West Comets played at Harbour Oval on Sunday.", [], []),
    # NEGATIVE: writings named by a plural ('papers', 'guidelines', 'rules', 'letters', 'scrolls')
    ("The Halvern Papers revealed that the mayor held offshore accounts.", [],
     [("The Halvern Papers", None, "revealed", "the mayor held offshore accounts", False)]),
    ("The Marlow Guidelines say the river must be protected.", [],
     [("The Marlow Guidelines", None, "say", "the river must be protected", False)]),
    ("The Marlow Rules say the river must be protected.", [],
     [("The Marlow Rules", None, "say", "the river must be protected", False)]),
    ("The Orwin Commandments say the river must be protected.", [],
     [("The Orwin Commandments", None, "say", "the river must be protected", False)]),
    ("The Kessel Letters reveal that the river was poisoned.", [],
     [("The Kessel Letters", None, "reveal", "the river was poisoned", False)]),
    ("The Kessel Scrolls say the temple was rebuilt.", [],
     [("The Kessel Scrolls", None, "say", "the temple was rebuilt", False)]),
    # NEGATIVE: a people named by a plural
    ("The Orwin Arabs said the lease was unfair.", [],
     [("The Orwin Arabs", None, "said", "the lease was unfair", False)]),
]


@pytest.mark.parametrize("text, actors, positions", ROWS + TEAMS)
def test_speakers_the_recogniser_missed(text, actors, positions):
    assert (actor_records(text), positions_of(text)) == (actors, positions)


UNITS = [
    # a known place and a body's defined initials read as a person's name: a unit of the body, no person
    ("The raid involved the Ministry of Trade (KPH). Penang KPH officers said 14 boats were seized.",
     [("Ministry of Trade", "organization", None, None)]),
    # NEGATIVE: a person's name with letters no body of the article is written by
    ("The raid involved the Ministry of Trade (KPH). Ahmad Zaki Hamid KC said 14 boats were seized.",
     [("Ahmad Zaki Hamid", "person", "KC", None), ("Ministry of Trade", "organization", None, None)]),
    ("The raid involved the Ministry of Trade (KPH). Ahmad Zaki Hamid said 14 boats were seized.",
     [("Ahmad Zaki Hamid", "person", None, None), ("Ministry of Trade", "organization", None, None)]),
    # NEGATIVE: a body's initials that open a person's name before a surname stay the person's
    ("The Orwin Congress (OC) left the alliance on Monday. Congress general secretary OC Varadan said the party would regroup.",
     [("Congress", "organization", None, None), ("OC Varadan", "person", "general secretary", "Orwin Congress"),
      ("Orwin Congress", "organization", None, None)]),
    ("The Halvern Party (HP) split in 1979. BJP president HP Mallik said the party would win.",
     [("BJP", "organization", None, None), ("HP Mallik", "person", "president", "BJP"),
      ("Halvern Party", "organization", None, None)]),
    ("The Kessel League (KL) boycotted the vote. Chief minister KL Dharwal said the vote was unfair.",
     [("KL Dharwal", "person", "Chief minister", None), ("Kessel League", "organization", None, None)]),
]


@pytest.mark.parametrize("text, actors", UNITS)
def test_units_named_by_a_bodys_initials(text, actors):
    assert actor_records(text) == actors
