"""A name cut and typed by the structure of English names: a body's name kept whole across its
links ('and', 'for the', a plural's apostrophe) and stopped at a clause's word; a style of
address ('Eng', 'Hon.') and a title's portfolio before a person's name are no part of it.
Tables of invented sentences, whole records (name, type, role, affiliation)."""
from __future__ import annotations

import pytest

from conftest import named_actor_records as records


BODIES_ACROSS_LINKS = [
    # fields joined by 'and' before a body's head word, a known place opening the name
    ("A former Leeds Gas and Drainage Department engineer was fined on Monday.",
     [("Leeds Gas and Drainage Department", "organization", None, None)]),
    ("A former Harlow Water and Sewer Department clerk was jailed on Friday.",
     [("Harlow Water and Sewer Department", "organization", None, None)]),
    # fields joined by 'and', then the place the body serves
    ("The contractor had been fined twice by Mining Health and Safety Tasmania.",
     [("Mining Health and Safety Tasmania", "organization", None, None)]),
    ("Harbour Safety and Standards Queensland figures show 12 divers died last year.",
     [("Harbour Safety and Standards Queensland", "organization", None, None)]),
    # a common plural's apostrophe inside the name
    ("Lanka Tea Growers' Congress secretary Ravi Perera said wages were too low.",
     [("Lanka Tea Growers' Congress", "organization", None, None),
      ("Ravi Perera", "person", "secretary", "Lanka Tea Growers' Congress")]),
    ("Officials of the Kessa Dairy Farmers' Federation said prices were too low.",
     [("Kessa Dairy Farmers' Federation", "organization", None, None)]),
    # NEGATIVE: two bodies joined by 'and'; a country's possessive; a sentence's opening word
    ("Executives of Ford and General Motors said sales fell.",
     [("General Motors", "organization", None, None)]),
    ("The Harbour Board and City Council said the pier would close.",
     [("City Council", "organization", None, None), ("Harbour Board", "organization", None, None)]),
    ("Today Farmers' Union members marched on the capital.",
     [("Farmers' Union", "organization", None, None)]),
    # NEGATIVE: a title's field after its 'for', then a party's name (names31 review)
    ("Minister for Trade and Green Party leader Tom Reed spoke on Friday.",
     [("Green Party", "organization", None, None), ("Tom Reed", "person", "leader", "Green Party")]),
    # NEGATIVE: a purpose after 'for', no place it ends on, is no word of the body's name (names31 review)
    ("A grant from the Harwell Trust for Kidney Research will pay for scans.",
     [("Harwell Trust", "organization", None, None)]),
    ("The Harwell Trust for Kidney Research gave $2m.",
     [("Harwell Trust", "organization", None, None)]),
]


# NEGATIVE (review of session 32): 'in' and a place after an association's name is where it or its people
# are, not a word of its name (a city, a name known without it, a place word in its members' plural, a time
# phrase after it); nor a possessive, a street, no place, no members' plural, no association
BODIES_OF_MEMBERS_IN_A_PLACE = [
    ("Leaders of the Association of Southeast Asian Nations in Manila agreed to meet in May.",
     [("Association of Southeast Asian Nations", "organization", None, None)]),
    ("The Federation of Ghana Employers in Kumasi said wages rose.",
     [("Federation of Ghana Employers", "organization", None, None)]),
    ("The Union of Concerned Scientists in Boston said the plan was weak.",
     [("Union of Concerned Scientists", "organization", None, None)]),
    ("The National Association of Manufacturers in Washington lobbied against the levy.",
     [("National Association of Manufacturers", "organization", None, None)]),
    ("Members of the Association of Taxi Owners in Kampala on Monday called off the strike.",
     [("Association of Taxi Owners", "organization", None, None)]),
    ("The Federation of Dairy Farmers in Corran's Rift Valley said milk prices fell.",
     [("Federation of Dairy Farmers", "organization", None, None)]),
    ("The Association of Banks in Lebanon Street said it would move.",
     [("Association of Banks", "organization", None, None)]),
    ("The Union of Journalists in the capital said pay fell.", [("Union of Journalists", "organization", None, None)]),
    ("The Ministry of Health in Kenya said cases fell.", [("Ministry of Health", "organization", None, None)]),
    ("The Bank of England in London said rates would hold.", [("Bank of England", "organization", None, None)]),
    ("Corran College in Kent said fees would rise.", [("Corran College", "organization", None, None)]),
]


@pytest.mark.parametrize("text, expected", BODIES_OF_MEMBERS_IN_A_PLACE)
def test_a_members_body_in_a_place(text, expected):
    assert records(text) == expected


@pytest.mark.parametrize("text, expected", BODIES_ACROSS_LINKS)
def test_a_bodys_name_is_kept_whole_across_its_links(text, expected):
    assert records(text) == expected


NAMES_STOPPED_AT_A_CLAUSE = [
    # a body's name ends before a clause's lower-case word the recogniser ran it into
    ("The firm wrote to the Kessa Department of Health that the ward would close.",
     [("Kessa Department of Health", "organization", None, None)]),
    # NEGATIVE: lower-case links inside a name stay
    ("The Ministry of Health for the Northern Region said clinics would close.",
     [("Ministry of Health for the Northern Region", "organization", None, None)]),
]


