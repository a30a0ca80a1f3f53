"""Figures: numeric claims, and what only looks like one. Sentences written for the tests;
the larger table, by kind of amount, is test_figure_claims.py.

Each row asserts the whole list of figure records of its text."""
from __future__ import annotations

from dataclasses import asdict

import pytest

from conftest import extract, figure


CASES = [
    ("More than 1,000 civilians were killed in the raids.", [("More than 1,000", 1000, 1000, None, "civilians", "more than")]),
    ("The fund will cost £5.5bn in total.", [("£5.5bn", 5.5e9, None, None, "pounds", None)]),
    ("The company lost $137M last quarter.", [("$137M", 137e6, None, None, "dollars", None)]),
    ("The bank lent 3 million euros to the farmers.", [("3 million", 3e6, None, None, "euros", None)]),
    ("Turnout fell to 41.5% in the capital.", [("41.5%", 41.5, None, None, "%", None)]),
    ("Turnout fell by 12 per cent in the capital.", [("12 per cent", 12, None, None, "%", None)]),
    ("Between 20 and 30 boats left the harbour.", [("Between 20 and 30", 20, 20, 30, "boats", "between")]),
    ("Fifty-three soldiers were wounded.", [("Fifty-three", 53, None, None, "soldiers", None)]),
    ("Dozens of protesters gathered outside.", [("Dozens", 24, 24, 99, "protesters", None)]),
    ("Hundreds of families fled the floods.", [("Hundreds", 100, 100, 999, "families", None)]),
    ("Several thousand troops crossed the border.", [("Several thousand", 2000, 2000, 9000, "troops", None)]),
    # what only looks like a quantity
    ("The vote takes place on 12 March in the capital.", []),             # day of the month
    ("She finished 3rd in the race and was the first to speak.", []),     # ordinals
    ("John Smith, 45, told the court he was innocent.", []),              # age as identifier
]


@pytest.mark.parametrize("text, expected", CASES)
def test_figures(text, expected):
    assert [asdict(f) for f in extract(text).figures] == [figure(text, *row) for row in expected]


# A figure belongs to the statement whose content holds it, never to a speaker whose words it merely shares.
CLAIMS = [
    ("Anna Berg said the network would often fail. The flood destroyed ten houses.",
     [("ten", 10, None, None, "houses", None, None, 1)]),
    ("Anna Berg said 40 people had been arrested.",
     [("40", 40, None, None, "people", None, "Anna Berg")]),
    ("A police spokesman said 40 people had been arrested.",
     [("40", 40, None, None, "people", None, None)]),
    ('Tom Reed said: "We lost 40 boats in the storm and nobody helped."',
     [("40", 40, None, None, "boats", None, "Tom Reed")]),
]


@pytest.mark.parametrize("text, expected", CLAIMS)
def test_figure_claimant(text, expected):
    assert [asdict(f) for f in extract(text).figures] == [figure(text, *row) for row in expected]
