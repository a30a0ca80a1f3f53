"""Which body a description or a document stands for (issue 13 points 1-2). Every sentence here is
written for the tests; rows with an actor of None are the negatives, where the words may mean
another or no body."""
from __future__ import annotations

import pytest

from conftest import extract


def positions_of(text: str) -> list[tuple]:
    return [(p.speaker, p.actor, p.cue, p.text) for p in extract(text).positions]


def claimants_of(text: str) -> list[tuple]:
    return [(f.text, f.actor) for f in extract(text).figures]


# 'according to its <document>': the body 'its' takes up, the subject of the clause it hangs on
ITS_DOCUMENT = [
    ("Corvane Logistics said on Monday it would cut 300 jobs. The company had $40 million in cash at the end "
     "of June, according to its latest quarterly report.",
     [("Corvane Logistics", "Corvane Logistics", "said", "it would cut 300 jobs"),
      ("its latest quarterly report", "Corvane Logistics", "according to",
       "The company had $40 million in cash at the end of June")]),
    ("Halvard Mutual said on Monday it would raise premiums for flood cover. The insurer paid out $90 million "
     "in claims last year, according to its most recent filing.",
     [("Halvard Mutual", "Halvard Mutual", "said", "it would raise premiums for flood cover"),
      ("its most recent filing", "Halvard Mutual", "according to",
       "The insurer paid out $90 million in claims last year")]),
    ("Halvard Mutual said on Monday it would raise premiums for flood cover. It paid out $90 million in claims "
     "last year, according to its annual report.",
     [("Halvard Mutual", "Halvard Mutual", "said", "it would raise premiums for flood cover"),
      ("its annual report", "Halvard Mutual", "according to", "It paid out $90 million in claims last year")]),
    ("Brennick Foods will close two bakeries. Brennick Foods employs 2,400 people, according to its annual "
     "report.",
     [("its annual report", "Brennick Foods", "according to", "employs 2,400 people")]),
    ("Marsh Valley Water Company said on Monday that bills would rise. The company supplies 80,000 homes, "
     "according to its annual review.",
     [("Marsh Valley Water Company", "Marsh Valley Water Company", "said", "bills would rise"),
      ("its annual review", "Marsh Valley Water Company", "according to", "The company supplies 80,000 homes")]),
    # NEGATIVE: the clause's subject is no body ('Output', a person): 'its' is not the body named before,
    # nor does the issuer of an earlier report stand in
    ("Corvane Logistics said on Monday it would cut 300 jobs. Output at the depot fell by a third, according "
     "to its annual report.",
     [("Corvane Logistics", "Corvane Logistics", "said", "it would cut 300 jobs"),
      ("its annual report", None, "according to", "Output at the depot fell by a third")]),
    ("Corvane Logistics said on Monday it would cut 300 jobs. Dana Fell, a shareholder, earned $2 million last "
     "year, according to its annual report.",
     [("Corvane Logistics", "Corvane Logistics", "said", "it would cut 300 jobs"),
      ("its annual report", None, "according to", "Dana Fell, a shareholder, earned $2 million last year")]),
]


@pytest.mark.parametrize("text,expected", ITS_DOCUMENT)
def test_its_document_speaks_for_the_body_its_clause_is_about(text, expected):
    assert [p for p in positions_of(text) if p[0].lower() != "dana fell"] == expected
