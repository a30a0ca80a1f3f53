"""A post owned by a body's kind noun by a possessive ("X, the company's chief financial officer", "the
carrier's chief executive") is at the body that kind noun takes up, read by the one
resolver the speakers use for 'the company said' (bodies.body_described): the one organisation of
the article that may be called so, named before it, no rival of the kind near. Every sentence here
is written for the tests; rows with an affiliation of None are the negatives."""
from __future__ import annotations

import pytest

from conftest import person_records


ROWS = [
    # a business's kind noun, a listed exchange named well before (no rival that near)
    ("Duvall Brewing Ltd opened a new hall. Its shares trade on the Orwin Securities Exchange Limited. Beer sales "
     "rose in the spring. Cider sales fell in the summer. Wages went up in July. Duvall Brewing Ltd kept its price "
     "list. Its taps ran dry twice. \"We hired more staff,\" said Pia Holm, the company's finance director.",
     [("Pia Holm", "finance director", "Duvall Brewing Ltd")]),
    # the post's own 'of' owns it as the possessive does ('a director of the firm')
    ("Cawley Textiles Ltd opened a mill in Orwin in March. The mill employs 400 people. Sara Pike, a director of "
     "the firm, said orders were strong.",
     [("Sara Pike", "director", "Cawley Textiles Ltd")]),
    # NEGATIVE: an 'of' phrase on a noun of a relation to the body, no post held in it ('a neighbour, an
    # investigator, a creditor of the firm'), an outsider's ('a critic, victim, client of the firm') or a post held
    # no more: no affiliation, and the role keeps its phrase where the start code kept it (review of 'postbody',
    # F6, F7)
    ("Halvard Chemicals Ltd was fined last week. Nora Tull, a neighbour of the firm, said the smell was awful.",
     [("Nora Tull", "neighbour of the firm", None)]),
    ("Halvard Chemicals Ltd was fined last week. Nora Tull, an investigator of the firm, said files had vanished.",
     [("Nora Tull", "investigator of the firm", None)]),
    ("Halvard Chemicals Ltd was fined last week. Nora Tull, a biographer of the company, said it had changed.",
     [("Nora Tull", "biographer", None)]),
    ("Halvard Chemicals Ltd was fined last week. Nora Tull, a creditor of the company, said she was owed money.",
     [("Nora Tull", "creditor", None)]),
    ("Halvard Chemicals Ltd was fined last week. Nora Tull, a victim of the firm, said her well was poisoned.",
     [("Nora Tull", "victim of the firm", None)]),
    ("Halvard Chemicals Ltd was fined last week. Nora Tull, a critic of the firm, said the fine was too small.",
     [("Nora Tull", "critic of the firm", None)]),
    ("Halvard Chemicals Ltd was fined last week. Nora Tull, a client of the firm, said she would look elsewhere.",
     [("Nora Tull", "client of the firm", None)]),
    ("Halvard Chemicals Ltd was fined last week. Nora Tull, a former director of the firm, said she had warned it.",
     [("Nora Tull", "former director of the firm", None)]),
    # NEGATIVE: 'for' or 'at' a kind noun is not read so (a spokesman for the charity may speak for another)
    ("Oxfam said aid deliveries had stalled. The Gates Foundation pledged $50 million on Monday. Tom Lee, a "
     "spokesman for the charity, said trucks were waiting.",
     [("Tom Lee", "spokesman for the charity", None)]),
    # a trade's kind noun its name says ('the carrier' of '… Airways')
    ("Northwind Airways cut 200 jobs. Mara Venn, the carrier's chief executive, said fuel costs had doubled.",
     [("Mara Venn", "chief executive", "Northwind Airways")]),
    # a body of another kind between is no rival
    ("Velora Foods Inc expanded its plant. The Harlow Port Authority approved the plan. \"It is good news,\" said "
     "Mia Lund, the company's chief executive.",
     [("Mia Lund", "chief executive", "Velora Foods Inc")]),
    # a body of another kind in the same sentence is no rival of 'the firm' (a court names no business)
    ("Orvane Timber Limited lost its licence in May. The Kessel High Court on Monday remanded Ruth Adeyemi, the "
     "firm's director, pending a bail hearing.",
     [("Ruth Adeyemi", "director", "Orvane Timber Limited")]),
    # a name between that the article writes as a person's (a title before it, an age after it) is no body
    ("Orvane Timber Limited lost its licence in May. Farmer Adaku Nwosu, 64, said her land was flooded. The "
     "company's general manager, Ruth Adeyemi, could not be reached.",
     [("Adaku Nwosu", None, None), ("Ruth Adeyemi", "general manager", "Orvane Timber Limited")]),
    # negatives: a proper name between that the article keeps no actor for (maybe a business)
    ("Orvane Timber Limited lost its licence in May. The families have since sued Tolvane. The company's "
     "general manager, Ruth Adeyemi, could not be reached.",
     [("Ruth Adeyemi", "general manager", None)]),
    # negatives: a proper subject just before that names no actor (a body the recogniser may have missed)
    ("Velora Foods Inc expanded its plant in May. Quayside denied any fault at first. The company's chief "
     "executive, Mia Lund, said the plant was safe.",
     [("Mia Lund", "chief executive", None)]),
    # negatives: two companies just before; an unnamed company spoken of; the exchange right beside
    ("Velora Foods Inc and Tarnby Mills Ltd agreed a merger. \"It is good news,\" said Mia Lund, the company's "
     "chief executive.",
     [("Mia Lund", "chief executive", None)]),
    ("Velora Foods Inc sold its stake in a mining company last year. \"It was time,\" said Mia Lund, the "
     "company's chief executive.",
     [("Mia Lund", "chief executive", None)]),
    ("Duvall Brewing Ltd listed its shares on the Orwin Securities Exchange Limited on Monday. Beer sales rose in "
     "the spring. \"We hired more staff,\" said Pia Holm, the company's finance director.",
     [("Pia Holm", "finance director", None)]),
    ("Larkspur Freight Ltd lost a contract. A rival firm won it. Mark Hale, the firm's managing director, said "
     "it would appeal.",
     [("Mark Hale", "managing director", None)]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_post_owned_by_a_kind_description(text, expected):
    assert person_records(text) == expected
