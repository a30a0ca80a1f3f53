"""How a person's name is cut from the words around it: tables of invented sentences, whole records."""
from __future__ import annotations

import pytest

from conftest import named_actor_records as records


BARE_INITIALS = [
    # initials without stops before a surname (South Asian usage) open a person's name, which
    # the recogniser misses or runs into the title before it
    ("District Collector R K Sharma said the flyover would be closed for repairs.",
     [("R K Sharma", "person", "District Collector", None)]),
    ("Chief Fire Officer S Lokesh said the rubble had to be cleared by hand.",
     [("S Lokesh", "person", "Chief Fire Officer", None)]),
    ("A K Singh, the chief engineer, said the contractor had been asked to explain.",
     [("A K Singh", "person", "chief engineer", None)]),
    ("Sub-Inspector P Ramesh said traffic was diverted.",
     [("P Ramesh", "person", "Sub-Inspector", None)]),
    ("Superintendent of Police V Anand said a case had been filed.",
     [("V Anand", "person", "Superintendent of Police", None)]),
    ("Local MLA K T Rao demanded an inquiry. \"This is negligence,\" Rao said.",
     [("K T Rao", "person", "Local MLA", None)]),
    # NEGATIVE: a letter that names a model, a grade, a gate or a block, not initials
    ("Owners of the Model S Tesla said repairs were slow.", []),
    ("Plan B Holdings said profits rose.", []),
    ("Passengers at Gate B Terminal waited for hours.", []),
    ("Grade A Beef prices climbed in March, said Tom Reed, a trader.",
     [("Tom Reed", "person", "trader", None)]),
    # NEGATIVE: a lone 'A' after a title may be the article the writer ran into the name
    ("Health Minister A Rahman said the bill would pass.",
     [("Rahman", "person", "Health Minister", None)]),
]


@pytest.mark.parametrize("text, expected", BARE_INITIALS)
def test_bare_initials_open_a_persons_name(text, expected):
    assert records(text) == expected


TITLES_NAMED_AS_ACTORS = [
    # a title phrase ('Head of X', 'General Secretary', 'the Branch Chairman') beside a person's
    # name is that person's title, neither a body nor a person of its own
    ("The Head of Operations, Mr John Tamba, said the mine would reopen on Monday.",
     [("John Tamba", "person", "Head of Operations", None)]),
    ("The Head of Service, Mrs Ada Eze, met union leaders on Sunday.",
     [("Ada Eze", "person", "Head of Service", None)]),
    ("The mine will reopen. Head of Corporate Communications Ama Owusu said talks were going well.",
     [("Ama Owusu", "person", "Head of Corporate Communications", None)]),
    ("Head of Mission Lars Berg said the embassy was monitoring the strike.",
     [("Lars Berg", "person", "Head of Mission", None)]),
    ("The union's General Secretary, Kofi Mensah, said workers would stay out.",
     [("Kofi Mensah", "person", "General Secretary", None)]),
    ("Kofi Arthur, the Branch Chairman of the workers' union, said pay was late.",
     [("Kofi Arthur", "person", "Branch Chairman", None)]),
    # NEGATIVE: a firm whose name opens on a rank's word, a body's word before a title, an office's body
    ("General Motors said production was hit.", [("General Motors", "organization", None, None)]),
    ("Police Commissioner Mark Obi said no arrests were made.",
     [("Mark Obi", "person", "Police Commissioner", None)]),
    ("The Office of the Chief of Staff said talks would resume.",
     [("Office of the Chief of Staff", "organization", None, None)]),
    ("Lord Butler said the report was thin.", [("Lord Butler", "person", None, None)]),
    # NEGATIVE: a firm whose name is a common word before its officer's title keeps the firm
    ("Shell Chairman Andrew Mackenzie said the dividend would rise.",
     [("Andrew Mackenzie", "person", "Chairman", "Shell"), ("Shell", "organization", None, None)]),
    ("Oracle Chairman Larry Ellison said cloud sales doubled.",
     [("Larry Ellison", "person", "Chairman", "Oracle"), ("Oracle", "organization", None, None)]),
    # NEGATIVE: heads in the plural, a body of office holders, no one's office
    ("The Heads of Government Meeting said the region needed aid.",
     [("Heads of Government Meeting", "organization", None, None)]),
]


@pytest.mark.parametrize("text, expected", TITLES_NAMED_AS_ACTORS)
def test_a_title_beside_a_name_is_no_actor(text, expected):
    assert records(text) == expected


NICKNAMES = [
    # a nickname of one to three capitalised words in quotation marks between a given name and a
    # surname is left out of one person's name, however the recogniser cut the pieces
    ('Promoter Juan "El Toro" Martinez was charged on Tuesday with fraud.',
     [("Juan Martinez", "person", "suspect", None)]),
    ('Fighter Samuel "The Hammer" Okafor said he was owed three purses.',
     [("Samuel Okafor", "person", None, None)]),
    ("A lawyer for Daniel 'Danny Boy' Reyes said his client would testify.",
     [("Daniel Reyes", "person", None, None)]),
    ('Juan Carlos "Chino" Ramos, the club owner, denied the claims.',
     [("Juan Carlos Ramos", "person", "club owner", None)]),
    ('Gang leader Ramon "Big Man" Cruz was arrested in Manila.',
     [("Ramon Cruz", "person", "Gang leader", None)]),
    # NEGATIVE: a place's or an event's name around quoted words
    ('Fans at the Paris "Fashion Week" Show cheered.', []),
    ('The Rose "Bloom" Festival opens today.', []),
    ('Tickets for the Grace "Summer" Tour sold out.', []),
]


