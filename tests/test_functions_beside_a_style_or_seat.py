"""A style or a member's seat written alone before a name ('Cllr', 'Cr', 'Senator', 'Deputy') is how the person
is addressed; a post set off by commas after the name (or after a bracketed tag that follows it) whose own
'for'/'on' phrase names a portfolio written bare ('cabinet member for finance', 'the Minister for Treasury and
Resources', "the party's spokesman on energy") is the function the story gives and outranks it
(roles._a_rank_beside_a_post_set_off, _a_portfolio_remit, _a_seat_title_alone). And capital initials opening the
brackets after a person's name ('X (SLPP, Constituency 12, Kenema District)') are the body the article names by
them where the article names that body other than by the brackets themselves, never an honour's letters
(roles._body_of_bracketed_initials). Tables of invented sentences, whole records."""
from __future__ import annotations

import pytest

from conftest import named_actor_records as records


FUNCTION_BESIDE_A_STYLE_OR_SEAT = [
    ("Cllr Hester Quill, executive member for parks and leisure, said the budget was tight.",
     [("Hester Quill", "person", "executive member for parks and leisure", None)]),
    ("Cllr Hester Quill (Lab), cabinet member for housing, said the budget was tight.",
     [("Hester Quill", "person", "cabinet member for housing", "Labour Party"),
      ("Labour Party", "organization", None, None)]),
    ("Cllr Martin Abbot (Con, Eastmere), the cabinet member for finance, told the chamber the budget was tight.",
     [("Conservative Party", "organization", None, None),
      ("Martin Abbot", "person", "cabinet member for finance", "Conservative Party")]),
    ("Senator Dr Obi Nwachi, the party's spokesman on energy, said the grid was failing.",
     [("Obi Nwachi", "person", "spokesman on energy", None)]),
    ("Deputy Ronan Le Mesurier, the Minister for Treasury and Resources, said the budget was tight.",
     [("Ronan Le Mesurier", "person", "Minister for Treasury and Resources", None)]),
    ("Councillor Ama Osei, Kelby City Council's cabinet member for housing and planning, said the fine was fair.",
     [("Ama Osei", "person", "cabinet member for housing and planning", "Kelby City Council"),
      ("Kelby City Council", "organization", None, None)]),
    ("Cllr Hester Quill, spokeswoman on health and social care, said the budget was tight.",
     [("Hester Quill", "person", "spokeswoman on health and social care", None)]),
    # NEGATIVE: a description, a seat, a candidacy, a past or dated post, a client's lawyer, authorship, an age
    ("Cllr Hester Quill, a former teacher, said the budget was tight.",
     [("Hester Quill", "person", "Councillor", None)]),
    ("Cllr Hester Quill, a mother of three, said the budget was tight.",
     [("Hester Quill", "person", "Councillor", None)]),
    ("Cllr Hester Quill, the councillor for Eastmere ward, said the budget was tight.",
     [("Hester Quill", "person", "Councillor", None)]),
    ("Cllr Hester Quill, the candidate for mayor, said the budget was tight.",
     [("Hester Quill", "person", "Councillor", None)]),
    ("Cllr Hester Quill, the former cabinet member for finance, said the budget was tight.",
     [("Hester Quill", "person", "Councillor", None)]),
    ("Cllr Hester Quill, cabinet member for housing in 2019, said the budget was tight.",
     [("Hester Quill", "person", "Councillor", None)]),
    ("Senator Obi Nwachi, the lawyer for the family, said the ruling was unjust.",
     [("Obi Nwachi", "person", "Senator", None)]),
    ("Senator Obi Nwachi, the author of the bill, said the grid was failing.",
     [("Obi Nwachi", "person", "Senator", None)]),
    ("Cllr Hester Quill, 54, said the budget was tight.",
     [("Hester Quill", "person", "Councillor", None)]),
    # NEGATIVE: what the member knows or argues for, a place as the 'for' object, a client, a span of years
    ("Deputy Ivo Brandt, the expert on trade, said the plan was dropped.", [("Ivo Brandt", "person", "Deputy", None)]),
    ("Deputy Ivo Brandt, the campaigner for reform, said the plan was dropped.",
     [("Ivo Brandt", "person", "Deputy", None)]),
    ("Deputy Ivo Brandt, the minister for Fife, said the plan was dropped.", [("Ivo Brandt", "person", "Deputy", None)]),
    ("Cllr Lena Farrow, spokeswoman for the family, said the plan was dropped.",
     [("Lena Farrow", "person", "Councillor", None)]),
    ("Senator Ivo Brandt, chair for 12 years, said the plan was dropped.", [("Ivo Brandt", "person", "Senator", None)]),
    ("Rep. Ivo Brandt, the ranking member on the committee, said the plan was dropped.",
     [("Ivo Brandt", "person", "Representative", None)]),
    # NEGATIVE: a post written with 'a'/'an' is a description of the person, no post held
    ("Senator Ivo Brandt, a voice for change, said the plan was dropped.", [("Ivo Brandt", "person", "Senator", None)]),
    ("Cllr Lena Farrow, a lawyer for tenants, said the plan was dropped.",
     [("Lena Farrow", "person", "Councillor", None)]),
    ("Cllr Lena Farrow, a consultant on transport, said the plan was dropped.",
     [("Lena Farrow", "person", "Councillor", None)]),
    # NEGATIVE: a state or a time as the 'for'/'on' object is no field (STATE_OBJECTS_OF_A_POST, an adverb)
    ("Senator Ivo Brandt, spokesman for hire, said the plan was dropped.", [("Ivo Brandt", "person", "Senator", None)]),
    ("Deputy Ivo Brandt, the chair for life, said the plan was dropped.", [("Ivo Brandt", "person", "Deputy", None)]),
    ("Senator Ivo Brandt, chair for now, said the plan was dropped.", [("Ivo Brandt", "person", "Senator", None)]),
    # NEGATIVE: a police or armed forces rank is an office: only a post a body owns outranks it
    ("Det Sgt Lena Farrow, the officer on duty, said the van was seized.",
     [("Lena Farrow", "person", "Detective Sergeant", None)]),
    ("Insp. Ivo Brandt, officer on leave, said the van was seized.", [("Ivo Brandt", "person", "Inspector", None)]),
    ("Capt. Ivo Brandt, captain for life, said the squad was ready.", [("Ivo Brandt", "person", "Captain", None)]),
    ("Sgt Lena Farrow, the officer for community safety, said thefts had fallen.",
     [("Lena Farrow", "person", "Sergeant", None)]),
    # NEGATIVE: a ward member sits for a seat, no executive post
    ("Cllr Lena Farrow, ward member for Oxley Vale, said the plan was dropped.",
     [("Lena Farrow", "person", "Councillor", None)]),
    # NEGATIVE: an office before the name is no style nor seat
    ("President Obi Nwachi, the leader of the party, said the grid was failing.",
     [("Obi Nwachi", "person", "President", None)]),
    # an owned post set off before a seat's title
    ("The committee's chairman, Senator Obi Nwachi, said the grid was failing.",
     [("Obi Nwachi", "person", "chairman", None)]),
    ("Its leader, Deputy Ronan Le Mesurier, said the budget was tight.",
     [("Ronan Le Mesurier", "person", "leader", None)]),
    # NEGATIVE: a candidacy, a post held no more, a state's office before the name
    ("The party's candidate, Senator Obi Nwachi, said the grid was failing.",
     [("Obi Nwachi", "person", "Senator", None)]),
    ("The party's standard-bearer, Senator Obi Nwachi, said the count was late.",
     [("Obi Nwachi", "person", "Senator", None)]),
    ("The party's flagbearer, Senator Obi Nwachi, said the count was late.",
     [("Obi Nwachi", "person", "Senator", None)]),
    ("The committee's former chairman, Senator Obi Nwachi, said the grid was failing.",
     [("Obi Nwachi", "person", "Senator", None)]),
    ("Norway's leader, President Obi Nwachi, said the grid was failing.",
     [("Norway", "country", None, None), ("Obi Nwachi", "person", "President", "Norway")]),
]


