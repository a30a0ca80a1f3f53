"""A bare company post ('Chief financial officer X said') in a story that opens on one company, where another
business of the kind is named only after the holder ('Y of Kessel Securities rated the shares'): the reader
places the post when reading it, so the later body is no rival (session 30, affil30:
`roles._the_opening_body_named_before_the_holder`); a body that is no company, spoken of only in someone's
words, is no rival for the post (`roles._names_a_body_no_company`), nor is a post joined to it ('founder and chief
executive': `roles._without_a_joined_post`); a person the article gives a title and the outlet a speaker
told are no business 'the company's' post may be of (`roles._may_be_a_body`, `roles._unkept_name_after`). And
a bare past 'who appeared for X' on a name: the part the person plays in the hearing the story reports (`roles._appeared_for_in_the_event_told`). Negatives: two companies
before the holder, a story that does not open on the company, a past appearance with a time, an adverb or an
auxiliary of its own. Every sentence here is written for the tests; whole records of every actor."""
from __future__ import annotations

import pytest

from conftest import actor_records as records_of


ROWS = [
    ("Orlane Systems Ltd said on Tuesday that its quarterly loss had halved. The company said demand was strong. "
     "Chief financial officer Meera Iyer said the company expected to break even next year. Sanjay Rao of Kessel "
     "Securities rated the shares a buy.",
     [('Kessel Securities', 'organization', None, None),
      ('Meera Iyer', 'person', 'Chief financial officer', 'Orlane Systems Ltd'),
      ('Orlane Systems Ltd', 'organization', None, None),
      ('Sanjay Rao', 'person', None, 'Kessel Securities')]),
    ("Shares in Orlane Systems Ltd rose 6% on Tuesday after the results. Chief financial officer Meera Iyer said the"
     " company expected to break even next year. Sanjay Rao of Kessel Securities rated the shares a buy.",
     [('Kessel Securities', 'organization', None, None),
      ('Meera Iyer', 'person', 'Chief financial officer', 'Orlane Systems Ltd'),
      ('Orlane Systems Ltd', 'organization', None, None),
      ('Sanjay Rao', 'person', None, 'Kessel Securities')]),
    # NEGATIVE: two companies named before the holder: either may be meant
    ("Orlane Systems Ltd and Brava Soft Ltd said on Tuesday that their quarterly losses had halved. Chief financial "
     "officer Meera Iyer said the company expected to break even next year. Sanjay Rao of Kessel Securities rated "
     "the shares a buy.",
     [('Brava Soft Ltd', 'organization', None, None),
      ('Kessel Securities', 'organization', None, None),
      ('Meera Iyer', 'person', 'Chief financial officer', None),
      ('Orlane Systems Ltd', 'organization', None, None),
      ('Sanjay Rao', 'person', None, 'Kessel Securities')]),
    # NEGATIVE: the story does not open on the one company named before the holder
    ("Workers protested on Monday outside a plant near Kessel. They said pay had not risen in three years. Police "
     "watched the march. The protest followed a deal between Orlane Systems Ltd and the city. Chief financial "
     "officer Meera Iyer said the company would talk to staff. Sanjay Rao of Tarn Securities rated the shares a buy.",
     [('Meera Iyer', 'person', 'Chief financial officer', None),
      ('Orlane Systems Ltd', 'organization', None, None),
      ('Sanjay Rao', 'person', None, 'Tarn Securities'),
      ('Tarn Securities', 'organization', None, None)]),
    # a body that is no company spoken of only in what someone says is no party to the story
    ("Tarvel Foods Ltd on Monday posted a record profit for the year. Sales director Priya Nair said sales slowed "
     "given the regulator's concerns about pricing. Chief financial officer Omar Haddad said the company had no "
     "debt.",
     [('Omar Haddad', 'person', 'Chief financial officer', 'Tarvel Foods Ltd'),
      ('Priya Nair', 'person', 'Sales director', None),
      ('Tarvel Foods Ltd', 'organization', None, None)]),
    ('Tarvel Foods Ltd on Monday posted a record profit for the year. "We talk to the regulator every week," said '
     'sales director Priya Nair. Chief financial officer Omar Haddad said the company had no debt.',
     [('Omar Haddad', 'person', 'Chief financial officer', 'Tarvel Foods Ltd'),
      ('Priya Nair', 'person', 'sales director', None),
      ('Tarvel Foods Ltd', 'organization', None, None)]),
    # NEGATIVE: the body is the subject of what is reported, an actor in it: the post may be its
    ("Tarvel Foods Ltd on Monday posted a record profit for the year. Sales director Priya Nair said the regulator "
     "fined the firm. Chief financial officer Omar Haddad said the company had no debt.",
     [('Omar Haddad', 'person', 'Chief financial officer', None),
      ('Priya Nair', 'person', 'Sales director', None),
      ('Tarvel Foods Ltd', 'organization', None, None)]),
    # a post joined to the company's post ('founder and chief executive') is held at the same body
    ("Tarvel Foods Ltd on Monday posted a record profit for the year. Omar Haddad, founder and chief executive, said"
     " sales rose in every region. Kemal Ozturk of Birch Securities rated the shares a buy.",
     [('Birch Securities', 'organization', None, None),
      ('Kemal Ozturk', 'person', None, 'Birch Securities'),
      ('Omar Haddad', 'person', 'founder and chief executive', 'Tarvel Foods Ltd'),
      ('Tarvel Foods Ltd', 'organization', None, None)]),
    # NEGATIVE: a place before the post may be another unit's
    ("Tarvel Foods Ltd on Monday posted a record profit for the year. Omar Haddad, Toronto chief executive, said "
     "sales rose in every region. Kemal Ozturk of Birch Securities rated the shares a buy.",
     [('Birch Securities', 'organization', None, None),
      ('Kemal Ozturk', 'person', None, 'Birch Securities'),
      ('Omar Haddad', 'person', 'Toronto chief executive', None),
      ('Tarvel Foods Ltd', 'organization', None, None)]),
    # 'the company's' post after a person with a title and an outlet that heard a farmer: neither is a business
    ("A judge stopped Riverbend Farms Ltd from clearing 20 homes near Kessel. Justice Rovaldo Kettering said the "
     "families would suffer harm. The company's general manager, Clive Harris, could not be reached.",
     [('Clive Harris', 'person', 'general manager', 'Riverbend Farms Ltd'),
      ('Riverbend Farms Ltd', 'organization', None, None),
      ('Rovaldo Kettering', 'person', 'Justice', None)]),
    ('A judge stopped Riverbend Farms Ltd from clearing 20 homes near Kessel. "We will stay," a farmer told Larchmont '
     "Gazette. The company's general manager, Clive Harris, could not be reached.",
     [('Clive Harris', 'person', 'general manager', 'Riverbend Farms Ltd'),
      ('Riverbend Farms Ltd', 'organization', None, None)]),
    # NEGATIVE: a name of no given name and no role the article gives, sued since: it may be the company meant
    ("A judge stopped Riverbend Farms Ltd from clearing 20 homes near Kessel. The families have since sued Orlen "
     "Dairy. The company's general manager, Clive Harris, could not be reached.",
     [('Clive Harris', 'person', 'general manager', None),
      ('Orlen Dairy', 'person', None, None),
      ('Riverbend Farms Ltd', 'organization', None, None)]),
    ("A judge on Monday stopped Riverbend Farms Ltd from clearing 20 homes near Kessel. Counsel Mark Fields, who "
     "appeared for Riverbend Farms Ltd, told the court the notices were lawful.",
     [('Mark Fields', 'person', 'Counsel', 'Riverbend Farms Ltd'),
      ('Riverbend Farms Ltd', 'organization', None, None)]),
    ("Marta Lind, who appeared for the Harbour Workers Union at the tribunal, said the dismissals were unlawful.",
     [('Harbour Workers Union', 'organization', None, None),
      ('Marta Lind', 'person', None, 'Harbour Workers Union')]),
    # NEGATIVE: a past appearance with a time, an adverb or an auxiliary of its own: another case, perhaps long ago
    ("A judge on Monday stopped Riverbend Farms Ltd from clearing 20 homes near Kessel. Counsel Mark Fields, who "
     "acted for Riverbend Farms Ltd in 2019, said the notices were lawful.",
     [('Mark Fields', 'person', 'Counsel', None),
      ('Riverbend Farms Ltd', 'organization', None, None)]),
    ("A judge on Monday stopped Riverbend Farms Ltd from clearing 20 homes near Kessel. Counsel Mark Fields, who "
     "once appeared for Riverbend Farms Ltd, said the notices were lawful.",
     [('Mark Fields', 'person', 'Counsel', None),
      ('Riverbend Farms Ltd', 'organization', None, None)]),
    ("A judge on Monday stopped Riverbend Farms Ltd from clearing 20 homes near Kessel. Counsel Mark Fields, who had"
     " appeared for Riverbend Farms Ltd, said the notices were lawful.",
     [('Mark Fields', 'person', 'Counsel', None),
      ('Riverbend Farms Ltd', 'organization', None, None)]),
    # NEGATIVE: an appearance in a capacity ('as a player'): a team's, no counsel's part
    ("A panel on Tuesday upheld the tribunal's bans. Ivo Brandt, who appeared for Dunmore Hockey Club as a "
     "goalkeeper, said the bans were harsh.",
     [('Dunmore Hockey Club', 'organization', None, None),
      ('Ivo Brandt', 'person', None, None)]),
    # NEGATIVE: no word of a hearing in the article: a team's appearance
    ("Dunmore Hockey Club lost 3-1 on Saturday. Ivo Brandt, who appeared for Dunmore Hockey Club, said the "
     "referee was harsh.",
     [('Dunmore Hockey Club', 'organization', None, None),
      ('Ivo Brandt', 'person', None, None)]),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_posts_of_the_story_body(text, expected):
    assert records_of(text) == expected
