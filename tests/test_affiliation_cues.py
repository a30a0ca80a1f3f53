"""Affiliations from a cue the sentence gives, table by table: a state's noun that takes up the state
named just before ("the country's foreign minister"), a body's kind noun that takes up the body named
just before whose name tells no other kind ("the union's president" after "the Brotherhood of Rail
Workers"), a kind word before a post that ends one body's name ("Forum chief executive X"), and an
'at/for ORG' phrase whose body is placed by an 'in PLACE' ("head of research at X in Dubai"); and
cues that name no body (a widow's late husband, a market's place, a rank's letters after a name, a
party's name that is a portfolio before its office: 'Labour Minister').
Whole records, negatives included (rows where no affiliation may be given). All sentences invented."""
from __future__ import annotations

import pytest

from conftest import extract


def records(text: str) -> list[tuple]:
    mentions = extract(text).mentions
    name = {m.key: m.name for m in mentions}
    return sorted((m.name, m.type, m.role, name.get(m.affiliation, m.affiliation)) for m in mentions)

# 'the country's / the nation's / the state's / the province's TITLE': the one country (or, for a state or province,
# the one region) its sentence before it or the sentence before names. NEGATIVE: a post no state holds ('leading
# economist'), another body's post ('central bank governor'), two places named, none named at all.
STATE_POSSESSIVES = [
    ("Texas sued the agency on Monday. The state's attorney general, Dana Pruett, called the rule illegal.",
     [('Dana Pruett', 'person', 'attorney general', 'Texas'), ('Texas', 'organization', None, None)]),
    ("Ghana's parliament passed the bill. The country's finance minister, Kofi Adjei, said it would cut debt.",
     [('Ghana', 'country', None, None), ('Kofi Adjei', 'person', 'finance minister', 'Ghana')]),
    ("Brazil protested on Monday. The country's foreign minister, Rui Lemos, called in the ambassador.",
     [('Brazil', 'country', None, None), ('Rui Lemos', 'person', 'foreign minister', 'Brazil')]),
    ("Floods hit Kerala on Sunday. The state's chief minister, Anil Varma, ordered schools shut.",
     [('Anil Varma', 'person', 'chief minister', 'Kerala'), ('Kerala', 'organization', None, None)]),
    ("Norway will raise its defence budget, the nation's prime minister, Erna Dahl, said on Monday.",
     [('Erna Dahl', 'person', 'prime minister', 'Norway'), ('Norway', 'country', None, None)]),
    ("Alberta announced the plan on Monday. The province's premier, Lisa Crane, said it would cost little.",
     [('Alberta', 'organization', None, None), ('Lisa Crane', 'person', 'premier', 'Alberta')]),
    ("Brazil grew fast last year. The country's leading economist, Rui Lemos, said growth would slow.",
     [('Brazil', 'country', None, None), ('Rui Lemos', 'person', 'economist', None)]),
    ("Prices rose in Chile last year. The country's central bank governor, Rosa Pinto, said rates would rise.",
     [('Rosa Pinto', 'person', 'central bank governor', None)]),
    ("Peru and Chile signed a deal. The country's foreign minister, Rosa Pinto, said it was fair.",
     [('Chile', 'country', None, None), ('Peru', 'country', None, None), ('Rosa Pinto', 'person', 'foreign minister', None)]),
    ("The country's finance minister, Kofi Adjei, said debt would fall.",
     [('Kofi Adjei', 'person', 'finance minister', None)]),
    ("Texas and Ohio sued the agency. The state's attorney general, Dana Pruett, called the rule illegal.",
     [('Dana Pruett', 'person', 'attorney general', None)]),
    # (review: a post the state does not fill; 'the state' further back than the sentence before; a body headed 'Nation')
    ("Brazil beat Argentina 2-1 on Sunday. The country's coach, Rui Lemos, praised the players.",
     [('Brazil', 'country', None, None), ('Rui Lemos', 'person', 'coach', None)]),
    ("Poland won the final on Sunday. The nation's captain, Piotr Wisla, lifted the trophy.",
     [('Piotr Wisla', 'person', 'captain', None), ('Poland', 'country', None, None)]),
    ("Kenya's president called early elections on Monday. The country's opposition leader, Omar Odu, said the vote would be rigged.",
     [('Kenya', 'country', None, None), ('Omar Odu', 'person', 'opposition leader', None)]),
    ("Kenya's government banned the march. The country's chief rabbi, Eli Mor, called for calm.",
     [('Eli Mor', 'person', 'chief rabbi', None), ('Kenya', 'country', None, None)]),
    ("The case began in Ohio last year. Lawyers for the United States argued for hours. The judges then retired. The state's attorney general, Dana Pruett, said she was confident.",
     [('Dana Pruett', 'person', 'attorney general', None)]),
    ("The Red Cloud Nation sued the United States on Monday. The nation's president, Tom Redhorse, said water rights were at stake.",
     [('Red Cloud Nation', 'organization', None, None), ('Tom Redhorse', 'person', 'president', None)]),
]

