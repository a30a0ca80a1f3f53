"""A body called by a short form within one article (session 35): 'Police said', 'according to police',
'Orwin police said' speak for the one police force the article names, unless the story places them
elsewhere or writes another force; a body's possessive common noun ("the board's Finance Committee")
names no owner by the noun alone. Every sentence here is written for the tests; each row asserts every
position the text yields, or every actor, whole. Rows marked NEGATIVE abstain."""
from __future__ import annotations

import pytest

from conftest import named_actor_records as records, positions_of


BARE_POLICE_SPEAKERS = [
    # the bare noun before the force is named, after it, with 'the', with a word of the force's name
    ("Police said two men were arrested on Monday. The Larchmont Police Service charged them with theft.",
     [("Police", "Larchmont Police Service", "said", "two men were arrested on Monday", False),
      ("The Larchmont Police Service", "Larchmont Police Service", "charged", "them with theft", False)]),
    ("The Orwin Provincial Police closed the highway. According to police, three trucks collided.",
     [("police", "Orwin Provincial Police", "according to", "three trucks collided", False)]),
    ("The Kessa State Police Command confirmed the arrests. The police said 12 suspects were held.",
     [("The Kessa State Police Command", "Kessa State Police Command", "confirmed", "the arrests", False),
      ("The police", "Kessa State Police Command", "said", "12 suspects were held", False)]),
    ("The Dunmore Constabulary said it had found the car. Cops say the driver fled on foot.",
     [("The Dunmore Constabulary", "Dunmore Constabulary", "said", "it had found the car", False),
      ("Cops", "Dunmore Constabulary", "say", "the driver fled on foot", False)]),
    ("The Orwin Metropolitan Police said on Sunday that a bus had been taken from a depot. Police said the driver "
     "was unhurt. Orwin police said the bus was found on Monday.",
     [("The Orwin Metropolitan Police", "Orwin Metropolitan Police", "said", "a bus had been taken from a depot", False),
      ("Police", "Orwin Metropolitan Police", "said", "the driver was unhurt", False),
      ("Orwin police", "Orwin Metropolitan Police", "said", "the bus was found on Monday", False)]),
    ("Residents blamed the Larchmont Police Service for the delay. Police said they had been short of officers.",
     [("Residents", "residents", "blamed", "the Larchmont Police Service for the delay", False),
      ("Police", "Larchmont Police Service", "said", "they had been short of officers", False)]),
    # a 'for' the parser hangs on a bare 'police' is no other force's police
    ("The Orwin Police Service arrested three men. \"We're grateful to police for the arrests,\" a resident wrote. "
     "Police said the men sold the wire.",
     [("a resident", None, "wrote", "We're grateful to police for the arrests", True),
      ("Police", "Orwin Police Service", "said", "the men sold the wire", False)]),
    # NEGATIVE: two forces named; a body that oversees the police; a guard, no police force
    ("The Larchmont Police Service and the Kessa State Police arrested four men. Police said the men were armed.",
     [("Police", "police", "said", "the men were armed", False)]),
    ("The National Police Commission opened an inquiry. Police said the officers had followed the rules.",
     [("Police", "police", "said", "the officers had followed the rules", False)]),
    ("The Larchmont Coast Guard found the boat. Police said the crew was safe.",
     [("Police", "police", "said", "the crew was safe", False)]),
    # NEGATIVE: a police name the article made no actor of; another place's police; police qualified otherwise
    ("The Larchmont Police Service arrested a man. Officers at Dunmore Police Station said he was released. "
     "Police said he would be charged.",
     [("Officers at Dunmore Police Station", None, "said", "he was released", False),
      ("Police", "police", "said", "he would be charged", False)]),
    ("The Larchmont Police Service said the road was closed. Toronto police said a second crash happened there.",
     [("The Larchmont Police Service", "Larchmont Police Service", "said", "the road was closed", False),
      ("Toronto police", "Toronto police", "said", "a second crash happened there", False)]),
    ("The Larchmont Police Service arrested a man. Police in Dunmore said a second man was held.",
     [("Police", "police", "said", "a second man was held", False)]),
    ("The Larchmont Police Service arrested a man. Local police said the man was 40.",
     [("Local police", "local police", "said", "the man was 40", False)]),
    # review faults: another place's police, another force, a force of one purpose, a post's title
    # NEGATIVE (review P01)
    ('The Harwick Police Department arrested two men on Tuesday. A third suspect was caught in Dunmore, 40 miles away. In Dunmore, police said the third man had been carrying a gun.',
     [('police', 'police', 'said', 'the third man had been carrying a gun', False)]),
    # NEGATIVE (review P02)
    ('Officers from the Harwick Police Department seized 40 kilograms of cocaine on Monday. The shipment had passed through Port Kessa, where police said dock workers had been bribed.',
     [('police', 'police', 'said', 'dock workers had been bribed', False)]),
    # NEGATIVE (review P03)
    ('State troopers stopped the car on Interstate 9 near Dunmore late on Friday. The driver had been wanted by the Harwick Police Department since March. Police said the driver fired two shots at the troopers before he was arrested.',
     [('Police', 'police', 'said', 'the driver fired two shots at the troopers before he was arrested', False)]),
    # NEGATIVE (review P04)
    ('A man wanted by the Kessa National Police for a 2019 murder was arrested in Dunmore on Friday. Police said he had entered the country on a false passport and would appear in court on Monday.',
     [('Police', 'police', 'said', 'he had entered the country on a false passport and would appear in court on Monday', False)]),
    # NEGATIVE (review P08)
    ("Kessa's Commissioner of Police, Ann Lee, said the gang had been broken up. The Royal Harwick Constabulary, which helped with the inquiry, sent two detectives. Police said 12 people had been charged in Kessa.",
     [("Kessa's Commissioner of Police", 'Ann Lee', 'said', 'the gang had been broken up', False), ('Police', 'police', 'said', '12 people had been charged in Kessa', False)]),
    # NEGATIVE (review P11)
    ('The Harwick Transit Police closed two stations on Friday after a stabbing on a train. Harwick police said a 19-year-old man had been arrested at his home.',
     [('Harwick police', 'Harwick police', 'said', 'a 19-year-old man had been arrested at his home', False)]),
    # NEGATIVE (review P12)
    ('The Harwick University Police Department reported two thefts on campus this week. Off campus, police said a man was robbed at gunpoint on Elm Street.',
     [('The Harwick University Police Department', 'Harwick University Police Department', 'reported', 'two thefts on campus', False), ('police', 'police', 'said', 'a man was robbed at gunpoint on Elm Street', False)]),
    # NEGATIVE (review P21)
    ('Last year the Harwick Police Department was criticised in a report on its use of force. On Monday, police in the neighbouring town said a woman had been found dead. Police said she was 34.',
     [('police', 'police in the neighbouring town', 'said', 'a woman had been found dead', False), ('Police', 'police', 'said', 'she was 34', False)]),
    # NEGATIVE (review P22)
    ('Seoul prosecutors charged 12 people with fraud on Monday. The suspects were caught in Phnom Penh by the Cambodian National Police and sent home. Police said the gang stole 4 billion won from 600 victims.',
     [('Seoul prosecutors', 'Seoul prosecutors', 'charged', '12 people with fraud', False), ('Police', 'police', 'said', 'the gang stole 4 billion won from 600 victims', False)]),
    # NEGATIVE (review P23)
    ('The Harwick Police Service said it had made 40 arrests. In Dunmore, 20 miles away, police said 14 people had been hurt in the riot.',
     [('The Harwick Police Service', 'Harwick Police Service', 'said', 'it had made 40 arrests', False), ('police', 'police', 'said', '14 people had been hurt in the riot', False)]),
    # session 45: a force named for a country or a place whose name is also a common word (read as a run of the
    # gazetteer's or pycountry's); a lede word in capitals; a post of the same force ("the Orwin Regional Police
    # Commander", "the Commissioner of Police"); the force written where the recogniser held no name; a board
    # that is no force; police set in the force's own place, or by a phrase that names no place
    ('The Tuvalu Police Service seized 12 kilograms of cannabis on Friday. Police said three men were arrested.',
     [('Police', 'Tuvalu Police Service', 'said', 'three men were arrested', False)]),
    ('Police said two men were arrested on Friday. The Marshall Islands Police Force has charged them with theft.',
     [('Police', 'Marshall Islands Police Force', 'said', 'two men were arrested on Friday', False), ('The Marshall Islands Police Force', 'Marshall Islands Police Force', 'charged', 'them with theft', False)]),
    ('The Cape Verde National Police closed the road. According to the police, two cars collided.',
     [('the police', 'Cape Verde National Police', 'according to', 'two cars collided', False)]),
    ('Police in Orwin detained 17 men on Tuesday. Orwin Provincial Police Commissioner, Major General Tomas Vell, praised the officers. Police say two more men are being sought.',
     [('Orwin Provincial Police Commissioner', 'Tomas Vell', 'praised', 'the officers', False), ('Police', 'Orwin Provincial Police', 'say', 'two more men are being sought', False)]),
    ('POLICE on Sunday recovered a stolen fishing boat off the reef. The Larchmont Police Service said two men were held. Police said the boat was returned to its owner.',
     [('The Larchmont Police Service', 'Larchmont Police Service', 'said', 'two men were held', False), ('Police', 'Larchmont Police Service', 'said', 'the boat was returned to its owner', False)]),
    ('The Orwin Regional Police Command has arrested seven men. The Orwin Regional Police Commander, Deputy Commissioner Kofi Mensah, said the men were armed. According to the police, two guns were found.',
     [('The Orwin Regional Police Commander', 'Kofi Mensah', 'said', 'the men were armed', False), ('the police', 'Orwin Regional Police Command', 'according to', 'two guns were found', False)]),
    ('The Larchmont Police Service arrested a man. The Commissioner of Police, Ann Lee, praised the officers. Police said he would be charged.',
     [('The Commissioner of Police', 'Ann Lee', 'praised', 'the officers', False), ('Police', 'Larchmont Police Service', 'said', 'he would be charged', False)]),
    ('The Larchmont Police Service arrested a man. Governor Ida Marsh met the families inside the Larchmont Police Service building. Police said he would be charged.',
     [('Police', 'Larchmont Police Service', 'said', 'he would be charged', False)]),
    ('The Larchmont Police Service arrested a man. Members of the Larchmont Police Board voted to hire 12 officers. Police said he would be charged.',
     [('Police', 'Larchmont Police Service', 'said', 'he would be charged', False)]),
    ('The Larchmont Police Service seized a lorry. The tax office said its inspectors had helped police in the search. Police said the driver was held.',
     [('The tax office', None, 'said', 'its inspectors had helped police in the search', False), ('Police', 'Larchmont Police Service', 'said', 'the driver was held', False)]),
    # NEGATIVE (session 45): two forces; another place's post or police; a force of one purpose
    ('The Tuvalu Police Service and the Kiribati Police Service arrested four men. Police said the men were armed.',
     [('Police', 'police', 'said', 'the men were armed', False)]),
    ('The Larchmont Police Service arrested a man. The Dunmore Police Commander, Ann Lee, said he was released. Police said he would be charged.',
     [('The Dunmore Police Commander', 'Ann Lee', 'said', 'he was released', False), ('Police', 'police', 'said', 'he would be charged', False)]),
    ('The Larchmont Police Service arrested a man. The Kessa Commissioner of Police, Ann Lee, praised the officers. Police said he would be charged.',
     [('The Kessa Commissioner of Police', 'Ann Lee', 'praised', 'the officers', False), ('Police', 'police', 'said', 'he would be charged', False)]),
    ('The Tuvalu Police Service seized a boat. Police in the neighbouring island said the crew was safe.',
     [('Police', 'police in the neighbouring island', 'said', 'the crew was safe', False)]),
    ('The Orwin Regional Police Command has arrested seven men. The Orwin National Police Service has stepped up patrols. Police said the men were armed.',
     [('Police', 'police', 'said', 'the men were armed', False)]),
    ('The Harwick Transit Police closed two stations. Police said a man had been arrested.',
     [('Police', 'police', 'said', 'a man had been arrested', False)]),
    # NEGATIVE (session 45 review): a force of one purpose whose vetoed word the gazetteer also knows as a place
    # ('University', 'Airport'), or that sits in a place's run of words ('Capitol Hill')
    ('The Harwick University Police Department reported two thefts on campus this week. Police said a man was robbed at gunpoint on Elm Street.',
     [('The Harwick University Police Department', 'Harwick University Police Department', 'reported', 'two thefts on campus', False), ('Police', 'police', 'said', 'a man was robbed at gunpoint on Elm Street', False)]),
    ('The Harwick Airport Police detained a passenger on Monday. Police said 14 people had been questioned.',
     [('Police', 'police', 'said', '14 people had been questioned', False)]),
    ('The Capitol Hill Police closed two streets. Police said a man had been arrested.',
     [('Police', 'police', 'said', 'a man had been arrested', False)]),
    ('The Larchmont Police Service arrested a man. Police in Dunmore said a second man was held.',
     [('Police', 'police', 'said', 'a second man was held', False)]),
    ('Police in Orwin detained 17 men on Tuesday. The Tuvalu Police Service said the men were sailors. Police say two more men are being sought.',
     [('The Tuvalu Police Service', 'Tuvalu Police Service', 'said', 'the men were sailors', False), ('Police', 'police', 'say', 'two more men are being sought', False)]),
    # NEGATIVE (session 45 review): a second force whose name is not closed by a police word or a force's head
    # ('Police Service of …', 'Police Scotland', 'Police Dept.') still competes; a person's title is never exempt
    ('The Larchmont Police Service said it was aware of the case. The Police Service of Northern Kessa arrested two men in Dunmore. Police said both were 25.',
     [('The Larchmont Police Service', 'Larchmont Police Service', 'said', 'it was aware of the case', False), ('Police', 'police', 'said', 'both were 25', False)]),
    ('The Harwick Constabulary arrested a man in Dunmore. Police Scotland said he had been wanted in Glasgow. Police said he would appear in court on Monday.',
     [('Police Scotland', 'Scotland', 'said', 'he had been wanted in Glasgow', False), ('Police', 'police', 'said', 'he would appear in court on Monday', False)]),
    ('The Orwin Constabulary said two men were held. Officers from Police Scotland joined the search. Police said 30 officers took part.',
     [('The Orwin Constabulary', 'Orwin Constabulary', 'said', 'two men were held', False), ('Police', 'police', 'said', '30 officers took part', False)]),
    ('The Larchmont Police Service arrested a man. The Dunmore Police Dept. said he was wanted there. Police said he would be charged.',
     [('.', None, 'said', 'he was wanted there', False), ('Police', 'police', 'said', 'he would be charged', False)]),
    ('The Larchmont Police Service arrested a man. Dunmore Police Commander Ann Lee said the man had fled. Police said he would be charged.',
     [('Dunmore Police Commander Ann Lee', 'Ann Lee', 'said', 'the man had fled', False), ('Police', 'police', 'said', 'he would be charged', False)]),
    ('The Larchmont Police Service arrested a man. Police Commissioner Ann Lee of Dunmore said the man had fled. Police said he would be charged.',
     [('Police Commissioner Ann Lee of Dunmore', 'Ann Lee', 'said', 'the man had fled', False), ('Police', 'police', 'said', 'he would be charged', False)]),
    # NEGATIVE (session 45 review): a post's title tied by a role's preposition to another place or command ('the
    # Commissioner of Police in Orwin State', 'the Police Commander of Dunmore'), or a person's title of another force
    ('The Kessa State Police Command said 30 suspects were held. The Commissioner of Police in Orwin State, Musa Ali, said his men were also searching. Police said the suspects were armed.',
     [('The Kessa State Police Command', 'Kessa State Police Command', 'said', '30 suspects were held', False), ('The Commissioner of Police', None, 'said', 'his men were also searching', False), ('Police', 'police', 'said', 'the suspects were armed', False)]),
    ('The Larchmont Police Service arrested a man. The Commissioner of Police of Orwin State, Musa Ali, said he had fled. Police said he would be charged.',
     [('The Commissioner of Police of Orwin State, Musa Ali', None, 'said', 'he had fled', False), ('Police', 'police', 'said', 'he would be charged', False)]),
    ('The Larchmont Police Service arrested a man. The Police Commander of Dunmore, Ann Lee, said he had fled. Police said he would be charged.',
     [('The Police Commander of Dunmore', 'Ann Lee', 'said', 'he had fled', False), ('Police', 'police', 'said', 'he would be charged', False)]),
    ('The Kessa State Police Command arrested five men. The Police Public Relations Officer of the Orwin Command, Ikenga Tochukwu, said the men had fled Orwin. Police said the men were armed.',
     [('The Police Public Relations Officer of the Orwin Command', 'Ikenga Tochukwu', 'said', 'the men had fled Orwin', False), ('Police', 'police', 'said', 'the men were armed', False)]),
    ('The Larchmont Police Service arrested a man. Dunmore Police Chief Ann Lee said he had fled from Dunmore. Police said he would be charged.',
     [('Dunmore Police Chief Ann Lee', 'Ann Lee', 'said', 'he had fled from Dunmore', False), ('Police', 'police', 'said', 'he would be charged', False)]),
    ('The Larchmont Police Service arrested a man. Police Commander Ann Lee, who heads the Dunmore force, said the man had fled. Police said he would be charged.',
     [('Police Commander Ann Lee', 'Ann Lee', 'said', 'the man had fled', False), ('Police', 'police', 'said', 'he would be charged', False)]),
    ('The Larchmont Police Service arrested a man. Ann Lee, the Police Commander of Dunmore, said he had fled. Police said he would be charged.',
     [('Ann Lee', 'Ann Lee', 'said', 'he had fled', False), ('Police', 'police', 'said', 'he would be charged', False)]),
    # session 45 review: '<title> of Police' before its holder's name is the force's post, unless tied to another place
    ('The Larchmont Police Service seized 12 rifles on Monday, in what Acting Commissioner of Police Ann Lee called a record find. Police said 40 rifles had been seized this year.',
     [('Police', 'Larchmont Police Service', 'said', '40 rifles had been seized this year', False)]),
    ('The Larchmont Police Service seized 12 rifles on Monday, in what Acting Commissioner of Police Ann Lee of Orwin State called a record find. Police said 40 rifles had been seized this year.',
     [('Police', 'police', 'said', '40 rifles had been seized this year', False)]),
    # session 45 review: a person's title of the force's own, set off by commas
    ('The Larchmont Police Service arrested a man. Ann Lee, the Larchmont Police Commander, said he had fled. Police said he would be charged.',
     [('Ann Lee', 'Ann Lee', 'said', 'he had fled', False), ('Police', 'Larchmont Police Service', 'said', 'he would be charged', False)]),
    # NEGATIVE (session 45): a police unit closed by a force's head beside the force ('Police Special Task Force')
    ('The Larchmont Police Service arrested a man. The Kessa Police Special Task Force raided a farm. Police said two guns were found.',
     [('Police', 'police', 'said', 'two guns were found', False)]),
    # session 45: a voice noun after a bare police noun speaks for the one force (an officer only with his seniority)
    ('The Tuvalu Police Service arrested two men. A police spokesperson said they were sailors.',
     [('A police spokesperson', 'Tuvalu Police Service', 'said', 'they were sailors', False)]),
    ('The Tuvalu Police Service arrested two men. A senior police officer said they were sailors.',
     [('A senior police officer', 'Tuvalu Police Service', 'said', 'they were sailors', False)]),
    ('The Tuvalu Police Service arrested two men. Police sources said they were sailors.',
     [('Police sources', 'Tuvalu Police Service', 'said', 'they were sailors', False)]),
    ('The Tuvalu Police Service arrested two men. A top police official told reporters they were sailors.',
     [('A top police official', 'Tuvalu Police Service', 'told', 'they were sailors', False)]),
    ('The Tuvalu Police Service arrested two men. The police spokesman said they were sailors.',
     [('The police spokesman', 'Tuvalu Police Service', 'said', 'they were sailors', False)]),
    ('The Tuvalu Police Service arrested two men. Police spokesperson Ana Tui said they were sailors. The police spokesperson added that both were 30.',
     [('Police spokesperson Ana Tui', 'Ana Tui', 'said', 'they were sailors', False), ('The police spokesperson', 'Ana Tui', 'added', 'both were 30', False)]),
    # NEGATIVE (session 45): a voice that keeps its name back, is placed elsewhere, is former, off duty, hurt, of a
    # unit, a bare officer (a witness as likely), or where two forces or none are named
    ('The Tuvalu Police Service arrested two men. A police officer, speaking on condition of anonymity, said they were sailors.',
     [('A police officer', None, 'said', 'they were sailors', False)]),
    ('The Tuvalu Police Service arrested two men. A police officer in Dunmore said they were sailors.',
     [('A police officer', None, 'said', 'they were sailors', False)]),
    ('The Tuvalu Police Service and the Kiribati Police Service arrested two men. A police spokesperson said they were sailors.',
     [('A police spokesperson', None, 'said', 'they were sailors', False)]),
    ('The Tuvalu Police Service arrested two men. A former police officer said they were sailors.',
     [('A former police officer', None, 'said', 'they were sailors', False)]),
    ('The Tuvalu Police Service arrested two men. An off-duty police officer said he saw the arrest.',
     [('An off-duty police officer', None, 'said', 'he saw the arrest', False)]),
    ('The Tuvalu Police Service arrested two men. A police officer who was injured in the raid said the men were armed.',
     [('A police officer', None, 'said', 'the men were armed', False)]),
    ('The Tuvalu Police Service arrested two men. In Dunmore, a police spokesperson said two more men were held.',
     [('a police spokesperson', None, 'said', 'two more men were held', False)]),
    ('The Tuvalu Police Service arrested two men. A riot police officer said they were sailors.',
     [('A riot police officer', None, 'said', 'they were sailors', False)]),
    ('The Tuvalu Police Service arrested two men. A police officer said he had been attacked by the men.',
     [('A police officer', None, 'said', 'he had been attacked by the men', False)]),
    ('A police spokesperson said two men were arrested.',
     [('A police spokesperson', None, 'said', 'two men were arrested', False)]),
    # NEGATIVE (session 45 review): an officer or official of no high rank, or one of several ('another', 'one',
    # 'a second'), may speak for himself
    ('The Tuvalu Police Service arrested two men. A junior police officer said he was attacked by the men.',
     [('A junior police officer', None, 'said', 'he was attacked by the men', False)]),
    ('The Tuvalu Police Service arrested two men. A police official said he was attacked by the men.',
     [('A police official', None, 'said', 'he was attacked by the men', False)]),
    ('The Tuvalu Police Service arrested two men. Another senior police officer said the arrests were illegal.',
     [('Another senior police officer', None, 'said', 'the arrests were illegal', False)]),
    ('The Kessa Police Service arrested two men. Another police official said the arrests were unlawful.',
     [('Another police official', None, 'said', 'the arrests were unlawful', False)]),
    ('The Kessa Police Service arrested two men. One senior police official said the arrests were unlawful.',
     [('One senior police official', None, 'said', 'the arrests were unlawful', False)]),
    ('The Kessa Police Service arrested two men. A second senior police officer said the arrests were unlawful.',
     [('A second senior police officer', None, 'said', 'the arrests were unlawful', False)]),
    # session 45 review: a representative needs no rank
    ('The Kessa Police Service arrested two men. A police representative said both were sailors.',
     [('A police representative', 'Kessa Police Service', 'said', 'both were sailors', False)]),
]


