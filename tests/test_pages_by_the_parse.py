"""What is an actor page, read from the parse and the article (session 34): the recogniser's spans
repaired by structure. A name joined by a hyphen to a participle of where one is based ('Kessa-based',
'-headquartered', '-registered') is a place there, no body's page, and no word of the post after it
(the role is 'economist'); not another hyphened participle ('Ruiz-backed') nor 'based in'. One
capitalised noun of a field or a service, singular as written, a noun the dictionary has as no
adjective, before a
country's name ('Netball <Country>', 'Tourism <Country>') or a state's or province's of a country
('Hockey <Province>', session 36, only before a post of the body and its holder's name) names the body
serving that field there,
also where the recogniser read the two words as a person's name, and also before a post of the body
and its holder's name ('<Field> <State> chief executive <Name>'), wherever else the article writes it
unless a mention gives the name a style, a person's role or an age; an adjective's capital
('Neighbouring', 'Rural', 'Eastern', 'Coastal'), a plural ('Hosts', 'Holders'), a word of a part of a
land ('Mainland') does not, nor a pair before a noun ('Trade <Country> officials') or given a person's
role ('<Surname> <Country>, a farmer').
A body's name the recogniser opened a word late (the word before it a known place's) opens on that
word where the article writes the longer form as the opening of a body's name of its own; another
place word before the same head ('Gozo Pinnacle') or the place alone ('Residents of Dingli') stays
apart. A title, 'of'/'for' and capitalised dictionary words (the title's field) before two or three
capitalised words no dictionary has, the subject of a verb of speech, name the holder, a person,
though no list knows the given name; not a single word, a dictionary word, lower case, or a holder
who only does something else. A body's name the recogniser ended on (or before) the capitalised
word 'Local' runs on over the unit's number ('… Local 4412'); not a number that counts a noun after
it ('9 miles'), another unit's word ('Section 8', 'Division 3') nor a number set off by a comma. Each sentence is written for these tests; each row is every actor
of the text, whole (name, type, role, affiliation), and every position (speaker, actor, cue, text,
direct)."""
from __future__ import annotations

import pytest

from conftest import actor_records, extract, positions_of


BASES = [
    ('Kampala-based economist Nuru Ssali said the budget was thin.',
     [('Nuru Ssali', 'person', 'economist', None)],
     [('Kampala-based economist Nuru Ssali', 'Nuru Ssali', 'said', 'the budget was thin', False)]),
    ('Lyon-based analyst Margaux Pellerin, who tracks the sector, said demand was soft.',
     [('Margaux Pellerin', 'person', 'analyst', None)],
     [('Lyon-based analyst Margaux Pellerin', 'Margaux Pellerin', 'said', 'demand was soft', False)]),
    ('A Nairobi-based researcher, Wanjiru Kamau, said the survey was small.',
     [('Wanjiru Kamau', 'person', 'researcher', None)],
     [('A Nairobi-based researcher', 'Wanjiru Kamau', 'said', 'the survey was small', False)]),
    ('Oman-based trader Salim Harthy said prices had risen.',
     [('Salim Harthy', 'person', 'trader', None)],
     [('Oman-based trader Salim Harthy', 'Salim Harthy', 'said', 'prices had risen', False)]),
    ('Delaware-registered Orbis Kettle Ltd said it would appeal.',
     [('Orbis Kettle Ltd', 'organization', None, None)],
     [('Delaware-registered Orbis Kettle Ltd', 'Orbis Kettle Ltd', 'said', 'it would appeal', False)]),
    # NEGATIVE: another hyphened participle; 'based in' set off; no hyphen (the role keeps its noun)
    ('The Ruiz-backed candidate Tomas Ferro said he would win.',
     [('Tomas Ferro', 'person', 'Ruiz-backed candidate', None)],
     [('Tomas Ferro', 'Tomas Ferro', 'said', 'he would win', False)]),
    ('The Kampala office, based in the old town, said it would close.',
     [],
     [('The Kampala office', None, 'said', 'it would close', False)]),
    ('A Kampala based economist, Nuru Ssali, said the budget was thin.',
     [('Nuru Ssali', 'person', 'economist', None)],
     [('A Kampala based economist', 'Nuru Ssali', 'said', 'the budget was thin', False)]),
    ('Harbour Union said the Kampala-based firm Ndovu Freight had failed to pay.',
     [('Harbour Union', 'organization', None, None), ('Ndovu Freight', 'organization', 'Kampala-based firm', None)],
     [('Harbour Union', 'Harbour Union', 'said', 'the Kampala-based firm Ndovu Freight had failed to pay', False)]),
]