# 'the union's / the company's TITLE' after a body whose name tells no other kind (or tells a company's, for 'the
# company'); a kind word ending one body's name before a post; 'at ORG in PLACE'. NEGATIVE: a bank or a firm of a trade
# is no union, a campaign no company; an institution's kind word ('Forum') is read as kind_references.py reads it (a member of the one forum is of it); two forums; a place's part after 'in'.
BODY_CUES = [
    ("The Brotherhood of Rail Workers, which represents drivers, has long opposed the plan. The union's president, Ed Marsh, said morale was low.",
     [('Brotherhood of Rail Workers', 'organization', None, None), ('Ed Marsh', 'person', 'president', 'Brotherhood of Rail Workers')]),
    ("The Ancient Order of Foresters has argued for years for more staff. The union's president, Ed Marsh, said morale was low.",
     [('Ancient Order of Foresters', 'organization', None, None), ('Ed Marsh', 'person', 'president', 'Ancient Order of Foresters')]),
    ("Tarvo Freight Group said revenue rose. Lina Berg, the company's chief financial officer, said costs fell.",
     [('Lina Berg', 'person', 'chief financial officer', 'Tarvo Freight Group'), ('Tarvo Freight Group', 'organization', None, None)]),
    ("Kessa Holdings posted a loss. The company's chief executive, Ed Marsh, blamed rates.",
     [('Ed Marsh', 'person', 'chief executive', 'Kessa Holdings'), ('Kessa Holdings', 'organization', None, None)]),
    ("Halvern said it would appeal. Tom Lee, the company's general counsel, said the verdict was wrong.",
     [('Halvern', 'organization', None, None), ('Tom Lee', 'person', 'general counsel', 'Halvern')]),
    ("Harlan Bank said it would cut jobs. The union's president, Ed Marsh, said morale was low.",
     [('Ed Marsh', 'person', 'president', None), ('Harlan Bank', 'organization', None, None)]),
    ("Tarvo Freight said it would cut jobs. The union's leader, Ed Marsh, said the cuts were unfair.",
     [('Ed Marsh', 'person', 'leader', None), ('Tarvo Freight', 'organization', None, None)]),
    ("The Harbour Campaign said pay was low. The company's chief executive, Ed Marsh, disagreed.",
     [('Ed Marsh', 'person', 'chief executive', None), ('Harbour Campaign', 'organization', None, None)]),
    ('The Harbour Growers Forum wants a tax cut. Forum chief executive Ann Lowe said farms were closing.',
     [('Ann Lowe', 'person', 'Forum chief executive', 'Harbour Growers Forum'), ('Harbour Growers Forum', 'organization', None, None)]),
    ('The Kelby Growers Forum met on Monday. Forum spokeswoman Ann Lowe said the talks failed.',
     [('Ann Lowe', 'person', 'Forum spokeswoman', 'Kelby Growers Forum'), ('Kelby Growers Forum', 'organization', None, None)]),
    ('The Harbour Growers Forum wants a tax cut. Forum member Ann Lowe said farms were closing.',
     [('Ann Lowe', 'person', 'Forum member', 'Harbour Growers Forum'), ('Harbour Growers Forum', 'organization', None, None)]),
    ('The Harbour Growers Forum and the Kelby Business Forum want a tax cut. Forum chief executive Ann Lowe said farms were closing.',
     [('Ann Lowe', 'person', 'Forum chief executive', None), ('Harbour Growers Forum', 'organization', None, None), ('Kelby Business Forum', 'organization', None, None)]),
    ('Olek Strand, head of research at Harlan Capital in Dubai, said the rise was small.',
     [('Harlan Capital', 'organization', None, None), ('Olek Strand', 'person', 'head of research', 'Harlan Capital')]),
    ('Olek Strand, head of equities at Kessan Capital in Singapore, said the rise was small.',
     [('Kessan Capital', 'organization', None, None), ('Olek Strand', 'person', 'head of equities', 'Kessan Capital')]),
    ('Olek Strand, director of trading at Harlan Bank in New York, said the rise was small.',
     [('Harlan Bank', 'organization', None, None), ('Olek Strand', 'person', 'director of trading', 'Harlan Bank')]),
    ('Olek Strand, head of planning for the Harbour Trust in Kenya, said the rise was small.',
     [('Harbour Trust', 'organization', None, None), ('Olek Strand', 'person', 'head of planning', 'Harbour Trust')]),
    ("Olek Strand, head of research at Harlan Capital in Dubai's free zone, said the rise was small.",
     [('Olek Strand', 'person', 'head of research', None)]),
    # (review: a firm's name says nothing of a union or a league; a firm's name ending in a field word takes no 'the')
    ("Halvern said it would cut 500 jobs. The union's president, Ed Marsh, said workers were angry.",
     [('Ed Marsh', 'person', 'president', None), ('Halvern', 'organization', None, None)]),
    ("Orwin Steel said it would close a plant. The union's president, Ed Marsh, said 300 jobs would go.",
     [('Ed Marsh', 'person', 'president', None), ('Orwin Steel', 'organization', None, None)]),
    ("Kelbury Rovers were fined on Monday. Halvern, the club's sponsor, said it was disappointed. The league's chief executive, Ed Marsh, said the fine was fair.",
     [('Ed Marsh', 'person', 'chief executive', None), ('Halvern', 'organization', None, None)]),
    ('Orwin Sports sold its stake on Monday. Sports editor Ann Lowe said the deal was poor.',
     [('Ann Lowe', 'person', 'Sports editor', None), ('Orwin Sports', 'organization', None, None)]),
]

