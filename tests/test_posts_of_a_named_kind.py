"""'X, the county council's chief executive,', 'the dockers union's general secretary': a post owned by
'the' and lower-case words before a body's kind noun, each a word of the name of the one organisation of
the article of that kind, is that organisation's (session 26, affil26: `_body_its_name_words_and_kind_name`).
Negatives: two bodies with those words, a word none of the name's, an unnamed body so spoken of before, a
former post, a post that is no post in the body. Every sentence here is written for the tests; whole
records of every actor."""
from __future__ import annotations

import pytest

from conftest import actor_records as records_of


ROWS = [
    ("Capital Leisure Trust said its grant from the City of Edinburgh Council was frozen. Alan Reid, the city council's finance convener, said the grant would be reviewed.",
     [('Alan Reid', 'person', 'finance convener', 'City of Edinburgh Council'), ('Capital Leisure Trust', 'organization', None, None), ('City of Edinburgh Council', 'organization', None, None)]),
    ('The Marlow District Council voted to close two libraries on Tuesday. "We had no choice," said Ann Lowe, the district council\'s leader.',
     [('Ann Lowe', 'person', 'leader', 'Marlow District Council'), ('Marlow District Council', 'organization', None, None)]),
    ("Kessel County Council has frozen hiring. Tom Reed, the county council's chief executive, said the gap was £4 million.",
     [('Kessel County Council', 'organization', None, None), ('Tom Reed', 'person', 'chief executive', 'Kessel County Council')]),
    ("The Harbour Dockers Union called a strike on Monday. Jo Marsh, the dockers union's general secretary, said talks had failed.",
     [('Harbour Dockers Union', 'organization', None, None), ('Jo Marsh', 'person', 'general secretary', 'Harbour Dockers Union')]),
    ("The National Health Ministry unveiled a plan on Sunday. Dr Yael Cohen, the health ministry's deputy director, said clinics would open.",
     [('National Health Ministry', 'organization', None, None), ('Yael Cohen', 'person', 'deputy director', 'National Health Ministry')]),
    ("The Oyo State Government has suspended the levy. Ade Bello, the state government's spokesman, said traders had complained.",
     [('Ade Bello', 'person', 'spokesman', 'Oyo State Government'), ('Oyo', 'organization', None, None), ('Oyo State Government', 'organization', None, 'Oyo'), ('traders', 'group', None, None)]),
    # (a second council named: the words of the name tell which)
    ("The Kessel Regional Council and Marlow District Council both cut budgets. Ann Lowe, the district council's leader, said cuts were needed.",
     [('Ann Lowe', 'person', 'leader', 'Marlow District Council'), ('Kessel Regional Council', 'organization', None, None), ('Marlow District Council', 'organization', None, None)]),
    # NEGATIVE: 'county' is no word of the one council's name
    ("Marlow District Council rejected the plan. Ann Lowe, the county council's leader, said it was a mistake.",
     [('Ann Lowe', 'person', 'leader', None), ('Marlow District Council', 'organization', None, None)]),
    # NEGATIVE: 'regional' is no word of the hospital's name
    ("Larch Valley Hospital reopened its ward on Monday. Ann Lowe, the regional hospital's director, said staff had returned.",
     [('Ann Lowe', 'person', 'director', None), ('Larch Valley Hospital', 'organization', None, None)]),
    # NEGATIVE: two city councils
    ("Dunmore City Council and Kessel City Council signed the water deal. Ann Lowe, the city council's finance chief, said costs would fall.",
     [('Ann Lowe', 'person', 'finance chief', None), ('Dunmore City Council', 'organization', None, None), ('Kessel City Council', 'organization', None, None)]),
    # NEGATIVE: an unnamed dockers union spoken of before may be meant
    ("Workers joined a dockers union in Kessel last year. The Harbour Dockers Union called a strike on Monday. Jo Marsh, the dockers union's general secretary, said talks had failed.",
     [('Harbour Dockers Union', 'organization', None, None), ('Jo Marsh', 'person', 'general secretary', None)]),
    # NEGATIVE: a former post, a post that is none in the body
    ("Kessel County Council has frozen hiring. Tom Reed, the county council's former chief executive, said the gap was £4 million.",
     [('Kessel County Council', 'organization', None, None), ('Tom Reed', 'person', 'former chief executive', None)]),
    ("Kessel County Council has frozen hiring. Tom Reed, the county council's fiercest critic, said the gap was £4 million.",
     [('Kessel County Council', 'organization', None, None), ('Tom Reed', 'person', 'fiercest critic', None)]),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_posts_of_a_named_kind(text, expected):
    assert records_of(text) == expected
