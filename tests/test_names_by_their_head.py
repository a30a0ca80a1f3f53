"""A name-with-title phrase read by its head's structure (session 33): two places joined by 'and'
before a body's head word share it ('Dorset and Somerset Police'), as do a town with the area
around it ('<Town> and District <Head>') and two fields ('Forestry and Wildlife Service'); nameparser's surname particles ('bint', 'bin', 'al')
never end a person's name, however many words the recogniser tagged after them; a seat after
'member for' is a place, the member's name starting after it; an 'and' list of
a post's fields after its 'of', lower-case too, is the post's field whole ('director of parks and
community services'), with the 'at' phrase on it naming the body, not the field.
Each sentence is invented; each row lists every named actor as (name, type, role, affiliation's
name), or every person as (name, role, affiliation's name)."""
from __future__ import annotations

import pytest

from conftest import named_actor_records as records, person_records as people



PLACES_SHARING_A_BODYS_HEAD = [
    ("Sergeant Ruth Penhale of Dorset and Somerset Police's marine unit said two boats were stolen.",
     [("Dorset and Somerset Police", "organization", None, None),
      ("Ruth Penhale", "person", "Sergeant", "Dorset and Somerset Police")]),
    ("Inspector Mark Doyle, of Devon and Cornwall Police, said the road would reopen.",
     [("Devon and Cornwall Police", "organization", None, None),
      ("Mark Doyle", "person", "Inspector", "Devon and Cornwall Police")]),
    # NEGATIVE: a plural noun after the head (two bodies' members); the first place the object of a
    # place's preposition ('in', 'across') after a body's word
    ("Dorset and Wiltshire Police forces said the lanes were shut.",
     []),
    ("Police in Hull and Selby Council flats made nine arrests, Ruth Ames said.",
     [("Ruth Ames", "person", None, None), ("Selby Council", "organization", None, None)]),
    ("Police in Ripon and District Council offices met on Friday.",
     [("District Council", "organization", None, None)]),
    # a town and the area around it
    ("The Tarvin and District Bowls Club, which has 80 members, said it would appeal.",
     [("Tarvin and District Bowls Club", "organization", None, None)]),
    ("The Holmfirth and Area Lions Club has raised $20,000 for the hospice.",
     [("Holmfirth and Area Lions Club", "organization", None, None)]),
    # two capitalised common words of fields
    ("Forty farms were flooded, according to the Welsh Farming and Forestry Federation.",
     [("Welsh Farming and Forestry Federation", "organization", None, None)]),
    ("The Forestry and Wildlife Service said the fire was out.",
     [("Forestry and Wildlife Service", "organization", None, None)]),
    ("Officials of the Fisheries and Ocean Sciences Board said stocks fell.",
     [("Fisheries and Ocean Sciences Board", "organization", None, None)]),
    # NEGATIVE: a firm and a firm; a party and a party's leaders
    ("Shell and Velmor Oil Company signed the deal, Tom Reed said.",
     [("Shell", "organization", None, None), ("Tom Reed", "person", None, None),
      ("Velmor Oil Company", "organization", None, None)]),
    ("The Labour and Green Party leaders met on Monday.",
     [("Green Party", "organization", None, None), ("Labour", "organization", None, None)]),
    # NEGATIVE: the town alone is no short form of the body its name opens
    ("For Tarvin Mayor Joan Pike, the figures were no surprise. The Tarvin and District Health Trust has raised "
     "$50,000, Pike said.",
     [("Joan Pike", "person", "Tarvin Mayor", None), ("Tarvin and District Health Trust", "organization", None, None)]),
    # NEGATIVE: two bodies; a country and a firm; a country before a body (no '<place> and <place>');
    # an article before the second; a comma's list; lower case
    ("Ford and General Motors said sales had fallen.",
     [("Ford", "organization", None, None), ("General Motors", "organization", None, None)]),
    ("The Harbour Board and City Council said the plan would proceed.",
     [("City Council", "organization", None, None), ("Harbour Board", "organization", None, None)]),
    ("Talks between Wales and Velmor Holdings broke down, Jon Reese said.", [("Jon Reese", "person", None, None)]),
    ("Greece and Turkey Football Federation officials met on Monday.",
     [("Greece", "country", None, None), ("Turkey Football Federation", "organization", None, None)]),
    ("Doctors in Swindon and the Great Western Hospital said beds were full.", []),
    ("officers from dorset and somerset police said the road would reopen.", []),
    # a place and a word of a place's own name (no dictionary word) before an institution's head or a
    # body's, where the text takes the two up as one body again (its letters in brackets, 'the board',
    # 'the hospital'); the letters of a state body the recogniser put before the first place open the name
    ("NHS Devon and Torvale Integrated Care Board (ICB) plans to shut two walk-in centres.",
     [("NHS Devon and Torvale Integrated Care Board", "organization", None, None)]),
    ("Auditors criticised NHS Suffolk and Quenby Integrated Care Board over its spending, and the board "
     "promised a review.",
     [("NHS Suffolk and Quenby Integrated Care Board", "organization", None, None)]),
    ("Norfolk and Kessingham University Hospital opened a new cancer unit in March. The hospital expects 900 "
     "patients a year.",
     [("Norfolk and Kessingham University Hospital", "organization", None, None)]),
    ("Kent and Sussex Hospital will close its maternity ward, and the hospital will move midwives to Tonbridge.",
     [("Kent and Sussex Hospital", "organization", None, None)]),
    ("Tom Reed of Norfolk and Kessingham Hospital praised the nurses, and the hospital thanked donors.",
     [("Norfolk and Kessingham Hospital", "organization", None, None),
      ("Tom Reed", "person", None, "Norfolk and Kessingham Hospital")]),
    # NEGATIVE: the first place the object of 'between' or 'of' with a plural after the head; a word no
    # list knows opening the second side where nothing names the two as one body again; a sentence that
    # points to two parties ('jointly', 'both'); the first place a word of an outlet's name
    ("Talks between Kent and Dunmore Council broke down, the mayor said.",
     [("Dunmore Council", "organization", None, None)]),
    ("Residents of Kent and Medway Council estates said the repairs were late.",
     [("Medway Council", "organization", None, None)]),
    ("Suffolk and Torvale Trust opened a new library on Saturday.",
     [("Torvale Trust", "organization", None, None)]),
    ("Norfolk and Quenby Foundation jointly paid for the survey.",
     [("Quenby Foundation", "organization", None, None)]),
    ("Ikeja and Epe General Hospital both reported cholera cases on Friday.",
     [("Epe General Hospital", "organization", None, None)]),
    # a people's word the recogniser ran into the first of two fields opens the shared name (no letters)
    ("The Welsh Nursing and Midwifery Federation said pay was low, and the federation called a ballot.",
     [("Welsh Nursing and Midwifery Federation", "organization", None, None)]),
    ("ABC Orwin and Kessa Hospital staff covered the strike on Friday.",
     [("ABC Orwin", "organization", None, None), ("Kessa Hospital", "organization", None, None)]),
]