FIELDS_BEFORE_A_COUNTRY = [
    ('Netball Australia, which sets national rules for the sport, said it would review the case.',
     [('Netball Australia', 'organization', None, None)],
     [('Netball Australia', 'Netball Australia', 'said', 'it would review the case', False)]),
    ('Rowing Ireland said the regatta would go ahead.',
     [('Rowing Ireland', 'organization', None, None)],
     [('Rowing Ireland', 'Rowing Ireland', 'said', 'the regatta would go ahead', False)]),
    ('Tourism Kenya has warned that bookings fell by a third.',
     [('Tourism Kenya', 'organization', None, None)],
     [('Tourism Kenya', 'Tourism Kenya', 'warned', 'bookings fell by a third', False)]),
    ('Bookings fell, Tourism Kenya said on Monday.',
     [('Tourism Kenya', 'organization', None, None)],
     [('Tourism Kenya', 'Tourism Kenya', 'said', 'Bookings fell', False)]),
    ('Athletics Canada and Cycling Canada said they welcomed the ruling.',
     [('Athletics Canada', 'organization', None, None), ('Cycling Canada', 'organization', None, None)],
     [('Athletics Canada', 'Athletics Canada', 'said', 'they welcomed the ruling', False), ('Cycling Canada', 'Cycling Canada', 'said', 'they welcomed the ruling', False)]),
    ('The ruling was welcomed by Hockey Canada.',
     [('Hockey Canada', 'organization', None, None)],
     [('Hockey Canada', 'Hockey Canada', 'welcomed', 'The ruling', False)]),
    # NEGATIVE: an adjective's capital, a part of a land, a natural feature before a place
    ('Neighbouring Uruguay said it would send aid.',
     [],
     [('Neighbouring Uruguay', None, 'said', 'it would send aid', False)]),
    ('Rural Kenya suffered most, the minister said.',
     [('Kenya', 'country', None, None)],
     [('the minister', None, 'said', 'Rural Kenya suffered most', False)]),
    ('Mainland China exports rose, the ministry said.',
     [('China', 'country', None, None)],
     [('the ministry', None, 'said', 'Mainland China exports rose', False)]),
    ('Fighting in Eastern Ukraine went on, the army said.',
     [],
     [('the army', None, 'said', 'Fighting in Eastern Ukraine went on', False)]),
    ('Lake Victoria rose by a metre, officials said.',
     [('officials', 'group', None, None)],
     [('officials', 'officials', 'said', 'Lake Victoria rose by a metre', False)]),
    ('Coastal Kenya was hit hardest, the agency said.',
     [],
     [('the agency', None, 'said', 'Coastal Kenya was hit hardest', False)]),
    # NEGATIVE: a plural epithet before a country; a pair that qualifies a noun after it; a person's role in apposition
    ('Hosts Peru beat Chile 2-1 on Sunday. Holders Ghana said the pitch was poor.',
     [('Ghana', 'country', None, None), ('Peru', 'country', None, None)],
     [('Holders Ghana', 'Ghana', 'said', 'the pitch was poor', False)]),
    ('Trade Ghana officials arrived on Monday.',
     [('Ghana', 'country', None, None)],
     []),
    ('Cooper Mali, a farmer, said prices fell.',
     [('Cooper Mali', 'person', 'farmer', None)],
     [('Cooper Mali', 'Cooper Mali', 'said', 'prices fell', False)]),
    # (session 36) a field before a state or a province of a country; a post of the body and its holder after the pair
    ('Hockey Manitoba president Tom Reed said the rink would reopen.',
     [('Hockey Manitoba', 'organization', None, None), ('Tom Reed', 'person', 'president', 'Hockey Manitoba')],
     [('Hockey Manitoba president Tom Reed', 'Tom Reed', 'said', 'the rink would reopen', False)]),
    ('The review was commissioned by Netball Tasmania. Netball Tasmania chief executive Ann Lowe said the clubs '
     'would get help.',
     [('Ann Lowe', 'person', 'chief executive', 'Netball Tasmania'), ('Netball Tasmania', 'organization', None, None)],
     [('Netball Tasmania chief executive Ann Lowe', 'Ann Lowe', 'said', 'the clubs would get help', False)]),
    ('Football Kenya chief executive Tom Reed said the league would resume.',
     [('Football Kenya', 'organization', None, None), ('Tom Reed', 'person', 'chief executive', 'Football Kenya')],
     [('Football Kenya chief executive Tom Reed', 'Tom Reed', 'said', 'the league would resume', False)]),
    # the holder's name opening on a given name, whatever the recogniser took it for
    ('Netball Tasmania chief executive Leah Marsh said the club had not paid its fees. A report for Netball '
     'Tasmania found a gap of 9,000 dollars.',
     [('Leah Marsh', 'person', 'chief executive', 'Netball Tasmania'), ('Netball Tasmania', 'organization', None, None)],
     [('Netball Tasmania chief executive Leah Marsh', 'Leah Marsh', 'said', 'the club had not paid its fees', False)]),
    # NEGATIVE: a plural after a state's pair, no holder's name; an adjective's capital; a person's role in apposition
    ('Trade Ontario officials said exports rose.',
     [('Trade Ontario officials', 'group', None, None)],
     [('Trade Ontario officials', 'Trade Ontario officials', 'said', 'exports rose', False)]),
    ('Rural Manitoba mayors said the roads were poor.',
     [],
     [('Rural Manitoba mayors', None, 'said', 'the roads were poor', False)]),
    ('Cooper Ontario, a farmer, said prices fell.',
     [('Cooper Ontario', 'person', 'farmer', None)],
     [('Cooper Ontario', 'Cooper Ontario', 'said', 'prices fell', False)]),
    # NEGATIVE (session 36 review, F5): a surname and a state's name with no post and holder after them; one
    # mention given a person's role or an age keeps every mention of the name a person's
    ('Fisher Ontario, 34, was charged with fraud. Fisher Ontario said he was innocent.',
     [('Fisher Ontario', 'person', 'suspect', None)],
     [('Fisher Ontario', 'Fisher Ontario', 'said', 'he was innocent', False)]),
    ('Mercer Tasmania scored twice for the visitors.',
     [('Mercer Tasmania', 'person', None, None)],
     []),
    ('Mercer Tasmania said the pitch was poor.',
     [('Mercer Tasmania', 'person', None, None)],
     [('Mercer Tasmania', 'Mercer Tasmania', 'said', 'the pitch was poor', False)]),
    ('Mercer Chad, a farmer, said prices fell. Mercer Chad said the rain was late.',
     [('Mercer Chad', 'person', 'farmer', None)],
     [('Mercer Chad', 'Mercer Chad', 'said', 'prices fell', False),
      ('Mercer Chad', 'Mercer Chad', 'said', 'the rain was late', False)]),
]


