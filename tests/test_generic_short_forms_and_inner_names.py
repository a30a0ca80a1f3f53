"""Short forms joined to the actor they stand for (session 45, aliases): 'the House' or 'the Assembly' for
the one legislature of one chamber the article names before it (actor_names._the_one_legislature); a
one-word given name inside one person's full name written alone as a bare speaker ('"…," Faiz said'
after 'Ahmed Faiz Ibrahim': actor_names._an_inner_given_name_speaking); and a one-word speaker the article writes as a
relative or joins to a person's full name is kept a person by resolve (resolve._spoken_of_as_a_person).
Words in brackets right after a body's name that end on its head word are its short form ('(241
Committee)': actor_names._bracketed_short_forms). Every sentence here is written for the tests; each row
asserts every actor of the text (name, type,
aliases) and every position's (speaker, actor). Rows marked NEGATIVE keep the names apart."""
from __future__ import annotations

import pytest

from conftest import actors_and_speakers, extract
from generator.resolve import resolve

_FULL = lambda m: (m.name, m.type, m.aliases)

LEGISLATURE_SHORT_FORMS = [
    ("The Tarvel County Assembly has thrown out the budget. The House said the figures were wrong.",
     [("Tarvel County Assembly", "organization", ["House"])], [("The House", "Tarvel County Assembly")]),
    ("Lawmakers in the Orlen Legislative Assembly debated the bill. The Assembly said the bill would pass next week.",
     [("Orlen Legislative Assembly", "organization", ["Assembly"])], [("The Assembly", "Orlen Legislative Assembly")]),
    ("Members of the Orlen State House of Assembly met on Tuesday. The Assembly voted to suspend a member, Dana Koll said.",
     [("Dana Koll", "person", []), ("Orlen State House of Assembly", "organization", ["Assembly"])],
     [("Dana Koll", "Dana Koll")]),
    ("Parliament approved the bill on Thursday. The House heard that the loan was overdue, Mara Vint said.",
     [("Mara Vint", "person", []), ("Parliament", "organization", ["House"])], [("Mara Vint", "Mara Vint")]),
    ("The Marn Parliament voted on Tuesday. The House rejected the motion by 40 votes to 12.",
     [("Marn Parliament", "organization", ["House"])], []),
    ("The Kessa Legislative Assembly passed the bill. Later the House adjourned until June.",
     [("Kessa Legislative Assembly", "organization", ["House"])], []),
    # a party headed by a chamber's word is no second legislature
    ("The Orlen State House of Assembly passed the budget on Monday. Members of the All Progressives Congress walked out. "
     "The Assembly later passed the budget.",
     [("All Progressives Congress", "organization", []), ("Orlen State House of Assembly", "organization", ["Assembly"])], []),
    # NEGATIVE: a legislature of two chambers, a second chamber, two legislatures, the short form first
    ("The Kessa Legislative Assembly met on Monday. Congress passed a trade law. The House voted on the bill.",
     [("Congress", "organization", []), ("House", "organization", []), ("Kessa Legislative Assembly", "organization", [])], []),
    ("The Ohio General Assembly passed the bill. The House voted 60-30, Dan Ruel said.",
     [("Dan Ruel", "person", []), ("House", "organization", []), ("Ohio General Assembly", "organization", [])],
     [("Dan Ruel", "Dan Ruel")]),
    ("The Kessa Legislature passed the bill. The House will vote next week, Dan Ruel said.",
     [("Dan Ruel", "person", []), ("House", "organization", []), ("Kessa Legislature", "organization", [])],
     [("Dan Ruel", "Dan Ruel")]),
    ("The Kessa Senate passed the bill. The House will vote next week, Dan Ruel said.",
     [("Dan Ruel", "person", []), ("House", "organization", []), ("Kessa Senate", "organization", [])],
     [("Dan Ruel", "Dan Ruel")]),
    ("The Varda Legislative Assembly and the Orlen Legislative Assembly met. The House voted on Monday.",
     [("House", "organization", []), ("Orlen Legislative Assembly", "organization", []),
      ("Varda Legislative Assembly", "organization", [])], []),
    ("The House will debate the bill on Monday. The Varda Legislative Assembly last met in May.",
     [("House", "organization", []), ("Varda Legislative Assembly", "organization", [])], []),
    # NEGATIVE: a building called a House, a council that is no legislature
    ("Workers repaired Parliament House on Monday. The House voted on the bill.",
     [("House", "organization", []), ("Parliament House", "organization", [])], []),
    ("The Kessa Regional Council met on Monday. The House voted on the bill.",
     [("House", "organization", []), ("Kessa Regional Council", "organization", [])], []),
    # a committee of the legislature is no second legislature
    ("The Varda Legislative Assembly met on Monday. The Assembly Committee on Health said the House must act.",
     [("Assembly Committee on Health", "organization", []), ("Varda Legislative Assembly", "organization", ["House"])],
     [("The Assembly Committee on Health", "Assembly Committee on Health")]),
]