# No affiliation where the cue names none: the one who died is no employer of his widow (an aide's principal
# still is); a place's name before 'market' is where a trader works; a rank's letters after a name ('KC', 'MP')
# are the role, no body (letters that open a body's name, or act, stay a body).
NO_BODY_CUES = [
    # (a people's word before a place's noun still names the state: only a name qualifying it is a place's)
    ('Pawel Nowak, the mayor of the Polish city of Gdansk, said the port would grow.',
     [('Pawel Nowak', 'person', 'mayor', 'Poland'), ('Poland', 'country', None, None)]),
    ("Tomas's widow, Rita Dane, said he had worked at the port for 30 years.",
     [('Rita Dane', 'person', 'widow', None), ('Tomas', 'person', None, None)]),
    ("Tomas Dane's widow, Rita Dane, said he had worked at the port for 30 years.",
     [('Rita Dane', 'person', 'widow', None), ('Tomas Dane', 'person', None, None)]),
    ('Rita Vane, the widow of a miner, said the pit was unsafe.',
     [('Rita Vane', 'person', 'widow of a miner', None)]),
    ("Senator Tomas Dane's spokeswoman, Rita Vane, said he would vote no.",
     [('Rita Vane', 'person', 'spokeswoman', 'Tomas Dane'), ('Tomas Dane', 'person', 'Senator', None)]),
    ('Ann Lowe, a trader at Kelby market, said sales had fallen.',
     [('Ann Lowe', 'person', 'trader', None)]),
    ('Ann Lowe, a stallholder at the Kelby Street market, said sales had fallen.',
     [('Ann Lowe', 'person', 'stallholder', None)]),
    # (review: a firm's name before a place noun that a common noun also qualifies, or before a plural, stays the firm)
    ('Tom Reed, an engineer at the Harlan Energy power station, said the plant was safe.',
     [('Harlan Energy', 'organization', None, None), ('Tom Reed', 'person', 'engineer', 'Harlan Energy')]),
    ('Ann Lowe, a trader at Harlan Capital markets, said shares fell.',
     [('Ann Lowe', 'person', 'trader', 'Harlan Capital'), ('Harlan Capital', 'organization', None, None)]),
    ('Ann Lowe, a nurse at Kelby General Hospital, said beds were full.',
     [('Ann Lowe', 'person', 'nurse', 'Kelby General Hospital'), ('Kelby General Hospital', 'organization', None, None)]),
    ('Ann Lowe, a researcher at the Harbour Trust, said sales had fallen.',
     [('Ann Lowe', 'person', 'researcher', 'Harbour Trust'), ('Harbour Trust', 'organization', None, None)]),
    ('Oliver Grant, KC, for the defence, told the jury the case was weak.',
     [('Oliver Grant', 'person', 'KC', None)]),
    ('Rebecca Moss, KC, for the prosecution, told the court the money was gone.',
     [('Rebecca Moss', 'person', 'KC', None)]),
    ('Tom Reed, MP, said the bill would pass.',
     [('Tom Reed', 'person', 'MP', None)]),
    ("Ann Lowe, FIFA's treasurer, said the accounts were sound.",
     [('Ann Lowe', 'person', 'treasurer', 'FIFA'), ('FIFA', 'organization', None, None)]),
    ('Oliver Grant, KC, said the case was weak. Ann Lowe of the KC Group disagreed.',
     [('Ann Lowe', 'person', None, 'KC Group'), ('KC Group', 'organization', None, None), ('Oliver Grant', 'person', 'KC', None)]),
    ('The KC said it would appeal.',
     [('KC', 'organization', None, None)]),
]