OPENINGS_WRITTEN_ELSEWHERE = [
    ('Balzan Pinnacle Developments said sales rose. Balzan Pinnacle has warned that margins will narrow.',
     [('Balzan Pinnacle Developments', 'organization', None, None)],
     [('Balzan Pinnacle Developments', 'Balzan Pinnacle Developments', 'said', 'sales rose', False), ('Balzan Pinnacle', 'Balzan Pinnacle Developments', 'warned', 'margins will narrow', False)]),
    ('Balzan Pinnacle Developments said sales rose. Balzan Pinnacle will warn investors that margins will narrow.',
     [('Balzan Pinnacle Developments', 'organization', None, None)],
     [('Balzan Pinnacle Developments', 'Balzan Pinnacle Developments', 'said', 'sales rose', False), ('Balzan Pinnacle', 'Balzan Pinnacle Developments', 'warn', 'margins will narrow', False)]),
    ('Balzan Pinnacle Developments said sales rose. Balzan Pinnacle had warned that margins would narrow.',
     [('Balzan Pinnacle Developments', 'organization', None, None)],
     [('Balzan Pinnacle Developments', 'Balzan Pinnacle Developments', 'said', 'sales rose', False), ('Balzan Pinnacle', 'Balzan Pinnacle Developments', 'warned', 'margins would narrow', False)]),
    ('Balzan Pinnacle Developments said sales rose. Balzan Pinnacle, which builds villas, has warned that margins will narrow.',
     [('Balzan Pinnacle Developments', 'organization', None, None)],
     [('Balzan Pinnacle Developments', 'Balzan Pinnacle Developments', 'said', 'sales rose', False), ('Balzan Pinnacle', 'Balzan Pinnacle Developments', 'warned', 'margins will narrow', False)]),
    # NEGATIVE: another place word before the same head; the place alone
    ('Balzan Pinnacle Developments said sales rose. Gozo Pinnacle has warned that margins will narrow.',
     [('Balzan Pinnacle Developments', 'organization', None, None), ('Gozo Pinnacle', 'organization', None, None)],
     [('Balzan Pinnacle Developments', 'Balzan Pinnacle Developments', 'said', 'sales rose', False), ('Gozo Pinnacle', 'Gozo Pinnacle', 'warned', 'margins will narrow', False)]),
    ('Dingli Vista Developments said sales rose. Residents of Dingli said the towers blocked the view.',
     [('Dingli Vista Developments', 'organization', None, None), ('residents', 'group', None, None)],
     [('Dingli Vista Developments', 'Dingli Vista Developments', 'said', 'sales rose', False), ('Residents of Dingli', 'residents', 'said', 'the towers blocked the view', False)]),
]


