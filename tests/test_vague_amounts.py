"""Vague amounts ('dozens', 'several thousand', 'tens of thousands'): the value is the least
amount they can stand for and the bounds are the contract's ("tens of thousands": 10000 / 99999,
../shared/CONTRACT.md), so a reader sees the span the words allow. Sentences written for the tests; each row asserts the whole list of figure records."""
from __future__ import annotations

from dataclasses import asdict

import pytest

from conftest import extract, figure


CASES = [
    ("Several thousand nurses walked out on Monday.", [("Several thousand", 2000, 2000, 9000, "nurses", None)]),
    ("Dozens of stalls were flattened by the wind.", [("Dozens", 24, 24, 99, "stalls", None)]),
    ("The levy will hit hundreds of thousands of small farms.",
     [("hundreds of thousands", 1e5, 1e5, 999_999, "small farms", None)]),
    ("A few hundred fans waited at the gate.", [("A few hundred", 200, 200, 900, "fans", None)]),
    ("Scores of fishing boats stayed in port.", [("Scores", 40, 40, 99, "fishing boats", None)]),
    ("Tens of millions of euros were wasted, the auditors found.",
     [("Tens of millions", 1e7, 1e7, 99_999_999, "euros", None, None, 0, "the auditors")]),
    ("The drought killed hundreds if not thousands of cattle.",
     [("hundreds if not thousands", 100, 100, 9999, "cattle", None)]),
    ("More than a dozen clinics have closed.", [("More than a dozen", 12, 12, None, "clinics", "more than")]),
    # near-misses: exact amounts keep their bounds; 'several' alone counts nothing
    ("Between 200 and 300 tents were put up.", [("Between 200 and 300", 200, 200, 300, "tents", "between")]),
    ("Several villages lost power overnight.", []),
    ("More than 2,000 homes were searched.", [("More than 2,000", 2000, 2000, None, "homes", "more than")]),
    # the vague amount's own top stands after 'as many as' / 'up to'
    ("As many as tens of thousands of people could lose their homes.",
     [("As many as tens of thousands", 1e4, 1e4, 99_999, "people", "up to")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0] for c in CASES])
def test_vague_amounts(text, expected):
    assert [asdict(f) for f in extract(text).figures] == [figure(text, *row) for row in expected]
