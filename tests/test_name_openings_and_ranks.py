"""Where a name starts: a body's name the recogniser opened late or ran into a person's, and the
ranks and honours that open a person's name but are no part of it. Tables of invented
sentences, whole records."""
from __future__ import annotations

import pytest

from conftest import named_actor_records as records, positions_of


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
    # NEGATIVE: a rank's abbreviation before a name makes it a person's, never a body's, and is no
    # part of a firm's name it opens
    ("\"We are ready,\" said Sgt. Nils Oberg of the Varno Fire Service. Capt. Ines Holm said the crew had "
     "30 firefighters.",
     [("Ines Holm", "person", "Captain", None), ("Nils Oberg", "person", "Sergeant", "Varno Fire Service"),
      ("Varno Fire Service", "organization", None, None)]),
    ("Capt. Brell Shipping Ltd said profits fell 8 percent.",
     [("Brell Shipping Ltd", "organization", None, None)]),
    # NEGATIVE: the same letters alone, with no article, may be a company's name
    ("MEC said sales fell in the quarter.", [("MEC", "organization", None, None)]),
    # NEGATIVE: a rank's word opening a firm's name stays in it
    ("General Electric said orders rose.", [("General Electric", "organization", None, None)]),
]


TITLES_RUN_INTO_A_NAME = [
    # a body a title heads, run by the recogniser into the holder's name (a hyphenated surname too)
    ("The session ran late. Speaker of the National Assembly Ibrahim Al-Kandari adjourned the session "
     "after four hours of debate.",
     [("Ibrahim Al-Kandari", "person", "Speaker of the National Assembly", None)]),
    # with no 'the', the body's head word ends the body and the holder's name follows it
    ("Later, Member of Parliament Hope Mwale said the community had lost confidence in the company.",
     [("Hope Mwale", "person", "Member of Parliament", None)]),
    # NEGATIVE: no body's head word: the words after a post's 'of' are one firm's name
    ("Olu Bankole, director of Harbour Marine Supplies, said the firm would appeal.",
     [("Harbour Marine Supplies", "organization", None, None),
      ("Olu Bankole", "person", "director", "Harbour Marine Supplies")]),
    # a person's title or a doer's noun opening a name the recogniser took for a body's; a given
    # name no list has opens the name too
    ("Farmer Bhavani Ramdeolall, 64, who keeps goats, said she would not leave.",
     [("Bhavani Ramdeolall", "person", None, None)]),
    ("Lighthouse keepers said the lamp failed. Farmer Ramdeolall Persaud said he would stay.",
     [("Ramdeolall Persaud", "person", None, None)]),
    # NEGATIVE: a firm's name opening on a doer's noun stays a firm's
    ("Brennock Marine Supplies said it would appeal.",
     [("Brennock Marine Supplies", "organization", None, None)]),
    # NEGATIVE: a lower-case 'member of' and a body's own name: no title, no person inside it
    ("Carol Ngwenya, a member of Parliament Street Residents Association, said the road was unsafe.",
     [("Carol Ngwenya", "person", "member of Parliament Street Residents Association",
       "Parliament Street Residents Association"),
      ("Parliament Street Residents Association", "organization", None, None)]),
]


@pytest.mark.parametrize("text, expected", TITLES_RUN_INTO_A_NAME)
def test_titles_run_into_a_name(text, expected):
    assert records(text) == expected


@pytest.mark.parametrize("text, expected", RANKS_AND_HONOURS)
def test_ranks_and_honours_before_a_name(text, expected):
    assert records(text) == expected


SENTENCES_ENDING_ON_A_RANK = [
    # NEGATIVE: a rank's abbreviation may end a sentence: the next sentence is a statement of its own
    ("Navy spokeswoman Hana Quist said Ivo Brell was promoted to Maj. Defence Minister Oda Renn criticised "
     "the move on Friday, saying the promotion was hasty.",
     [("Navy spokeswoman Hana Quist", "Hana Quist", "said", "Ivo Brell was promoted to Maj.", False),
      ("Defence Minister Oda Renn", "Oda Renn", "saying", "the promotion was hasty", False)]),
    ("Ivo Brell left the force as a Maj. He said on Friday the navy needed 3,000 more sailors.",
     [("He", "Ivo Brell", "said", "the navy needed 3,000 more sailors", False)]),
]


@pytest.mark.parametrize("text, expected", SENTENCES_ENDING_ON_A_RANK)
def test_a_sentence_may_end_on_a_rank(text, expected):
    assert positions_of(text) == expected


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


