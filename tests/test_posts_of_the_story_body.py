"""A bare company post ('Chief financial officer X said') in a story that opens on one company, where another
business of the kind is named only after the holder ('Y, an analyst at Kessel Securities, said'): the reader
places the post when reading it, so the later body is no rival (session 30, affil30:
`roles._the_opening_body_named_before_the_holder`); a body that is no company, spoken of only in someone's
words, is no rival for the post (`roles._names_a_body_no_company`), nor is a post joined to it ('founder and chief
executive': `roles._without_a_joined_post`); a person the article gives a title and the outlet a speaker
told are no business 'the company's' post may be of (`roles._may_be_a_body`, `roles._unkept_name_after`). And a bare past 'who appeared for X' on a name: the part the
person plays in the hearing the story reports (`roles._appeared_for_in_the_event_told`). Negatives: two companies
before the holder, a story that does not open on the company, a past appearance with a time, an adverb or an
auxiliary of its own. Every sentence here is written for the tests; whole records of every actor."""
from __future__ import annotations

import pytest

from conftest import actor_records as records_of


ROWS = [
    ("Orlane Systems Ltd on Tuesday reported a smaller loss for the quarter. The company said demand was strong. "
     "Chief financial officer Meera Iyer said the company expected to break even next year. Sanjay Rao, an analyst at "
     "Kessel Securities, said the results were solid.",
     [('Kessel Securities', 'organization', None, None),
      ('Meera Iyer', 'person', 'Chief financial officer', 'Orlane Systems Ltd'),
      ('Orlane Systems Ltd', 'organization', None, None),
      ('Sanjay Rao', 'person', 'analyst', 'Kessel Securities')]),
    ("Shares in Orlane Systems Ltd rose 6% on Tuesday after the results. Chief financial officer Meera Iyer said the "
     "company expected to break even next year. Sanjay Rao, an analyst at Kessel Securities, said the results were solid.",
     [('Kessel Securities', 'organization', None, None),
      ('Meera Iyer', 'person', 'Chief financial officer', 'Orlane Systems Ltd'),
      ('Orlane Systems Ltd', 'organization', None, None),
      ('Sanjay Rao', 'person', 'analyst', 'Kessel Securities')]),
    # NEGATIVE: two companies named before the holder: either may be meant
    ("Orlane Systems Ltd and Brava Soft Ltd on Tuesday reported smaller losses for the quarter. Chief financial officer "
     "Meera Iyer said the company expected to break even next year. Sanjay Rao, an analyst at Kessel Securities, said "
     "the results were solid.",
     [('Brava Soft Ltd', 'organization', None, None),
      ('Kessel Securities', 'organization', None, None),
      ('Meera Iyer', 'person', 'Chief financial officer', None),
      ('Orlane Systems Ltd', 'organization', None, None),
      ('Sanjay Rao', 'person', 'analyst', 'Kessel Securities')]),
    # NEGATIVE: the story does not open on the one company named before the holder
    ("Workers protested on Monday outside a plant near Kessel. They said pay had not risen in three years. Police "
     "watched the march. The protest followed a deal between Orlane Systems Ltd and the city. Chief financial officer "
     "Meera Iyer said the company would talk to staff. Sanjay Rao, an analyst at Tarn Securities, said the talks would "
     "be hard.",
     [('Meera Iyer', 'person', 'Chief financial officer', None),
      ('Orlane Systems Ltd', 'organization', None, None),
      ('Sanjay Rao', 'person', 'analyst', 'Tarn Securities'),
      ('Tarn Securities', 'organization', None, None)]),
    # a body that is no company spoken of only in what someone says is no party to the story
    ("Tarvel Foods Ltd on Monday posted a record profit for the year. Sales director Priya Nair said sales slowed given "
     "the regulator's concerns about pricing. Chief financial officer Omar Haddad said the company had no debt.",
     [('Omar Haddad', 'person', 'Chief financial officer', 'Tarvel Foods Ltd'),
      ('Priya Nair', 'person', 'Sales director', None),
      ('Tarvel Foods Ltd', 'organization', None, None)]),
    ('Tarvel Foods Ltd on Monday posted a record profit for the year. "We talk to the regulator every week," said sales '
     'director Priya Nair. Chief financial officer Omar Haddad said the company had no debt.',
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
    ("Tarvel Foods Ltd on Monday posted a record profit for the year. Omar Haddad, founder and chief executive, said "
     "sales rose in every region. Kemal Ozturk, an analyst at Birch Securities, said the shares were cheap.",
     [('Birch Securities', 'organization', None, None),
      ('Kemal Ozturk', 'person', 'analyst', 'Birch Securities'),
      ('Omar Haddad', 'person', 'founder and chief executive', 'Tarvel Foods Ltd'),
      ('Tarvel Foods Ltd', 'organization', None, None)]),
    # NEGATIVE: a place before the post may be another unit's
    ("Tarvel Foods Ltd on Monday posted a record profit for the year. Omar Haddad, Toronto chief executive, said "
     "sales rose in every region. Kemal Ozturk, an analyst at Birch Securities, said the shares were cheap.",
     [('Birch Securities', 'organization', None, None),
      ('Kemal Ozturk', 'person', 'analyst', 'Birch Securities'),
      ('Omar Haddad', 'person', 'Toronto chief executive', None),
      ('Tarvel Foods Ltd', 'organization', None, None)]),
    # 'the company's' post after a person with a title and an outlet that heard a farmer: neither is a business
    ("A judge barred Riverbend Agro Ltd from evicting 20 families from land near Kessel. Justice Rovaldo Kettering said "
     "the families would suffer harm. Efforts to reach the company's general manager, Clive Harris, were unsuccessful.",
     [('Clive Harris', 'person', 'general manager', 'Riverbend Agro Ltd'),
      ('Riverbend Agro Ltd', 'organization', None, None),
      ('Rovaldo Kettering', 'person', 'Justice', None)]),
    ('A judge barred Riverbend Agro Ltd from evicting 20 families from land near Kessel. "We will stay," a farmer told '
     "Stabroek Herald. Efforts to reach the company's general manager, Clive Harris, were unsuccessful.",
     [('Clive Harris', 'person', 'general manager', 'Riverbend Agro Ltd'),
      ('Riverbend Agro Ltd', 'organization', None, None)]),
    # NEGATIVE: a name of no given name and no role the article gives, sued since: it may be the company meant
    ("A judge barred Riverbend Agro Ltd from evicting 20 families from land near Kessel. The families have since sued "
     "Orlen Dairy. Efforts to reach the company's general manager, Clive Harris, were unsuccessful.",
     [('Clive Harris', 'person', 'general manager', None),
      ('Orlen Dairy', 'person', None, None),
      ('Riverbend Agro Ltd', 'organization', None, None)]),
    ("A judge on Monday barred Riverbend Agro Ltd from evicting 20 families from land near Kessel. Counsel Mark Fields, "
     "who appeared for Riverbend Agro Ltd, had argued that the company held a valid lease.",
     [('Mark Fields', 'person', 'Counsel', 'Riverbend Agro Ltd'),
      ('Riverbend Agro Ltd', 'organization', None, None)]),
    ("Marta Lind, who appeared for the Harbour Workers Union at the tribunal, said the dismissals were unlawful.",
     [('Harbour Workers Union', 'organization', None, None),
      ('Marta Lind', 'person', None, 'Harbour Workers Union')]),
    # NEGATIVE: a past appearance with a time, an adverb or an auxiliary of its own: another case, perhaps long ago
    ("A judge on Monday barred Riverbend Agro Ltd from evicting 20 families from land near Kessel. Counsel Mark Fields, "
     "who acted for Riverbend Agro Ltd in 2019, said the company held a valid lease.",
     [('Mark Fields', 'person', 'Counsel', None),
      ('Riverbend Agro Ltd', 'organization', None, None)]),
    ("A judge on Monday barred Riverbend Agro Ltd from evicting 20 families from land near Kessel. Counsel Mark Fields, "
     "who once appeared for Riverbend Agro Ltd, said the company held a valid lease.",
     [('Mark Fields', 'person', 'Counsel', None),
      ('Riverbend Agro Ltd', 'organization', None, None)]),
    ("A judge on Monday barred Riverbend Agro Ltd from evicting 20 families from land near Kessel. Counsel Mark Fields, "
     "who had appeared for Riverbend Agro Ltd, said the company held a valid lease.",
     [('Mark Fields', 'person', 'Counsel', None),
      ('Riverbend Agro Ltd', 'organization', None, None)]),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_posts_of_the_story_body(text, expected):
    assert records_of(text) == expected