HOLDERS_AFTER_A_TITLES_FIELD = [
    ('Minister of Water Resources Orville Pottinger, who toured the area on Tuesday, said funds had been approved.',
     [('Orville Pottinger', 'person', 'Minister of Water Resources', None)],
     [('Minister of Water Resources Orville Pottinger', 'Orville Pottinger', 'said', 'funds had been approved', False)]),
    ('Minister of Rural Development Lascelles Brammer, who toured the area on Tuesday, said funds had been approved.',
     [('Lascelles Brammer', 'person', 'Minister of Rural Development', None)],
     [('Minister of Rural Development Lascelles Brammer', 'Lascelles Brammer', 'said', 'funds had been approved', False)]),
    ('Minister of Local Government Lascelles Wedderburn, who toured the area on Tuesday, said funds had been approved.',
     [('Lascelles Wedderburn', 'person', 'Minister of Local Government', None)],
     [('Minister of Local Government Lascelles Wedderburn', 'Lascelles Wedderburn', 'said', 'funds had been approved', False)]),
    ('Minister of Water Resources Orville Pottinger said funds had been approved.',
     [('Orville Pottinger', 'person', 'Minister of Water Resources', None)],
     [('Minister of Water Resources Orville Pottinger', 'Orville Pottinger', 'said', 'funds had been approved', False)]),
    ('Minister of Water Resources Orville Pottinger has warned that the dam is unsafe.',
     [('Orville Pottinger', 'person', 'Minister of Water Resources', None)],
     [('Minister of Water Resources Orville Pottinger', 'Orville Pottinger', 'warned', 'the dam is unsafe', False)]),
    ('"The dam is unsafe," said Minister of Water Resources Orville Pottinger.',
     [('Orville Pottinger', 'person', 'Minister of Water Resources', None)],
     [('Minister of Water Resources Orville Pottinger', 'Orville Pottinger', 'said', 'The dam is unsafe', True)]),
    ('Minister for Rural Development Lascelles Brammer told reporters the roads would be repaired.',
     [('Lascelles Brammer', 'person', 'Minister for Rural Development', None)],
     [('Minister for Rural Development Lascelles Brammer', 'Lascelles Brammer', 'told', 'the roads would be repaired', False)]),
    # NEGATIVE: the holder only does something else; no name word left; one word; lower case
    ('Minister of Water Resources Orville Pottinger toured the area on Tuesday.',
     [('Orville Pottinger', 'person', 'Minister of Water Resources', None)],
     []),
    ('Minister of Water Resources Planning said funds had been approved.',
     [],
     [('Minister of Water Resources Planning', None, 'said', 'funds had been approved', False)]),
    ('Minister of Water Resources Kessa said funds had been approved.',
     [],
     [('Minister of Water Resources Kessa', None, 'said', 'funds had been approved', False)]),
    ('Minister of Rural Development Lascelles Brammer toured the area on Tuesday.',
     [],
     []),
    ('minister of rural development lascelles brammer said funds had been approved.',
     [],
     [('minister of rural development lascelles brammer', None, 'said', 'funds had been approved', False)]),
    ('Minister of Rural Development Lascelles said funds had been approved.',
     [],
     [('Minister of Rural Development Lascelles', None, 'said', 'funds had been approved', False)]),
]


LOCAL_UNITS = [
    ("Members of Allied Bakery Workers Local 4412 voted for a strike, according to the local's president, Ondine Farrow.",
     [('Allied Bakery Workers Local 4412', 'organization', None, None),
      ('Ondine Farrow', 'person', 'president', 'Allied Bakery Workers Local 4412')],     # "the local's": kindref35
     [("the local's president", 'Ondine Farrow', 'according to', 'Members of Allied Bakery Workers Local 4412 voted for a strike', False)]),
    ('The president of Teamsters Local 88, Dana Ruiz, said talks had failed.',
     [('Dana Ruiz', 'person', 'president', 'Teamsters Local 88'), ('Teamsters Local 88', 'organization', None, None)],
     [('The president of Teamsters Local 88', 'Dana Ruiz', 'said', 'talks had failed', False)]),
    ('Talks had failed, said Dana Ruiz, president of Teamsters Local 88.',
     [('Dana Ruiz', 'person', 'president', 'Teamsters Local 88'), ('Teamsters Local 88', 'organization', None, None)],
     [('Dana Ruiz', 'Dana Ruiz', 'said', 'Talks had failed', False)]),
    # NEGATIVE: a number that counts a noun after it; another unit's word than 'Local'; a number set off by a comma
    ('The Fenton Lodge 9 miles south of town will close, owner Corin Vale said.',
     [('Corin Vale', 'person', 'owner', None), ('Fenton Lodge', 'person', None, None)],
     [('owner Corin Vale', 'Corin Vale', 'said', 'The Fenton Lodge 9 miles south of town will close', False)]),
    ('The Arlow Housing Authority Section 8 waiting list has 2,000 names, director Ysolde Marrin said.',
     [('Arlow Housing Authority Section', 'organization', None, None), ('Ysolde Marrin', 'person', 'director', None)],
     [('director Ysolde Marrin', 'Ysolde Marrin', 'said', 'The Arlow Housing Authority Section 8 waiting list has 2,000 names', False)]),
    ('Kelso Rovers, the Marden League Division 3 champions, said they would appeal.',
     [('Marden League Division', 'organization', None, None)],
     [('Kelso Rovers', None, 'said', 'they would appeal', False)]),
    ('The Teamsters Local, 88 members strong, said talks had failed.',
     [('Teamsters Local', 'organization', None, None)],
     [('The Teamsters Local', 'Teamsters Local', 'said', 'talks had failed', False)]),
    # a school unit's and a branch's number; the unit's initials with the number; a body opened on them
    ('The board of Ardmore School Unit 14 met on Tuesday. Ardmore School Unit 14 said the budget would rise.',
     [('Ardmore School Unit 14', 'organization', None, None)],
     [('Ardmore School Unit 14', 'Ardmore School Unit 14', 'said', 'the budget would rise', False)]),
    ('Glazing Workers Union Branch 31 said the depot would close.',
     [('Glazing Workers Union Branch 31', 'organization', None, None)],
     [('Glazing Workers Union Branch 31', 'Glazing Workers Union Branch 31', 'said', 'the depot would close', False)]),
    ('Ivo Marsh, president of the ASU 14 Support Staff Union, said the union would resist any cuts.',
     [('ASU 14 Support Staff Union', 'organization', None, None),
      ('Ivo Marsh', 'person', 'president', 'ASU 14 Support Staff Union')],
     [('Ivo Marsh', 'Ivo Marsh', 'said', 'the union would resist any cuts', False)]),
    # NEGATIVE: a unit's number that counts a noun after it; a year before a body's name
    ('Ardmore School Unit 14 teachers said they would strike.',
     [],
     [('14 teachers', None, 'said', 'they would strike', False)]),
    # NEGATIVE: initials join no body whose name ends on a number after no unit's word (a count the recogniser
    # ran into the name): the initials' statement stays theirs
    ('Kessa Premier League 2 clubs met on Monday. KPL said the season would start in May.',
     [('KPL', 'organization', None, None), ('Kessa Premier League 2', 'organization', None, None)],
     [('KPL', 'KPL', 'said', 'the season would start in May', False)]),
    # NEGATIVE: a year after a unit's word is no unit's number (the year of the report)
    ('Kessa Fraud Unit 2024 annual report said losses had fallen.',
     [('Kessa Fraud Unit', 'organization', None, None)],
     [('Kessa Fraud Unit 2024 annual report', 'Kessa Fraud Unit', 'said', 'losses had fallen', False)]),
    ('In 2019 the Support Staff Union said it would appeal.',
     [('Support Staff Union', 'organization', None, None)],
     [('the Support Staff Union', 'Support Staff Union', 'said', 'it would appeal', False)]),
]


