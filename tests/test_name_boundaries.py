"""Where a body's name ends (session 23, names23): a name the recogniser ended on its head word runs
on over 'of' and the country it belongs to ('the Human Rights Commission of Pakistan'), unless the
head is one of a country's own organs (the country says whose it is) or the country goes on into
another name or a possessive. Every sentence here is written for the tests; whole records of every
actor, negatives where the name must stay as the recogniser cut it."""
from __future__ import annotations

import pytest

from conftest import actor_records as records_of


BODY_OF_A_COUNTRY = [
    ("The Tenant Rights Commission of Pakistan welcomed the order on Monday.",
     [("Tenant Rights Commission of Pakistan", "organization", None, None)]),
    ("The Marsh Valley Workers Union of Kenya said the strike would go ahead.",
     [("Marsh Valley Workers Union of Kenya", "organization", None, None)]),
    ("The Coastal Safety Agency of Canada said the beaches would reopen.",
     [("Canada", "country", None, None), ("Coastal Safety Agency of Canada", "organization", None, "Canada")]),
    # the initials the article uses later are the longer name's: one actor
    ("The Tenant Rights Commission of Pakistan said the law was void. In a statement, TRCP said evictions had "
     "doubled.",
     [("Tenant Rights Commission of Pakistan", "organization", None, None)]),
    # NEGATIVE: the country owns something after it, or opens another name
    ("The Tenant Rights Commission of Pakistan's board met on Monday.",
     [("Pakistan", "country", None, None), ("Tenant Rights Commission", "organization", None, None)]),
    ("The Tenant Rights Commission of Pakistan Railways said the fares were unfair.",
     [("Tenant Rights Commission", "organization", None, None)]),
    # NEGATIVE: a list of countries; an international body's office in a country (review probes)
    ("The joint Boundary Commission of Kenya and Tanzania said the border survey would be finished by June.",
     [("Boundary Commission", "organization", None, None)]),
    ("Officials said the UN Refugee Agency of Pakistan would receive new funds.",
     [("UN Refugee Agency", "organization", None, None), ("officials", "group", None, None)]),
    # NEGATIVE: 'of' hangs on another word
    ("The Tenant Rights Commission wrote to officials of Pakistan on Monday.",
     [("Pakistan", "country", None, None), ("Tenant Rights Commission", "organization", None, None)]),
]


@pytest.mark.parametrize("text,expected", BODY_OF_A_COUNTRY)
def test_body_of_a_country(text, expected):
    assert records_of(text) == expected


# capitalised words before a title's word that end on an adjective ('Medical', 'Regional'), or on a field
# after one, say which officer it is: no body. A name ending on a noun before the title stays a body.
QUALIFIERS_OF_A_TITLE = [
    ("According to the Marsh Regional Medical Officer, Dr Ann Lowe, most patients are children.",
     [("Ann Lowe", "person", "Marsh Regional Medical Officer", None)]),
    ("The Kessa Provincial Medical Officer, Dr Ann Lowe, said most patients were children.",
     [("Ann Lowe", "person", "Kessa Provincial Medical Officer", None)]),
    ("Dr Ann Lowe, the Kessa District Medical Officer, said most patients were children.",
     [("Ann Lowe", "person", "Kessa District Medical Officer", None)]),
    ("The Kessa Provincial Education Director said schools would reopen on Monday.", []),
    # NEGATIVE: the words before the title end on a body's noun
    ("Coast Guard Commandant Tom Reed said the search would continue.",
     [("Coast Guard", "organization", None, None), ("Tom Reed", "person", "Commandant", "Coast Guard")]),
    ("Social Democratic Party leader Tom Reed said the vote was lost.",
     [("Social Democratic Party", "organization", None, None),
      ("Tom Reed", "person", "leader", "Social Democratic Party")]),
    ("The Marsh Valley Regional Council said the road would close.",
     [("Marsh Valley Regional Council", "organization", None, None)]),
]


@pytest.mark.parametrize("text,expected", QUALIFIERS_OF_A_TITLE)
def test_qualifiers_of_a_title(text, expected):
    assert records_of(text) == expected


