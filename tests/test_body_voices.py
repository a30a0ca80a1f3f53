"""A person who speaks for a body (session 30): an unnamed spokesperson or official of body B speaks
for B (the data contract: null only when no actor fits), the speaker kept as written, whole; the
body's long name before the voice noun ('A Department of Health and Social Care spokesperson') is
read through a parse that hangs the noun on the name. Each sentence is written for these tests;
each row is every position the text must yield, whole: (speaker, actor, cue, text, direct). An
actor of None means no actor is safe: no body stated, a former voice, an official who keeps his
name back (session 20), or a spokesperson of a person."""
from __future__ import annotations

import pytest

from conftest import actor_records, positions_of


LONG_NAME_BEFORE_THE_VOICE = [
    ("A Department of Health and Social Care spokesperson said funding had risen.",
     [("A Department of Health and Social Care spokesperson", "Department of Health and Social Care", "said",
       "funding had risen", False)]),
    ("The Department of Health and Social Care spokesperson said funding had risen by 4 percent.",
     [("The Department of Health and Social Care spokesperson", "Department of Health and Social Care", "said",
       "funding had risen by 4 percent", False)]),
    # the cue after the statement: the parser makes the name and the noun two subjects
    ("Waiting lists grew again in March, a Department of Health and Social Care spokeswoman said.",
     [("a Department of Health and Social Care spokeswoman", "Department of Health and Social Care", "said",
       "Waiting lists grew again in March", False)]),
    ("A Department for Environment, Food and Rural Affairs spokesman said the scheme was working.",
     [("A Department for Environment, Food and Rural Affairs spokesman",
       "Department for Environment, Food and Rural Affairs", "said", "the scheme was working", False)]),
    ("Farmers protested in the capital. A Ministry of Agriculture and Rural Development official said talks "
     "were planned.",
     [("A Ministry of Agriculture and Rural Development official", "Ministry of Agriculture and Rural Development",
       "said", "talks were planned", False)]),
    ("The council has 40 days to reply, a Bureau of Land Management spokesperson said.",
     [("a Bureau of Land Management spokesperson", "Bureau of Land Management", "said",
       "The council has 40 days to reply", False)]),
    # the recogniser ends the name at its first field; the parser hangs the last words on the noun
    ("A Department of Transport and Main Roads spokesman told reporters the bridge would reopen.",
     [("A Department of Transport and Main Roads spokesman", "Department of Transport and Main Roads", "told",
       "the bridge would reopen", False)]),
    ("The quotas were set on Monday. A Ministry of Fisheries and Ocean Resources spokesperson said the quotas "
     "would be reviewed.",
     [("A Ministry of Fisheries and Ocean Resources spokesperson", "Ministry of Fisheries and Ocean Resources",
       "said", "the quotas would be reviewed", False)]),
    # an official who keeps his name back is still the body's; NEGATIVE: a former voice; no body stated
    ("A Department of Health and Social Care official, who asked not to be named, said the plan had stalled.",
     [("A Department of Health and Social Care official", "Department of Health and Social Care", "said",
       "the plan had stalled", False)]),
    ("A former Department of Energy spokesman said the plan would fail.",
     [("A former Department of Energy spokesman", None, "said", "the plan would fail", False)]),
    ("An official said the road was closed.",
     [("An official", None, "said", "the road was closed", False)]),
    # NEGATIVE: a spokesperson of a person speaks for no actor (session 20)
    ("A spokesperson for Minister Ann Lowe said the talks were useful.",
     [("A spokesperson for Minister Ann Lowe", None, "said", "the talks were useful", False)]),
]


@pytest.mark.parametrize("text,expected", LONG_NAME_BEFORE_THE_VOICE)
def test_long_name_before_the_voice(text, expected):
    assert sorted(positions_of(text)) == sorted(expected)


