"""A country's adjective or name before plural nouns of private trade or a noun of an economy ('the largest
Kessan makers', 'Kessan companies', 'Kessan industry representatives') says whose economy: no mention of the
state, no alias of it, no voice of it (session 29). Every sentence here is written for the tests; each row
asserts the article's whole actors (name, type, aliases, mentions) and the actor each position goes to.
Rows marked NEGATIVE keep the country: its officials and government's people speak for it, and a
nationality that describes a named firm is the firm's (its page, its role)."""
from __future__ import annotations

import pytest

from conftest import actors_and_speakers


def _as_listed(m) -> tuple:
    """An actor as these tables list it."""
    return (m.name, m.type, tuple(m.aliases), m.count)


A_COUNTRYS_TRADE = [
    # the makers and the industry's representatives are the country's economy, not the state
    ("Kessa Valve Corp will buy Orlin Pumps Ltd, combining two of the largest Norwegian makers of valves. Norwegian "
     "industry representatives said ports were slow.",
     [("Kessa Valve Corp", "organization", (), 1), ("Orlin Pumps Ltd", "organization", (), 1),
      ("norwegian industry representatives", "group", (), 1)],
     [("Norwegian industry representatives", "norwegian industry representatives")]),
    # the state, named otherwise, keeps its page, without the trade's adjective as an alias
    ("Norway and Chile agreed on a trade pact. Norwegian companies are ready to invest, said Trade Minister "
     "Sigrid Holm of Norway.",
     [("Chile", "country", (), 1), ("Norway", "country", (), 2), ("Sigrid Holm", "person", (), 1)],
     [("Trade Minister Sigrid Holm of Norway", "Sigrid Holm")]),
    # NEGATIVE: its officials and its government's advisers speak for it
    ("Norwegian officials said the pact was fair. Norwegian government advisers said it was a start.",
     [("Norway", "country", ("Norwegian",), 2)],
     [("Norwegian officials", "Norway"), ("Norwegian government advisers", "Norway")]),
    # the voice of an industry is the industry's; 'state firms' are the state's, no trade's
    ("Turkish industry spokesmen said the tariffs hurt. Turkish state firms said nothing.",
     [("Turkey", "country", ("Turkish",), 1), ("turkish industry spokesmen", "group", (), 1)],
     [("Turkish industry spokesmen", "turkish industry spokesmen")]),
    # the country only its trade names, clearly the story's, has the page its government's words go to
    ("Chilean makers of copper wire said demand fell. Chilean exporters said ports were slow. The government "
     "said it would help.",
     [("Chile", "country", (), 1), ("chilean exporters", "group", (), 1),
      ("chilean makers of copper wire", "group", (), 1)],
     [("Chilean makers of copper wire", "chilean makers of copper wire"), ("Chilean exporters", "chilean exporters"),
      ("The government", "Chile")]),
    # NEGATIVE (review): an economy's word before a state body's or an office's head is the state's
    ("The Tanzanian industry ministry said exports rose. The Kenyan economy minister, Jane Wairimu, said growth "
     "slowed.",
     [("Jane Wairimu", "person", (), 1), ("Kenya", "country", ("Kenyan",), 1), ("Tanzania", "country", ("Tanzanian",), 1)],
     [("The Tanzanian industry ministry", None), ("The Kenyan economy minister", "Jane Wairimu")]),
    ("Kenyan market regulators said they would investigate the trades.",
     [("Kenya", "country", ("Kenyan",), 1)], [("Kenyan market regulators", None)]),
    # NEGATIVE: a nationality that describes a named firm stays the country's mention
    ("Norwegian shipbuilder Orlin Yards AG will cut 200 jobs. The government said it would help workers in Norway.",
     [("Norway", "country", ("Norwegian",), 3), ("Orlin Yards AG", "organization", (), 1)],
     [("The government", "Norway")]),
]


@pytest.mark.parametrize("text, actors, speakers", A_COUNTRYS_TRADE)
def test_a_countrys_trade(text, actors, speakers):
    assert actors_and_speakers(text, _as_listed) == (actors, speakers)
