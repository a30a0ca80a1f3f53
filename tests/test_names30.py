"""Where a person's name starts: letters of a title written before a full name are no part of
it (invented sentences, whole records)."""
from __future__ import annotations

import pytest

from conftest import extract


def records(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """Every actor of a text but unnamed groups, as (name, type, role, affiliation's name)."""
    result = extract(text)
    names = {m.key: m.name for m in result.mentions}
    return sorted((m.name, m.type, m.role, names.get(m.affiliation)) for m in result.mentions if m.type != "group")


TITLE_LETTERS_BEFORE_A_FULL_NAME = [
    ("DPP Lim Wei Chen said the charges would stand.", [("Lim Wei Chen", "person", None, None)]),
    ("MK Yael Barzani said the vote was a mistake.", [("Yael Barzani", "person", None, None)]),
    ("IGP Musa Bello Danjuma said officers had been deployed.", [("Musa Bello Danjuma", "person", None, None)]),
    ("AG Karen Whitlow said the appeal would proceed.", [("Karen Whitlow", "person", None, None)]),
    ("CJ Grace Mutua Wanjiru said the court would sit on Monday.", [("Grace Mutua Wanjiru", "person", None, None)]),
    # NEGATIVE: two capitals before two names may be a person's initials
    ("Meanwhile, KT Rama Rao said the state would cope.", [("KT Rama Rao", "person", None, None)]),
    # NEGATIVE: a body's letters before a body's name
    ("NASA Goddard Space Flight Center said the launch was delayed.",
     [("Goddard Space Flight Center", "organization", None, None), ("NASA", "organization", None, "United States"),
      ("United States", "country", None, None)]),
]


@pytest.mark.parametrize("text, expected", TITLE_LETTERS_BEFORE_A_FULL_NAME)
def test_title_letters_are_cut_from_a_full_name(text, expected):
    assert records(text) == expected
