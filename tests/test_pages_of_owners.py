"""Pages of a country or region named only inside a body's name (session 24). Every sentence here is
written for the tests; each row asserts the briefing's whole actors (name, type, affiliation by name)
after resolving, and the actor each position goes to. Rows marked NEGATIVE keep the owner's page: the
text writes it by itself, a person belongs to it, or only its demonym is in the body's name."""
from __future__ import annotations

import pytest

from conftest import extract
from generator.resolve import resolve


def pages(*texts: str) -> tuple[list[tuple], list[tuple]]:
    briefing = resolve([extract(t, f"a{n}") for n, t in enumerate(texts)])
    names = {a.id: a.name for a in briefing.actors}
    return (sorted((a.name, a.type, names.get(a.affiliation)) for a in briefing.actors),
            [(p.speaker, names.get(p.actor)) for p in briefing.positions])


OWNERS_NAMED_ONLY_IN_THEIR_BODIES = [
    # the country opens the body's name
    (["The Nigeria Hydrological Services Agency said the river would flood."],
     [("Nigeria Hydrological Services Agency", "organization", None)],
     [("The Nigeria Hydrological Services Agency", "Nigeria Hydrological Services Agency")]),
    (["Forecasters at the Pakistan Meteorological Department said heavy rain would fall over Karachi until Sunday."],
     [("Pakistan Meteorological Department", "organization", None)],
     [("Forecasters at the Pakistan Meteorological Department", "Pakistan Meteorological Department")]),
    (["Officials of the Kenya Revenue Authority have seized 300 crates of spirits, KRA said."],
     [("Kenya Revenue Authority", "organization", None)],
     [("KRA", "Kenya Revenue Authority")]),
    # two bodies of one country, neither writing it alone
    (["Workers under the Nigeria Labour Congress marched on Monday. The Nigeria Union of Teachers told its "
      "members to stay home."],
     [("Nigeria Labour Congress", "organization", None), ("Nigeria Union of Teachers", "organization", None)],
     [("The Nigeria Union of Teachers", "Nigeria Union of Teachers")]),
    # a region (a state of a federation), its name read before the body's head
    (["The Tennessee Highway Patrol said the driver had been arrested."],
     [("Tennessee Highway Patrol", "organization", None)],
     [("The Tennessee Highway Patrol", "Tennessee Highway Patrol")]),
    # the country ends the body's name
    (["The Bank of Canada said it would hold its key rate at 4%."],
     [("Bank of Canada", "organization", None)],
     [("The Bank of Canada", "Bank of Canada")]),
    # NEGATIVE: the text writes the country by itself too
    (["The Kenya Wildlife Service said poaching fell. Kenya has 1,200 rangers."],
     [("Kenya", "country", None), ("Kenya Wildlife Service", "organization", "Kenya")],
     [("The Kenya Wildlife Service", "Kenya Wildlife Service")]),
    # NEGATIVE: a person belongs to the country
    (["The Nigeria Labour Congress called a strike. Nigeria's finance minister, Wale Edun, said the government "
      "would talk."],
     [("Nigeria", "country", None), ("Nigeria Labour Congress", "organization", None),
      ("Wale Edun", "person", "Nigeria")],
     [("Nigeria's finance minister", "Wale Edun")]),
    # NEGATIVE: a demonym is no name of the country written in the body's
    (["The Russian Foreign Ministry said talks would resume."],
     [("Russia", "country", None), ("Russian Foreign Ministry", "organization", "Russia")],
     [("The Russian Foreign Ministry", "Russian Foreign Ministry")]),
    # NEGATIVE: another article writes the country by itself
    (["The Ghana Cocoa Board raised the farm-gate price on Friday.", "Ghana will hold elections in December."],
     [("Ghana", "country", None), ("Ghana Cocoa Board", "organization", None)],
     []),
]


@pytest.mark.parametrize("texts, actors, speakers", OWNERS_NAMED_ONLY_IN_THEIR_BODIES)
def test_owners_named_only_in_their_bodies(texts, actors, speakers):
    assert pages(*texts) == (actors, speakers)
