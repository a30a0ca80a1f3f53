"""Short forms joined to the actor they stand for (session 45, aliases): 'the House' or 'the Assembly' for
the one legislature of one chamber the article names before it, by its place and a legislature's qualifiers
only, written as a noun phrase of its own, with no second chamber told of and no other place opening the
sentence (actor_names._the_one_legislature); a one-word given name inside one person's full name written
alone as a bare speaker ('"…," Tariq said' after 'Omar Tariq Haddad': actor_names._an_inner_given_name_speaking),
not where the word is written apart before, beyond the next paragraph or after a titled full name; and a
one-word speaker the article writes as a relative or joins to a person's full name is kept a person by resolve
(resolve._spoken_of_as_a_person). Words in brackets right after a body's name that end on its head word, whose
other capitalised words are all the name's, are its short form ('(117 Committee)':
actor_names._bracketed_short_forms). Every sentence here is written for the tests; each row asserts every actor
of the text (name, type, aliases) and every position's (speaker, actor). Rows marked NEGATIVE keep the names
apart."""
from __future__ import annotations

import pytest

from conftest import actors_and_speakers, extract
from generator.resolve import resolve

_FULL = lambda m: (m.name, m.type, m.aliases)

LEGISLATURE_SHORT_FORMS = [
    ('The Cork County Assembly has thrown out the budget. The House said the figures were wrong.',
     [('Cork County Assembly', 'organization', ['House'])],
     [('The House', 'Cork County Assembly')]),
    ('Lawmakers in the Ontario Legislative Assembly debated the bill. The Assembly said the bill would pass next week.',
     [('Ontario Legislative Assembly', 'organization', ['Assembly'])],
     [('The Assembly', 'Ontario Legislative Assembly')]),
    ('Members of the Ogun State House of Assembly met on Tuesday. The Assembly voted to suspend a member, Dana Koll said.',
     [('Dana Koll', 'person', []), ('Ogun State House of Assembly', 'organization', ['Assembly'])],
     [('Dana Koll', 'Dana Koll')]),
    ('Parliament approved the bill on Thursday. The House heard that the loan was overdue, Mara Vint said.',
     [('Mara Vint', 'person', []), ('Parliament', 'organization', ['House'])],
     [('Mara Vint', 'Mara Vint')]),
    ('The Maltese Parliament voted on Tuesday. The House rejected the motion by 40 votes to 12.',
     [('Malta', 'country', []), ('Maltese Parliament', 'organization', ['House'])],
     []),
    ('The Manitoba Legislative Assembly passed the bill. Later the House adjourned until June.',
     [('Manitoba Legislative Assembly', 'organization', ['House'])],
     []),
    # a party headed by a chamber's word is no second legislature; a committee of the legislature is none either
    ('The Osun State House of Assembly passed the budget on Monday. Members of the All Progressives Congress walked out. The Assembly later passed the budget.',
     [('All Progressives Congress', 'organization', []), ('Osun State House of Assembly', 'organization', ['Assembly'])],
     []),
    ('The Yukon Legislative Assembly met on Monday. The Assembly Committee on Health said the House must act.',
     [('Assembly Committee on Health', 'organization', []), ('Yukon Legislative Assembly', 'organization', ['House'])],
     [('The Assembly Committee on Health', 'Assembly Committee on Health')]),
    # a place phrase of the legislature's own place; 'the Assembly' after a National Assembly
    ('The Alberta Legislative Assembly sat on Monday. In Alberta, the House passed the water bill, Tom Reel said.',
     [('Alberta Legislative Assembly', 'organization', ['House']), ('Tom Reel', 'person', [])],
     [('Tom Reel', 'Tom Reel')]),
    ('The National Assembly met on Monday. The Assembly passed the budget, Tom Reel said.',
     [('National Assembly', 'organization', ['Assembly']), ('Tom Reel', 'person', [])],
     [('Tom Reel', 'Tom Reel')]),
    # NEGATIVE: a second chamber or a legislature of two chambers, two legislatures, the short form first
    ('The Manitoba Legislative Assembly met on Monday. Congress passed a trade law. The House voted on the bill.',
     [('Congress', 'organization', []), ('House', 'organization', []), ('Manitoba Legislative Assembly', 'organization', [])],
     []),
    ('The Ohio General Assembly passed the bill. The House voted 60-30, Dan Ruel said.',
     [('Dan Ruel', 'person', []), ('House', 'organization', []), ('Ohio General Assembly', 'organization', [])],
     [('Dan Ruel', 'Dan Ruel')]),
    ('The Kessa Legislature passed the bill. The House will vote next week, Dan Ruel said.',
     [('Dan Ruel', 'person', []), ('House', 'organization', []), ('Kessa Legislature', 'organization', [])],
     [('Dan Ruel', 'Dan Ruel')]),
    ('The Kessa Senate passed the bill. The House will vote next week, Dan Ruel said.',
     [('Dan Ruel', 'person', []), ('House', 'organization', []), ('Kessa Senate', 'organization', [])],
     [('Dan Ruel', 'Dan Ruel')]),
    ('The Quebec Legislative Assembly and the Ontario Legislative Assembly met. The House voted on Monday.',
     [('House', 'organization', []), ('Ontario Legislative Assembly', 'organization', []), ('Quebec Legislative Assembly', 'organization', [])],
     []),
    ('The House will debate the bill on Monday. The Quebec Legislative Assembly last met in May.',
     [('House', 'organization', []), ('Quebec Legislative Assembly', 'organization', [])],
     []),
    # NEGATIVE: a building called a House, a council that is no legislature
    ('Workers repaired Parliament House on Monday. The House voted on the bill.',
     [('House', 'organization', []), ('Parliament House', 'organization', [])],
     []),
    ('The Kessa Regional Council met on Monday. The House voted on the bill.',
     [('House', 'organization', []), ('Kessa Regional Council', 'organization', [])],
     []),
    # NEGATIVE: a House of another place ('In Washington', 'At Westminster', 'In the Lok Sabha') or written as a premodifier
    ('The Marlow State Assembly passed the water bill on Tuesday. In Washington, the House is expected to vote on a federal version next month, Rep. Dana Holt said.',
     [('Dana Holt', 'person', ['Rep. Dana Holt']), ('House', 'organization', []), ('Marlow State Assembly', 'organization', [])],
     [('Rep. Dana Holt', 'Dana Holt')]),
    ('The Maltese Parliament voted 61-40 to approve the treaty on Monday. In Washington, House Speaker Tom Brandt said the House would take up sanctions next week.',
     [('House', 'organization', []), ('Malta', 'country', []), ('Maltese Parliament', 'organization', []), ('Tom Brandt', 'person', [])],
     [('House Speaker Tom Brandt', 'Tom Brandt')]),
    ('The Maltese Parliament backed the ferry plan on Wednesday. At Westminster, the House will debate the funding formula when it returns from recess, Alan Creel MP said.',
     [('Alan Creel', 'person', []), ('House', 'organization', []), ('Malta', 'country', []), ('Maltese Parliament', 'organization', [])],
     [('The Maltese Parliament', 'Maltese Parliament'), ('Alan Creel MP', 'Alan Creel')]),
    ('The European Parliament approved the fishing deal in Strasbourg. The House will vote on the deal next week, the Leader of the House, Joan Pettit, said.',
     [('European Parliament', 'organization', []), ('House', 'organization', []), ('Joan Pettit', 'person', [])],
     [('the Leader of the House', 'Joan Pettit')]),
    ('The Kerala Legislative Assembly passed a resolution against the law. In the Lok Sabha, the House was adjourned twice, Om Rana said.',
     [('House', 'organization', []), ('Kerala Legislative Assembly', 'organization', []), ('Om Rana', 'person', [])],
     [('Om Rana', 'Om Rana')]),
    # NEGATIVE: a body headed by 'Assembly' or 'Parliament' that is no legislature (a party, an international body, a church,
    # a meeting, a forum, a youth parliament, a local government)
    ('The National Democratic Assembly won 12 seats in the election. The House will sit for the first time on Monday, the clerk, Mere Tui, said.',
     [('House', 'organization', []), ('Mere Tui', 'person', []), ('National Democratic Assembly', 'organization', [])],
     [('the clerk', 'Mere Tui')]),
    ('The World Health Assembly opened in Geneva on Monday. Back home, the House passed the health insurance bill, Ruth Otieno said.',
     [('House', 'organization', []), ('Ruth Otieno', 'person', []), ('World Health Assembly', 'organization', [])],
     [('Ruth Otieno', 'Ruth Otieno')]),
    ('Pastor Femi Ade of the Grace Gospel Assembly led a prayer walk in Ikeja. The House had earlier passed a bill to regulate street processions, Segun Dare said.',
     [('Grace Gospel Assembly', 'organization', []), ('House', 'organization', [])],
     [('Segun Dare', None)]),
    ("The Vela Shareholders Assembly met in Lagos on Friday. The House later passed a motion on the company's tax arrears, Kemi Obi said.",
     [('House', 'organization', []), ('Vela Shareholders Assembly', 'organization', [])],
     [('Kemi Obi', None)]),
    ("The Kessa People's Parliament, a civil society forum, met in Suva on Friday. The House will debate the budget next week, Opposition Leader Sitiveni Rabuka said.",
     [('House', 'organization', []), ("Kessa People's Parliament", 'organization', []), ('Sitiveni Rabuka', 'person', [])],
     [('Opposition Leader Sitiveni Rabuka', 'Sitiveni Rabuka')]),
    ('The Kessa Youth Parliament held its first sitting on Saturday. Separately, the House passed the schools bill, Education Minister Ama Lartey said.',
     [('Ama Lartey', 'person', []), ('House', 'organization', []), ('Kessa Youth Parliament', 'organization', [])],
     [('Education Minister Ama Lartey', 'Ama Lartey')]),
    ('The Kumasi Metropolitan Assembly has banned street hawking in the central business district. The Minority in the House has asked the Local Government Minister, Kofi Adjei, to intervene.',
     [('Kofi Adjei', 'person', []), ('Kumasi Metropolitan Assembly', 'organization', [])],
     []),
    # NEGATIVE: a second chamber told of (a Legislative Council, senators) or a name also borne by two chambers
    ('The Kerala Legislative Assembly passed the land bill on Monday. The Kerala Legislative Council debated it on Tuesday, and the House sent it back with two amendments.',
     [('House', 'organization', []), ('Kerala Legislative Assembly', 'organization', []), ('Kerala Legislative Council', 'organization', [])],
     []),
    ('The bill passed the Legislative Assembly last week. In the Legislative Council, crossbenchers led by Tess Morgan said they would block it when the House sits on Thursday.',
     [('House', 'organization', []), ('Legislative Assembly', 'organization', []), ('Legislative Council', 'organization', []), ('Tess Morgan', 'organization', [])],
     [('crossbenchers', 'Tess Morgan')]),
    ('The National Assembly passed the 2027 budget on Thursday. The House also approved a motion on insecurity in Zamfara, its spokesman Akin Bolaji said.',
     [('Akin Bolaji', 'person', []), ('House', 'organization', []), ('National Assembly', 'organization', [])],
     [('its spokesman Akin Bolaji', 'Akin Bolaji')]),
    ('The National Assembly passed the budget on Thursday. Senators said the House would take up the tax bill next, Akin Bolaji said.',
     [('Akin Bolaji', 'person', []), ('House', 'organization', []), ('National Assembly', 'organization', []), ('senators', 'group', [])],
     [('Senators', 'senators')]),
    # NEGATIVE: 'the Assembly' as a premodifier, a school's assembly, another place's Assembly, 'House' as a title
    ('The Kerala Legislative Assembly was adjourned after protests. The party will contest the Assembly polls in Orlen state next year, its leader Sujit Ammanath said.',
     [('Kerala Legislative Assembly', 'organization', []), ('Sujit Ammanath', 'person', [])],
     [('its leader Sujit Ammanath', 'Sujit Ammanath')]),
    ('The Ontario Legislative Assembly passed the schools bill. At Kessa High School, the Assembly heard from the head teacher, Mrs Jane Ola.',
     [('Jane Ola', 'person', ['Mrs Jane Ola']), ('Ontario Legislative Assembly', 'organization', [])],
     []),
    ('The Kano State House of Assembly passed the bill. In Abuja, the Assembly leadership met the President, Ado Bala said.',
     [('Ado Bala', 'person', []), ('Assembly', 'organization', []), ('Kano State House of Assembly', 'organization', [])],
     [('Ado Bala', 'Ado Bala')]),
    ('The Ontario Legislative Assembly sat on Monday. Fans of the drama series House said the reboot was poor, critic Lee Park said.',
     [('House', 'organization', []), ('Lee Park', 'organization', []), ('Ontario Legislative Assembly', 'organization', [])],
     [('critic Lee Park', 'Lee Park')]),
]