@pytest.mark.parametrize("text, expected", NAMES_STOPPED_AT_A_CLAUSE)
def test_a_name_stops_at_a_clauses_word(text, expected):
    assert records(text) == expected


STYLES_AND_PORTFOLIOS = [
    # a style of address before a given name is no word of the name, nor a role
    ("Acting Director-General Eng Samir Al-Otaibi said the plant would reopen.",
     [("Samir Al-Otaibi", "person", "Acting Director-General", None)]),
    ("Chief Executive Officer Eng Tariq Haddad said growth slowed.",
     [("Tariq Haddad", "person", "Chief Executive Officer", None)]),
    ("The Minister of State, Eng. Tariq Haddad, said growth slowed.",
     [("Tariq Haddad", "person", "Minister of State", None)]),
    ("The speaker, Hon. Adaeze Okonkwo, said the motion would fail.",
     [("Adaeze Okonkwo", "person", "speaker", None)]),
    # 'Eng' without its dot after a title and a comma, or after an honour's initials, is the style
    ("The board's spokesperson, Eng Salma Al-Harthy, said repairs would take a week.",
     [("Salma Al-Harthy", "person", "spokesperson", None)]),
    # a title with its portfolio of two fields, then a name with a hyphenated given name
    ("Secretary for Housing and Planning Chan Wai-ming said rents would be capped. Chan said the cap would last a year.",
     [("Chan Wai-ming", "person", "Secretary for Housing and Planning", None)]),
    ("Secretary for Transport and Logistics Lam Ka-wing said fares would rise.",
     [("Lam Ka-wing", "person", "Secretary for Transport and Logistics", None)]),
    ("Secretary for Housing and Planning Ann Lowe said rents would be capped.",
     [("Ann Lowe", "person", "Secretary for Housing and Planning", None)]),
    # NEGATIVE: 'Eng' as a family name written first stays; places after a title's 'of' are no portfolio
    ("Eng Kah Wei, a trader, said prices rose.",
     [("Eng Kah Wei", "person", "trader", None)]),
    # NEGATIVE: 'Eng' before a listed given name, no dot and no title before it: the family name (names31 review)
    ("Eng Soo Lin, a grocer, said rents rose.",
     [("Eng Soo Lin", "person", "grocer", None)]),
    ("Eng Mei Fong, a tailor, said rents rose.",
     [("Eng Mei Fong", "person", "tailor", None)]),
    # NEGATIVE: a field followed by a body's head word is the body's, no second field of a portfolio (names31 review)
    ("Minister for Finance and Labour Party leader Kofi Mensah met on Monday.",
     [("Kofi Mensah", "person", "leader", "Labour"), ("Labour", "organization", None, None)]),
    ("Mayor of Leeds and Bradford Ann Lowe said the plan was good.",
     [("Ann Lowe", "person", None, None)]),
]


@pytest.mark.parametrize("text, expected", STYLES_AND_PORTFOLIOS)
def test_styles_and_portfolios_before_a_persons_name(text, expected):
    assert records(text) == expected


WHAT_A_TITLE_IS_OF = [
    # a place or body written before a title and its holder's name is no person, nor part of a name
    ("Westvale Mayor Helen Marsh said two families were moving out. The Westvale hospital will shut, Marsh said.",
     [("Helen Marsh", "person", "Mayor", "Westvale"), ("Westvale", "organization", None, None)]),
    ("Lowland Regional Commissioner Mr Tom Reed has banned street food.",
     [("Tom Reed", "person", "Lowland Regional Commissioner", None)]),
    # a title's body named after its kind ('of concern group X') is the body's name, not the holder's
    ("Tsang Hoi-man, convener of concern group Bus Riders' Voice, accused the company of failing.",
     [("Bus Riders' Voice", "organization", "concern group", None),
      ("Tsang Hoi-man", "person", "convener", "Bus Riders' Voice")]),
    # NEGATIVE: a title opening a name stays the role; two people side by side stay two
    ("Chief Inspector Marco Valdes said the road was closed.",
     [("Marco Valdes", "person", "Chief Inspector", None)]),
    ("Tom Reed told Ann Lowe the plan had failed.",
     [("Ann Lowe", "person", None, None), ("Tom Reed", "person", None, None)]),
]


@pytest.mark.parametrize("text, expected", WHAT_A_TITLE_IS_OF)
def test_what_a_title_is_of_is_no_persons_name(text, expected):
    assert records(text) == expected


BODIES_THE_RECOGNISER_MISSED = [
    # 'the' and capitalised words linked by 'of'/'and', a body's head word last, subject of a body's act
    ("The Tavel State House of Assembly has expelled two members after a fight in the chamber.",
     [("Tavel State House of Assembly", "organization", None, None)]),
    ("The Kessa Valley Growers Association has called on the council to act.",
     [("Kessa Valley Growers Association", "organization", None, None)]),
    # NEGATIVE: no body's head word
    ("The Big Apple Circus was sold.", []),
    # NEGATIVE: a passive subject; a head word that also names a post or a ceremony's party (names31 review)
    ("The Post of Deputy Mayor was scrapped in 2008.", []),
    ("The Guard of Honour was inspected by the Kessa Army.",
     [("Kessa Army", "organization", None, None)]),
]


@pytest.mark.parametrize("text, expected", BODIES_THE_RECOGNISER_MISSED)
def test_an_acting_body_the_recogniser_missed(text, expected):
    assert records(text) == expected
