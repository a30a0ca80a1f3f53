"""'The group's coordinator, X,': a body noun any organisation may be called by ('the group', 'the
organisation', 'the body') owning a post a person holds now takes up the body 'its' would (the main
subject just before: roles._body_the_group_means), whatever the post ('coordinator', 'political director',
'founder'), not only a spokesperson's or a board's (session 39). Negatives: people as the subject just
before, an unnamed group spoken of before, another body named just before, something unnamed brought in
just before as a subject ('said a committee had been set up'). Every sentence here is written
for the tests."""
from __future__ import annotations

import pytest

from conftest import person_records


ROWS = [
    ("The Larch Valley Forum called for an audit. The group's coordinator, Comrade Ene Obi, said the money was "
     "missing.",
     [("Ene Obi", "coordinator", "Larch Valley Forum")]),
    ("The Harbour Tenants Alliance said rents were too high. The group's founder, Ray Munro, said so too.",
     [("Ray Munro", "founder", "Harbour Tenants Alliance")]),
    # NEGATIVE: people as the subject just before; an unnamed group spoken of before; another body beside it
    ("Forty farmers marched on the ministry. The group's leader, Tom Reed, said prices were too low.",
     [("Tom Reed", "leader", None)]),
    ("Residents formed a protest group last year. The Harbour Tenants Alliance joined them. The group's director, "
     "Ray Munro, said rents were too high.",
     [("Ray Munro", "director", None)]),
    ("The Harbour Tenants Alliance met the Kessel Water Board on Monday. The group's director, Ray Munro, said "
     "rents were too high.",
     [("Ray Munro", "director", None)]),
    ("The Harbour Tenants Alliance said a residents' committee had been set up. The group's coordinator, Ray "
     "Munro, said rents were too high.",
     [("Ray Munro", "coordinator", None)]),
    ("Police said the Harbour Tenants Alliance was behind the rally. The group's leader, Ray Munro, was arrested.",
     [("Ray Munro", "leader", None)]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_posts_the_group_owns(text, expected):
    assert person_records(text) == expected