@pytest.mark.parametrize("text,actors,speakers", LEGISLATURE_SHORT_FORMS)
def test_a_legislatures_generic_short_form_is_the_one_legislature(text, actors, speakers):
    assert actors_and_speakers(text, _FULL) == (actors, speakers)


INNER_NAMES = [
    ('"We will not stop," said Omar Tariq Haddad. "The vote was wrong," Tariq said.',
     [('Omar Tariq Haddad', 'person', ['Tariq'])],
     [('Omar Tariq Haddad', 'Omar Tariq Haddad'), ('Tariq', 'Omar Tariq Haddad')]),
    ('Gabriel Ortega Ruiz chairs the board. "We will appeal," Ortega said on Monday.',
     [('Gabriel Ortega Ruiz', 'person', ['Ortega'])],
     [('Ortega', 'Gabriel Ortega Ruiz')]),
    ('Kofi Mensah Boateng, a farmer, lost his crop. Mensah said the rains came late.',
     [('Kofi Mensah Boateng', 'person', ['Mensah'])],
     [('Mensah', 'Kofi Mensah Boateng')]),
    ('Anna Maria Kowal runs the shelter. "We are full," Maria told reporters.',
     [('Anna Maria Kowal', 'person', ['Maria'])],
     [('Maria', 'Anna Maria Kowal')]),
    ('The minister, Salim Rashid Harthy, opened the port. "Trade will grow," Rashid said.',
     [('Salim Rashid Harthy', 'person', ['Rashid'])],
     [('Rashid', 'Salim Rashid Harthy')]),
    ('Omar Tariq Haddad opened the school on Monday.\n\n"We waited ten years," Tariq said.',
     [('Omar Tariq Haddad', 'person', ['Tariq'])],
     [('Tariq', 'Omar Tariq Haddad')]),
    # NEGATIVE: a titled one, a body of that word, another person of that first name, one described on its own,
    # one that does anything but speak
    ('Omar Tariq Haddad spoke first. Dr Tariq said the clinic was closed.',
     [('Omar Tariq Haddad', 'person', []), ('Tariq', 'person', ['Dr Tariq'])],
     [('Dr Tariq', 'Tariq')]),
    ('Omar Tariq Haddad spoke first. The Tariq Foundation said the clinic was closed.',
     [('Omar Tariq Haddad', 'person', []), ('Tariq Foundation', 'organization', [])],
     [('The Tariq Foundation', 'Tariq Foundation')]),
    ('Omar Tariq Haddad spoke first. Tariq Hassan, a teacher, spoke later. Tariq said the school was closed.',
     [('Omar Tariq Haddad', 'person', []), ('Tariq Hassan', 'person', ['Tariq'])],
     [('Tariq', 'Tariq Hassan')]),
    ('Omar Tariq Haddad spoke first. Tariq, a teacher, said the school was closed.',
     [('Omar Tariq Haddad', 'person', []), ('Tariq', 'person', [])],
     [('Tariq', 'Tariq')]),
    ('Ann Marie Lowe said no. Marie laughed.',
     [('Ann Marie Lowe', 'person', []), ('Marie', 'person', [])],
     []),
    ('Ann Marie Lowe said no. Her sister, Marie, laughed.',
     [('Ann Marie Lowe', 'person', []), ('Marie', 'person', [])],
     []),
    # NEGATIVE: the word written before apart from the full name (an age, an apposition, a list), a statement two
    # paragraphs on, a full name written with a title
    ('Yusuf Ali Darrani, the minister, visited the camp. Ali, 12, lives there with his mother. "We have no water," Ali said.',
     [('Ali', 'person', []), ('Yusuf Ali Darrani', 'person', [])],
     [('Ali', 'Ali')]),
    ('Hannah Jessica Morrow, the mayor, opened the clinic. A neighbour, Jessica, who gave only her first name, waited three hours. "It was worth it," Jessica said.',
     [('Hannah Jessica Morrow', 'person', []), ('Jessica', 'person', [])],
     [('Jessica', 'Jessica')]),
    ('Ann Marie Lowe lost her home in the fire. Her children, Tom and Marie, were at school. "We have nothing left," Marie said.',
     [('Ann Marie Lowe', 'person', []), ('Marie', 'person', []), ('Tom', 'person', [])],
     [('Marie', 'Marie')]),
    ('Omar Tariq Haddad opened the school on Monday.\n\nThe roof was paid for by the council.\n\nThe pupils sang for the guests.\n\n"We waited ten years," Tariq said.',
     [('Omar Tariq Haddad', 'person', []), ('Tariq', 'person', [])],
     [('Tariq', 'Tariq')]),
    ('Prime Minister Philip Joseph Davis toured the island. "They forgot us," Joseph said, standing outside his shop.',
     [('Joseph', 'person', []), ('Philip Joseph Davis', 'person', [])],
     [('Joseph', 'Joseph')]),
]


