"""Who speaks when tags, joined fields and kind words surround the speaker (session 49).

A tag set off by a comma right after a speaker's name ('Councilwoman Ann Lowe, D-4th District,') is the
name's apposition, never a second subject of the cue, nor a reason to drop the statement (positions.py
`_tag_set_off_after_a_name`). A post whose fields 'and' joins before a name ('coastal erosion and dune care
manager Ann Lowe') closes on the person named: the first field is no speaker (speakers.py
`_person_closing_a_joined_post`). An unnamed voice given by a body's kind word speaks for the one body of
that kind the article names, also with a word of high rank ('a senior company official'), but then only where no other body that may be of the
kind, named or not made an actor, or joined with the body by 'and' or set beside it as another argument of its
verb, is written up to the voice and the body's page fuses no two names; or by a
district's word ('a district spokeswoman' and the School District, not a Municipal District nor beside 'the Kolar
district', a place; speakers.py
`_body_of_kind_word`); not by a city's or county's word ('a city spokesperson' may be the mayor's
administration's, not the City Council's); 'the county council' takes up the County Council named, no other
council. A body's staff ('council officers', 'a company staffer') speak for no body: they may speak of their own
grievance.
Each sentence is written for these tests; each row is every position the text must yield, whole:
(speaker, actor, cue, text, direct). An actor of None means no holder is safe."""
from __future__ import annotations

import pytest

from conftest import positions_of


TAGS_AFTER_A_NAME = [
    ('"Keep the pools open," said Councilwoman Lorna Pettit, D-4th District, who chairs the parks committee.',
     [("Councilwoman Lorna Pettit", "Lorna Pettit", "said", "Keep the pools open", True)]),
    ('"Nobody on this block was asked about the tower," said Councilwoman Lorna Pettit, D-4th District, '
     'who sits on the zoning panel.',
     [("Councilwoman Lorna Pettit", "Lorna Pettit", "said", "Nobody on this block was asked about the tower", True)]),
    ("The cuts go too far, said Councilwoman Lorna Pettit, D-4th District, who chairs the finance committee.",
     [("Councilwoman Lorna Pettit", "Lorna Pettit", "said", "The cuts go too far", False)]),
    ("The cuts go too far, said Alderwoman Greta Holm, D-5th Ward, who chairs the finance committee.",
     [("Alderwoman Greta Holm", "Greta Holm", "said", "The cuts go too far", False)]),
    ('"Keep the pools open," said Lorna Pettit, D-4th District, who chairs the parks committee.',
     [("Lorna Pettit", "Lorna Pettit", "said", "Keep the pools open", True)]),
    ('"We cannot wait," said Supervisor Hal Brenner, District 3, who called the meeting.',
     [("Supervisor Hal Brenner", "Hal Brenner", "said", "We cannot wait", True)]),
    # NEGATIVE: a description, an age or a second person set off after the name: the name speaks as before
    ('"It is late," said Tom Reed, Ana Lowe\'s deputy, who voted no.',
     [("Tom Reed", "Tom Reed", "said", "It is late", True)]),
    ('"It is late," said Tom Reed, 54, who voted no.',
     [("Tom Reed", "Tom Reed", "said", "It is late", True)]),
    ('"It is a fair deal," said the mayor, Ana Lowe, who led the talks.',
     [("the mayor", "Ana Lowe", "said", "It is a fair deal", True)]),
    # NEGATIVE: a name right before the cue after a titled name set off: the later name speaks
    ("Questioned by the insurer's lawyer, Advocate Tom Reed SC, Lowe admitted she had never opened the file.",
     [("Lowe", "Lowe", "admitted", "she had never opened the file", False)]),
    # NEGATIVE: two tagged names joined: no one of them is read alone
    ('"Keep the pools open," said Councilwoman Lorna Pettit, D-4th District, and Councilman Ervin Gauld, R-2nd District.',
     []),
]


@pytest.mark.parametrize("text,expected", TAGS_AFTER_A_NAME)
def test_a_tag_set_off_after_the_name_is_no_speaker(text, expected):
    assert positions_of(text) == expected


JOINED_POSTS = [
    ("Council coastal erosion and dune care manager Petra Lindqvist said the fences had held.",
     [("Council coastal erosion and dune care manager Petra Lindqvist", "Petra Lindqvist", "said",
       "the fences had held", False)]),
    ("Kessa goat and alpaca breeder Owen McAlister said the season was dry.",
     [("Kessa goat and alpaca breeder Owen McAlister", "Owen McAlister", "said", "the season was dry", False)]),
    ("Regional air quality and monitoring officer Dana Kowalczyk said the readings were high.",
     [("Regional air quality and monitoring officer Dana Kowalczyk", "Dana Kowalczyk", "said",
       "the readings were high", False)]),
    ("Council environmental health and licensing manager Rhys Tanaka said the kitchens had passed.",
     [("Council environmental health and licensing manager Rhys Tanaka", "Rhys Tanaka", "said",
       "the kitchens had passed", False)]),
    # NEGATIVE: people joined to a person: not one post
    ("Residents and farmer Owen McAlister said the road was unsafe.",
     [("Residents", "residents", "said", "the road was unsafe", False)]),
    # NEGATIVE: the body's staff or the body joined to a manager: either may speak, no one is read
    ("Council staff and manager Petra Lindqvist said the pool would close.",
     [("Council staff", None, "said", "the pool would close", False)]),
    ("The council and manager Petra Lindqvist said the pool would close.",
     [("The council", None, "said", "the pool would close", False)]),
    # NEGATIVE: the joined words are what is said, not a post
    ("Water and sewerage charges rose, manager Petra Lindqvist said.",
     [("manager Petra Lindqvist", "Petra Lindqvist", "said", "Water and sewerage charges rose", False)]),
]