@pytest.mark.parametrize("text,actors,speakers", LEGISLATURE_SHORT_FORMS)
def test_a_legislatures_generic_short_form_is_the_one_legislature(text, actors, speakers):
    assert actors_and_speakers(text, _FULL) == (actors, speakers)


INNER_NAMES = [
    ('"We will not stop," said Ahmed Faiz Ibrahim. "The vote was wrong," Faiz said.',
     [("Ahmed Faiz Ibrahim", "person", ["Faiz"])],
     [("Ahmed Faiz Ibrahim", "Ahmed Faiz Ibrahim"), ("Faiz", "Ahmed Faiz Ibrahim")]),
    ('Gabriel Ortega Ruiz chairs the board. "We will appeal," Ortega said on Monday.',
     [("Gabriel Ortega Ruiz", "person", ["Ortega"])], [("Ortega", "Gabriel Ortega Ruiz")]),
    ("Kofi Mensah Boateng, a farmer, lost his crop. Mensah said the rains came late.",
     [("Kofi Mensah Boateng", "person", ["Mensah"])], [("Mensah", "Kofi Mensah Boateng")]),
    ('Anna Maria Kowal runs the shelter. "We are full," Maria told reporters.',
     [("Anna Maria Kowal", "person", ["Maria"])], [("Maria", "Anna Maria Kowal")]),
    ('The minister, Salim Rashid Harthy, opened the port. "Trade will grow," Rashid said.',
     [("Salim Rashid Harthy", "person", ["Rashid"])], [("Rashid", "Salim Rashid Harthy")]),
    # NEGATIVE: a titled one, a body of that word, another person of that first name, one described on its own,
    # one that does anything but speak, one written before the full name
    ("Ahmed Faiz Ibrahim spoke first. Dr Faiz said the clinic was closed.",
     [("Ahmed Faiz Ibrahim", "person", []), ("Faiz", "person", ["Dr Faiz"])], [("Dr Faiz", "Faiz")]),
    ("Ahmed Faiz Ibrahim spoke first. The Faiz Foundation said the clinic was closed.",
     [("Ahmed Faiz Ibrahim", "person", []), ("Faiz Foundation", "organization", [])],
     [("The Faiz Foundation", "Faiz Foundation")]),
    ("Ahmed Faiz Ibrahim spoke first. Faiz Hassan, a teacher, spoke later. Faiz said the school was closed.",
     [("Ahmed Faiz Ibrahim", "person", []), ("Faiz Hassan", "person", ["Faiz"])], [("Faiz", "Faiz Hassan")]),
    ("Ahmed Faiz Ibrahim spoke first. Faiz, a teacher, said the school was closed.",
     [("Ahmed Faiz Ibrahim", "person", []), ("Faiz", "person", [])], [("Faiz", "Faiz")]),
    ("Ann Marie Lowe said no. Marie laughed.", [("Ann Marie Lowe", "person", []), ("Marie", "person", [])], []),
    ("Ann Marie Lowe said no. Her sister, Marie, laughed.",
     [("Ann Marie Lowe", "person", []), ("Marie", "person", [])], []),
]


