"""One page per actor within an article (session 28): a short form written after a longer name
(its leading words, its last word) is that one actor, with its type, whatever the recogniser
typed the short form as; a person's surname, or a body's last word, the recogniser left untagged is found; initials
defined in brackets (also with a code after a hyphen, 'DOH-6') are an alias of the body; a title's
last word read with a given name is no name of its own.
Every sentence here is written for the tests; each row asserts the article's whole actors (name,
type, aliases) and the actor each position goes to. Rows marked NEGATIVE keep the names apart."""
from __future__ import annotations

import pytest

from conftest import actor_records, extract


def actors_and_speakers(text: str) -> tuple[list[tuple], list[tuple]]:
    result = extract(text)
    return (sorted((m.name, m.type, tuple(sorted(m.aliases))) for m in result.mentions),
            [(p.speaker, p.actor) for p in result.positions])


SHORT_FORMS = [
    # a firm's leading words, typed as a person by the recogniser, written as the one that acts
    ("Doha: Al Sadeem Logistics Company Q.P.S.C reported a net profit of QR120m. Al Sadeem's shares closed "
     "1.2 percent higher. Al Sadeem will hold a conference call with investors on Sunday.",
     [("Al Sadeem Logistics Company", "organization", ("Al Sadeem",))],
     [("Al Sadeem Logistics Company Q.P.S.C", "Al Sadeem Logistics Company")]),
    # a given name, and a family name written first, alone as speakers, typed as bodies
    ("Meru assemblyman Azhar Kamil of Bersatu said the project was late. Azhar, 47, said he would table a motion. "
     "Selangor exco member Ong Kah Lian said costs had risen. \"Of course that costs more,\" Ong said.",
     [("Azhar Kamil", "person", ("Azhar",)), ("Bersatu", "organization", ()), ("Meru", "person", ()),
      ("Ong Kah Lian", "person", ("Ong",))],
     [("Meru assemblyman Azhar Kamil of Bersatu", "Azhar Kamil"), ("Azhar", "Azhar Kamil"),
      ("Selangor exco member Ong Kah Lian", "Ong Kah Lian"), ("Ong", "Ong Kah Lian")]),
    # surnames the recogniser left untagged, one double-barrelled
    ("Board chair Miriam Oakes-Tindall said the levy would fail. \"Nobody wants that,\" Oakes-Tindall said. "
     "Opposition leader Carla Wendover said the plan was unfair. Wendover said the figures were wrong.",
     [("Carla Wendover", "person", ("Wendover",)), ("Miriam Oakes-Tindall", "person", ("Oakes-Tindall",))],
     [("Board chair Miriam Oakes-Tindall", "Miriam Oakes-Tindall"), ("Oakes-Tindall", "Miriam Oakes-Tindall"),
      ("Opposition leader Carla Wendover", "Carla Wendover"), ("Wendover", "Carla Wendover")]),
    # NEGATIVE: a surname after particles is the particles and the word, never the word alone ('Berg')
    ("Siyathemba chief executive Pieter van der Berg said the guard had worked there for 11 years. "
     "\"He was a father of three,\" Van der Berg said.",
     [("Pieter van der Berg", "person", ()), ("Siyathemba", "organization", ())],
     [("Siyathemba chief executive Pieter van der Berg", "Pieter van der Berg"),
      ("Van der Berg", "Pieter van der Berg")]),
    # NEGATIVE: two people open on the given name; which one it is, the word does not tell
    ("Councillor Azhar Kamil said the drain was late. Councillor Azhar Rahman said the cost had grown. "
     "Azhar, 51, said he would ask for an audit.",
     [("Azhar", "person", ()), ("Azhar Kamil", "person", ()), ("Azhar Rahman", "person", ())],
     [("Councillor Azhar Kamil", "Azhar Kamil"), ("Councillor Azhar Rahman", "Azhar Rahman"), ("Azhar", "Azhar")]),
    # NEGATIVE: a word a state has several bodies of is no short form of a committee
    ("The Senate Committee on Transport said fares would rise. The Senate passed the bill on Friday.",
     [("Senate", "organization", ()), ("Senate Committee on Transport", "organization", ())],
     [("The Senate Committee on Transport", "Senate Committee on Transport")]),
]

LAST_WORDS_OF_BODIES = [
    # a club's last word, written alone where the recogniser named nothing, as the one that acts
    ("Ashcombe Athletic were fined £2,000 by the league on Tuesday. Athletic won three of those games, the club said.",
     [("Ashcombe Athletic", "organization", ("Athletic",))],
     [("the club", None)]),
    # NEGATIVE: the article writes the word in lower case too: a common word, no short form
    ("Ashcombe Athletic were fined £2,000 by the league on Tuesday. Athletic won three of those games, the club said. "
     "Its athletic director quit.",
     [],
     [("the club", None)]),
    # NEGATIVE: a name's last word after 'of' is no short form: here the scientists at large
    ("The Kessan Association of Field Scientists said the survey was flawed. Scientists warned that the glacier "
     "was retreating.",
     [("Kessan Association of Field Scientists", "organization", ()), ("scientists", "group", ())],
     [("The Kessan Association of Field Scientists", "Kessan Association of Field Scientists"),
      ("Scientists", "scientists")]),
]

DEFINED_INITIALS = [
    ("The UN's Food and Agriculture Organization (FAO) warned in a report that the herds could be lost.",
     [("Food and Agriculture Organization", "organization", ("FAO",)), ("United Nations", "organization", ("UN",))],
     []),
    # initials with a code after a hyphen, defined in brackets
    ("The Regional Health Office of Eastern Samar (RHO-8) recorded 2,100 dengue cases this year. RHO-8 director "
     "Ana Lim said cases were rising.",
     [("Ana Lim", "person", ()), ("Regional Health Office of Eastern Samar", "organization", ("RHO-8",))],
     [("RHO-8 director Ana Lim", "Ana Lim")]),
    ("The Kessan Grain Marketing Agency-Guarantee (KGMA-G) filed the petition on Monday.",
     [("Kessan Grain Marketing Agency-Guarantee", "organization", ("KGMA-G",))],
     []),
]

TITLES_BEFORE_NAMES = [
    # a title and a person the recogniser read as one body's name: the title stays the person's role,
    # also where the surname alone is known ('Dlamini said'), not a body 'Transport MEC Sipho'
    # (the place and field words the recogniser split off as a person are another matter, left as found)
    ('Gauteng Roads and Transport MEC Sipho Dlamini, who toured the depot on Monday, said the province had lost '
     '40 buses. "We are stretched," Dlamini said.',
     [("Gauteng Roads", "person", None, None), ("Sipho Dlamini", "person", "Transport MEC", None)]),
    ('Limpopo Community Safety MEC Sipho Dlamini, who toured the depot on Monday, said the province had lost '
     '40 buses. "We are stretched," Dlamini said.',
     [("Sipho Dlamini", "person", "Limpopo Community Safety MEC", None)]),
]


@pytest.mark.parametrize("text, actors, speakers", SHORT_FORMS + LAST_WORDS_OF_BODIES + DEFINED_INITIALS)
def test_short_forms_of_one_actor(text, actors, speakers):
    assert actors_and_speakers(text) == (actors, speakers)


@pytest.mark.parametrize("text, records", TITLES_BEFORE_NAMES)
def test_titles_before_names_are_no_bodies(text, records):
    assert actor_records(text) == records
