"""The body before the post, whatever stands between it and the name (session 34, affil34): a party's
initials or family word before a post a party gives, field words between ('XYZ health spokeswoman X',
'Green group leader X', 'ABC MLA X'); a bracketed short form after the body ('… Union (Abcu) secretary-general
X'); a lower-case field word the tagger reads as a verb ('… fisheries biologist X'); an office's reach the
recogniser ran onto a body's initials ('ABC State president X'); a comma list of fields before a lower-case
ministry ('A, B and C ministry permanent secretary X'); a body called by its name's opening words ('A Kessa
spokesperson' after 'Kessa University Hospital'), or a team by its name's last plural ('Rovers chairman X'). Every sentence is written for the tests;
whole records of the people, and near-misses where no body (or no other body) may be read."""
from __future__ import annotations

import pytest

from conftest import actor_records, person_records as people_of



PARTY_BEFORE_ITS_POST = [
    # initials before an elected member's letters, a seat or a party's post, field words between
    ("The Opposition walked out of the Assembly. KJP MLA Ravi Teja Naidu claimed that the grants were diverted.",
     [("Ravi Teja Naidu", "MLA", "KJP")]),
    ("The bill passed on Tuesday. SGP MSP Ailsa Grant said she had voted against it.",
     [("Ailsa Grant", "MSP", "SGP")]),
    ("The ULP tabled the figures. ULP housing spokeswoman Orla Keane said the waiting list had doubled.",
     [("Orla Keane", "housing spokeswoman", "ULP")]),
    ("The KPP forced a vote on Friday. KPP education critic Lena Marsh accused the province of delay.",
     [("Lena Marsh", "education critic", "KPP")]),
    # a party family's word: the one party the article itself names with that word
    ("The Green Party lost two seats. Green group leader Ada Finch said the council should think again.",
     [("Ada Finch", "group leader", "Green Party")]),
    ("The Greens tabled a motion. Green councillor Jo Park said the motion would pass.",
     [("Jo Park", "councillor", "Greens")]),
    ("Liberal finance critic Tom Reid said the budget was a fraud. The minister disagreed.",
     [("Tom Reid", "Liberal finance critic", None)]),      # (no party named: the word makes none)
    ("The council voted on Tuesday. Labour group leader Ruth Kane said the cuts were wrong.",
     [("Ruth Kane", "group leader", "Labour")]),
    # NEGATIVE: initials of a field before a post no party gives; a family word where the article speaks of
    # no elected politics (a campaign's 'Green'); a common word before a post
    ("The firm cut jobs. HR director Anna Berg said the cuts were painful.",
     [("Anna Berg", "HR director", None)]),
    ("Green campaigners marched on Saturday. Green group leader Anna Berg said the march was peaceful.",
     [("Anna Berg", "Green group leader", None)]),
    ("Parents were angry. School governor Ann Lowe said the head had resigned.",
     [("Ann Lowe", "School governor", None)]),
]

