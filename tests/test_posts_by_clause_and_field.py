"""Roles and affiliations the structure around a name gives (session 24): a relative clause or
participle that founds, represents or leads a body's unit ('X, who founded the Y campaign,',
'X, representing the Y Forum,', 'X, who leads the research team at Y,'); a post's field after 'in'
before the body after 'at' ('a lecturer in industrial relations at Y'); 'Its TITLE, X,' after a
subject written with its kind noun ('The charity Y said …'); a firm's unnamed name before a post
('Greenline Waste Solutions director X').
Each sentence is invented; each row lists every person of the text as (name, role, affiliation's
name). None where the text gives no role or no body."""
from __future__ import annotations

import pytest

from conftest import person_records as people



FOUNDERS = [
    ("Lena Vogt, who founded the Save Elmside Pool campaign, said the council had ignored residents.",
     [("Lena Vogt", "founder", "Save Elmside Pool")]),
    ("Arturo Mendes, who founded Kessa Foods in 2004, said the sale was a mistake.",
     [("Arturo Mendes", "founder", "Kessa Foods")]),
    ("Rafael Duarte Ibarra founded Duarte Holdings. Duarte Holdings said profits rose.",
     [("Rafael Duarte Ibarra", "founder", "Duarte Holdings")]),
    # NEGATIVE: a thing founded that is no body the text names
    ("Lena Vogt, who founded a bakery in 1990, said the council had ignored residents.",
     [("Lena Vogt", None, None)]),
    # NEGATIVE: two bodies founded: the founder of which is unsure
    ("Lena Vogt, who founded Kessa Foods and the Harbour Trust, said the council had ignored residents.",
     [("Lena Vogt", None, None)]),
    # NEGATIVE: another founded it
    ("Lena Vogt, whose father founded the Harbour Trust, said the council had ignored residents.",
     [("Lena Vogt", None, None)]),
    # NEGATIVE: a later act told beside the founding: the founded body may be hers no longer
    ("Tom Brent, who founded Kessa Foods in 2004 and now runs the Harbour Trust, said the plan was flawed.",
     [("Tom Brent", None, None)]),
    ("Tom Brent, who founded Kessa Foods before selling it in 2015, said the plan was flawed.",
     [("Tom Brent", None, None)]),
    # NEGATIVE: two bodies the parse hangs as one name
    ("Ann Lowe, who founded the Harbour Trust and Kessa Foods Group, said the plan was flawed.",
     [("Ann Lowe", None, None)]),
]

REPRESENTATIVES = [
    ("Advocate Meera Joshi, who represents the Pune Citizens Forum, told the court the permit was illegal.",
     [("Meera Joshi", "Advocate", "Pune Citizens Forum")]),
    ("Counsel Daniel Achterberg, representing the Harbour Tenants Union, said the plan broke the law.",
     [("Daniel Achterberg", "Counsel", "Harbour Tenants Union")]),
    # NEGATIVE: a place one represents is no body served
    ("Councillor Maria Castell, who represents parts of Eastvale, opposed the plan.",
     [("Maria Castell", "Councillor", None)]),
    # NEGATIVE: no longer
    ("Tom Reed, who no longer represents the Harbour Union, said the strike was wrong.",
     [("Tom Reed", None, None)]),
    # NEGATIVE: two unions the parse hangs as one name (the second's name holding the first)
    ("Ann Lowe, who represents the Harbour Union and Kessa Workers Union, said members would strike.",
     [("Ann Lowe", None, None)]),
]

