"""The first word of a paragraph set in capitals (a lede's typographic style: 'TENANTS along the canal …') is a
common noun in the plural, no actor, where it is one word of five letters or more ending in 's', a noun of the
model's word list or of one named by what they do once its plural's ending is cut ('tenants' → 'tenant'), a
preposition follows it right after, and it is no speaker's subject (session 50, area 'names'; generator/extract/actor_names.py `_a_shouted_lead_word`, read by `name_span`).
Rows marked NEGATIVE keep what was there: an acronym that speaks, a body's name of two words in capitals, a firm's
or a team's one-word name in capitals whose '-s' is no plural's ending ('siemens', 'airbus', 'williams'). The
sentences and all names are invented for these tests; each row is the text's every actor as (name, type, role,
affiliation) and every position as (speaker, actor's name)."""
from __future__ import annotations

import pytest

from conftest import actor_records_and_speakers

P = "person"
O = "organization"


ROWS = [
    ("TENANTS along the canal face rent rises of 12% from June, Ann Lowe said.",
     [("Ann Lowe", P, None, None)],
     [("Ann Lowe", "Ann Lowe")]),
    ("COMMUTERS on the coast line lost 40 minutes a day in May, the Kessa Rail Board said.",
     [("Kessa Rail Board", O, None, None)],
     [("the Kessa Rail Board", "Kessa Rail Board")]),
    ("VENDORS at the night market paid 15% more in stall fees, Tom Reed said.",
     [("Tom Reed", P, None, None)],
     [("Tom Reed", "Tom Reed")]),
    # NEGATIVE: an acronym that speaks; a body's name in capitals
    ("KESSA TRUST said 40 staff would go.",
     [("KESSA TRUST", O, None, None)],
     [("KESSA TRUST", "KESSA TRUST")]),
    ("Tom Reed said the plan failed.\n\nWORKERS will strike on Monday, Ann Lowe said.",
     [("Ann Lowe", P, None, None), ("Tom Reed", P, None, None)],
     [("Tom Reed", "Tom Reed"), ("Ann Lowe", "Ann Lowe")]),
    # NEGATIVE: a firm's or a team's name in capitals whose '-s' is no plural's ending
    ("SIEMENS in Ghana will build 2 substations by 2028.",
     [("SIEMENS", O, None, None)],
     []),
    ("AIRBUS in Seville will add 900 jobs this year.",
     [("AIRBUS", O, None, None)],
     []),
    ("WILLIAMS for a third season led the table with 310 points.",
     [("WILLIAMS", P, None, None)],
     []),
]


@pytest.mark.parametrize("text,actors,positions", ROWS)
def test_a_shouted_lead_word_is_no_actor(text, actors, positions):
    assert actor_records_and_speakers(text) == (sorted(actors), positions)