@pytest.mark.parametrize("text, expected", BARE_POLICE_SPEAKERS)
def test_bare_police_speak_for_the_one_force_named(text, expected):
    assert positions_of(text) == expected


NO_OWNER_FROM_A_KIND_NOUNS_POSSESSIVE = [
    # NEGATIVE: "the <kind>'s X" names no owner by the kind noun alone (the rule was removed after review)
    # NEGATIVE: two bodies of the kind; none named; an indefinite or qualified noun; a noun no name is headed by
    ("The Harwick County Board and the Dunmore School Board met on Monday. The board's Finance Committee approved the levy 5-2.",
     [("Dunmore School Board", "organization", None, None), ("Finance Committee", "organization", None, None),
      ("Harwick County Board", "organization", None, None)]),
    ("The board's Finance Committee approved the levy 5-2 on Monday. Officials said the plan would pass.",
     [("Finance Committee", "organization", None, None)]),
    ("The Larch Valley Dockers Union called a strike. A union's Health and Safety Committee said the cranes were "
     "unsafe.",
     [("Health and Safety Committee", "organization", None, None), ("Larch Valley Dockers Union", "organization", None, None)]),
    ("The Larch Valley Dockers Union called a strike. The rival union's Health and Safety Committee said the cranes "
     "were unsafe.",
     [("Health and Safety Committee", "organization", None, None), ("Larch Valley Dockers Union", "organization", None, None)]),
    ("The Harwick County Board met on Monday. The county's Finance Committee approved the levy 5-2.",
     [("Finance Committee", "organization", None, None), ("Harwick County Board", "organization", None, None)]),
    ("Kessan Freight reported a loss. The company's Audit Committee said the accounts were sound.",
     [("Audit Committee", "organization", None, None), ("Kessan Freight", "organization", None, None)]),
    # review faults: another body of the kind, or one of no known kind, near or in the story; another place
    # NEGATIVE (review K01)
    ("The Harwick Tourism Board welcomed the plan on Monday. Dastan Cement said the board's Audit Committee had approved the deal.",
     [('Audit Committee', 'organization', None, None), ('Dastan Cement', 'organization', None, None), ('Harwick Tourism Board', 'organization', None, None)]),
    # NEGATIVE (review K02; 'Kessa' as a person is an older fault, outside this rule)
    ("The Ministry of Finance of Kessa cut the budget for hospitals. Across the border in Dunmore, where the health ministry faces cuts too, the ministry's Department of Nursing said 300 nurses had left.",
     [('Department of Nursing', 'organization', None, None), ('Kessa', 'person', None, None), ('Ministry of Finance', 'organization', None, None)]),
    # NEGATIVE (review K03)
    ("The Kessa National Congress, the ruling party, met on Sunday to choose a leader, and the opposition Kessa People's Party boycotted the vote. The party's Central Committee elected Ann Lee, the finance minister, as its new leader.",
     [('Ann Lee', 'person', 'finance minister', None), ('Central Committee', 'organization', None, None), ('Kessa National Congress', 'organization', 'ruling party', None), ("Kessa People's Party", 'organization', 'opposition', None)]),
    # NEGATIVE (review K04)
    ("Dastan Cement bought a stake in Harwick Trading Company last year. Dastan Cement's chairman resigned on Monday, and the company's Audit Committee said it would review his expenses.",
     [('Audit Committee', 'organization', None, None), ('Dastan Cement', 'organization', None, None), ('Harwick Trading Company', 'organization', None, None)]),
    # NEGATIVE (review K05)
    ("Dastan Capital, the country's largest lender, reported a loss of $40 million. The Bank of Kessa has put the lender under watch. The bank's Risk Committee said bad loans had doubled.",
     [('Bank of Kessa', 'organization', None, None), ('Dastan Capital', 'organization', 'largest lender', None), ('Risk Committee', 'organization', None, None)]),
    # NEGATIVE (review K06)
    ("Harwick Group, a mining firm, suspended work at its mine after rebels of the Kessa Liberation Front seized two villages nearby. The group's Military Council said the villages were now free.",
     [('Harwick Group', 'organization', 'mining firm', None), ('Kessa Liberation Front', 'organization', None, None), ('Military Council', 'organization', None, None)]),
    # NEGATIVE (review K07)
    ("The Harwick Regional Government opposed the new tax. In the capital, the government's Office of Budget Management said the national plan would not change.",
     [('Harwick Regional Government', 'organization', None, None), ('Office of Budget Management', 'organization', None, None)]),
    # NEGATIVE (review K10)
    ("The Kessa Supreme Court upheld the ban. Meanwhile a district court in Harwick heard a related case, and the court's Family Division said it would rule next week.",
     [('Family Division', 'organization', None, None), ('Kessa Supreme Court', 'organization', None, None)]),
]