# A party's name that is also a portfolio ('Labour'), right before a capitalised office of a portfolio, is the
# title's field: kept in the role, no party. NEGATIVE: before a seat ('Labour MP') or a spokesman, the party.
PORTFOLIO_TITLES = [
    ('Labour Minister Kofi Mensah said talks would resume.',
     [('Kofi Mensah', 'person', 'Labour Minister', None)]),
    ('Regional Labour Officer Kofi Mensah said talks would resume.',
     [('Kofi Mensah', 'person', 'Regional Labour Officer', None)]),
    ('Mr Kofi Mensah, the Western Regional Labour Officer, said talks would resume.',
     [('Kofi Mensah', 'person', 'Western Regional Labour Officer', None)]),
    ('Labour MP Kofi Mensah said talks would resume.',
     [('Kofi Mensah', 'person', 'MP', 'Labour'), ('Labour', 'organization', None, None)]),
    ('Labour Commissioner Kofi Mensah said talks would resume.',
     [('Kofi Mensah', 'person', 'Labour Commissioner', None)]),
    ('The Labour Party lost seats. Labour spokesman Kofi Mensah said talks would resume.',
     [('Kofi Mensah', 'person', 'spokesman', 'Labour'), ('Labour', 'organization', None, None)]),
    ('Labor Secretary Ann Lowe said jobs grew.',
     [('Ann Lowe', 'person', 'Labor Secretary', None)]),
]


@pytest.mark.parametrize("text, expected", STATE_POSSESSIVES + BODY_CUES)
def test_affiliation_from_the_cue(text, expected):
    assert records(text) == expected, text


@pytest.mark.parametrize("text, expected", NO_BODY_CUES + PORTFOLIO_TITLES)
def test_no_body_from_the_cue(text, expected):
    assert records(text) == expected, text
