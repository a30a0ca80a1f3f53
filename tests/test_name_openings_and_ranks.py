"""Where a name starts: a body's name the recogniser opened late or ran into a person's, and the
ranks and honours that open a person's name but are no part of it. Tables of invented
sentences, whole records."""
from __future__ import annotations

import pytest

from conftest import named_actor_records as records


NAME_OPENINGS = [
    # a body's name after a post's 'of the' that opens on a word that may be a given name stays
    # a body where body's words follow, and a 'partnership' with a post in it is a body
    ("Oren Vasquel, director of the Northern Harbour Traders Partnership, which speaks for 400 stalls, "
     "said trade had slowed.",
     [("Northern Harbour Traders Partnership", "organization", None, None),
      ("Oren Vasquel", "person", "director", "Northern Harbour Traders Partnership")]),
    # untagged capitalised words before a body's head word belong to its name
    ("Brannoch Co-operative Society, which buys grain from 900 farms, said it would cut its price.",
     [("Brannoch Co-operative Society", "organization", None, None)]),
    # NEGATIVE: a person's name after a title, the recogniser tagging only the surname as a body
    ("The Deputy Minister for Water, Dr Kelvani Obuoro, said the pumps were fixed.",
     [("Kelvani Obuoro", "person", "Deputy Minister for Water", None)]),
    # NEGATIVE: an agreement's name stays no actor
    ("The Gulf Shipping Partnership was signed in March, officials said.", []),
    # NEGATIVE: a post that runs no body ('negotiator') makes no body of an agreement's name
    ("Marta Quell, chief negotiator of the Southern Ocean Fisheries Partnership, said talks had stalled.",
     [("Marta Quell", "person", "chief negotiator of the Southern Ocean Fisheries Partnership", None)]),
    # NEGATIVE: a post's 'of the' body, then a person whose surname is a common word
    ("Leader of the Opposition Wendy Fields said the budget was a sham.",
     [("Wendy Fields", "person", "Leader of the Opposition", None)]),
    ("Speaker of the House Colin Wood said the sitting would resume.",
     [("Colin Wood", "person", "Speaker of the House", None)]),
    # NEGATIVE: a titled person's name before a body's name stays a person's
    ("Premier Martin Holloway Labor Party said it would win.",
     [("Labor Party", "organization", None, None), ("Martin Holloway", "person", "Premier", None)]),
]


@pytest.mark.parametrize("text, expected", NAME_OPENINGS)
def test_where_a_bodys_name_opens(text, expected):
    assert records(text) == expected


RANKS_AND_HONOURS = [
    # a police rank's letters, a written-out rank and a Hausa honour open the name, never belong to it
    ("The Kano State Police Command spokesman, SP Hadiza Tanimu Garba, said 14 suspects were held.",
     [("Hadiza Tanimu Garba", "person", "spokesman", "Kano State Police Command"),
      ("Kano State Police Command", "organization", None, None)]),
    ("District police spokesperson Sergeant Otto Nambala said two men were arrested.",
     [("Otto Nambala", "person", "District police spokesperson", None)]),
    ("The chairman of the traders, Malam Idris Kabiru Dogo, said the market would reopen.",
     [("Idris Kabiru Dogo", "person", "chairman of the traders", None)]),
    # a party's seat letters before a name, and a seat's letters after an article, name no one
    ("Sinn Féin TD Aoife Gallagher said the scheme was too small.",
     [("Aoife Gallagher", "person", None, None)]),
    ("Department spokesperson Zodwa Khumalo said the MEC had met both parties last week.",
     [("Zodwa Khumalo", "person", "Department spokesperson", None)]),
    # NEGATIVE: the same letters alone, with no article, may be a company's name
    ("MEC said sales fell in the quarter.", [("MEC", "organization", None, None)]),
    # NEGATIVE: a rank's word opening a firm's name stays in it
    ("General Electric said orders rose.", [("General Electric", "organization", None, None)]),
]


@pytest.mark.parametrize("text, expected", RANKS_AND_HONOURS)
def test_ranks_and_honours_before_a_name(text, expected):
    assert records(text) == expected


SHORT_FORMS_OF_A_NAME = [
    # a name defined by initials that spell its 'and' too
    ("The Tonga Federation of Rowing and National Paddling Union (TFRANPU) says it needs more boats. "
     "TFRANPU said the appeal opens on Monday.",
     [("Tonga Federation of Rowing and National Paddling Union", "organization", None, None)]),
    # a surname written alone that speaks belongs to the full name the recogniser left untagged
    ("Head of the Relief Mission in Kessaland Brigitta Solvang said the wells were dry. "
     "\"We need more trucks,\" Solvang said.",
     [("Brigitta Solvang", "person", None, None)]),
    # a family name before a hyphenated given name, after an English given name (Hong Kong usage)
    ("Professor Vivian Chow Ka-wai, who led the survey, said the samples were clean. "
     "Chow said the team would publish in May.",
     [("Vivian Chow Ka-wai", "person", "Professor", None)]),
    # the first word of a surname-first name, written alone as one who speaks, is that person
    ("Deputy Minister Datuk Ng Kah Seng said the plant would open in May. "
     "Ng said the ministry expected 500 jobs.",
     [("Ng Kah Seng", "person", "Deputy Minister", None)]),
    # a hyphenated given name after a title runs on to the surname after it
    ("Mayor Anne-Sophie Girardeau said the city would help.",
     [("Anne-Sophie Girardeau", "person", "Mayor", None)]),
    # a word the article gives as a surname is a person's, no body whose lawyer speaks
    ("Police held a man surnamed Seok, 52, over the fraud. Seok's lawyer said the charges were false.",
     [("Seok", "person", None, None)]),
    # NEGATIVE: a firm's former name given as 'the surname' is no person
    ("The firm dropped the surname, Thornbury, from its name last year. Thornbury said profits rose.",
     [("Thornbury", "organization", None, None)]),
]


@pytest.mark.parametrize("text, expected", SHORT_FORMS_OF_A_NAME)
def test_short_forms_join_the_full_name(text, expected):
    assert records(text) == expected
