"""A name's type from how the text refers to it (session 22, types30). Every sentence here is
written for the tests."""
from __future__ import annotations

import pytest

from conftest import extract
from generator.resolve import resolve


def actors_of(text: str) -> list[tuple[str, str]]:
    return sorted((a.name, a.type) for a in resolve([extract(text, "art-0")]).actors if a.type != "group")


CALLED_IT = [
    # 'it' doing something in the clause the name says: a body, not a person
    ("Sunrise Dairy said it would raise prices next month.", [("Sunrise Dairy", "organization")]),
    ("Bellwether Fields said it expected to hire 40 workers this year.", [("Bellwether Fields", "organization")]),
    ("Quarry Lane announced it would shut its plant in March.", [("Quarry Lane", "organization")]),
    ("Kestrel Lithium said on Monday that its output rose 12 per cent.", [("Kestrel Lithium", "organization")]),
    ("Ironbark Minerals said its chief executive would step down.", [("Ironbark Minerals", "organization")]),
    ("Dunmore Crest said it expected sales to double.", [("Dunmore Crest", "organization")]),
    # a body's noun in apposition
    ("Larkspur Ward, a think-tank, said wages had stalled.", [("Larkspur Ward", "organization")]),
    ("Safe Streets Alliance, a campaign group, said crime fell.", [("Safe Streets Alliance", "organization")]),
    # negatives: an impersonal 'it', a given name, a person's pronoun, a person's noun
    ("Okoro Nwosu, a teacher, said demand was rising.", [("Okoro Nwosu", "person")]),
    ("Okoro Nwosu, the union's leader, said its members would strike.", [("Okoro Nwosu", "person")]),
    ("Ngozi Eze said it would take years to rebuild.", [("Ngozi Eze", "person")]),
    ("Ann Lowe, who runs the shelter, said it was full.", [("Ann Lowe", "person")]),
    ("Harlan Voss said it would close the mill, and he blamed the banks.", [("Harlan Voss", "person")]),
]


@pytest.mark.parametrize("text, expected", CALLED_IT)
def test_a_name_the_text_calls_it_is_a_body(text, expected):
    assert actors_of(text) == expected
