"""Merged review of session 52: a style that also opens a firm's or an institution's name ('Shri', 'Smt', 'Fr')
makes no person of a name the recogniser typed a body or left untyped; a post's field and the body set off
before a styled name stay bodies, with the takeups that read them. Whole records, invented names."""
from __future__ import annotations

import pytest

from conftest import figure_records, named_actor_records as records, positions_of

O, P = "organization", "person"

A_STYLE_OPENING_A_BODYS_NAME = [
    # F1: a firm typed a body keeps its style and its 'the company'
    ("Shri Kalyan Finance said profits rose 9 per cent. The company said it would lend more.",
     [("Shri Kalyan Finance", O, None, None)],
     [("Shri Kalyan Finance", "Shri Kalyan Finance", "said", "profits rose 9 per cent", False),
      ("The company", "Shri Kalyan Finance", "said", "it would lend more", False)]),
    # F1: a run the recogniser left untyped is no titled person
    ("Smt Radha Textiles said exports fell. The company said it would cut shifts.", [],
     [("Smt Radha Textiles", None, "said", "exports fell", False), ("The company", None, "said", "it would cut shifts", False)]),
    ("Fr Noronha Charitable Institutions said 60 patients were treated free.", [],
     [("Fr Noronha Charitable Institutions", None, "said", "60 patients were treated free", False)]),
    # F2: a styled firm is still a rival of the other one
    ("Velora Holdings and Shri Kalyan Transport signed a deal. The company said it would hire 200 drivers.",
     [("Shri Kalyan Transport", O, None, None), ("Velora Holdings", O, None, None)],
     [("The company", None, "said", "it would hire 200 drivers", False)]),
    # F3: an officer's body is the firm
    ("Ravi Menon, chief executive of Shri Kalyan Finance, said loans rose 9 per cent. The company said it would expand.",
     [("Ravi Menon", P, "chief executive", "Shri Kalyan Finance"), ("Shri Kalyan Finance", O, None, None)],
     [("Ravi Menon", "Ravi Menon", "said", "loans rose 9 per cent", False),
      ("The company", "Shri Kalyan Finance", "said", "it would expand", False)]),
    # F4: the inspection report takes up the firm
    ("An inspection by Shri Kalyan Finance found 30 faults. The inspection report said staff were untrained.",
     [("Shri Kalyan Finance", O, None, None)],
     [("The inspection report", "Shri Kalyan Finance", "said", "staff were untrained", False)]),
    # F5: 'X of Y' after a style
    ("Shri Kalyan College of Arts said fees would rise.", [("Shri Kalyan College of Arts", O, None, None)],
     [("Shri Kalyan College of Arts", "Shri Kalyan College of Arts", "said", "fees would rise", False)]),
    # still a person where the recogniser typed one
    ("Smt Asha Rao said the ward was short of nurses.", [("Asha Rao", P, None, None)],
     [("Smt Asha Rao", "Asha Rao", "said", "the ward was short of nurses", False)]),
]


@pytest.mark.parametrize("text,actors,positions", A_STYLE_OPENING_A_BODYS_NAME)
def test_a_style_makes_no_person_of_a_body(text, actors, positions):
    assert (records(text), positions_of(text)) == (sorted(actors), positions)


A_BODY_BEFORE_A_STYLED_NAME = [
    # F6: the post's field the recogniser left untyped, inside a document's maker
    ("A report by the Director of Marlo Power Hon. Sam Kito found outages. The company said it would act.",
     [("Marlo Power", O, None, None), ("Sam Kito", P, "Director", "Marlo Power")],
     [("The company", "Marlo Power", "said", "it would act", False)]),
    # a post's subject in common words is no body ('Administration')
    ("A report by the Deputy Minister for Administration Hon. Sam Kito found delays. The ministry said it would act.",
     [("Sam Kito", P, "Deputy Minister for Administration", None)],
     [("The ministry", None, "said", "it would act", False)]),
    # F8: the body set off before the styled name in one entity is named too, and 'the bank' takes it up
    ("The chairman of Bank of Kessa, Shri Ravi Menon, said bad loans fell 4 per cent. The bank said it would expand.",
     [("Bank of Kessa", O, None, None), ("Ravi Menon", P, "chairman", "Bank of Kessa")],
     [("The chairman of Bank of Kessa, Shri Ravi Menon", "Ravi Menon", "said", "bad loans fell 4 per cent", False),
      ("The bank", "Bank of Kessa", "said", "it would expand", False)]),
]


@pytest.mark.parametrize("text,actors,positions", A_BODY_BEFORE_A_STYLED_NAME)
def test_a_body_before_a_styled_name_stays_a_body(text, actors, positions):
    assert (records(text), positions_of(text)) == (sorted(actors), positions)


def test_no_hon_page_after_a_posts_comma_in_a_documents_maker():
    # F7: no page 'Hon'; the record is whole
    text = "A report by the Speaker of Parliament, Rt Hon. Kofi Adu, found MPs were owed GH¢5m."
    assert records(text) == [("Kofi Adu", P, "Speaker", "Parliament"), ("Parliament", O, None, None)]


@pytest.mark.xfail(strict=True, reason="F7: 'by <post> of <Body>, <Name>, found' loses the maker's figure with or "
                                       "without a style (the parse hangs 'found' on the figure); start's maker came from the false 'Hon' page")
def test_the_figure_is_the_styled_makers():
    text = "A report by the Speaker of Parliament, Rt Hon. Kofi Adu, found MPs were owed GH¢5m."
    assert [(f["text"], f["actor"]) for f in figure_records(text)] == [("GH¢5m", "Kofi Adu")]
