"""How a person's name is cut from the words around it: tables of invented sentences, whole records."""
from __future__ import annotations

import pytest

from conftest import extract


def records(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """Every actor of a text but unnamed groups, as (name, type, role, affiliation's name)."""
    result = extract(text)
    names = {m.key: m.name for m in result.mentions}
    return sorted((m.name, m.type, m.role, names.get(m.affiliation)) for m in result.mentions if m.type != "group")


BARE_INITIALS = [
    # initials without stops before a surname (South Asian usage) open a person's name, which
    # the recogniser misses or runs into the title before it
    ("District Collector R K Sharma said the flyover would be closed for repairs.",
     [("R K Sharma", "person", "District Collector", None)]),
    ("Chief Fire Officer S Lokesh said the rubble had to be cleared by hand.",
     [("S Lokesh", "person", "Chief Fire Officer", None)]),
    ("A K Singh, the chief engineer, said the contractor had been asked to explain.",
     [("A K Singh", "person", "chief engineer", None)]),
    ("Sub-Inspector P Ramesh said traffic was diverted.",
     [("P Ramesh", "person", "Sub-Inspector", None)]),
    ("Superintendent of Police V Anand said a case had been filed.",
     [("V Anand", "person", "Superintendent of Police", None)]),
    ("Local MLA K T Rao demanded an inquiry. \"This is negligence,\" Rao said.",
     [("K T Rao", "person", "Local MLA", None)]),
    # NEGATIVE: a letter that names a model, a grade, a gate or a block, not initials
    ("Owners of the Model S Tesla said repairs were slow.", []),
    ("Plan B Holdings said profits rose.", []),
    ("Passengers at Gate B Terminal waited for hours.", []),
    ("Grade A Beef prices climbed in March, said Tom Reed, a trader.",
     [("Tom Reed", "person", "trader", None)]),
]


@pytest.mark.parametrize("text, expected", BARE_INITIALS)
def test_bare_initials_open_a_persons_name(text, expected):
    assert records(text) == expected
