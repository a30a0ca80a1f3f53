"""A post written with capitals beside its holder's name is the post, not a name (invented sentences,
whole records): a word that says which post ('Commission spokeswoman X', 'the Ranking Member …, Dr. X'),
a post set off before or after its holder ('The Town Treasurer, Mr. X,', 'X, Principal Economist at Y,')
 and the seat or field of a capitalised post ('The Mayor of Kessock, X,') make no page,
no affiliation and no speaker of their own."""
from __future__ import annotations

import pytest

from conftest import extract


def records_and_speakers(text: str) -> tuple[list[tuple], list[tuple]]:
    """The text's actors as whole records (name, type, role, affiliation's name) and its positions as
    (speaker, actor)."""
    result = extract(text)
    names = {m.key: m.name for m in result.mentions}
    return sorted((m.name, m.type, m.role, names.get(m.affiliation)) for m in result.mentions), \
        [(p.speaker, p.actor) for p in result.positions]


A_WORD_SAYING_WHICH_POST = [
    # '[Word] post Name': a capitalised adjective of the general lexicon (actor_names) or a body's kind
    # word (actors._drop_bare_body_nouns, which keeps the word in the role) that the parse joins to the
    # post before its holder
    ('Council member Irma Kostadinova said the levy would rise.',
     [('Irma Kostadinova', 'person', 'Council member', None)],
     [('Council member Irma Kostadinova', 'Irma Kostadinova')]),
    ('The Harlow City Council approved the budget. Council Treasurer Irma Kostadinova said the reserves were thin.',
     [('Harlow City Council', 'organization', None, None), ('Irma Kostadinova', 'person', 'Council Treasurer', 'Harlow City Council')],
     [('Council Treasurer Irma Kostadinova', 'Irma Kostadinova')]),
    ('Commission spokeswoman Dalia Okonkwo said the trains would run late.',
     [('Dalia Okonkwo', 'person', 'Commission spokeswoman', None)],
     [('Commission spokeswoman Dalia Okonkwo', 'Dalia Okonkwo')]),
    ('The Brenmoor Transit Authority cut two routes. Authority spokesperson Dalia Okonkwo said drivers were short.',
     [('Brenmoor Transit Authority', 'organization', None, None), ('Dalia Okonkwo', 'person', 'Authority spokesperson', 'Brenmoor Transit Authority')],
     [('Authority spokesperson Dalia Okonkwo', 'Dalia Okonkwo')]),
    ('"It is a fraud," said the Ranking Member for the Health Committee, Dr. Oren Pellegrini.',
     [('Health Committee', 'organization', None, None), ('Oren Pellegrini', 'person', 'Ranking Member', 'Health Committee')],
     [('the Ranking Member for the Health Committee', 'Oren Pellegrini')]),
    ('Ranking Member Oren Pellegrini said the audit was incomplete.',
     [('Oren Pellegrini', 'person', 'Ranking Member', None)],
     [('Ranking Member Oren Pellegrini', 'Oren Pellegrini')]),
    ('Joint Secretary Irma Kostadinova said the file had moved.',
     [('Irma Kostadinova', 'person', 'Joint Secretary', None)],
     [('Joint Secretary Irma Kostadinova', 'Irma Kostadinova')]),
    ('National Coordinator Dalia Okonkwo said the camps were full.',
     [('Dalia Okonkwo', 'person', 'National Coordinator', None)],
     [('National Coordinator Dalia Okonkwo', 'Dalia Okonkwo')]),
    # NEGATIVE: a word that may be a firm's own name (a noun, also where the article writes it in lower
    # case elsewhere), a kind word or a word the article writes as a name of its own, a known party keep
    # their body; a country's organ is read as before (the portfolio's word, no page)

    ('Shell spokesman Oren Pellegrini said the plant would close.',
     [('Oren Pellegrini', 'person', 'spokesman', 'Shell'), ('Shell', 'organization', None, None)],
     [('Shell spokesman Oren Pellegrini', 'Oren Pellegrini')]),
    ('Traders were wary of shell firms. Shell spokesman Oren Pellegrini said the plant would close.',
     [('Oren Pellegrini', 'person', 'spokesman', 'Shell'), ('Shell', 'organization', None, None)],
     [('Shell spokesman Oren Pellegrini', 'Oren Pellegrini')]),
    ('A caterpillar blight hit the orchards. Caterpillar spokeswoman Dalia Okonkwo said loader sales fell.',
     [('Caterpillar', 'organization', None, None), ('Dalia Okonkwo', 'person', 'spokeswoman', 'Caterpillar')],
     [('Caterpillar spokeswoman Dalia Okonkwo', 'Dalia Okonkwo')]),
    ('The Commission said fares would rise. Commission spokeswoman Dalia Okonkwo said the trains would run late.',
     [('Commission', 'organization', None, None), ('Dalia Okonkwo', 'person', 'spokeswoman', 'Commission')],
     [('The Commission', 'Commission'), ('Commission spokeswoman Dalia Okonkwo', 'Dalia Okonkwo')]),
    ('Arrow said sales fell. Arrow spokesman Oren Pellegrini said the plant would close.',
     [('Arrow', 'organization', None, None), ('Oren Pellegrini', 'person', 'spokesman', 'Arrow')],
     [('Arrow', 'Arrow'), ('Arrow spokesman Oren Pellegrini', 'Oren Pellegrini')]),
    ('Police Commissioner Dalia Okonkwo said the suspect had fled.',
     [('Dalia Okonkwo', 'person', 'Police Commissioner', None)],
     [('Police Commissioner Dalia Okonkwo', 'Dalia Okonkwo')]),
    ('Labour spokesman Oren Pellegrini said the plan would fail.',
     [('Labour', 'organization', None, None), ('Oren Pellegrini', 'person', 'spokesman', 'Labour')],
     [('Labour spokesman Oren Pellegrini', 'Oren Pellegrini')]),
    # NEGATIVE: an adjective the article writes as a longer name's word, also where that name opens a
    # sentence or a headline line ('United Airlines …'); a rank after the word ('captain') is no post
    ('United Airlines cancelled 300 flights on Monday. United spokeswoman Marta Quill said crews were short.',
     [('Marta Quill', 'person', 'spokeswoman', 'United Airlines'), ('United Airlines', 'organization', None, None)],
     [('United spokeswoman Marta Quill', 'Marta Quill')]),
    ('United Airlines cancels flights\n\nUnited spokeswoman Marta Quill said crews were short.',
     [('Marta Quill', 'person', 'spokeswoman', 'United'), ('United', 'organization', None, None)],
     [('United spokeswoman Marta Quill', 'Marta Quill')]),
    ('United captain Bruno Fernandel said the team had let the fans down.',
     [('Bruno Fernandel', 'person', None, 'United'), ('United', 'organization', None, None)],
     [('United captain Bruno Fernandel', 'Bruno Fernandel')]),
    # NEGATIVE: no post and no holder after the word
    ('The Ranking system was changed, the council said.',
     [],
     [('the council', None)]),
    ('Council members said the levy would rise.',
     [],
     [('Council members', None)]),
]