SHORT_FORM_OF_THE_BODY = [
    # the opening words of one body's name, before the voice noun or after its 'for'/'of'
    ("Kilbride Ridge Developments Ltd lost its case. A spokesman for Kilbride Ridge said the company was "
     "disappointed.",
     [("A spokesman for Kilbride Ridge", "Kilbride Ridge Developments Ltd", "said", "the company was disappointed",
       False)]),
    ("Brigalow Coal Holdings pleaded guilty on Thursday. In a statement, a Brigalow spokesperson said the company "
     "accepted the decision.",
     [("a Brigalow spokesperson", "Brigalow Coal Holdings", "said", "the company accepted the decision", False)]),
    ('Brigalow Coal Holdings pleaded guilty. "We fell short," a Brigalow spokesperson said.',
     [("a Brigalow spokesperson", "Brigalow Coal Holdings", "said", "We fell short", True)]),
    ("Harwick Mining Corporation was fined. A Harwick spokesperson said the company accepted the ruling.",
     [("A Harwick spokesperson", "Harwick Mining Corporation", "said", "the company accepted the ruling", False)]),
    ("Tarrant Freight Lines Pty Ltd posted a loss. A Tarrant Freight spokeswoman said the results reflected fuel "
     "costs.",
     [("A Tarrant Freight spokeswoman", "Tarrant Freight Lines Pty Ltd", "said", "the results reflected fuel costs",
       False)]),
    ("Mensah Agro Exports Ltd was fined. A spokesperson for Mensah Agro said the firm would appeal.",
     [("A spokesperson for Mensah Agro", "Mensah Agro Exports Ltd", "said", "the firm would appeal", False)]),
    ("Velmar Energy Partners won the tender. An official of Velmar said the plant would open in May.",
     [("An official of Velmar", "Velmar Energy Partners", "said", "the plant would open in May", False)]),
    ("Pryor Logistics Group cut 200 jobs. A Pryor representative said the cuts were final.",
     [("A Pryor representative", "Pryor Logistics Group", "said", "the cuts were final", False)]),
    # the word the recogniser reads as a person's name elsewhere is the body there too
    ("Kelburn Quarry Group was fined on Friday. Lawyers told the court Kelburn had spent $2 million on new filters. "
     "A Kelburn spokeswoman said the company would comply.",
     [("Lawyers", "lawyers", "told", "Kelburn had spent $2 million on new filters", False),
      ("A Kelburn spokeswoman", "Kelburn Quarry Group", "said", "the company would comply", False)]),
    # NEGATIVE: the word opens two bodies' names; it is also a person's surname; no voice of a body
    ("The Harbour Authority and Harbour Bank met. A Harbour spokesman said talks went well.",
     [("A Harbour spokesman", None, "said", "talks went well", False)]),
    ("Harwick Mining Corporation was fined. Tom Harwick, a local farmer, was angry. A Harwick spokesperson said the "
     "ruling was fair.",
     [("A Harwick spokesperson", None, "said", "the ruling was fair", False)]),
    ("Residents of Brigalow complained about dust. A Brigalow resident said the air was bad.",
     [("A Brigalow resident", None, "said", "the air was bad", False)]),
    # NEGATIVE: the short form also names a town or its people: not the firm there, nor before the voice
    ("Harwick Mining Corporation was fined. Harwick residents said the town welcomed the ruling. A Harwick "
     "spokesperson said the company would appeal.",
     [("Harwick residents", "Harwick residents", "said", "the town welcomed the ruling", False),
      ("A Harwick spokesperson", None, "said", "the company would appeal", False)]),
    ("Kilbride Ridge Wind Farm Pty Ltd wants to build 40 turbines. A spokesman for Kilbride Ridge said the project "
     "was on track. Farmers near Kilbride Ridge said they opposed it.",
     [("A spokesman for Kilbride Ridge", None, "said", "the project was on track", False),
      ("Farmers", None, "said", "they opposed it", False)]),
]


@pytest.mark.parametrize("text,expected", SHORT_FORM_OF_THE_BODY)
def test_short_form_of_the_body(text, expected):
    assert sorted(positions_of(text)) == sorted(expected)