# the role reader keeps a post's 'on <field>' whole, never a state ('on duty')
ON_A_FIELD_IN_THE_ROLE = [
    ("Ivo Brandt, an expert on fisheries, said the quota was too low.",
     [("Ivo Brandt", "person", "expert on fisheries", None)]),
    # NEGATIVE: a state as the 'on' object
    ("Tom Gale, an officer on duty, said the gate was shut.", [("Tom Gale", "person", "officer", None)]),
    ("Cpl. Ana Soto, the medic on duty, said the man was hurt.", [("Ana Soto", "person", "medic", None)]),
]


@pytest.mark.parametrize("text,expected", ON_A_FIELD_IN_THE_ROLE)
def test_the_role_keeps_its_field_not_a_state(text, expected):
    assert records(text) == expected


@pytest.mark.parametrize("text,expected", FUNCTION_BESIDE_A_STYLE_OR_SEAT)
def test_a_function_beside_a_style_or_seat_outranks_it(text, expected):
    assert records(text) == expected


BRACKETED_INITIALS = [
    ("The ruling Sierra Leone People's Party (SLPP) backed the bill. Hon. Musa Tarawalli (SLPP, Constituency 077, "
     "Kenema District) said the bill was fair.",
     [("Musa Tarawalli", "person", None, "Sierra Leone People's Party"),
      ("Sierra Leone People's Party", "organization", None, None)]),
    ("The National Democratic Congress (NDC) walked out. Ama Boateng (NDC, Keta) said the levy was unfair.",
     [("Ama Boateng", "person", None, "National Democratic Congress"),
      ("National Democratic Congress", "organization", None, None)]),
    ("The International Monetary Fund (IMF) cut its forecast. Ann Lowe (IMF) said growth would slow.",
     [("Ann Lowe", "person", None, "International Monetary Fund"),
      ("International Monetary Fund", "organization", None, None)]),
    # NEGATIVE: initials the article names no body by, two bodies of those initials, a member's letters
    ("Ama Boateng (NDC, Keta) said the levy was unfair.", [("Ama Boateng", "person", None, None)]),
    ("The New Democratic Congress (NDC) walked out. The National Democratic Council (NDC) stayed. "
     "Ama Boateng (NDC, Keta) said the levy was unfair.",
     [("Ama Boateng", "person", None, None), ("National Democratic Council", "organization", None, None),
      ("New Democratic Congress", "organization", None, None)]),
    ("The Kelby Port Authority (KPA) raised fees. Ama Boateng (MP) said the levy was unfair.",
     [("Ama Boateng", "person", "MP", None), ("Kelby Port Authority", "organization", None, None)]),
    # NEGATIVE: the letters are the initials of the words right before them (a name's own short form)
    ("The National Democratic Congress (NDC) walked out. Ned Dunne Curran (NDC) said the levy was unfair.",
     [("National Democratic Congress", "organization", None, None), ("Ned Dunne Curran", "person", None, None)]),
    # the initials standing on their own elsewhere in the article name the body
    ("The KPA raised its fees on Monday. Ama Boateng (KPA, Harbour) said the levy was unfair.",
     [("Ama Boateng", "person", None, "KPA"), ("KPA", "organization", None, None)]),
    # NEGATIVE: an honour's letters whose initials a named body spells; letters named only inside the brackets
    ("The Senior Architects Network met on Friday. Chief Bayo Aluko (SAN) said the fee was wrong.",
     [("Bayo Aluko", "person", "Chief", None)]),
    ("Ann Lowe (ABC) said the ward would close.",
     [("ABC", "organization", None, None), ("Ann Lowe", "person", None, None)]),
]