@pytest.mark.parametrize("text,actors,speakers", INNER_NAMES)
def test_an_inner_word_of_one_persons_name_is_that_person(text, actors, speakers):
    assert actors_and_speakers(text, _FULL) == (actors, speakers)


ONE_WORD_SPEAKERS_RESOLVED = [
    ("Marta Vinn died on Sunday. Her daughter, Karen, said the hospital had failed her.",
     [("Karen", "person"), ("Marta Vinn", "person")]),
    ("Tomas Ruel lost his farm. His son, Aldo, said the bank had been unfair.",
     [("Aldo", "person"), ("Tomas Ruel", "person")]),
    ('"We will not stop," said Ahmed Faiz Ibrahim. "The vote was wrong," Faiz said.',
     [("Ahmed Faiz Ibrahim", "person")]),
    # NEGATIVE: a one-word speaker with no person's marks stays the body it most likely is
    ("Shares fell on Monday. Korvex said it would cut 200 jobs.", [("Korvex", "organization")]),
    ("Shares fell on Monday. Korvex said the plan was on track.", [("Korvex", "organization")]),
    ("Marta Vinn died on Sunday. Her daughter said Korvex had failed her.",
     [("Korvex", "organization"), ("Marta Vinn", "person")]),
]


@pytest.mark.parametrize("text,actors", ONE_WORD_SPEAKERS_RESOLVED)
def test_a_one_word_speaker_with_a_persons_marks_stays_a_person(text, actors):
    assert sorted((a.name, a.type) for a in resolve([extract(text, "a1")], None).actors) == actors


BRACKETED_SHORT_FORMS = [
    # words in brackets after a body's name, ending on its head word, whatever their letters
    ("The National Security Services Committee (241 Committee) met on Monday. The 241 Committee said the report was late.",
     [("National Security Services Committee", "organization", ["241 Committee"])],
     [("The 241 Committee", "National Security Services Committee")]),
    ("The Kessa Border Trade Council (Border Council) met on Monday. The Border Council said the report was late.",
     [("Kessa Border Trade Council", "organization", ["Border Council"])],
     [("The Border Council", "Kessa Border Trade Council")]),
    ("The Orlen Harbour Committee (Orlen Ports Committee) met. The Orlen Ports Committee said fees would rise.",
     [("Orlen Harbour Committee", "organization", ["Orlen Ports Committee"])],
     [("The Orlen Ports Committee", "Orlen Harbour Committee")]),
    # NEGATIVE: another head word, more than the name in the bracket, an exchange's initials
    ("Members of the Kessa Rivers Authority (Rivers Board) met on Monday. The Rivers Board said the dam was safe.",
     [("Kessa Rivers Authority", "organization", []), ("Rivers", "organization", []), ("Rivers Board", "organization", [])],
     [("The Rivers Board", "Rivers Board")]),
    ("The Kessa Rivers Board (formerly Kessa Water Board) met on Monday. The Kessa Water Board said the dam was safe.",
     [("Kessa Rivers Board", "organization", []), ("Kessa Water Board", "organization", [])],
     [("The Kessa Water Board", "Kessa Water Board")]),
    ("Harwick Mining (NYSE) said output rose. The NYSE said trading was halted.",
     [("Harwick Mining", "person", []), ("NYSE", "organization", [])],
     [("Harwick Mining", "Harwick Mining"), ("The NYSE", "NYSE")]),
]


@pytest.mark.parametrize("text,actors,speakers", BRACKETED_SHORT_FORMS)
def test_words_in_brackets_after_a_bodys_name_on_its_head_are_its_short_form(text, actors, speakers):
    assert actors_and_speakers(text, _FULL) == (actors, speakers)