@pytest.mark.parametrize("text, actors, speakers", A_WORD_SAYING_WHICH_POST)
def test_a_word_saying_which_post_is_no_body(text, actors, speakers):
    assert records_and_speakers(text) == (actors, speakers)


A_POST_SET_OFF_BEFORE_ITS_HOLDER = [
    # 'The Capitalised Post (for/of X), Style Name,': the post of the person named after it
    ('The Town Treasurer, Mr. Oren Pellegrini, said the bridge needed new piers.',
     [('Oren Pellegrini', 'person', 'Town Treasurer', None)],
     [('The Town Treasurer', 'Oren Pellegrini')]),
    ('The Deputy Registrar, Ms Irma Kostadinova, said the files were lost.',
     [('Irma Kostadinova', 'person', 'Deputy Registrar', None)],
     [('The Deputy Registrar', 'Irma Kostadinova')]),
    ("The Fishers' Delegate for Brenmoor, Dalia Okonkwo, said the road was closed.",
     [('Dalia Okonkwo', 'person', 'Delegate for Brenmoor', None)],
     [("The Fishers' Delegate for Brenmoor", 'Dalia Okonkwo')]),
    ('The Clerk of the Assembly, Mrs Irma Kostadinova, told reporters the chamber would reopen in spring.',
     [('Assembly', 'organization', None, None), ('Irma Kostadinova', 'person', 'Clerk', 'Assembly')],
     [('The Clerk of the Assembly', 'Irma Kostadinova')]),
    ('The Mayor of Kessock, Dalia Okonkwo, said the roads would be repaired.',
     [('Dalia Okonkwo', 'person', 'Mayor of Kessock', None)],
     [('The Mayor of Kessock', 'Dalia Okonkwo')]),
    # NEGATIVE: a paper's name in a list, the client of a post, a
    # lower-case post's 'for', a list of people, posts apposed to their holders in a list of two
    ('The Harbour Guardian, Oren Pellegrini, and Dalia Okonkwo won awards.',
     [('Dalia Okonkwo', 'person', None, None), ('Harbour Guardian', 'organization', None, None), ('Oren Pellegrini', 'person', None, None)],
     []),
    ('Oren Pellegrini was jailed in May. The Lawyer for Pellegrini, Dalia Okonkwo, said he was innocent.',
     [('Dalia Okonkwo', 'person', 'Lawyer', 'Oren Pellegrini'), ('Oren Pellegrini', 'person', None, None)],
     [('The Lawyer for Pellegrini', 'Dalia Okonkwo')]),
    ('A spokesman for Brenmoor, Dalia Okonkwo, said the plan was sound.',
     [('Brenmoor', 'organization', None, None), ('Dalia Okonkwo', 'person', 'spokesman', 'Brenmoor')],
     [('A spokesman for Brenmoor', 'Dalia Okonkwo')]),
    ('Irma Baker, Oren Pellegrini, and Dalia Okonkwo said the plan was unfair.',
     [('Dalia Okonkwo', 'person', None, None), ('Irma Baker', 'person', None, None), ('Oren Pellegrini', 'person', None, None)],
     [('Irma Baker', 'Irma Baker'), ('Oren Pellegrini', 'Oren Pellegrini'), ('Dalia Okonkwo', 'Dalia Okonkwo')]),
    ('The Director, Oren Pellegrini, and the Secretary, Dalia Okonkwo, signed the letter.',
     [('Dalia Okonkwo', 'person', 'Secretary', None), ('Oren Pellegrini', 'person', 'Director', None)],
     []),
]