NAMED_SPEAKERS_THE_RECOGNISER_MISSED = [
    # a title of a council's member written without a gender
    ("Councilmember Maria Castellanos, who represents parts of South L.A. and voted against the cut, said the rooms "
     "had worked. Castellanos said she would file a motion.",
     [("Councilmember Maria Castellanos", "Maria Castellanos", "said", "the rooms had worked", False),
      ("Castellanos", "Maria Castellanos", "said", "she would file a motion", False)]),
    ("Assemblymember Dana Ruiz said the bill would pass.",
     [("Assemblymember Dana Ruiz", "Dana Ruiz", "said", "the bill would pass", False)]),
    # a spokesperson's noun before the name; a title before a name no list knows, the subject of a cue
    ('"We will not be intimidated," DFA spokesperson Teresita Villanueva-Abad said in a statement.',
     [("DFA spokesperson Teresita Villanueva-Abad", "Teresita Villanueva-Abad", "said", "We will not be intimidated",
       True)]),
    ('"The search is continuing," Chief District Officer Tek Bahadur Khadka told the Post.',
     [("Chief District Officer Tek Bahadur Khadka", "Tek Bahadur Khadka", "told", "The search is continuing",
       True)]),
    # a councillor's abbreviated title before a surname of two words
    ('Cr Aroha Te Whata, who voted against the plan, said ratepayers could not pay. "I\'ve had pensioners ring '
     'me," Cr Te Whata said.',
     [("Cr Aroha Te Whata", "Aroha Te Whata", "said", "ratepayers could not pay", False),
      ("Cr Te Whata", "Aroha Te Whata", "said", "I've had pensioners ring me", True)]),
    # the full name the recogniser missed, its surname titled later
    ('Local GP Priya Raman said her clinic saw a rise in asthma. "The timing was hard to ignore," Dr Raman said.',
     [("Local GP Priya Raman", "Priya Raman", "said", "her clinic saw a rise in asthma", False),
      ("Dr Raman", "Priya Raman", "said", "The timing was hard to ignore", True)]),
    # NEGATIVE: no name after the noun; a street named for the titled person
    ("A spokesperson Monday said the port was shut.",
     [("A spokesperson", None, "said", "the port was shut", False)]),
    ("Dr Raman opened the clinic. Visitors to Raman Street said it was busy.",
     [("Visitors", None, "said", "it was busy", False)]),
]


@pytest.mark.parametrize("text,expected", NAMED_SPEAKERS_THE_RECOGNISER_MISSED)
def test_named_speakers_the_recogniser_missed(text, expected):
    assert sorted(positions_of(text)) == sorted(expected)


VOICE_GOES_ON = [
    # 'he'/'she' or 'the spokesperson' after a body's unnamed voice is that voice again, the body's
    ("A Department of Health and Social Care spokeswoman said funding had risen. She said 2,000 midwives were in "
     "training.",
     [("A Department of Health and Social Care spokeswoman", "Department of Health and Social Care", "said",
       "funding had risen", False),
      ("A Department of Health and Social Care spokeswoman", "Department of Health and Social Care", "said",
       "2,000 midwives were in training", False)]),
    ("Kilbride Ridge Developments Ltd lost its case. A spokesman for Kilbride Ridge said the company was "
     "disappointed. He said the country needed homes.",
     [("A spokesman for Kilbride Ridge", "Kilbride Ridge Developments Ltd", "said", "the company was disappointed",
       False),
      ("A spokesman for Kilbride Ridge", "Kilbride Ridge Developments Ltd", "said", "the country needed homes",
       False)]),
    ("A Department of Health and Social Care spokesperson said funding had risen. The spokesperson added that more "
     "midwives were in training.",
     [("A Department of Health and Social Care spokesperson", "Department of Health and Social Care", "said",
       "funding had risen", False),
      ("The spokesperson", "Department of Health and Social Care", "added", "more midwives were in training",
       False)]),
    # NEGATIVE: an official of no body stated, taken up again, stays without actor
    ("An official said the road was closed. The official said it would reopen on Monday.",
     [("An official", None, "said", "the road was closed", False),
      ("The official", None, "said", "it would reopen on Monday", False)]),
]