# NEGATIVE: a place after a body's remit, before a lower-case post and its holder's name, stays in the body's name
# (no cut of a post's place): a place of two words is never split, a later 'the <place> office' stays the
# department's, and a state the gazetteer does not list at the first level stays the ministry's
POSTS_PLACES_AFTER_A_REMIT = [
    ('Department of Lands Mount Isa officer Ann Lowe said the lease had expired.',
     [('Ann Lowe', 'person', 'officer', 'Department of Lands Mount Isa'),
      ('Department of Lands Mount Isa', 'organization', None, None)],
     [('Department of Lands Mount Isa officer Ann Lowe', 'Ann Lowe', 'said', 'the lease had expired', False)]),
    ('Department of Fire and Emergency Services Pilbara superintendent Tom Pell said crews were ready. The Pilbara '
     'office said roads were cut.',
     [('Department of Fire and Emergency Services Pilbara', 'organization', None, None),
      ('Tom Pell', 'person', 'superintendent', 'Department of Fire and Emergency Services Pilbara')],
     [('Department of Fire and Emergency Services Pilbara superintendent Tom Pell',
       'Department of Fire and Emergency Services Pilbara', 'said', 'crews were ready', False),
      ('The Pilbara office', 'Department of Fire and Emergency Services Pilbara', 'said', 'roads were cut', False)]),
    ('Ministry of Health Puntland director Ahmed Farah said the clinics had no drugs.',
     [('Ahmed Farah', 'person', 'director', 'Ministry of Health Puntland'),
      ('Ministry of Health Puntland', 'organization', None, None)],
     [('Ministry of Health Puntland director Ahmed Farah', 'Ahmed Farah', 'said', 'the clinics had no drugs', False)]),
    # NEGATIVE: no post after it; a country after the remit; a field word closing the remit
    ('Department of Coastal Services Ardley said the river was rising.',
     [('Department of Coastal Services Ardley', 'organization', None, None)],
     [('Department of Coastal Services Ardley', 'Department of Coastal Services Ardley', 'said', 'the river was rising',
       False)]),
    ('Ministry of Health Uganda spokesman Tom Ainebyo said the outbreak was contained.',
     [('Ministry of Health Uganda', 'organization', None, None),
      ('Tom Ainebyo', 'person', 'spokesman', 'Ministry of Health Uganda')],
     [('Ministry of Health Uganda spokesman Tom Ainebyo', 'Tom Ainebyo', 'said', 'the outbreak was contained', False)]),
    ('Department of Transport Queensland regional director Hal Brandt said the road would reopen.',
     [('Department of Transport Queensland', 'organization', None, None),
      ('Hal Brandt', 'person', 'regional director', 'Department of Transport Queensland')],
     [('Department of Transport Queensland regional director Hal Brandt', 'Hal Brandt', 'said', 'the road would reopen',
       False)]),
    ('Ministry of Health Ontario spokesman Dev Arora said the waiting lists had grown.',
     [('Dev Arora', 'person', 'spokesman', 'Ministry of Health Ontario'),
      ('Ministry of Health Ontario', 'organization', None, None)],
     [('Ministry of Health Ontario spokesman Dev Arora', 'Dev Arora', 'said', 'the waiting lists had grown', False)]),
    ('Department of Health Services director Sam Cole said the clinic would open.',
     [('Department of Health Services', 'organization', None, None),
      ('Sam Cole', 'person', 'director', 'Department of Health Services')],
     [('Department of Health Services director Sam Cole', 'Sam Cole', 'said', 'the clinic would open', False)]),
]


