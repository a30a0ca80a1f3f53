"""'The board' in an article of several organisations (session 24): every organisation has a
board, so a bare organ noun is no one body's by its head word where another organisation is
named ('the board declared a dividend' after a company and a '... Board' regulator); with one
organisation named it stays that body's. Whole records as (text, value, low, high, unit,
qualifier, claimant's name) for the last sentence's figures.
"""
from __future__ import annotations

from dataclasses import asdict

import pytest

from conftest import extract, figure


def last_records(text: str) -> list[dict]:
    figures = extract(text).figures
    n = max(f.sentence_index for f in figures)
    return [asdict(f) for f in figures if f.sentence_index == n]


LAST = "The board declared a final dividend of eight sen per share."

ORGANS = [
    # NEGATIVE: a company and a '... Board' regulator: 'the board' may be either's
    ("Kelvin Plantations Ltd posted a 20% rise in profit. According to the Malaysian Cocoa Board, prices fell 3%. " + LAST, None),
    # one organisation named: its board
    ("The Malaysian Cocoa Board said prices fell 3%. " + LAST, "Malaysian Cocoa Board"),
]


@pytest.mark.parametrize("text, claimant", ORGANS, ids=[row[0][:60] for row in ORGANS])
def test_board_of_several_organisations(text, claimant):
    assert last_records(text) == [figure(LAST, "eight", 8, None, None, "sen per share", None, claimant) | {
        "sentence_index": 2 if text.count(".") > 2 else 1,
        "start": text.index(LAST) + LAST.index("eight"), "end": text.index(LAST) + LAST.index("eight") + 5}]
