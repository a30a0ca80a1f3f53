"""Which figures the briefing publishes (resolve stage): a percentage whose base no rule read is
dropped, since '30%' alone tells a reader a share of nothing; every other figure is kept as
extracted. Sentences written for the tests; each row asserts the published figures whole."""
from __future__ import annotations

import pytest

from conftest import extract
from generator.resolve import resolve

ROWS = [
    # the base is read: published
    ("About 40% of the Delvane mills closed last year.",
     [("About 40%", 40, "about", "% of Delvane mills")]),
    ("Turnout in the Ketley ward rose to 38 per cent.", [("38 per cent", 38, None, "% turnout")]),
    ("Prices fell 3% in May, the Orvane Bureau said.", [("3%", 3, None, "% fall in prices")]),
    # a bare share: nothing is published (what it is a share of, no rule read)
    ("The Corbel Party won 41 per cent, its aides said.", []),
    ("Of the 1,200 who took part, 62% rejected the plan.", [("1,200", 1200, None, "people")]),
    # other units are untouched
    ("The council will spend £4.2m on the Harlow bridge.", [("£4.2m", 4200000, None, "pounds")]),
]


@pytest.mark.parametrize("text, expected", ROWS, ids=[r[0] for r in ROWS])
def test_published_figures(text, expected):
    briefing = resolve([extract(text, "a1")])
    assert [(f.text, f.value, f.qualifier, f.unit) for f in briefing.figures] == expected