@pytest.mark.parametrize("text,actors,speakers", INNER_NAMES)
def test_an_inner_word_of_one_persons_name_is_that_person(text, actors, speakers):
    assert actors_and_speakers(text, _FULL) == (actors, speakers)


ONE_WORD_SPEAKERS_RESOLVED = [
    ("Marta Vinn died on Sunday. Her daughter, Lorna, said the hospital had failed her.",
     [("Lorna", "person"), ("Marta Vinn", "person")]),
    ("Tomas Ruel lost his farm. His son, Aldo, said the bank had been unfair.",
     [("Aldo", "person"), ("Tomas Ruel", "person")]),
    ('"We will not stop," said Omar Tariq Haddad. "The vote was wrong," Tariq said.',
     [("Omar Tariq Haddad", "person")]),
    # NEGATIVE: a one-word speaker with no person's marks stays the body it most likely is
    ("Shares fell on Monday. Korvex said it would cut 200 jobs.", [("Korvex", "organization")]),
    ("Shares fell on Monday. Korvex said the plan was on track.", [("Korvex", "organization")]),
    ("Marta Vinn died on Sunday. Her daughter said Korvex had failed her.",
     [("Korvex", "organization"), ("Marta Vinn", "person")]),
]


@pytest.mark.parametrize("text,actors", ONE_WORD_SPEAKERS_RESOLVED)
def test_a_one_word_speaker_with_a_persons_marks_stays_a_person(text, actors):
    assert sorted((a.name, a.type) for a in resolve([extract(text, "a1")], None).actors) == actors


