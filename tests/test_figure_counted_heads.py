"""The counted noun is the head of the phrase after the number, not a modifier the parser hangs
apart (session 45): a lower-case common noun before a plural ('40 council primary schools'), and
a word that says how far the things are established before their other adjectives ('nine
suspected armed poachers'). Whole records as (text, value, low, high, unit, qualifier, claimant's
name); `conftest.figure` adds the sentence and the offsets.
"""
from __future__ import annotations

import pytest

from conftest import figure, figure_records


HEADS = [
    ("Stipends were late at 19 government dental colleges.",
     [("19", 19, None, None, "dental colleges", None, None)]),
    ("Inspectors visited 12 council primary schools.",
     [("12", 12, None, None, "schools", None, None)]),
    ("Wardens arrested nine suspected armed poachers near the lodge.",
     [("nine", 9, None, None, "suspected armed poachers", None, None)]),
    ("Officers detained four alleged drug couriers and two suspected illegal miners.",
     [("four", 4, None, None, "alleged drug couriers", None, None),
      ("two", 2, None, None, "suspected illegal miners", None, None)]),
    # NEGATIVE: no establishing word, a compound kept whole, a name, a kind word alone
    ("Seven armed poachers were arrested.",
     [("Seven", 7, None, None, "poachers", None, None)]),
    ("The district runs 40 village health posts.",
     [("40", 40, None, None, "village health posts", None, None)]),
    ("The fleet includes three Kestrel Air jets.",
     [("three", 3, None, None, "Kestrel Air jets", None, None)]),
    ("Six suspected cases were recorded.",
     [("Six", 6, None, None, "suspected cases", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", HEADS, ids=[row[0] for row in HEADS])
def test_counted_head(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]
