"""'Legislator X', 'DPP legislator X': 'legislator' is a title as 'lawmaker' is (lexicon ROLE_NOUNS), so the
party named before it is the holder's body (session 26, affil26). Every sentence here is written for the
tests; whole records of every actor."""
from __future__ import annotations

import pytest

from conftest import actor_records as records_of


ROWS = [
    ('Democratic Progressive Party legislator Lin Wei said the bill would pass.',
     [('Democratic Progressive Party', 'organization', None, None), ('Lin Wei', 'person', 'legislator', 'Democratic Progressive Party')]),
    ('Legislator Chen Hao of the Kuomintang said the bill was rushed.',
     [('Chen Hao', 'person', 'Legislator', 'Kuomintang'), ('Kuomintang', 'organization', None, None)]),
    ('Democratic Progressive Party (DPP) Legislator Lai Wen-hung, who hosted the news conference, said he would propose an amendment.',
     [('Democratic Progressive Party', 'organization', None, None), ('Lai Wen-hung', 'person', 'Legislator', 'Democratic Progressive Party')]),
    ('State legislator Ann Lowe, a Democrat, said the budget was cruel.',
     [('Ann Lowe', 'person', 'State legislator', 'Democratic Party'), ('Democratic Party', 'organization', None, None)]),
    # NEGATIVE: 'the ruling party' names no party
    ('Ann Lowe, a legislator from the ruling party, said the bill would pass.',
     [('Ann Lowe', 'person', 'legislator', None)]),
    # NEGATIVE: a plural before a list is no one's title
    ('Several legislators, including Tom Reed, said the bill was rushed.',
     [('Tom Reed', 'person', None, None)]),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_legislators(text, expected):
    assert records_of(text) == expected