NAMES_ACROSS_PARTICLES = [
    ("Nadia bint Hamad al Harthy, a teacher in Sohar, said the school would reopen. Nadia said parents were relieved.",
     [("Nadia bint Hamad al Harthy", "person", "teacher", None)]),
    ("Dr Laila bint Omar al Zadjali said the clinic was full.",
     [("Laila bint Omar al Zadjali", "person", None, None)]),
    ("Yusuf bin Tariq al Amri, chairman of the Orwin Traders Association, said shops would close.",
     [("Orwin Traders Association", "organization", None, None),
      ("Yusuf bin Tariq al Amri", "person", "chairman", "Orwin Traders Association")]),
    # NEGATIVE: two people joined by 'and'; a body named after a person
    ("Karim al Ansari and Sami Haddad said the border would reopen.",
     [("Karim al Ansari", "person", None, None), ("Sami Haddad", "person", None, None)]),
    ("Ana de la Cruz Hospital said the ward was full.", []),
]

NAMES_AFTER_A_SEAT = [
    # the seat after a seat holder's 'for' is a place; the member's name starts at the given name after it
    # the seat is no actor and no affiliation, however it is tagged
    ("Labor candidate for Kessock Marcus Holt said the plan would fail.",
     [("Marcus Holt", "person", "Labor candidate for Kessock", None)]),
    ("Greens member for Lyons Petra Knoll said the ferry was late. Knoll said the Lyons community agreed.",
     [("Petra Knoll", "person", "Greens member for Lyons", None)]),
    ("The Liberal member for Franklin, Ann Pearce, said the bridge was safe.",
     [("Ann Pearce", "person", "Liberal member for Franklin", None)]),
    # NEGATIVE: a body after 'for'
    ("Tom Hale, a candidate for Harbour Bank Council, said the plan was fine.",
     [("Harbour Bank Council", "organization", None, None), ("Tom Hale", "person", "candidate", "Harbour Bank Council")]),
]

POST_AFTER_A_NAME_WITH_A_POSSESSIVE = [
    # a possessive inside the body's name is no end of it: the post is the word after the name
    ("Halden Bay District Boatmen's Association chairman Idris Mohd said the catch had fallen.",
     [("Idris Mohd", "chairman", "Halden Bay District Boatmen's Association")]),
    # NEGATIVE: a lower-case repeat of the name's word after its possessive is the post's
    ("Orwin Council's council leader Tess Marr said fares would rise.",
     [("Tess Marr", "council leader", "Orwin Council")]),
    # NEGATIVE: a person's possessive before a post
    ("Ann Lowe's deputy chairman Idris Mohd said the catch had fallen.",
     [("Ann Lowe", None, None), ("Idris Mohd", "deputy chairman", None)]),
]