BODIES_CUT_AT_OF_AND_AND = [
    # a body's name with an 'of' of its own runs on over a second 'of' to its country
    ("Chamber of Mines of Botswana chief executive officer Daniel Phiri said the industry welcomed the inquiry.",
     [("Chamber of Mines of Botswana", "organization", None, None),
      ("Daniel Phiri", "person", "chief executive officer", "Chamber of Mines of Botswana")]),
    ("The Society of Engineers of Kenya said the bridge was unsafe.",
     [("Society of Engineers of Kenya", "organization", None, None)]),
    # NEGATIVE: a country's possessive after 'of' is no part of the body's name
    ("The Association of Millers said the price of Malawi's maize would rise.",
     [("Association of Millers", "organization", None, None), ("Malawi", "country", None, None)]),
    # a region's body opened on the place after 'the West of'
    ("Mayor Ruth Amadi, who chairs the East of Kessaland Combined Authority, said she had learned of the plan late.",
     [("East of Kessaland Combined Authority", "organization", None, None), ("Ruth Amadi", "person", "Mayor", None)]),
    # NEGATIVE: a region of a place with no body after it
    ("The region lies in the south of England. Harbour Council said it would appeal.",
     [("Harbour Council", "organization", None, None)]),
    # a state's department named by its fields and its country, split at its 'and' or with its
    # first field left untagged
    ("The harvesters will take Fisheries and Harbours Canada to court over the quota. "
     "Fisheries and Harbours Canada said it would defend the decision.",
     [("Fisheries and Harbours Canada", "organization", None, None)]),
    ("The growers will sue Agriculture and Orchards Australia over the ban. "
     "Agriculture and Orchards Australia said it would defend the decision.",
     [("Agriculture and Orchards Australia", "organization", None, None)]),
    # NEGATIVE: two firms' names joined by 'and', no fields
    ("Harbour Metals and Rio Canada said they would merge.",
     [("Harbour Metals", "organization", None, None), ("Rio Canada", "organization", None, None)]),
]


@pytest.mark.parametrize("text, expected", BODIES_CUT_AT_OF_AND_AND)
def test_bodies_cut_at_of_and_and(text, expected):
    assert records(text) == expected


PLACES_BEFORE_A_PERSON = [
    # a constituency before a member's letters is the seat, no body
    ("Glasgow East MSP Alison Greer said she had written to the health board.",
     [("Alison Greer", "person", "Glasgow East MSP", None)]),
    # NEGATIVE: a party before the letters stays the member's party
    ("Labour MSP Alison Greer said she had written to the health board.",
     [("Alison Greer", "person", "MSP", "Labour"), ("Labour", "organization", None, None)]),
    # NEGATIVE: a body's name (a council's) before the letters stays the member's body, no seat
    ("Leeds City Council MP Darren Hale said the cuts were unfair.",
     [("Darren Hale", "person", "MP", "Leeds City Council"), ("Leeds City Council", "organization", None, None)]),
    # NEGATIVE: a firm's name opening on a natural feature's word stays a firm's
    ("Peninsula Holdings said profits rose.", [("Peninsula Holdings", "organization", None, None)]),
]


@pytest.mark.parametrize("text, expected", PLACES_BEFORE_A_PERSON)
def test_places_before_a_person(text, expected):
    assert records(text) == expected


OFFICES_ADDRESSED = [
    # an office addressed at the head of a quotation is no one's name: no page of its own, and
    # 'the Speaker' is the holder named with the title
    ("Lawmakers met on Tuesday.\n\n\"Mr Speaker, honourable colleagues, our people were promised a new bridge,\" "
     "Ada Okonkwo said.\n\nSpeaker Obinna Eze, who presided, adjourned the sitting. \"We will act,\" the Speaker said.",
     [("Ada Okonkwo", "person", None, None), ("Obinna Eze", "person", "Speaker", None)]),
    # NEGATIVE: a titled surname opening the sentence, with no quotation or comma before it, stays a name
    ("Mr Speaker, a farmer from the valley, said the bill would fail.", [("Speaker", "person", "farmer", None)]),
]


@pytest.mark.parametrize("text, expected", OFFICES_ADDRESSED)
def test_offices_addressed(text, expected):
    assert records(text) == expected


def test_the_office_addressed_is_read_as_its_holder():
    text = OFFICES_ADDRESSED[0][0]
    assert positions_of(text) == [
        ("Ada Okonkwo", "Ada Okonkwo", "said", "Mr Speaker, honourable colleagues, our people were promised a new bridge", True),
        ("the Speaker", "Obinna Eze", "said", "We will act", True)]
