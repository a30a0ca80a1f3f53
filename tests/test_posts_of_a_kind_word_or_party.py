"""A body's kind noun opening a person's role ('union president X', 'Company spokesperson Y') is the one
organisation of the article that may be called so, named before the holder (session 30, affil30:
`roles._body_the_posts_kind_word_names`); a party's form right before an elected member's seat ('Lib Dem
councillor X') is that party where the article names it (`roles._party_named_right_before_the_seat`).
Negatives: two bodies of the kind, a body of no known kind beside the holder, another party named anywhere
before the holder, an unnamed body of the kind ('their union', 'whose union'), a body named only after the
holder; a place or a people's word before the seat. Every sentence here is written for the tests; whole
records of every actor."""
from __future__ import annotations

import pytest

from conftest import actor_records as records_of


ROWS = [
    ('The Lakeshore Nurses Union wants an 8 percent pay rise. Hospital managers have proposed 3 percent. "Our '
     'members are exhausted," said union president Dana Kowal after the session.',
     [('Dana Kowal', 'person', 'union president', 'Lakeshore Nurses Union'),
      ('Lakeshore Nurses Union', 'organization', None, None),
      ('hospital managers', 'group', None, None)]),
    ("Harlow Water Ltd raised its charges on Monday. Company spokesperson Tina Marsh said the rise was fair.",
     [('Harlow Water Ltd', 'organization', None, None),
      ('Tina Marsh', 'person', 'Company spokesperson', 'Harlow Water Ltd')]),
    # NEGATIVE: two bodies of the kind named before: either may be meant
    ('The Lakeshore Nurses Union and the Harbour Porters Union want an 8 percent pay rise. "Our members are '
     'exhausted," said union president Dana Kowal after the session.',
     [('Dana Kowal', 'person', 'union president', None),
      ('Harbour Porters Union', 'organization', None, None),
      ('Lakeshore Nurses Union', 'organization', None, None)]),
    ("Harlow Water Ltd and Fenmoor Ltd raised their charges on Monday. Company spokesperson Tina Marsh said the rise"
     " was fair.",
     [('Fenmoor Ltd', 'organization', None, None),
      ('Harlow Water Ltd', 'organization', None, None),
      ('Tina Marsh', 'person', 'Company spokesperson', None)]),
    # NEGATIVE: a body of no known kind named beside the holder may be the one meant
    ('The Lakeshore Nurses Union wants an 8 percent pay rise. Lakeshore Health has proposed 3 percent. "Our members '
     'are exhausted," said union president Dana Kowal after the session.',
     [('Dana Kowal', 'person', 'union president', None),
      ('Lakeshore Health', 'organization', None, None),
      ('Lakeshore Nurses Union', 'organization', None, None)]),
    # NEGATIVE: the body is named only after the holder
    ("Company spokesperson Tina Marsh said the rise was fair. Harlow Water Ltd raised its charges on Monday.",
     [('Harlow Water Ltd', 'organization', None, None),
      ('Tina Marsh', 'person', 'Company spokesperson', None)]),
    # NEGATIVE: another party named before the holder, however far: the leader may be the loser's
    ("The Dorsk Labour Party won Saturday's election. The opposition Harbour Front came third. Voting was slow. "
     "Monitors said the count was clean. \"We were beaten fairly,\" said party leader Pavel Orban.",
     [('Dorsk Labour Party', 'organization', None, None),
      ('Harbour Front', 'organization', 'opposition', None),
      ('Pavel Orban', 'person', 'party leader', None)]),
    # NEGATIVE: an unnamed body of the kind owned by a possessive or relative word before the holder
    ("Cleaners walked out on Tuesday, and their union says more stoppages will follow. The Fenmoor Drivers Union "
     "said it would back them on Thursday. \"We are worn out,\" said union president Lena Vogt.",
     [('Fenmoor Drivers Union', 'organization', None, None),
      ('Lena Vogt', 'person', 'union president', None)]),
    ("The Fenmoor Drivers Union accepted a deal on Tuesday. Cleaners, whose union turned it down, will walk out. "
     "\"The offer is a disgrace,\" said union president Lena Vogt.",
     [('Fenmoor Drivers Union', 'organization', None, None),
      ('Lena Vogt', 'person', 'union president', None)]),
    ("Tram fares will rise by 5% next year. The Liberal Democrats have called for a freeze. Lib Dem councillor Jo "
     "Platt said riders deserved better.",
     [('Jo Platt', 'person', 'councillor', 'Liberal Democrats'),
      ('Liberal Democrats', 'organization', None, None)]),
    ("Lib Dem councillor Jo Platt said riders deserved better.",
     [('Jo Platt', 'person', 'councillor', 'Liberal Democrats'),
      ('Liberal Democrats', 'organization', None, None)]),
    # NEGATIVE: a place or a people's word before the seat is no party
    ("Tram fares will rise by 5% next year. Camden councillor Jo Platt said riders deserved better.",
     [('Jo Platt', 'person', 'Camden councillor', None)]),
    ("Tram fares will rise by 5% next year. The Liberal Democrats have called for a freeze. Scottish MP Jo Platt "
     "said riders deserved better.",
     [('Jo Platt', 'person', 'MP', 'Scotland'),
      ('Liberal Democrats', 'organization', None, None),
      ('Scotland', 'country', None, None)]),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_posts_of_a_kind_word_or_party(text, expected):
    assert records_of(text) == expected