@pytest.mark.parametrize("text, expected", NO_OWNER_FROM_A_KIND_NOUNS_POSSESSIVE)
def test_a_kind_nouns_possessive_names_no_owner(text, expected):
    assert records(text) == expected


FIRMS_CALLED_BY_THEIR_OPENING_WORD_WITH_SHARES_IN_THEM = [
    # 'Shares in X', 'a stake in X': a holding in the firm, no place, so X stays the firm's short form
    ("Investors bought shares in Tovrel after the results. Tovrel Freight Corporation earned $9 million in the "
     "quarter, and Tovrel said it would pay a dividend.",
     [("Tovrel Freight Corporation", "organization", None, None)],
     [("Tovrel", "Tovrel Freight Corporation", "said", "it would pay a dividend", False)]),
    ("Harwick Mining Ltd cut 300 jobs on Monday. Harwick said demand had fallen. A pension fund took a stake in "
     "Harwick last year.",
     [("Harwick Mining Ltd", "organization", None, None)],
     [("Harwick", "Harwick Mining Ltd", "said", "demand had fallen", False)]),
    ("Shares in Dastan fell on Monday. Dastan Cement Company said its kiln had failed. Dastan said repairs would "
     "take a month.",
     [("Dastan Cement Company", "organization", None, None)],
     [("Dastan Cement Company", "Dastan Cement Company", "said", "its kiln had failed", False),
      ("Dastan", "Dastan Cement Company", "said", "repairs would take a month", False)]),
    # NEGATIVE: 'in X' after a noun of no holding is where something is; a person of that surname
    ("Dunmore Textiles Group closed a mill. Workers in Dunmore said the town would suffer. Dunmore said orders had "
     "collapsed.",
     [("Dunmore Textiles Group", "organization", None, None)],
     [("Workers", None, "said", "the town would suffer", False), ("Dunmore", None, "said", "orders had collapsed", False)]),
    # NEGATIVE: a firm's headquarters in X are where it is, no holding in it
    ("Harwick Steel Works said on Monday it would close its headquarters in Harwick. Harwick said 900 jobs would go.",
     [("Harwick", "person", None, None), ("Harwick Steel Works", "organization", None, None)],
     [("Harwick Steel Works", "Harwick Steel Works", "said", "it would close its headquarters in Harwick", False),
      ("Harwick", "Harwick", "said", "900 jobs would go", False)]),
    ("Harwick Mining Ltd cut 300 jobs. Ann Harwick said demand had fallen. Shares in Harwick fell.",
     [("Ann Harwick", "person", None, None), ("Harwick Mining Ltd", "organization", None, None)],
     [("Ann Harwick", "Ann Harwick", "said", "demand had fallen", False)]),
]