@pytest.mark.parametrize("text, expected", NICKNAMES)
def test_a_quoted_nickname_is_left_out_of_the_name(text, expected):
    assert records(text) == expected


COMPOUND_RANKS = [
    # a rank of more than one word is the person's whole rank, neither cut at its last word nor
    # run into the name or made a body
    ("Staff Sergeant Joel Tan was not charged.", [("Joel Tan", "person", "Staff Sergeant", None)]),
    ("Police Staff Sergeant Ramon Lim said the men had acted alone.",
     [("Ramon Lim", "person", "Police Staff Sergeant", None)]),
    ("Master Sergeant Leo Garcia said he was innocent.", [("Leo Garcia", "person", "Master Sergeant", None)]),
    ("Petty Officer Anne Cruz said the navy would cooperate.", [("Anne Cruz", "person", "Petty Officer", None)]),
    ("Prosecutors charged Private First Class Mark Dela Rosa on Monday.",
     [("Mark Dela Rosa", "person", None, None)]),
    # NEGATIVE: an office before a one-word rank keeps the office as the role
    ("Defence Minister Gen. Paul Obi said the troops were ready.",
     [("Paul Obi", "person", "Defence Minister", None)]),
    ("Chief of Defence Staff Gen. Musa Ali said troops would not be deployed.",
     [("Musa Ali", "person", "Chief of Defence Staff", None)]),
    # NEGATIVE: a rank's own qualifier before it is no office held before the rank
    ("Deputy Chief Petty Officer Ana Cruz said the ship was safe.",
     [("Ana Cruz", "person", "Deputy Chief Petty Officer", None)]),
    ("District Senior Constable Mia Harris said the road was shut.",
     [("Mia Harris", "person", "District Senior Constable", None)]),
]


@pytest.mark.parametrize("text, expected", COMPOUND_RANKS)
def test_a_rank_of_several_words_stays_whole(text, expected):
    assert records(text) == expected


SETTINGS = [
    # a place named only as where something is (a market's, a road's name) is no actor and no affiliation
    ("Ngozi Eze, a trader at Oja market, said prices had doubled.",
     [("Ngozi Eze", "person", "trader", None)]),
    ("The crash closed State Highway 5 near Opotiki, said Anna Reid, a police spokeswoman.",
     [("Anna Reid", "person", "police spokeswoman", None)]),
    # NEGATIVE: a market that is trade, a body's name without a setting
    ("Traders said the Nasdaq market fell 3% on Monday.", [("Nasdaq", "organization", None, None)]),
    ("The Foreign Ministry said aid was on the way.", [("Foreign Ministry", "organization", None, None)]),
]


@pytest.mark.parametrize("text, expected", SETTINGS)
def test_a_setting_is_no_actor(text, expected):
    assert records(text) == expected


# the plural of a title's word before a list of names ('Members', 'Trustees') is the title they share, no
# word of the first name (session 36, spans). NEGATIVE: a surname or a name's middle word of that shape;
# a plural that is part of a thing's name before a title.
PLURAL_TITLES_BEFORE_NAMES = [
    ("Council Members Rick Dorsey and Brenda Okoro voted against the levy.",
     [("Brenda Okoro", "person", "Council Member", None), ("Rick Dorsey", "person", "Council Member", None)]),
    ("Commissioners Kim Sato and Femi Bello signed the order.",
     [("Femi Bello", "person", "Commissioner", None), ("Kim Sato", "person", "Commissioner", None)]),
    ("Directors Ann Lowe and Tom Reed resigned on Monday.",
     [("Ann Lowe", "person", "Director", None), ("Tom Reed", "person", "Director", None)]),
    ("Trustees Ann Lowe and Tom Reed resigned on Monday.",
     [("Ann Lowe", "person", "Trustee", None), ("Tom Reed", "person", "Trustee", None)]),
    # NEGATIVE
    ("Tom Masters said the vote was close.", [("Tom Masters", "person", None, None)]),
    ("Amy Judges Reed said the vote was close.", [("Amy Judges Reed", "person", None, None)]),
    ("The Masters Tournament champion Tom Reed spoke.", [("Tom Reed", "person", None, None)]),
    # NEGATIVE (review of session 36): a place's name opening on a plural title's word, one word the
    # recogniser took for a name after it; no person's whole name follows the plural
    ("Judges Lane resident Ann Lowe said the road flooded.", [("Ann Lowe", "person", "resident", None)]),
    ("Bishops Road resident Tom Reed said it flooded.", [("Tom Reed", "person", "Bishops Road resident", None)]),
]


@pytest.mark.parametrize("text,expected", PLURAL_TITLES_BEFORE_NAMES)
def test_a_plural_title_before_names_is_no_word_of_a_name(text, expected):
    assert records(text) == expected