UNIT_LEADERS = [
    ("Dr Amani Juma, who leads the cassava research team at the Pangani Agricultural Research Centre, said yields had fallen.",
     [("Amani Juma", "leader of the cassava research team", "Pangani Agricultural Research Centre")]),
    ("Anna Marwick, who heads the fraud unit at Harbour Bank, said losses had doubled.",
     [("Anna Marwick", "head of the fraud unit", "Harbour Bank")]),
    # NEGATIVE: a unit led once
    ("Anna Marwick, who headed the fraud unit at Harbour Bank, said losses had doubled.",
     [("Anna Marwick", None, None)]),
    # NEGATIVE: a team of two bodies: neither alone (the post stays)
    ("Anna Marwick, who leads the team at Harbour Bank and Kessa Foods, said the deal was close.",
     [("Anna Marwick", "leader of the team", None)]),
    # NEGATIVE: meetings are no unit of a body
    ("Omar Said, who chairs meetings every week, agreed.",
     [("Omar Said", None, None)]),
    # a body's kind noun in lower case is a unit the person chairs or heads (the body after 'at' or the owner's
    # possessive); a definite unit with no body found still gives the post
    ("Margaret Loame, who chairs the management committee at Fernhill Allotments, said the rent had doubled.",
     [("Margaret Loame", "chair of the management committee", "Fernhill Allotments")]),
    ("Lena Brisco, who chairs the audit committee of the Saltmarsh Guild, said the accounts were late.",
     [("Lena Brisco", "chair of the audit committee", "Saltmarsh Guild")]),
    ("Carys Penhale, who leads the outreach team at Saltmarsh Hospice, said demand had grown.",
     [("Carys Penhale", "leader of the outreach team", "Saltmarsh Hospice")]),
    ("Dev Halloran, who heads the regional fraud squad, said three men were held.",
     [("Dev Halloran", "head of the regional fraud squad", None)]),
    ("The Kessa Rowing Club was fined. Omar Fenwick, who chairs the club, said it would appeal.",
     [("Omar Fenwick", "chair", "Kessa Rowing Club")]),
    # NEGATIVE: chaired once, an indefinite team, a list or a race led, a verb that names no post
    ("Lena Brisco, who chaired the finance committee until May, said the books were sound.",
     [("Lena Brisco", None, None)]),
    ("Lena Brisco, who leads a team studying river otters, said numbers were up.",
     [("Lena Brisco", None, None)]),
    ("Lena Brisco, who heads the list of candidates, said she was ready.",
     [("Lena Brisco", None, None)]),
    ("Omar Fenwick, who leads the race after six laps, said the car felt good.",
     [("Omar Fenwick", None, None)]),
    ("Omar Fenwick, who runs the planning committee, said the vote was close.",
     [("Omar Fenwick", None, None)]),
    # NEGATIVE: someone else's post ('whose son chairs'), a body kind led (only chaired or headed), a lead in a
    # ranking ('in'/'with' on the verb), a unit over a crowd ('of' and a plural)
    ("Alderman Rhoda Kell, whose son chairs the licensing committee at Brackwater Town Council, said the pubs were too loud.",
     [("Rhoda Kell", "Alderman", None)]),
    ("Tobias Rehn, whose sister heads the audit unit at Corran Mutual, said he had seen no figures.",
     [("Tobias Rehn", None, None)]),
    ("Mirela Dunst, who runs the trust in her spare time, said the fund was growing.",
     [("Mirela Dunst", None, None)]),
    ("Bo Renfrew, who leads the division in tackles this season, said the squad was tired.",
     [("Bo Renfrew", None, None)]),
    ("Ansel Moye, who leads the team of volunteers at the Corran Wildlife Trust, said the nest was safe.",
     [("Ansel Moye", None, None)]),
    ("Greer Tallis, who leads the party with a clear lead in the polls, said the campaign was going well.",
     [("Greer Tallis", None, None)]),
]

HEADS_OF_A_BODYS_UNIT = [
    ("The Ministry of Health opened a clinic. Yael Cohen, head of the ministry's mental health division, said demand had doubled.",
     [("Yael Cohen", "head of the mental health division", "Ministry of Health")]),
    ("Tom Reed, director of Harbour Bank's fraud unit, said losses had doubled.",
     [("Tom Reed", "director of the fraud unit", "Harbour Bank")]),
    ("Tom Reed, a spokesman for Harbour Bank's retail division, said the branch would close.",
     [("Tom Reed", "spokesman for the retail division", "Harbour Bank")]),
    ("Sgt Ann Lowe, a spokesperson for the KRP's highway safety division, said the crash was under review. "
     "The Kessan Road Police (KRP) closed the road.",
     [("Ann Lowe", "Sergeant", "Kessan Road Police")]),
    # NEGATIVE: two bodies of the kind: either may own the unit
    ("The Ministry of Health and the Ministry of Finance met. Yael Cohen, head of the ministry's audit division, said costs had doubled.",
     [("Yael Cohen", "head of the audit division", None)]),
]

UNIT_TITLES_OF_A_BODY = [
    ("Akua Owusu Boateng, the Head of Corporate Affairs of Bonsaso Goldfields, said the company was facing losses.",
     [("Akua Owusu Boateng", "Head of Corporate Affairs", "Bonsaso Goldfields")]),
    ("Tom Reed, the Director of Public Affairs at Kessa Foods, said the company was facing losses.",
     [("Tom Reed", "Director of Public Affairs", "Kessa Foods")]),
    # NEGATIVE: the unit's owner is no body named
    ("Tom Reed, the Director of Public Affairs of the city, said the budget was tight.",
     [("Tom Reed", "Director of Public Affairs", None)]),
]

FIELDS_BEFORE_THE_BODY = [
    ("Ruth Obi, a lecturer in industrial relations at the University of Nairobi, said the strike was legal.",
     [("Ruth Obi", "lecturer in industrial relations", "University of Nairobi")]),
    ("Dr Sam Otto, a senior researcher in marine ecology at the Harbour Institute, warned that the reef was dying.",
     [("Sam Otto", "senior researcher in marine ecology", "Harbour Institute")]),
    ("Tom Reed, a specialist in tax law at Orlund Holdings, said the rules were unclear.",
     [("Tom Reed", "specialist in tax law", "Orlund Holdings")]),
    # NEGATIVE: 'in' a place, no body
    ("Tom Reed, a lawyer in Lima, said the case was weak.",
     [("Tom Reed", "lawyer", None)]),
    # NEGATIVE: 'in the field' is no field of the post
    ("Ann Lowe, an expert in the field at Harbour Bank, said rates would rise.",
     [("Ann Lowe", "expert", None)]),
]

