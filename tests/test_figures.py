"""Figures: numeric claims, and what only looks like one. Sentences written for the tests.

Each row asserts the whole list of figure records of its text."""
from __future__ import annotations

import re
from dataclasses import asdict

import pytest

from conftest import extract


def figure(text: str, amount: str, value, low, high, unit, qualifier, actor=None, sentence: int = 0) -> dict:
    """The full record of the figure `amount` (a whole word group of `text`) in sentence `sentence`."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)
    start = re.search(rf"(?<!\w){re.escape(amount)}(?!\w)", text).start()
    return {"value": value, "low": low, "high": high, "text": amount, "unit": unit, "qualifier": qualifier,
            "sentence": sentences[sentence], "sentence_index": sentence, "start": start,
            "end": start + len(amount), "actor": actor}


CASES = [
    ("More than 1,000 civilians were killed in the raids.", [("More than 1,000", 1000, 1000, None, "civilians", "more than")]),
    ("About 200 fighters surrendered on Sunday.", [("About 200", 200, None, None, "fighters", "about")]),
    ("At least 35 bodies were recovered from the river.", [("At least 35", 35, 35, None, "bodies", "at least")]),
    ("The fund will cost £5.5bn in total.", [("£5.5bn", 5.5e9, None, None, "pounds", None)]),
    ("The company lost $137M last quarter.", [("$137M", 137e6, None, None, "dollars", None)]),
    ("The bank lent 3 million euros to the farmers.", [("3 million", 3e6, None, None, "euros", None)]),
    ("Turnout fell to 41.5% in the capital.", [("41.5%", 41.5, None, None, "%", None)]),
    ("Turnout fell by 12 per cent in the capital.", [("12 per cent", 12, None, None, "%", None)]),
    ("Between 20 and 30 boats left the harbour.", [("Between 20 and 30", 20, 20, 30, "boats", "between")]),
    ("Fifty-three soldiers were wounded.", [("Fifty-three", 53, None, None, "soldiers", None)]),
    ("Six or seven million children need vaccines.", [("Six or seven million", 6e6, 6e6, 7e6, "children", None)]),
    ("Dozens of protesters gathered outside.", [("Dozens", 24, 24, 99, "protesters", None)]),
    ("Hundreds of families fled the floods.", [("Hundreds", 100, 100, 999, "families", None)]),
    ("Tens of thousands of people marched.", [("Tens of thousands", 10000, 10000, 99999, "people", None)]),
    ("Several thousand troops crossed the border.", [("Several thousand", 2000, 2000, 9000, "troops", None)]),
    ("Up to 50 homes were damaged.", [("Up to 50", 50, None, 50, "homes", "up to")]),
    # what only looks like a quantity
    ("The treaty was signed in 1998 after long talks.", []),              # year
    ("The vote takes place on 12 March in the capital.", []),             # day of the month
    ("The vote takes place on March 12 in the capital.", []),
    ("The meeting starts at 10:30 in the morning.", []),                  # clock time
    ("Polls close at 10pm tonight.", []),
    ("She finished 3rd in the race and was the first to speak.", []),     # ordinals
    ("John Smith, 45, told the court he was innocent.", []),              # age as identifier
    ("He spoke to BBC Radio 4 about the plans.", []),                     # number in a name
    ("One of the ministers resigned.", []),                               # pronoun 'one'
]


@pytest.mark.parametrize("text, expected", CASES)
def test_figures(text, expected):
    assert [asdict(f) for f in extract(text).figures] == [figure(text, *row) for row in expected]


# A figure belongs to the statement whose content holds it, never to a speaker whose words it merely shares.
CLAIMS = [
    ("Mayor Lena Ortiz said repairs would cost 2 million dollars.",
     [("2 million", 2e6, None, None, "dollars", None, "Lena Ortiz")]),
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