BETWEEN_THE_BODY_AND_THE_POST = [
    # a bracketed short form after the body's name
    ("Harbour Teachers Progressive Union (Htpu) secretary-general Farai Moyo said the strike would go on.",
     [("Farai Moyo", "secretary-general", "Harbour Teachers Progressive Union")]),
    # a lower-case field word the tagger reads as a verb
    ("Trout numbers are falling. University of Dunmore fisheries biologist Dr. Maren Falk said the decline began in 2019.",
     [("Maren Falk", "fisheries biologist", "University of Dunmore")]),
    ("Salmon returns fell. University of Dunmore fisheries biologist Dr. Maren Falk said the likely cause was warm water.",
     [("Maren Falk", "fisheries biologist", "University of Dunmore")]),
    # NEGATIVE: a verb's '-s' form with its object before the title is no field word
    ("The Kessa Museum employs biologist Dr. Ann Lowe, who studies frogs.",
     [("Ann Lowe", "biologist", None)]),
    # an office's reach after the body's initials: the post's word, not the body's
    ("Doctors marched on Monday. KMA State president Dr R Suresh Kumar said the hospitals would close.",
     [("R Suresh Kumar", "State president", "KMA")]),
    ("Workers walked out on Friday. The KTU National secretary, Ama Boateng, said the strike would spread.",
     [("Ama Boateng", "National secretary", "KTU")]),
    # NEGATIVE: the scope word goes on into the body's own name
    ("The KMA State Council met on Monday. Its chairman, Ade Bello, said fees would rise.",
     [("Ade Bello", "chairman", "KMA State Council")]),
    # a comma list of fields before a lower-case ministry: one body, whatever pieces the recogniser cut
    ("Public Works, Transport and Housing ministry permanent secretary Tendai Moyo said the roads would be repaired.",
     [("Tendai Moyo", "permanent secretary", "Public Works, Transport and Housing ministry")]),
    ("Public Service, Energy and Water ministry permanent secretary Ruth Banda said the wage bill would be met.",
     [("Ruth Banda", "permanent secretary", "Public Service, Energy and Water ministry")]),
    # NEGATIVE: a plural head names several ministries, no one body
    ("The Finance, Health and Education ministries will share the cost, said Tom Bell, a treasury adviser.",
     [("Tom Bell", "treasury adviser", None)]),
    # a body called by the opening words of its name, before a post held in a body; one word too where it
    # stands nowhere else in the article outside the name (session 40: a short name read from the parse)
    ("Fees rose at Kessa University Hospital. A Kessa spokesperson, Gina Farr, said the health system would cope.",
     [("Gina Farr", "Kessa spokesperson", "Kessa University Hospital")]),
    # NEGATIVE: the word also stands alone as a place ('in Kessa'): maybe the town's spokesperson
    ("Fees rose at Kessa University Hospital in Kessa. A Kessa spokesperson, Gina Farr, said the health system "
     "would cope.",
     [("Gina Farr", "Kessa spokesperson", None)]),
    ("Orvik Harbour Trust said the quay would reopen. Orvik Harbour chief executive Lena Dahl said repairs were done.",
     [("Lena Dahl", "chief executive", "Orvik Harbour Trust")]),
    # NEGATIVE: the capitalised word opens the post's field ('cyber security'), no body's short name
    ("The Cyber Crimes Wing said it had arrested seven people. Cyber security analyst Ravi Kondapalli said such gangs "
     "were organised.",
     [("Ravi Kondapalli", "Cyber security analyst", None)]),
    # NEGATIVE: the words are a person's name too (whose staff, not which body)
    ("Ann Temple met the board of Temple Foods. A Temple spokesperson, Gina Farr, said the meeting went well.",
     [("Gina Farr", "Temple spokesperson", None)]),
    # a team called by its name's closing plural word
    ("Harbour City Rovers said the ground would close. Rovers chairman Graham Pike said the club had no money.",
     [("Graham Pike", "chairman", "Harbour City Rovers")]),
    # NEGATIVE: a party's plural is the party itself, not a closing word of another name
    ("The Greens tabled a motion. Greens spokeswoman Amy Lee said the motion would pass.",
     [("Amy Lee", "spokeswoman", "Greens")]),
]


@pytest.mark.parametrize("text, expected", PARTY_BEFORE_ITS_POST + BETWEEN_THE_BODY_AND_THE_POST)
def test_body_before_the_post(text, expected):
    assert people_of(text) == expected


# NEGATIVE (review of affil34): every actor of the article, so that no stray page is made
NO_PARTY_MADE = [
    # a family word as an ordinary adjective: the post's field, no party
    ("Liberal arts critic Pia Lund said the academy had dropped too many subjects. The parliament debate went on.",
     [("Pia Lund", "person", "Liberal arts critic", None)]),
    ("Green energy critic Sam Orr said the grants were wasteful. The election is in May.",
     [("Sam Orr", "person", "Green energy critic", None)]),
    # the article names the party otherwise: that party, or none, never a second one
    ("The Liberal Democrats won the ward by-election. Liberal housing spokesman Karl Voss said rents were too high.",
     [("Karl Voss", "person", "housing spokesman", "Liberal Democrats"),
      ("Liberal Democrats", "organization", None, None)]),
    ("The Green Party of Ostland tabled the motion. Green group leader Una Brek said the vote was close.",
     [("Green Party of Ostland", "organization", None, None),
      ("Una Brek", "person", "group leader", "Green Party of Ostland")]),
    ("The Vestra Ecology Party tabled the motion. Green group leader Una Brek said the vote was close.",
     [("Una Brek", "person", "Green group leader", None),
      ("Vestra Ecology Party", "organization", None, None)]),
    # initials the article names nowhere else before a critic's or spokesperson's post: no body
    ("UFO critic Lars Penn said the lights were a hoax.",
     [("Lars Penn", "person", "UFO critic", None)]),
]


@pytest.mark.parametrize("text, expected", NO_PARTY_MADE)
def test_no_party_made(text, expected):
    assert actor_records(text) == expected


# NEGATIVE: a bracketed capitalised word that is no short form of the name before it (a place's name) is
# no part of the body's name before the post
def test_bracketed_word_no_short_form():
    from generator.extract.parse import load_nlp
    from generator.extract.titles import _short_form_after_a_name
    doc = load_nlp()("Dockers Union (Vestra) secretary Ada Munt said pay was low.")
    assert not _short_form_after_a_name(doc, 3)
    doc = load_nlp()("Harbour Teachers Progressive Union (Htpu) secretary-general Farai Moyo said so.")
    assert _short_form_after_a_name(doc, 5)