@pytest.mark.parametrize("text,expected", JOINED_POSTS)
def test_a_post_of_joined_fields_closes_on_the_person(text, expected):
    assert positions_of(text) == expected


_LOSS = ("Orvane Chemicals Ltd", "Orvane Chemicals Ltd", "reported", "a loss", False)

KIND_VOICES = [
    ("Orvane Chemicals Ltd reported a loss on Monday. A senior company official said the plant would close.",
     [_LOSS, ("A senior company official", "Orvane Chemicals Ltd", "said", "the plant would close", False)]),
    ("Orvane Chemicals Ltd reported a loss on Monday. A top company source said the plant would close.",
     [_LOSS, ("A top company source", "Orvane Chemicals Ltd", "said", "the plant would close", False)]),
    ("The Bramwell Unified School District met on Monday. A senior district official said the school would reopen.",
     [("A senior district official", "Bramwell Unified School District", "said", "the school would reopen", False)]),
    ("The Bramwell Unified School District met on Monday. A district spokeswoman said the school would reopen.",
     [("A district spokeswoman", "Bramwell Unified School District", "said", "the school would reopen", False)]),
    # a place where the body acted, or a body of another known kind beside it, is no rival
    ("The Kessa Party won in Orwin and Dunmore. A senior party official said it would last.",
     [("A senior party official", "Kessa Party", "said", "it would last", False)]),
    ("Kessa Police and the Kessa Army patrolled the border. A senior police official said two soldiers were hurt.",
     [("A senior police official", "Kessa Police", "said", "two soldiers were hurt", False)]),
    # 'the county council' is the County Council named, no rival council
    ("Orwin County Council approved the budget. It said the county council spends about $4 million on buses. "
     "A council source said the routes would return.",
     [("It", "Orwin County Council", "said", "the county council spends about $4 million on buses", False),
      ("A council source", "Orwin County Council", "said", "the routes would return", False)]),
    # NEGATIVE: a body's staff ('council officers', 'a council staffer') may speak of their own grievance: no
    # voice of the body (merged review F5)
    ("The Marlow City Council met on Monday. A council staff member said the road would reopen.",
     [("A council staff member", None, "said", "the road would reopen", False)]),
    ("The Marlow City Council met on Monday. A council staffer said the road would reopen.",
     [("A council staffer", None, "said", "the road would reopen", False)]),
    ("Larch Holdings cut wages. Company staffers said they had not been paid for three months.",
     [("Company staffers", None, "said", "they had not been paid for three months", False)]),
    ("The Orwin Town Council froze hiring. Council officers said they would strike over pay.",
     [("Council officers", None, "said", "they would strike over pay", False)]),
    # NEGATIVE: a place called a district in lower case ('the Kolar district') beside the School District (F4)
    ("Heavy rain hit the Kolar district on Monday. The Kolar Unified School District closed schools. "
     "A district official said 12 villages were cut off.",
     [("A district official", None, "said", "12 villages were cut off", False)]),
    ("Floods hit Orwin district. The Tilden Irrigation District opened its gates. A district official said farms were under water.",
     [("A district official", None, "said", "farms were under water", False)]),
    ("Floods hit the Kolar district. The Kolar Unified School District shut its schools. District officers said relief camps had opened.",
     [("District officers", "district officers", "said", "relief camps had opened", False)]),
    # NEGATIVE: another organisation joined with the body by 'and' or set as the other argument of its verb, of any
    # name's head, may be the voice's body (merged review F2, F3)
    ("The Bharatiya Janata Party and the Shiv Sena agreed to contest together. A senior party official said seats "
     "had been shared.",
     [("A senior party official", None, "said", "seats had been shared", False)]),
    ("The Rashtriya Janata Dal and the Samajwadi Party met in Patna. A senior party official said talks went well.",
     [("A senior party official", None, "said", "talks went well", False)]),
    ("Plaid Cymru and the Kessa Party agreed a deal. A senior party official said it would last.",
     [("A senior party official", None, "said", "it would last", False)]),
    ("The University of Kessa and Orlen Polytechnic signed a pact. A senior university official said it cost $4 million.",
     [("A senior university official", None, "said", "it cost $4 million", False)]),
    ("The Kessa Football Club and Orwin United drew 1-1. A senior club official said the referee erred.",
     [("A senior club official", None, "said", "the referee erred", False)]),
    # NEGATIVE: a city's or county's word: the mayor's administration or the county's, not the council named
    ("The Marlow City Council met on Monday. A city spokesperson said the road would reopen.",
     [("A city spokesperson", None, "said", "the road would reopen", False)]),
    ("The Marlow City Council met on Monday. According to a city spokesperson, the road would reopen.",
     [("a city spokesperson", None, "according to", "the road would reopen", False)]),
    ("The Orwin County Council approved the budget. A county spokesman said the routes would return.",
     [("A county spokesman", None, "said", "the routes would return", False)]),
    # NEGATIVE: a district's word and a district council, or a place called a district: no body of that kind
    ("The Harlow District Council met on Monday. A district spokeswoman said the road would reopen.",
     [("A district spokeswoman", None, "said", "the road would reopen", False)]),
    # NEGATIVE: another body the kind word closes, though the recogniser made no actor of it
    ("The Dunmore Water District and the Orwin Unified School District met. A district official said the fees would rise.",
     [("A district official", None, "said", "the fees would rise", False)]),
    # NEGATIVE: an officer or staff member who keeps his name back: a leak, no voice of the body (F5)
    ("The Marlow Defence Force sent troops to Tilden. An army officer, who asked not to be named, said 9 soldiers had died.",
     [("An army officer", None, "said", "9 soldiers had died", False)]),
    ("The Marlow City Council met on Monday. A council staff member, who asked not to be named, said the road would reopen.",
     [("A council staff member", None, "said", "the road would reopen", False)]),
    # NEGATIVE: a widened voice beside another body that may be of the kind: an actor, a name the article made
    # no actor of, a party named by another head; or the one page fuses two bodies' names (F1-F4)
    ("Harrow Quarries was sued by Tilden Glass Company. A senior company official said 30 trucks were idle.",
     [("A senior company official", None, "said", "30 trucks were idle", False)]),
    ("Harrow Foods bought Tilden Press. A senior company source said the price was $5 million.",
     [("A senior company source", None, "said", "the price was $5 million", False)]),
    ("Harrow Holdings bought Tilden Media. A senior company source said the price was $5 million.",
     [("A senior company source", None, "said", "the price was $5 million", False)]),
    ("The Marlow Labour Party attacked the governing Tilden Alliance. A senior party official said 2,000 votes were lost.",
     [("The Marlow Labour Party", "Marlow Labour Party", "attacked", "the governing Tilden Alliance", False),
      ("A senior party official", None, "said", "2,000 votes were lost", False)]),
    ("Marlow Town Council and Tilden Regional Council met on Monday. A senior council official said 40 bridges were closed.",
     [("A senior council official", None, "said", "40 bridges were closed", False)]),
    ("Marlow Town Council and Tilden Regional Council met on Monday. A council staff member said 40 bridges were closed.",
     [("A council staff member", None, "said", "40 bridges were closed", False)]),
    ("Marlow Town Council and Tilden Regional Council met on Monday. Council officers said 40 bridges were closed.",
     [("Council officers", None, "said", "40 bridges were closed", False)]),
    # NEGATIVE: a local government area named a district ('... Municipal District'), no body a district's voice serves (F6)
    ("The Tilden Health Service and the Marlow Municipal District met. A district official said 30 wards lacked nurses.",
     [("A district official", None, "said", "30 wards lacked nurses", False)]),
    ("The Tilden Health Service and the Marlow Metropolitan District met. A district spokesman said 12 clinics had closed.",
     [("A district spokesman", None, "said", "12 clinics had closed", False)]),
    # NEGATIVE: two councils named
    ("The Marlow City Council and the Orwin County Council met on Monday. A council staff member said the road would reopen.",
     [("A council staff member", None, "said", "the road would reopen", False)]),
    # NEGATIVE: a council member holds a seat; a worker, a junior or former one speaks for himself
    ("The Marlow City Council met on Monday. A council member said the road would reopen.",
     [("A council member", None, "said", "the road would reopen", False)]),
    ("The Marlow City Council met on Monday. A council worker said the road would reopen.",
     [("A council worker", None, "said", "the road would reopen", False)]),
    ("Orvane Chemicals Ltd reported a loss on Monday. A junior company official said the plant would close.",
     [_LOSS, ("A junior company official", None, "said", "the plant would close", False)]),
    ("The Marlow City Council met on Monday. A former council staff member said the road would reopen.",
     [("A former council staff member", None, "said", "the road would reopen", False)]),
    # NEGATIVE: a place of its own, or no city's body named
    ("The Marlow City Council met on Monday. A council staff member in Dunmore said the road would reopen.",
     [("A council staff member", None, "said", "the road would reopen", False)]),
    ("The Dunmore Water Board met on Monday. A city spokesperson said the road would reopen.",
     [("A city spokesperson", None, "said", "the road would reopen", False)]),
]


@pytest.mark.parametrize("text,expected", KIND_VOICES)
def test_a_voice_given_by_a_kind_word_speaks_for_the_one_body(text, expected):
    assert positions_of(text) == expected
