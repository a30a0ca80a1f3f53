"""The name of an unnamed collective's page (session 24): written as the text writes it (a
possessive joined to its owner, "family's lawyers"), and without a share the parser hung on it
('the 95 per cent experts say is needed': the collective is 'experts'). Every sentence here is
written for the tests; each row asserts the article's whole actors (name, type) and the actor each
position goes to. The NEGATIVE row keeps a count that is no share."""
from __future__ import annotations

import pytest

from conftest import actors_and_speakers


GROUP_PAGE_NAMES = [
    ("The case was filed in March, the family's lawyers said on Tuesday.",
     [("family's lawyers", "group")], [("the family's lawyers", "family's lawyers")]),
    ("The appeal was lodged on Friday, the club's supporters said.",
     [("club's supporters", "group")], [("the club's supporters", "club's supporters")]),
    ("Coverage fell to 88 per cent, well below the 95 per cent experts say is needed.",
     [("experts", "group")], [("the 95 per cent experts", "experts")]),
    # NEGATIVE: no share before them
    ("Local farmers said the dam had flooded their fields.",
     [("local farmers", "group")], [("Local farmers", "local farmers")]),
]


@pytest.mark.parametrize("text, actors, speakers", GROUP_PAGE_NAMES)
def test_group_page_names(text, actors, speakers):
    assert actors_and_speakers(text) == (actors, speakers)
