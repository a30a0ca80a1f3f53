"""The outlet that writes the story, named only as the one a speaker tells or speaks to, or as the
one that finds out (session 24). Every sentence here is written for the tests; each row asserts the
article's whole actors (name, type) and the actor each position goes to. Rows marked NEGATIVE keep
the body: it is told as a body (its name has a body's head word), or the story writes it otherwise."""
from __future__ import annotations

import pytest

from conftest import extract


def actors_and_speakers(text: str) -> tuple[list[tuple], list[tuple]]:
    result = extract(text)
    return (sorted((m.name, m.type) for m in result.mentions),
            [(p.speaker, p.actor) for p in result.positions])


THE_WRITERS_OUTLET = [
    # the one a speaker tells
    ("Several motel owners told The Times they had turned away paying guests.",
     [("motel owners", "group")],
     [("Several motel owners", "motel owners")]),
    ("A spokesperson for the regulator told Gulf News, adding that any prospectus would be reviewed.",
     [], [("A spokesperson for the regulator", None)]),
    # the one a speaker speaks to or with
    ("Speaking to Arab News at the company's headquarters, chief executive Omar Nasser said the board had "
     "hired advisers.",
     [("Omar Nasser", "person")],
     [("chief executive Omar Nasser", "Omar Nasser")]),
    ("Speaking with Vanguard, the chairman of the council, Hon. Abdul Tijani, said two bridges had been cut off.",
     [("Abdul Tijani", "person")], [("Abdul Tijani", "Abdul Tijani")]),
    # the one that finds out what the story reports
    ("Vanguard gathered that many of the displaced had moved in with relatives.", [], []),
    ("The Daily Sentinel has learnt that the contract was signed in March.", [], []),
    # NEGATIVE: a body told something is named by its head word
    ("The mayor told the Kessa Chamber of Commerce that rates would fall.",
     [("Kessa Chamber of Commerce", "organization")],
     [("The mayor", None)]),
    # NEGATIVE: the outlet the story is about speaks
    ("The Morning Post reported on Monday that the mayor had resigned. The Morning Post said it stood by its story.",
     [("Morning Post", "organization")],
     [("The Morning Post", "Morning Post"), ("The Morning Post", "Morning Post")]),
    # NEGATIVE: a firm told something that the story writes otherwise too
    ("The minister told Shell that its licence would not be renewed. Shell declined to comment.",
     [("Shell", "organization")],
     [("The minister", None)]),
]


@pytest.mark.parametrize("text, actors, speakers", THE_WRITERS_OUTLET)
def test_the_writers_outlet(text, actors, speakers):
    assert actors_and_speakers(text) == (actors, speakers)
