"""Affiliations a sentence states through a description rather than the body's name (session 23,
affil23): 'X, the company's chief financial officer,' takes up the one business named before, also
where the words between speak of amounts ('revenue of Dh784 million', which the parser may read as a
proper noun and which names no body that could be meant). Every sentence here is written for the
tests; whole records of every actor, negatives where nothing may be affiliated."""
from __future__ import annotations

import pytest

from conftest import extract


def records_of(text: str) -> list[tuple]:
    mentions = extract(text).mentions
    names = {m.key: m.name for m in mentions}
    return sorted((m.name, m.type, m.role, names.get(m.affiliation)) for m in mentions)


COMPANY_POSTS_AFTER_AMOUNTS = [
    ("Tarvane Freight Logistics said on Monday it would list its shares in Dubai. Its revenue rose to Dh540 "
     "million last year. Ann Roe, the company's chief financial officer, said the listing would fund new depots.",
     [("Ann Roe", "person", "chief financial officer", "Tarvane Freight Logistics"),
      ("Tarvane Freight Logistics", "organization", None, None)]),
    # NEGATIVE: another body named after the company may be the one meant
    ("Velstra Holdings agreed to buy Orlen Dairy for Dh40 million. Orlen Dairy makes cheese. Tom Reed, the "
     "company's chief financial officer, said margins would improve.",
     [("Orlen Dairy", "person", None, None),
      ("Tom Reed", "person", "chief financial officer", None),
      ("Velstra Holdings", "organization", None, None)]),
]


@pytest.mark.parametrize("text, expected", COMPANY_POSTS_AFTER_AMOUNTS)
def test_company_posts_after_amounts(text, expected):
    assert records_of(text) == expected