# NEGATIVE: initials joined by an '&' written alone that a firm's names of people happen to spell are no short form
# of that firm (the article never defines them): each its own page
FIRMS_INITIALS_NOT_DEFINED = [
    ('Pruett Dane & Harlow said the takeover was lawful. PD&H said it would appeal.',
     [('PD&H', 'organization', None, None), ('Pruett Dane & Harlow', 'organization', None, None)],
     [('Pruett Dane & Harlow', 'Pruett Dane & Harlow', 'said', 'the takeover was lawful', False),
      ('PD&H', 'PD&H', 'said', 'it would appeal', False)]),
    ('Fenwick & Sons said the scaffolding was safe. F&S said its customers had complained.',
     [('F&S', 'organization', None, None), ('Fenwick & Sons', 'organization', None, None)],
     [('Fenwick & Sons', 'Fenwick & Sons', 'said', 'the scaffolding was safe', False),
      ('F&S', 'F&S', 'said', 'its customers had complained', False)]),
]


@pytest.mark.parametrize("text, actors, positions",
                         BASES + FIELDS_BEFORE_A_COUNTRY + OPENINGS_WRITTEN_ELSEWHERE + HOLDERS_AFTER_A_TITLES_FIELD + LOCAL_UNITS
                         + POSTS_PLACES_AFTER_A_REMIT + FIRMS_INITIALS_NOT_DEFINED)
def test_pages_by_the_parse(text, actors, positions):
    assert (actor_records(text), positions_of(text)) == (actors, positions)


