"""A double or hyphenated surname the recogniser cut at its hyphen is one name (session 24): the
entity ended before the hyphen ('[Ana Dumaran]-Reyes'), or before the hyphenated word
('[Romeo Balagtas] Kiw-an'). Every sentence here is written for the tests; each row asserts the
article's whole actors (name, type, aliases, role) and the actor each position goes to. Rows marked
NEGATIVE keep what follows the name apart (a verb, a prefix, a word read as 'led')."""
from __future__ import annotations

import pytest

from conftest import actors_and_speakers


def _as_listed(m) -> tuple:
    """An actor as these tables list it."""
    return (m.name, m.type, tuple(sorted(m.aliases)), m.role)


HYPHENATED_SURNAMES = [
    # the entity ended before the hyphen: the second surname is the name's
    ("Regional Director Marivic Dumalag-Santos said 300 families had been moved. Dumalag-Santos added that "
     "roads were closed.",
     [("Marivic Dumalag-Santos", "person", ("Dumalag-Santos",), "Regional Director")],
     [("Regional Director Marivic Dumalag-Santos", "Marivic Dumalag-Santos"),
      ("Dumalag-Santos", "Marivic Dumalag-Santos")]),
    # the entity ended before the hyphenated word
    ("Mayor Romeo Balagtas Kiw-an said the town had no power.",
     [("Romeo Balagtas Kiw-an", "person", ("Mayor Romeo Balagtas Kiw-an",), "Mayor")],
     [("Mayor Romeo Balagtas Kiw-an", "Romeo Balagtas Kiw-an")]),
    # whole already: unchanged
    ('"We are ready," said Governor Ana Reyes-Villanueva. Reyes-Villanueva said more help was coming.',
     [("Ana Reyes-Villanueva", "person", ("Governor Ana Reyes-Villanueva", "Reyes-Villanueva"), "Governor")],
     [("Governor Ana Reyes-Villanueva", "Ana Reyes-Villanueva"), ("Reyes-Villanueva", "Ana Reyes-Villanueva")]),
    ("Councillor Peter Lloyd-Jones told reporters the vote was close. Lloyd-Jones said he would abstain.",
     [("Peter Lloyd-Jones", "person", ("Lloyd-Jones",), "Councillor")],
     [("Councillor Peter Lloyd-Jones", "Peter Lloyd-Jones"), ("Lloyd-Jones", "Peter Lloyd-Jones")]),
    ("The spokesperson, Teresita Villanueva-Abad, said the embassy was open.",
     [("Teresita Villanueva-Abad", "person", (), "spokesperson")],
     [("The spokesperson", "Teresita Villanueva-Abad")]),
    # NEGATIVE: a verb after a letter and a hyphen is no surname
    ("Activist Grace Obi X-rayed the bags, police said.",
     [("Grace Obi", "person", (), None), ("police", "group", (), None)],
     [("police", "police")]),
    # NEGATIVE: a participle after the name
    ("The Tom Reed-led coalition won the vote, Reed said.",
     [("Tom Reed", "person", ("Reed",), None)],
     [("Reed", "Tom Reed")]),
]


@pytest.mark.parametrize("text, actors, speakers", HYPHENATED_SURNAMES)
def test_hyphenated_surnames(text, actors, speakers):
    assert actors_and_speakers(text, _as_listed) == (actors, speakers)
