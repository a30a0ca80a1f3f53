"""A document that another party only saw or obtained (session 24): 'according to a memo seen by
an outlet' is the memo's, in words, not the outlet's; a document released or compiled by a body
stays that body's. Whole figure records as (text, value, low, high, unit, qualifier, claimant's
name) with the statement's source in words where no actor holds it.
"""
from __future__ import annotations

import pytest

from conftest import figure, figure_records


def in_words(row: dict, source: str) -> dict:
    return {**row, "source": source}


HOLDERS = [
    # the outlet or party that saw or obtained the document holds no statement of it
    ("Some 600 jobs will go, according to a memo seen by The Ledger.",
     [("Some 600", 600, None, None, "jobs", "about", None)], "a memo"),
    ("The agency spent $4 million on travel, according to records obtained by the Harbour Post.",
     [("$4 million", 4000000, None, None, "dollars", None, None)], "records"),
    ("Only 12 of the 40 pumps work, according to an internal audit reviewed by Kestrel News.",
     [("12", 12, None, None, "pumps", None, None), ("40", 40, None, None, "pumps", None, None)], "an internal audit"),
    # the outlet also when the parser hangs 'seen' on the author or joins it to 'sent by' (review)
    ("Some 600 jobs will go, according to a memo by the ministry seen by The Ledger.",
     [("Some 600", 600, None, None, "jobs", "about", None)], "a memo"),
    ("A letter sent by the governor and seen by The Ledger says 400 teachers were fired.",
     [("400", 400, None, None, "teachers", None, None)], "A letter"),
    # NEGATIVE: a document released or compiled by a body is that body's
    ("The port handled 3 million containers, according to a report released by the Orvale Port Authority.",
     [("3 million", 3000000, None, None, "containers", None, "Orvale Port Authority")], None),
]


@pytest.mark.parametrize("sentence, expected, source", HOLDERS, ids=[row[0] for row in HOLDERS])
def test_document_seen_by_another(sentence, expected, source):
    rows = [figure(sentence, *row) for row in expected]
    assert figure_records(sentence) == ([in_words(r, source) for r in rows] if source else rows)


FINDERS_IN_WORDS = [
    # those who examine, or the records kept, found or show the figure: their words are its source
    ("Inspectors later found that three of the depot's eight gas valves had been left open.",
     [("three", 3, None, None, "gas valves", None, None), ("eight", 8, None, None, "gas valves", None, None)],
     "Inspectors"),
    ("County records show the Velden Water Board has fined the dairy a total of $640,000.",
     [("$640,000", 640000, None, None, "dollars", None, None)], "County records"),
    ("Auditors have flagged $9.2 million in unexplained payments at the port.",
     [("$9.2 million", 9200000, None, None, "dollars", None, None)], "Auditors"),
    # NEGATIVE: what they examined, a finding denied, a finder of no such kind
    # (review 27) a finding wished for, yet to be made or of nothing; a thing discovered, not a
    # finding; one office, which an actor of the article may hold
    ("Campaigners want county records to show that 90 wells were poisoned.",
     [("90", 90, None, None, "wells", None, None)], None),
    ("Inspectors will count 75 boats at the marina on Friday.",
     [("75", 75, None, None, "boats", None, None)], None),
    ("Auditors found no sign that 18 cheques were forged.",
     [("18", 18, None, None, "cheques", None, None)], None),
    ("Divers found 6 cars in the flooded quarry.", [("6", 6, None, None, "cars", None, None)], None),
    ("Investigators found 9 rifles in the abandoned barn.", [("9", 9, None, None, "rifles", None, None)], None),
    ("The comptroller has flagged $9.2 million in unexplained payments at the port.",
     [("$9.2 million", 9200000, None, None, "dollars", None, None)], None),
    ("Ombudsman Rhea Tallis tabled her yearly report. The ombudsman has flagged $3.1 million in unpaid refunds.",
     [("$3.1 million", 3100000, None, None, "dollars", None, None, 1)], None),
    ("Fire inspectors had checked 730 buildings by Monday.",
     [("730", 730, None, None, "buildings", None, None)], None),
    ("Inspectors did not find that 30 valves were open.",
     [("30", 30, None, None, "valves", None, None)], None),
    ("Neighbours later found that two of the gates were locked.",
     [("two", 2, None, None, "gates", None, None)], None),
]


@pytest.mark.parametrize("sentence, expected, source", FINDERS_IN_WORDS, ids=[row[0] for row in FINDERS_IN_WORDS])
def test_finder_in_words(sentence, expected, source):
    rows = [figure(sentence, *row) for row in expected]
    assert figure_records(sentence) == ([in_words(r, source) for r in rows] if source else rows)


CONTINUED_IN_WORDS = [
    # 'It said' in the sentence after a body's statement is no source in words (review 27: 'it'
    # may stand for another body of that sentence, and cannot for a person): none, not a guess
    ("The regional board said it would close two clinics. It said 52 nurses had already left.",
     [("two", 2, None, None, "clinics", None, None, 0, "The regional board"),
      ("52", 52, None, None, "nurses", None, None, 1)]),
    ('"The pier is unsafe," a harbour engineer said. It said 14 boats had been damaged.',
     [("14", 14, None, None, "boats", None, None, 1)]),
    ("The guild said the Dunhollow Port Authority had sold 12 cranes. It said 90 dockers would lose work.",
     [("12", 12, None, None, "cranes", None, None, 0, "The guild"),
      ("90", 90, None, None, "dockers", None, None, 1)]),
    # NEGATIVE: the statement before is a named actor's or a pronoun's (resolved elsewhere or not at all)
    ("Tom Reed said the clinic was unsafe. It said 52 nurses had already left.",
     [("52", 52, None, None, "nurses", None, None, 1)]),
    ("She said the clinic was unsafe. It said 52 nurses had already left.",
     [("52", 52, None, None, "nurses", None, None, 1)]),
    # NEGATIVE: a pronoun after 'according to' no actor was resolved to is no source in words either
    ("According to him, gunmen burned 14 shops in the market.",
     [("14", 14, None, None, "shops", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", CONTINUED_IN_WORDS, ids=[row[0] for row in CONTINUED_IN_WORDS])
def test_it_continues_no_statement_in_words(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]