@pytest.mark.parametrize("text, actors, speakers", A_POST_SET_OFF_BEFORE_ITS_HOLDER)
def test_a_post_set_off_before_its_holder_is_no_name(text, actors, speakers):
    assert records_and_speakers(text) == (actors, speakers)


A_POST_SET_OFF_AFTER_ITS_HOLDER = [
    # 'Name, (the) Capitalised Post (in/at X),': the post of the person named before it
    ('Dalia Okonkwo, Principal Economist at the Kessock Institute, said prices would rise.',
     [('Dalia Okonkwo', 'person', 'Principal Economist', 'Kessock Institute'), ('Kessock Institute', 'organization', None, None)],
     [('Dalia Okonkwo', 'Dalia Okonkwo')]),
    ('Irma Kostadinova, the Town Treasurer, said the bridge needed new piers.',
     [('Irma Kostadinova', 'person', 'Town Treasurer', None)],
     [('Irma Kostadinova', 'Irma Kostadinova')]),
    ('Dalia Okonkwo, Managing Partner at Kessock Advisory Group, said rates would rise.',
     [('Dalia Okonkwo', 'person', 'Managing Partner', 'Kessock Advisory Group'), ('Kessock Advisory Group', 'organization', None, None)],
     [('Dalia Okonkwo', 'Dalia Okonkwo')]),
    # NEGATIVE: one word after a name may be another name in a list; a post whose body the recogniser
    # found; a list of names
    ('Oren Pellegrini, Baker, and Dalia Okonkwo were named in the suit.',
     [('Baker', 'person', None, None), ('Dalia Okonkwo', 'person', None, None), ('Oren Pellegrini', 'person', None, None)],
     []),
    ('Oren Pellegrini, Chief Engineer of the Brenmoor Water Board, said the dam was safe.',
     [('Brenmoor Water Board', 'organization', None, None), ('Oren Pellegrini', 'person', 'Chief Engineer', 'Brenmoor Water Board')],
     [('Oren Pellegrini', 'Oren Pellegrini')]),
    ('Irma Kostadinova, Dalia Okonkwo and Tom Reed signed the letter.',
     [('Dalia Okonkwo', 'person', None, None), ('Irma Kostadinova', 'person', None, None), ('Tom Reed', 'person', None, None)],
     []),
]


@pytest.mark.parametrize("text, actors, speakers", A_POST_SET_OFF_AFTER_ITS_HOLDER)
def test_a_post_set_off_after_its_holder_is_no_name(text, actors, speakers):
    assert records_and_speakers(text) == (actors, speakers)