@pytest.mark.parametrize("text, actors, positions", FIRMS_CALLED_BY_THEIR_OPENING_WORD_WITH_SHARES_IN_THEM)
def test_a_holding_in_a_firm_keeps_its_opening_word_the_firms(text, actors, positions):
    assert records(text) == actors
    assert positions_of(text) == positions


NO_OWNER_FROM_AN_OF_AND_A_KIND_NOUN = [
    # NEGATIVE (review faults O01, O07, O08): 'the X of the <kind>' names no owner by the kind noun; the
    # board, party or company meant is not the one the article names with that head
    ("The Harwick County Board approved the new road on Monday. At Dunmore High School, the Finance Committee of "
     "the board voted to cut sports.",
     [("Finance Committee", "organization", None, None), ("Harwick County Board", "organization", None, None)]),
    ("The Kessa National Congress, the ruling party, met on Sunday, and the opposition Kessa People's Party "
     "boycotted the vote. The Central Committee of the party elected Ann Lee, the finance minister, as leader.",
     [("Ann Lee", "person", "finance minister", None), ("Central Committee", "organization", None, None),
      ("Kessa National Congress", "organization", "ruling party", None),
      ("Kessa People's Party", "organization", "opposition", None)]),
    ("Dastan Cement sold its trucks to Harwick Trading Company last year. Dastan Cement's chairman resigned on "
     "Monday after the Audit Committee of the company questioned his expenses.",
     [("Audit Committee", "organization", None, None), ("Dastan Cement", "organization", None, None),
      ("Harwick Trading Company", "organization", None, None)]),
]


@pytest.mark.parametrize("text, expected", NO_OWNER_FROM_AN_OF_AND_A_KIND_NOUN)
def test_an_of_after_a_bodys_name_names_no_owner_by_a_kind_noun(text, expected):
    assert records(text) == expected