@pytest.mark.parametrize("text,expected", VOICE_GOES_ON)
def test_voice_goes_on(text, expected):
    assert sorted(positions_of(text)) == sorted(expected)


PLACES_SPOKEN_FOR = [
    # a place a spokesperson speaks for (by 'for', or as the word right before the noun) is its government,
    # a body with a page (session 31)
    ("A spokeswoman for Kessington County said the county would seek damages from the paving firm.",
     [("A spokeswoman for Kessington County", "Kessington County", "said",
       "the county would seek damages from the paving firm", False)]),
    ("The bridge will reopen in May, a Harlow spokesman said.",
     [("a Harlow spokesman", "Harlow", "said", "The bridge will reopen in May", False)]),
    # NEGATIVE: officials 'in' a place only say where they are
    ("Officials in Brantley County said they were reviewing their contracts.",
     [("Officials", "officials", "said", "they were reviewing their contracts", False)]),
]


@pytest.mark.parametrize("text,expected", PLACES_SPOKEN_FOR)
def test_places_spoken_for(text, expected):
    assert sorted(positions_of(text)) == sorted(expected)


PLACES_WHERE_A_SPOKESPERSON_WORKS = [
    # NEGATIVE (review of session 31): a place before a spokesperson's noun that has its own 'for/of/at' body,
    # or an owner, is where the spokesperson works; the place is no body, no page, no affiliation
    ("A Lisbon spokesman for the Harbour Freight Authority said the tolls would rise in July.",
     [("Harbour Freight Authority", "organization", None, None)],
     [("A Lisbon spokesman for the Harbour Freight Authority", "Harbour Freight Authority", "said",
       "the tolls would rise in July", False)]),
    ("A Denver spokeswoman for the grocer said the shops would reopen.",
     [],
     [("A Denver spokeswoman for the grocer", None, "said", "the shops would reopen", False)]),
    ("A Vienna spokesman for the consulate said the visas would be delayed.",
     [],
     [("A Vienna spokesman for the consulate", None, "said", "the visas would be delayed", False)]),
    ("A Tallinn spokeswoman for Norvale Foods said the plant would stay open.",
     [("Norvale Foods", "organization", None, None)],
     [("A Tallinn spokeswoman for Norvale Foods", "Norvale Foods", "said", "the plant would stay open", False)]),
    ("The bank's Madrid spokeswoman, Lena Ortiz, said the branch would stay open.",
     [("Lena Ortiz", "person", "Madrid spokeswoman", None)],
     [("The bank's Madrid spokeswoman", "Lena Ortiz", "said", "the branch would stay open", False)]),
    # NEGATIVE: the place written elsewhere before another body's noun (its sheriff) or as what a storm struck
    # is the place; a spokesperson 'for' it may speak for any of its bodies, and it is no one's affiliation
    ("Brennock County sheriff's spokesman Tom Hale said the bridge was shut. A spokesman for Brennock County said "
     "the county would pay.",
     [("Tom Hale", "person", "spokesman", None)],
     [("Brennock County sheriff's spokesman Tom Hale", "Tom Hale", "said", "the bridge was shut", False),
      ("A spokesman for Brennock County", None, "said", "the county would pay", False)]),
    ("A spokeswoman for Corran County said the county would appeal. A storm battered Corran County on Friday.",
     [],
     [("A spokeswoman for Corran County", None, "said", "the county would appeal", False)]),
]


@pytest.mark.parametrize("text,actors,positions", PLACES_WHERE_A_SPOKESPERSON_WORKS)
def test_places_where_a_spokesperson_works(text, actors, positions):
    assert actor_records(text) == actors
    assert positions_of(text) == positions
