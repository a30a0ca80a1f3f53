"""Figures: numeric claims, and what only looks like one. Sentences written for the tests."""
from __future__ import annotations

import pytest

from conftest import extract

# (sentence, text, value, low, high, unit, qualifier)
CASES = [
    ("More than 1,000 civilians were killed in the raids.", "More than 1,000", 1000, 1000, None, "civilians", "more than"),
    ("About 200 fighters surrendered on Sunday.", "About 200", 200, None, None, "fighters", "about"),
    ("At least 35 bodies were recovered from the river.", "At least 35", 35, 35, None, "bodies", "at least"),
    ("The fund will cost £5.5bn in total.", "£5.5bn", 5.5e9, None, None, "pounds", None),
    ("The company lost $137M last quarter.", "$137M", 137e6, None, None, "dollars", None),
    ("The bank lent 3 million euros to the farmers.", "3 million", 3e6, None, None, "euros", None),
    ("Turnout fell to 41.5% in the capital.", "41.5%", 41.5, None, None, "%", None),
    ("Turnout fell by 12 per cent in the capital.", "12 per cent", 12, None, None, "%", None),
    ("Between 20 and 30 boats left the harbour.", "Between 20 and 30", 20, 20, 30, "boats", "between"),
    ("Fifty-three soldiers were wounded.", "Fifty-three", 53, None, None, "soldiers", None),
    ("Six or seven million children need vaccines.", "Six or seven million", 6e6, 6e6, 7e6, "children", None),
    ("Dozens of protesters gathered outside.", "Dozens", 24, 24, 99, "protesters", None),
    ("Hundreds of families fled the floods.", "Hundreds", 100, 100, 999, "families", None),
    ("Tens of thousands of people marched.", "Tens of thousands", 10000, 10000, 99999, "people", None),
    ("Several thousand troops crossed the border.", "Several thousand", 2000, 2000, 9000, "troops", None),
    ("Up to 50 homes were damaged.", "Up to 50", 50, None, 50, "homes", "up to"),
]


@pytest.mark.parametrize("sentence, text, value, low, high, unit, qualifier", CASES)
def test_figure(sentence, text, value, low, high, unit, qualifier):
    figures = extract(sentence).figures
    assert [f.text for f in figures] == [text]
    f = figures[0]
    assert (f.value, f.low, f.high, f.unit, f.qualifier) == (value, low, high, unit, qualifier)


@pytest.mark.parametrize("sentence", [
    "The treaty was signed in 1998 after long talks.",          # year
    "The vote takes place on 12 March in the capital.",          # day of the month
    "The vote takes place on March 12 in the capital.",
    "The meeting starts at 10:30 in the morning.",               # clock time
    "Polls close at 10pm tonight.",
    "She finished 3rd in the race and was the first to speak.",  # ordinals
    "John Smith, 45, told the court he was innocent.",           # age as identifier
    "He spoke to BBC Radio 4 about the plans.",                  # number in a name
    "One of the ministers resigned.",                            # pronoun 'one'
])
def test_not_a_figure(sentence):
    assert extract(sentence).figures == []


def test_figure_is_credited_to_the_speaker_who_claims_it():
    result = extract("A police spokesman said 40 people had been arrested.")
    assert result.figures[0].value == 40
    assert result.figures[0].actor is None or result.figures[0].actor == result.positions[0].actor
    result = extract("Anna Berg said 40 people had been arrested.")
    assert result.figures[0].actor == result.positions[0].actor