ITS_POST_AFTER_A_KIND_NOUN = [
    ("The charity Safe Rivers Trust has criticised the plan. Its director, Helen Marsh, said the river was dying.",
     [("Helen Marsh", "director", "Safe Rivers Trust")]),
    ("The campaign group Clean Seas Alliance said the ban was overdue. Its chair, Pita Rangi, said the fish stocks had collapsed.",
     [("Pita Rangi", "chair", "Clean Seas Alliance")]),
    # NEGATIVE: no body before 'its'
    ("Paul Hart praised the plan. Its director, Helen Marsh, said the river was dying.",
     [("Helen Marsh", "director", None), ("Paul Hart", None, None)]),
    # NEGATIVE: another thing with a head is named ('the board' may be meant)
    ("The Marlow Investors Association wrote to the board on Friday. Its chief executive, Colin Tay, said shareholders deserved answers.",
     [("Colin Tay", "chief executive", None)]),
]

UNNAMED_FIRM_BEFORE_A_POST = [
    ("Greenline Waste Solutions director Paul Mwangi Kariuki denied any wrongdoing.",
     [("Paul Mwangi Kariuki", "director", "Greenline Waste Solutions")]),
    ("Pacific Marine Logistics chief executive Dora Kimani said the firm would appeal.",
     [("Dora Kimani", "chief executive", "Pacific Marine Logistics")]),
    # NEGATIVE: a people's word and a trade word name no firm
    ("Kenyan trade official Joseph Otieno said the rules would change.",
     [("Joseph Otieno", "trade official", "Kenya")]),
]


OPENING_WORDS_OF_A_TITLE = [
    ("Managing director Grant Ellery said the mine would reopen in May.",
     [("Grant Ellery", "Managing director", None)]),
    ("Labour analyst Sipho Ndlovu said the strike could last weeks.",
     [("Sipho Ndlovu", "Labour analyst", None)]),
    ("Marine biologist Tom Fenn said the reef was dying.",
     [("Tom Fenn", "Marine biologist", None)]),
    ("Labour rights researcher Amina Yusuf said the workers were underpaid.",
     [("Amina Yusuf", "Labour rights researcher", None)]),
    # NEGATIVE: a party the lists know, before its own post, stays the body
    ("Labour leader Ann Lowe said the party would vote against the bill.",
     [("Ann Lowe", "leader", "Labour")]),
    # NEGATIVE: a firm's own name opening the sentence stays the body
    ("Vantor chairman Idris Pellow said the plant would open in May.",
     [("Idris Pellow", "chairman", "Vantor")]),
]

COUNCIL_TITLE_ABBREVIATIONS = [
    ("Ald. Maria Lopez (20th) said the budget was short.", [("Maria Lopez", "Alderman", None)]),
    ("Cr Jan Moss said the plan was rushed.", [("Jan Moss", "Councillor", None)]),
    # NEGATIVE: no title before the name
    ("Jan Moss said the plan was rushed.", [("Jan Moss", None, None)]),
]

HONOURS_BEFORE_AN_OFFICE = [
    ("Sheikh Khalid Al Mansouri, chairman of the Gulf Ports Authority, said trade would grow.",
     [("Khalid Al Mansouri", "chairman", "Gulf Ports Authority")]),
    ("Madam Akosua Mensah, the head of corporate affairs at Bonsaso Goldfields, said the mine was safe.",
     [("Akosua Mensah", "head of corporate affairs", "Bonsaso Goldfields")]),
    ("Chief Samuel Adeyemi, a community leader in Ogale, said the spill had killed fish.",
     [("Samuel Adeyemi", "community leader", None)]),
    # NEGATIVE: a body's chief is its head, no honour
    ("Harbour Union chief Tom Okoro said the road was wet.",
     [("Tom Okoro", "chief", "Harbour Union")]),
    # NEGATIVE: no office given: the honour stays (a ruler's title, as the text gives it)
    ("Sheikh Khalid Al Mansouri said trade would grow.",
     [("Khalid Al Mansouri", "Sheikh", None)]),
]


@pytest.mark.parametrize("text,expected", OPENING_WORDS_OF_A_TITLE + COUNCIL_TITLE_ABBREVIATIONS + HONOURS_BEFORE_AN_OFFICE + FOUNDERS + REPRESENTATIVES + UNIT_LEADERS + HEADS_OF_A_BODYS_UNIT + UNIT_TITLES_OF_A_BODY + FIELDS_BEFORE_THE_BODY
                         + ITS_POST_AFTER_A_KIND_NOUN + UNNAMED_FIRM_BEFORE_A_POST)
def test_post_and_body(text, expected):
    assert people(text) == sorted(expected)
