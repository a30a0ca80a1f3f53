"""A document no actor issues that reports a figure in a clause of its own ('after an audit found
$90,000 missing'), inside a speaker's statement, is relayed by that speaker: the figure is the
speaker's claim, as it is when the document's clause is the statement itself ('police say an
audit found ...'). Outside any statement, or with a person or body as the clause's subject, the
figure stays no one's. Sentences written for the tests; each row asserts the whole list."""
from __future__ import annotations

from dataclasses import asdict

import pytest

from conftest import extract, figure


CASES = [
    ("The clerk was charged after an audit found $90,000 missing, police say.",
     [("$90,000", 90000, None, None, "dollars", None, "police")]),
    ("The mayor resigned after a review found 40 errors in the accounts, Ann Lowe said.",
     [("40", 40, None, None, "errors", None, "Ann Lowe")]),
    ("Tom Reed said the scheme was dropped when a survey showed 600 homes were empty.",
     [("600", 600, None, None, "homes", None, "Tom Reed")]),
    ("The coach was suspended after a study found 12 breaches of the rules, Ann Lowe told reporters.",
     [("12", 12, None, None, "breaches", None, "Ann Lowe")]),
    ("Police say a forensic audit found more than $380,000 missing.",
     [("more than $380,000", 380000, 380000, None, "dollars", "more than", "police")]),
    ("Ann Lowe said a review found 40 errors.", [("40", 40, None, None, "errors", None, "Ann Lowe")]),
    # near-misses: no statement, or an unnamed body as the clause's subject
    ("The board quit after an audit found $2 million missing.",
     [("$2 million", 2e6, None, None, "dollars", None, None, 0, "an audit")]),
    ("The plan was dropped after the council estimated 300 homes were empty, Tom Reed said.",
     [("estimated 300", 300, None, None, "homes", "about", None)]),
    ("The mayor quit when a review showed 40 errors. Tom Reed said he was glad.",
     [("40", 40, None, None, "errors", None, None, 0, "a review")]),
    # review NEGATIVES: a document another owns (a possessive, a noun before it) is not the speaker's
    ("The clerk was charged after the union's audit found $90,000 missing, police say.",
     [("$90,000", 90000, None, None, "dollars", None, None, 0, "the union's audit")]),
    ("The clerk was charged after a union audit found $90,000 missing, police say.",
     [("$90,000", 90000, None, None, "dollars", None, None, 0, "a union audit")]),
    ("The mayor resigned after the council's review found 40 errors, Tom Reed said.",
     [("40", 40, None, None, "errors", None, None)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0] for c in CASES])
def test_relayed_documents(text, expected):
    assert [asdict(f) for f in extract(text).figures] == [figure(text, *row) for row in expected]