FIELDS_OF_A_POST_JOINED_BY_AND = [
    ("Rhys Tanner, the city's director of parks and community services, said the pool would close.",
     [("Rhys Tanner", "director of parks and community services", None)]),
    ("Oskar Brandt, vice-president of coastal and island operations at Nordline Ferries, said ferries would run.",
     [("Oskar Brandt", "vice-president of coastal and island operations", "Nordline Ferries")]),
    # a trailing 'for'/'at' phrase goes before the four-word cap, the fields joined by 'and' kept
    ("Lena Bright, vice-president of finance and operations for Asia at Corvel Mills, said costs rose.",
     [("Lena Bright", "vice-president of finance and operations", None)]),
    ("Ada Crane, head of sales and marketing at Velmor Foods, said prices would rise.",
     [("Ada Crane", "head of sales and marketing", "Velmor Foods")]),
    ("Ada Crane, Velmor Foods' head of sales and marketing, said prices would rise.",
     [("Ada Crane", "head of sales and marketing", "Velmor Foods")]),
    ("Ada Crane, who is head of research and development at Velmor Foods, said prices would rise.",
     [("Ada Crane", "head of research and development", None)]),
    # NEGATIVE: numbers, places, an article: no fields of one post
    ("Mina Holt, a mother of two and grandmother of five, said the road was dangerous.", [("Mina Holt", None, None)]),
    ("Tom Reed, mayor of Leeds and Bradford, said the plan was fine.", [("Tom Reed", "mayor of Leeds", None)]),
    ("Tom Reed, director of finance and a member of the board, said the plan was fine.",
     [("Tom Reed", "director of finance and member of board", None)]),
    ("Tom Reed, head of planning at Holm County Council, said the plan was fine.",
     [("Tom Reed", "head of planning", "Holm County Council")]),
]


@pytest.mark.parametrize("text, expected", PLACES_SHARING_A_BODYS_HEAD + NAMES_ACROSS_PARTICLES + NAMES_AFTER_A_SEAT)
def test_a_name_is_cut_at_its_head(text, expected):
    assert records(text) == expected


@pytest.mark.parametrize("text, expected", FIELDS_OF_A_POST_JOINED_BY_AND + POST_AFTER_A_NAME_WITH_A_POSSESSIVE)
def test_a_posts_fields_joined_by_and(text, expected):
    assert people(text) == sorted(expected)


# Two places that share no head, where the start code also mistypes a place: only what the rule must not
# do is asserted (no shared name: a plural verb, a reciprocal verb or pronoun, a clause boundary) and the
# second side's body kept: (text, the joined name, the body).
PLACES_SHARING_NO_HEAD = [
    ("Police in Devon and Cornwall Council areas said crime had fallen.", "Devon and Cornwall Council", "Cornwall Council"),
    ("Kent, Surrey and Sussex Police said 40 officers were hurt.", "Surrey and Sussex Police", "Sussex Police"),
    ("Kaduna and Ugbawka Council agreed a refuse deal on Tuesday.", "Kaduna and Ugbawka Council", "Ugbawka Council"),
    ("Kaduna and Ugbawka Council blamed each other for the floods.", "Kaduna and Ugbawka Council", "Ugbawka Council"),
    ("Delmar and Kessa General Hospital were named in the inspectors' report.",
     "Delmar and Kessa General Hospital", "Kessa General Hospital"),
    ("She quit Cairns and Mossman State School hired her in May.", "Cairns and Mossman State School",
     "Mossman State School"),
]


@pytest.mark.parametrize("text, joined, body", PLACES_SHARING_NO_HEAD)
def test_two_places_share_no_head(text, joined, body):
    names = [r[0] for r in records(text)]
    assert joined not in names and body in names


def test_two_bodies_tagged_as_places_stay_two():
    """The recogniser may tag two whole bodies as places ('[South Yorkshire Trading Standards] and
    [South Yorkshire Police]', the parser joining them as conjuncts): the first ends on a common
    word ('Standards'), no place's own, so they do not share the second's head."""
    from spacy.tokens import Span
    from generator.extract.actor_names import _places_coordinated_into_a_body
    from generator.extract.parse import load_nlp
    doc = load_nlp()("Checks were carried out together by South Yorkshire Trading Standards and South Yorkshire Police.")
    doc.ents = [Span(doc, 6, 10, label="GPE"), Span(doc, 11, 14, label="GPE")]
    assert [e.text for e in _places_coordinated_into_a_body(list(doc.ents))] == \
        ["South Yorkshire Trading Standards", "South Yorkshire Police"]