@pytest.mark.parametrize("text,expected", BRACKETED_INITIALS)
def test_bracketed_initials_after_a_name_are_the_body_the_article_names_by_them(text, expected):
    assert records(text) == expected


def test_a_uk_label_becomes_the_partys_alias():
    from conftest import extract
    parties = [m for m in extract("Cllr Ann Lowe (Con, Eastmere) said the levy was unfair. The Conservative group "
                                  "backed her.").mentions if m.name == "Conservative Party"]
    assert len(parties) == 1 and "Con" in parties[0].aliases


def test_a_seat_written_before_the_name_still_takes_up_the_seats_description():
    """'the Kessa County lawmaker' takes up the senator whose role became the committee's chair
    (speakers._seat_a_titled_alias_gives); not a chair written with no seat's title."""
    from conftest import extract
    for text, holder in (
            ("The Senate Committee on Fisheries met on Monday. The committee's chairman, Senator Ola Brimah, said the "
             "quota was cut. \"Boats are idle,\" the Orrin County lawmaker said.", "Ola Brimah"),
            ("The Senate Committee on Fisheries met on Monday. The committee's chairman, Ola Brimah, said the quota was "
             "cut. \"Boats are idle,\" the Orrin County lawmaker said.", None)):
        result = extract(text)
        names = {m.key: m.name for m in result.mentions}
        assert [(p.speaker, names.get(p.actor)) for p in result.positions][-1] == ("the Orrin County lawmaker", holder)