# a short form of one named body (its opening word or words, its letters) modifying a lower-case post held
# now, before the name or in an apposition after it (session 40: read from the parse, whatever the
# recogniser calls the word)
SHORT_NAMES_BEFORE_A_POST = [
    ("Orlen University Hospital cut 40 beds. Tom Reed, the Orlen spokesperson, said staff would be redeployed.",
     [("Tom Reed", "spokesperson", "Orlen University Hospital")]),
    # NEGATIVE: a run that opens the sentence as a common noun opens the post's field ('Cyber security analyst',
    # above); here a common word alone at the sentence's start
    ("Orlen University Hospital cut 40 beds. Chapel staff said the cuts were deep. Chapel spokesperson Tom Reed "
     "said staff would be redeployed.",
     [("Tom Reed", "Chapel spokesperson", None)]),
    ("Orlen University Hospital cut 40 beds. \"We are assessing it,\" said Tom Reed, an Orlen spokesperson.",
     [("Tom Reed", "Orlen spokesperson", "Orlen University Hospital")]),
    ("The Kessan Democratic Alliance won the seat. Ann Lowe, a KDA councillor, said voters had spoken.",
     [("Ann Lowe", "councillor", "Kessan Democratic Alliance")]),
    ("Harlow Valley Health Trust closed a ward. A Harlow Valley spokesman, Tom Reed, said patients were moved.",
     [("Tom Reed", "spokesman", "Harlow Valley Health Trust")]),
    # NEGATIVE: two bodies open with the word; a person bears it; a post held no more; no post (a patient);
    # a field word ('Health spokesperson'); a known place ('Kenya')
    ("Orlen University Hospital and Orlen Medical Group cut 40 beds. An Orlen spokesperson, Tom Reed, said staff "
     "would be redeployed.",
     [("Tom Reed", "Orlen spokesperson", None)]),
    ("Brenna Okafor sued Okafor University Hospital. The case was heard on Monday. \"We will appeal,\" said Tom "
     "Reed, an Okafor spokesperson.",
     [("Brenna Okafor", None, None), ("Tom Reed", "Okafor spokesperson", None)]),
    ("Orlen University Hospital cut 40 beds. A former Orlen spokesperson, Tom Reed, said staff would be redeployed.",
     [("Tom Reed", "former Orlen spokesperson", None)]),
    ("Orlen University Hospital cut 40 beds. Tom Reed, an Orlen patient, said staff would be redeployed.",
     [("Tom Reed", "Orlen patient", None)]),
    ("Orlen University Hospital cut 40 beds. Health spokesperson Tom Reed said staff would be redeployed.",
     [("Tom Reed", "Health spokesperson", None)]),
    ("Kenya University Hospital cut 40 beds. A Kenya spokesperson, Tom Reed, said staff would be redeployed.",
     [("Tom Reed", "spokesperson", "Kenya")]),
    # a kind noun between the short name and the post is the body's own kind ('bank' of Orlen Bank)
    ("Orlen Bank reported a profit. \"Fees will fall,\" said Tom Reed, an Orlen bank spokesman.",
     [("Tom Reed", "Orlen bank spokesman", "Orlen Bank")]),
    # NEGATIVE: a noun of another kind between (review of affil40, F1): the fire department, hospital, police or
    # airport the short name qualifies holds the post, not the firm whose name opens with the same word
    ("Denton Logistics opened a depot. Denton fire department spokesman Carl Ibsen said the blaze was contained.",
     [("Carl Ibsen", "Denton fire department spokesman", None)]),
    ("Denton Logistics opened a depot. \"The blaze was contained,\" said Carl Ibsen, a Denton fire department "
     "spokesman.",
     [("Carl Ibsen", "Denton fire department spokesman", None)]),
    ("Chapel Foods recalled a sauce. A Chapel hospital spokesperson, Ruth Amery, said three patients were treated.",
     [("Ruth Amery", "Chapel hospital spokesperson", None)]),
    ("Orlen Bank reported a profit. \"Two men were arrested,\" said Tom Reed, an Orlen police spokesman.",
     [("Tom Reed", "Orlen police spokesman", None)]),
    ("Brakna Capital raised a fund. A Brakna airport spokesman, Ivo Grant, said flights resumed.",
     [("Ivo Grant", "Brakna airport spokesman", None)]),
]


@pytest.mark.parametrize("text, expected", SHORT_NAMES_BEFORE_A_POST)
def test_short_names_before_a_post(text, expected):
    assert people_of(text) == expected