# a paragraph of a name and a desk ending on a writer's noun is a byline without its 'By': no actor
BYLINES_WITHOUT_BY = [
    ("Hospital trust fined after failings\n\nAnn Lowe Health correspondent\n\nThe trust was fined on Monday, "
     "Tom Reed said.", [("Tom Reed", "person", None, None)]),
    ("Hospital trust fined after failings\n\nAnn Lowe, political editor\n\nThe trust was fined on Monday, "
     "Tom Reed said.", [("Tom Reed", "person", None, None)]),
    # session 42: a writer's desk and where (or for whom) it files, without the writer's name
    ("Hospital trust fined after failings\n\nStaff Correspondent, Dornhaven\n\nThe trust was fined on Monday, "
     "Tom Reed said.", [("Tom Reed", "person", None, None)]),
    ("Hospital trust fined after failings\n\nSports Reporter | Harbour Gazette\n\nThe trust was fined on Monday, "
     "Tom Reed said.", [("Tom Reed", "person", None, None)]),
    # NEGATIVE: a post that is no writer's before the comma
    ("Hospital trust fined after failings\n\nChief Executive, Dornhaven Trust\n\nThe trust was fined on Monday, "
     "Tom Reed said.", [("Tom Reed", "person", None, None)]),
    ("Hospital trust fined after failings\n\nAnn Lowe, chief executive\n\nThe trust was fined on Monday, "
     "Tom Reed said.", [("Ann Lowe", "person", "chief executive", None), ("Tom Reed", "person", None, None)]),
    ("The trust was fined on Monday, Ann Lowe, a health correspondent, said.",
     [("Ann Lowe", "person", "health correspondent", None)]),
]


@pytest.mark.parametrize("text,expected", BYLINES_WITHOUT_BY)
def test_bylines_without_by(text, expected):
    assert records_of(text) == expected


# a known city in capitals on a line of its own before the story is its dateline: no actor
DATELINE_LINES = [
    ("City to clear drains before monsoon, says Mayor\n\nStaff Reporter\n\nCHENNAI\n\nThe Marsh Valley Corporation "
     "will clear 900 km of drains across its 15 zones before the monsoon, Mayor Ann Lowe said on Tuesday, even as "
     "residents of low-lying areas in north Chennai complained that works announced last year remain incomplete.",
     [("Ann Lowe", "person", "Mayor", None), ("Marsh Valley Corporation", "organization", None, None),
      ("residents", "group", None, None)]),
    # NEGATIVE: an acronym or a country alone on the line is no dateline
    ("Alliance to meet on Monday\n\nNATO\n\nThe alliance will meet on Monday, Ann Lowe said on Tuesday. NATO said "
     "the talks would be long.",
     [("Ann Lowe", "person", None, None), ("NATO", "organization", None, None)]),
    ("Growth slows\n\nCHINA\n\nThe economy grew 4 percent, Ann Lowe said on Tuesday. China said the figure was fair.",
     [("Ann Lowe", "person", None, None), ("China", "country", None, None)]),
]


@pytest.mark.parametrize("text,expected", DATELINE_LINES)
def test_dateline_lines(text, expected):
    assert records_of(text) == expected