BRACKETED_SHORT_FORMS = [
    # words in brackets after a body's name, ending on its head word, whose other capitalised words are the name's
    ('The Kessa Internal Audit Committee (117 Committee) met on Monday. The 117 Committee said the report was late.',
     [('Kessa Internal Audit Committee', 'organization', ['117 Committee'])],
     [('The 117 Committee', 'Kessa Internal Audit Committee')]),
    ('The Kessa Border Trade Council (Border Council) met on Monday. The Border Council said the report was late.',
     [('Kessa Border Trade Council', 'organization', ['Border Council'])],
     [('The Border Council', 'Kessa Border Trade Council')]),
    ('The Orlen Harbour Works Committee (Harbour Committee) met. The Harbour Committee said fees would rise.',
     [('Orlen Harbour Works Committee', 'organization', ['Harbour Committee'])],
     [('The Harbour Committee', 'Orlen Harbour Works Committee')]),
    # NEGATIVE: another head word, more than the name in the bracket, an exchange's initials
    ("Members of the Kessa Rivers Authority (Rivers Board) met on Monday. The Rivers Board said the dam was safe.",
     [("Kessa Rivers Authority", "organization", []), ("Rivers", "organization", []), ("Rivers Board", "organization", [])],
     [("The Rivers Board", "Rivers Board")]),
    ("The Kessa Rivers Board (formerly Kessa Water Board) met on Monday. The Kessa Water Board said the dam was safe.",
     [("Kessa Rivers Board", "organization", []), ("Kessa Water Board", "organization", [])],
     [("The Kessa Water Board", "Kessa Water Board")]),
    ("Harwick Mining (NYSE) said output rose. The NYSE said trading was halted.",
     [("Harwick Mining", "person", []), ("NYSE", "organization", [])],
     [("Harwick Mining", "Harwick Mining"), ("The NYSE", "NYSE")]),
    # NEGATIVE: a capitalised word in the bracket that is not the name's (the bracket may name another body)
    ('The Orlen Harbour Committee (Orlen Ports Committee) met. The Orlen Ports Committee said fees would rise.',
     [('Orlen Harbour Committee', 'organization', []), ('Orlen Ports Committee', 'organization', [])],
     [('The Orlen Ports Committee', 'Orlen Ports Committee')]),
    ('The Kessa Finance Committee (Public Accounts Committee) row continued. The Public Accounts Committee said it would summon the minister, Ade Bello said.',
     [('Ade Bello', 'person', []), ('Kessa Finance Committee', 'organization', []), ('Public Accounts Committee', 'organization', [])],
     [('The Public Accounts Committee', 'Public Accounts Committee')]),
    ('The Orlen Water Board (Kessa Water Board) took over the dams in 2019. The Kessa Water Board said tariffs would rise.',
     [('Kessa Water Board', 'organization', []), ('Orlen Water Board', 'organization', [])],
     [('The Kessa Water Board', 'Kessa Water Board')]),
    ('Shares in Vela Bank (Kessa Bank) fell. Kessa Bank said its own shares were unaffected, Ann Roe said.',
     [('Ann Roe', 'person', []), ('Kessa Bank', 'organization', []), ('Vela Bank', 'organization', [])],
     [('Kessa Bank', 'Kessa Bank')]),
    ('The Court of Appeal (Supreme Court) ruling was cited. The Supreme Court said the case was closed.',
     [('Court of Appeal', 'organization', []), ('Supreme Court', 'organization', [])],
     [('The Supreme Court', 'Supreme Court')]),
]


@pytest.mark.parametrize("text,actors,speakers", BRACKETED_SHORT_FORMS)
def test_words_in_brackets_after_a_bodys_name_on_its_head_are_its_short_form(text, actors, speakers):
    assert actors_and_speakers(text, _FULL) == (actors, speakers)