# the writer named in the byline ('By <name>', or a name line next to her outlet's line) is no actor; she stays
# where the story names her outside the byline and its closing line
WRITERS = [
    ('Harbour council backs budget\n\nTamsin Oakridge\nThe Kessa Courier\n\nThe council approved the budget on Tuesday, Mayor Ann Lowe said.\n\nReach Tamsin Oakridge at toakridge@courier.example.\n',
     [('Ann Lowe', 'person', 'Mayor', None)],
     [('Mayor Ann Lowe', 'Ann Lowe', 'said', 'The council approved the budget on Tuesday', False)]),
    ("Toilets face axe\n\nHouseholds will pay more from April after councillors backed a budget that shuts two toilet blocks, the council's finance chief warned on Wednesday night in a long debate.\n\nby local democracy reporter Pilar Wrenfield\n\nThe Harbour Borough Council approved the plans by 24 votes to 17, council leader Joan Pryce said.\n",
     [('Harbour Borough Council', 'organization', None, None), ('Joan Pryce', 'person', 'council leader', 'Harbour Borough Council')],
     [("the council's finance chief", None, 'warned on', 'Households will pay more from April after councillors backed a budget that shuts two toilet blocks', False), ('council leader Joan Pryce', 'Joan Pryce', 'said', 'The Harbour Borough Council approved the plans by 24 votes to 17', False)]),
    ('Power firm settles fire suits\n\nBy Orla Benbow | The Kessa Ledger\n\nKessa Power will pay $41 million, lawyers said Thursday.\n\n-- Orla Benbow covers energy for The Kessa Ledger.\n',
     [('Kessa Power', 'organization', None, None), ('lawyers', 'group', None, None)],
     [('lawyers', 'lawyers', 'said', 'Kessa Power will pay $41 million', False)]),
    ('Ferry fares to rise\n\nBy Tamsin Oakridge and Piers Lundqvist\n\nThe ferry operator Harbour Lines said fares would rise by 8% in May.\n',
     [('Harbour Lines', 'organization', 'ferry operator', None)],
     [('The ferry operator', 'Harbour Lines', 'said', 'fares would rise by 8% in May', False)]),
    ('Council backs budget\n\nCorliss Vantage\nHarwood Sentinel\n\nThe council on Tuesday backed a $2 billion budget, Mayor Dana Whitcombe said.\n\nReach Corliss Vantage at cvantage@sentinel.example.\n',
     [('Dana Whitcombe', 'person', 'Mayor', None)],
     [('Mayor Dana Whitcombe', 'Dana Whitcombe', 'said', 'The council on Tuesday backed a $2 billion budget', False)]),
    # NEGATIVE: the name line next to a paper's name whom the body names again
    ('Council backs budget\n\nCorliss Vantage\nHarwood Sentinel\n\nThe council on Tuesday backed a budget. Corliss Vantage, a resident, said it was too high.\n',
     [('Corliss Vantage', 'person', 'resident', None)],
     [('Corliss Vantage', 'Corliss Vantage', 'said', 'it was too high', False)]),
    # NEGATIVE: the writer whose words the story reports; a name line of one who speaks; a namesake in the story
    ('Nurses want ratios\n\nBy Idris Malloway / Staff reporter\n\nThe union said nurses were leaving. Idris Malloway said he had asked the ministry for comment.\n',
     [('Idris Malloway', 'person', None, None)],
     [('The union', None, 'said', 'nurses were leaving', False), ('Idris Malloway', 'Idris Malloway', 'said', 'he had asked the ministry for comment', False)]),
    ('Mayor resigns\n\nKessa Mayor Ann Lowe\n\nAnn Lowe said on Monday she would resign.\n',
     [('Ann Lowe', 'person', 'Kessa Mayor', None)],
     [('Ann Lowe', 'Ann Lowe', 'said', 'she would resign', False)]),
    ('Ferry fares to rise\n\nHarbour Lines said fares would rise by 8% in May.\n\nTamsin Oakridge, a commuter, said the rise was unfair.\n',
     [('Harbour Lines', 'organization', None, None), ('Tamsin Oakridge', 'person', 'commuter', None)],
     [('Harbour Lines', 'Harbour Lines', 'said', 'fares would rise by 8% in May', False), ('Tamsin Oakridge', 'Tamsin Oakridge', 'said', 'the rise was unfair', False)]),
    # NEGATIVE: a name line over the story with no outlet's line next to it (the story's subject, a caption);
    # 'By' before a title or another word ('By order of Judge …', 'By-election candidate …'); a titled name line;
    # a writer the body names again (in its only body block)
    ('Ostler faces inquiry\n\nBrenna Ostler\n\nBrenna Ostler, the mayor of Tullow Cross, faces an inquiry into spending, the council said.\n',
     [('Brenna Ostler', 'person', 'mayor', 'Tullow Cross'), ('Tullow Cross', 'organization', None, None)],
     [('the council', None, 'said', 'Brenna Ostler, the mayor of Tullow Cross, faces an inquiry into spending', False)]),
    ('Prize night\n\nIsaura Penrith\n\nIsaura Penrith holds her award at the ceremony in Halden on Friday.\n',
     [('Isaura Penrith', 'person', None, None)],
     []),
    ('Ruling on road\n\nBy order of Judge Fenella Quarrie\n\nThe road will close until June. Quarrie ruled the closure lawful on Friday.\n',
     [('Fenella Quarrie', 'person', 'Judge', None)],
     []),
    ('By-election set for Harwood\n\nBy-election candidate Caspian Welbeck\n\nCaspian Welbeck won 3,000 votes in the last election.\n',
     [('Caspian Welbeck', 'person', 'By-election candidate', None)],
     []),
    ('Councillor quits\n\nCllr Odalys Fenmore\n\nCllr Odalys Fenmore has quit the Green group after a row over parking.\n',
     [('Odalys Fenmore', 'person', 'Councillor', None)],
     []),
    # (session 37, ctxtype: the clause opened by 'who' on the name makes it a person's, as it is)
    ('Writers\n\nBy Anselm Corrie and Britta Solheim | The Harwood Post\n\nThe mayor resigned on Monday. Anselm Corrie, who covered the council for years, said the mayor had been under pressure.\n',
     [('Anselm Corrie', 'person', None, None)],
     [('Anselm Corrie', 'Anselm Corrie', 'said', 'the mayor had been under pressure', False)]),
]