# a body's name whose fields are a serial list ('on A, B and C', 'A, B and C Committee') is one name where
# the recogniser cut it at the list's comma (session 36, spans): the remit after the head's 'on'/'of' runs on
# over the list's close; capitalised field words in no entity before commas open the name. Negatives: a
# title's words after the list, a body of its own after the comma, a name or a place before the comma, a
# sentence's first word.
FIELD_LISTS_CUT_AT_A_COMMA = [
    ("Lawmakers adopted the report of the Select Committee on Health, Sport and Social Welfare, which found that "
     "clinics were in disrepair.",
     [("Select Committee on Health, Sport and Social Welfare", "organization", None, None)]),
    ("Teresa Mollin, who chairs the council's Parks, Libraries and Public Safety Committee, called the budget fair.",
     [("Parks, Libraries and Public Safety Committee", "organization", None, None),
      ("Teresa Mollin", "person", "chair", "Parks, Libraries and Public Safety Committee")]),
    ("Dana Moss, who chairs the council's Housing, Planning and Public Works Committee, said the vote was "
     "close.",
     [("Dana Moss", "person", "chair", "Housing, Planning and Public Works Committee"),
      ("Housing, Planning and Public Works Committee", "organization", None, None)]),
    # NEGATIVE (review of session 36): a council member's title before the name keeps no committee she chairs
    # as the title's body; nor does a senator's
    ("Councilwoman Dana Moss, who chairs the council's Housing, Planning and Public Works Committee, said the "
     "vote was close.",
     [("Dana Moss", "person", "Councilwoman", None),
      ("Housing, Planning and Public Works Committee", "organization", None, None)]),
    ("Councilwoman Dana Moss, who chairs the council's Housing and Planning Committee, said the vote was close.",
     [("Dana Moss", "person", "Councilwoman", None), ("Housing and Planning Committee", "organization", None, None)]),
    ("Senator Ann Lowe, who chairs the Senate Finance Committee, said the bill would pass.",
     [("Ann Lowe", "person", "Senator", None), ("Senate Finance Committee", "organization", None, None)]),
    # NEGATIVE: a title's words after the list; a body of its own after the comma
    ("Tom Reed addressed the Committee on Education, Health and Safety Minister Jo Lee said.",
     [("Committee on Education, Health and Safety", "organization", None, None),
      ("Jo Lee", "person", "Minister", "Committee on Education, Health and Safety"),
      ("Tom Reed", "person", None, None)]),
    ("The Select Committee on Education, the Health and Safety Authority and the union met on Monday.",
     [("Health and Safety Authority", "organization", None, None),
      ("Select Committee on Education", "organization", None, None)]),
    # NEGATIVE: a place, a person's name or a sentence's first word before the comma
    ("Residents in Kessa, Housing and Planning Committee members said the road was unsafe.",
     [("Housing and Planning Committee", "organization", None, None)]),
    ("Finance, Housing and Planning Committee members met on Monday.",
     [("Housing and Planning Committee", "organization", None, None)]),
    ("She thanked Tom Reed, Housing and Planning Committee chair, for the report.",
     [("Housing and Planning Committee", "organization", None, None),
      ("Tom Reed", "person", "chair", "Housing and Planning Committee")]),
]


@pytest.mark.parametrize("text,expected", FIELD_LISTS_CUT_AT_A_COMMA)
def test_field_lists_cut_at_a_comma(text, expected):
    assert records_of(text) == expected


# capitalised words that spell bracketed initials but end on a title's word name a post, not a longer name of
# the body before it (session 36, spans): the person keeps the body and the post. NEGATIVE: a run ending on a
# body's head word is still the body's full name.
POSTS_SPELLING_INITIALS = [
    ("Ann Lowe, the Provincial Assembly Member (PAM) for Kessa North, visited 40 schools.",
     ("Ann Lowe", "person", "Member for Kessa North", "Provincial Assembly"), "Provincial Assembly Member"),
    ("Tom Reed, the Harbour Board Chief Executive (HBCE), said the port would reopen.",
     ("Tom Reed", "person", "Harbour Board Chief Executive", None), "Harbour Board Chief Executive"),
]


@pytest.mark.parametrize("text,person,post", POSTS_SPELLING_INITIALS)
def test_initials_spelled_by_a_post_name_no_body(text, person, post):
    found = records_of(text)
    assert person in found and all(r[0] != post for r in found)


def test_initials_spelled_by_a_bodys_longer_name_still_join():
    assert records_of("The Tenant Rights Commission of Pakistan said the law was void. In a statement, TRCP said "
                      "evictions had doubled.") == [("Tenant Rights Commission of Pakistan", "organization", None, None)]
    # a title's word inside the run that is not its head ('Association of Chief Police Officers')
    assert records_of("The Association of Chief Police Officers (ACPO) said the figures were wrong. ACPO later "
                      "withdrew the claim.") == [("Association of Chief Police Officers", "organization", None, None)]


def test_a_posts_initials_written_again_are_no_body():
    """The post's letters defined in brackets, then written as an office before another member's name: no
    body page, no second speaker beside the named member."""
    text = ("Ann Lowe, the Provincial Assembly Member (PAM) for Kessa North, visited 40 schools. The PAM for Kessa "
            "South, Hon. Tom Reed, disagreed.")
    assert all(r[0] != "PAM" for r in records_of(text))