# a name headed by a scheme's, a programme's or a policy's noun is a thing where every mention is a verb's object or
# hangs on 'under', 'from', … ; not where it acts, speaks, has staff or employs
SCHEMES = [
    ('The department sought Rs 90 crore under the River Bank Protection Programme (RBPP) for the embankment.',
     [],
     []),
    ('Fares will fall by a third under the Public Transport Fare Subsidy Scheme, the ministry said.',
     [],
     [('the ministry', None, 'said', 'Fares will fall by a third under the Public Transport Fare Subsidy Scheme', False)]),
    ('The National Freight and Ports Strategy sets targets for 2030, officials said.',
     [('officials', 'group', None, None)],
     [('officials', 'officials', 'said', 'The National Freight and Ports Strategy sets targets for 2030', False)]),
    ('The plan follows Kessa Vision 2040, which aims to double exports.',
     [],
     []),
    ('The department sought funds under the Marlow River Protection Programme for the embankment.',
     [],
     []),
    # NEGATIVE: a scheme's name that acts (the subject of a verb, 'by X'), has staff, employs a named person,
    # speaks; a body's head word
    ('The Tarrow Housing Policy covers 9,000 homes, Inga Holm said.',
     [('Inga Holm', 'person', None, None), ('Tarrow Housing Policy', 'organization', None, None)],
     [('Inga Holm', 'Inga Holm', 'said', 'The Tarrow Housing Policy covers 9,000 homes', False)]),
    ('The Hollen Food Programme delivered aid to 3,000 families on Monday.',
     [('Hollen Food Programme', 'organization', None, None)],
     []),
    ('The Calvery Pension Scheme sued its former trustees in March.',
     [('Calvery Pension Scheme', 'organization', None, None)],
     []),
    ('The new clinics were paid for by the Orrin Health Access Initiative.',
     [('Orrin Health Access Initiative', 'organization', None, None)],
     []),
    ('A spokeswoman for the Harbour Literacy Initiative said classes would resume.',
     [('Harbour Literacy Initiative', 'organization', None, None)],
     [('A spokeswoman for the Harbour Literacy Initiative', 'Harbour Literacy Initiative', 'said', 'classes would resume', False)]),
    ('Ann Lowe, director of the Kessa Rural Water Programme, said wells had dried up.',
     [('Ann Lowe', 'person', 'director', 'Kessa Rural Water Programme'), ('Kessa Rural Water Programme', 'organization', None, None)],
     [('Ann Lowe', 'Ann Lowe', 'said', 'wells had dried up', False)]),
    ('The Kessa Rural Water Programme said wells had dried up.',
     [('Kessa Rural Water Programme', 'organization', None, None)],
     [('The Kessa Rural Water Programme', 'Kessa Rural Water Programme', 'said', 'wells had dried up', False)]),
    ('According to the Kessa Rural Water Programme, wells had dried up.',
     [('Kessa Rural Water Programme', 'organization', None, None)],
     [('the Kessa Rural Water Programme', 'Kessa Rural Water Programme', 'according to', 'wells had dried up', False)]),
    ('The Kessa Planning Authority said the rules would change.',
     [('Kessa Planning Authority', 'organization', None, None)],
     [('The Kessa Planning Authority', 'Kessa Planning Authority', 'said', 'the rules would change', False)]),
]


@pytest.mark.parametrize("text, actors, positions", WRITERS + SCHEMES)
def test_writers_and_schemes_are_no_pages(text, actors, positions):
    assert (actor_records(text), positions_of(text)) == (actors, positions)


# initials a body's name defines: a numbered unit's, with its number or without (initials with another number, or
# after a body that ends on no number, take no number); initials joined by an '&'; a unit's defined in brackets
NUMBERED_UNITS_INITIALS = [
    ("Ardmore School Unit 14 approved the budget on Monday. ASU 14 said the vote was close.",
     [("Ardmore School Unit 14", ["ASU 14"])]),
    ("Ardmore School Unit 14 approved the budget on Monday. ASU said the vote was close.",
     [("Ardmore School Unit 14", ["ASU"])]),
    # NEGATIVE: another unit's number; a body of no number
    ("Ardmore School Unit 14 approved the budget on Monday. ASU 9 said the vote was close.",
     [("Ardmore School Unit 14", [])]),
    ("The Kessa Rowing Club approved the plan. KRC 14 said the vote was close.",
     [("Kessa Rowing Club", ["KRC"])]),
    # initials joined by an '&' (the name's 'and'), in brackets or alone after the name
    ('The Mayor and Town Council (M&TC) approved the levy. The M&TC said the levy was lawful.',
     [('Mayor and Town Council', ['M&TC'])]),
    ('Housing & Transport put forward a new fares plan on Monday. H&T said bus fares would be frozen.',
     [('Housing & Transport', ['H&T'])]),
    # a body's unit whose capitals spell the bracketed initials, a unit of a body named after the bracket
    ("Depositors want the Land Fraud Wing (LFW) of Kessa Police to seize the builder's accounts.",
     [('Kessa Police', []), ('Land Fraud Wing', ['LFW'])]),
    ("In March the Land Fraud Wing (LFW) did not seize the builder's passport.",
     [('Land Fraud Wing', ['LFW'])]),
    # NEGATIVE: '&' initials that are not the name's; initials after the second of two bodies; a post's field; a
    # building's wing; a unit's word of no body (LOCAL_UNIT_NOUNS)
    ('The Town Council (R&D) approved the levy. The R&D budget rose.',
     [('Town Council', [])]),
    ('The Harbour Board and Town Council (TC) approved the levy.',
     [('Harbour Board', []), ('Town Council', ['TC'])]),
    ('The Head of Public Relations (PR), Ann Lowe, said the event was a success.',
     []),
    ('The East Wing (EW) was closed for repairs.',
     []),
    ('The East Wing (EW) did not open on Monday.',
     []),
    # NEGATIVE: a year between initials and a body's name opens no name on the initials
    ('The FY 2024 Budget Committee said spending would fall.',
     [('Budget Committee', [])]),
    ('Kessa Police moved three detectives into its Land Records Cell (LRC) in June.',
     [('Kessa Police', [])]),
]


@pytest.mark.parametrize("text, expected", NUMBERED_UNITS_INITIALS, ids=[r[0][:60] for r in NUMBERED_UNITS_INITIALS])
def test_a_numbered_units_initials(text, expected):
    assert sorted((m.name, sorted(m.aliases)) for m in extract(text).mentions if m.type == "organization") == expected
