"""The seat in the brackets after a member's name, after the party's short label ('(KDP, Kessa North)',
'(KDP-Kessa)'), is a place, no actor, also where the recogniser read a party's label the lexicon knows
(BRACKETED_PARTY_LABELS, PARTY_CODES) and the seat as one name ('(Con, Harbury)', '(R-Ohio)') or the seat is
two places the gazetteer knows joined by 'and' ('(Lab, Bingley and Shipley)') (session 49, area 'names';
generator/extract/actor_names.py `after_a_party_label_in_brackets`, read by
actors._drop_constituencies_in_brackets and by roles' reading of a body's name, which refuses only a seat after
a party's label the lexicon knows). Rows marked NEGATIVE keep what was there: a firm's letters before a country
('(KPMG-India)'), a post's letters before a firm ('(MD-Nexora)'), two firms joined by 'and' ('(CEO, Orwin Motors and Kessa Foods)'), a known body's letters
('(UN-Habitat)'), a body's name after the label ('(ABC, Kessa Trust)'), a body alone in the brackets ('(Kessa
Rovers)'), a body's letters and a place ('(NFU, Harbury)': the union stays the member's body). The sentences
and the people's and firms' names are invented for these tests (the towns joined by 'and' are the
gazetteer's); each row is the text's every actor as (name, type, role, affiliation) and every position as
(speaker, actor's name)."""
from __future__ import annotations

import pytest

from conftest import actor_records_and_speakers

P = "person"
O = "organization"


ROWS = [
    ("Cllr Wendy Okafor (Con, Harbury) called the levy a tax on pensioners.",
     [("Conservative Party", O, None, None), ("Wendy Okafor", P, "Councillor", "Conservative Party")],
     [("Cllr Wendy Okafor", "Wendy Okafor")]),
    ("Cllr Ann Lowe (Lab, Bingley and Shipley) said the budget was unfair.",
     [("Ann Lowe", P, "Councillor", "Labour Party"), ("Labour Party", O, None, None)],
     [("Cllr Ann Lowe", "Ann Lowe")]),
    ("Marek Szabo (R-Ohio) said the bill would pass.",
     [("Marek Szabo", P, None, "Republican Party"), ("Republican Party", O, None, None)],
     [("Marek Szabo", "Marek Szabo")]),
    ("Kofi Mensah (NPP, Orwin East), the minority whip, called the sum padded.",
     [("Kofi Mensah", P, "minority whip", "NPP"), ("NPP", O, None, None)],
     [("Kofi Mensah", "Kofi Mensah")]),
    ("Councillor Tom Reed (Lib Dem, Wexley) said the levy was flawed.",
     [("Liberal Democrats", O, None, None), ("Tom Reed", P, "Councillor", "Liberal Democrats")],
     [("Councillor Tom Reed", "Tom Reed")]),
    # NEGATIVE: a firm's letters before a country, a post's letters before the firm; two firms joined by 'and'
    ("Tom Reed (KPMG-India) said the audit was clean.",
     [("India", "country", None, None), ("Tom Reed", P, None, None)],
     [("Tom Reed", "Tom Reed")]),
    ("Ann Lowe (MD-Nexora) said 40 jobs would go.",
     [("Ann Lowe", P, None, None), ("Nexora", O, None, None)],
     [("Ann Lowe", "Ann Lowe")]),
    ("Ann Lowe (CEO, Orwin Motors and Kessa Foods) said output fell 6%.",
     [("Ann Lowe", P, "CEO", None), ("Kessa Foods", O, None, None), ("Orwin Motors", O, None, None)],
     [("Ann Lowe", "Ann Lowe")]),
    # NEGATIVE: a known body's letters, a body's name after the label, a body alone, a body's letters
    ("Ann Lowe (UN-Habitat) said the camps were full.",
     [("Ann Lowe", P, None, None), ("United Nations", O, None, None)],
     [("Ann Lowe", "Ann Lowe")]),
    ("Ann Lowe (ABC, Kessa Trust) said the ward would close.",
     [("ABC", O, None, None), ("Ann Lowe", P, None, None)],
     [("ABC", "ABC")]),
    ("Ann Lowe, 45, (Kessa Rovers) said the club was broke.",
     [("Ann Lowe", P, None, None), ("Kessa Rovers", O, None, None)],
     [("Ann Lowe", "Ann Lowe")]),
    ("Tom Reed (NFU, Harbury) said the harvest had failed.",
     [("NFU", O, None, None), ("Tom Reed", P, None, "NFU")],
     [("Tom Reed", "Tom Reed")]),
]


@pytest.mark.parametrize("text,actors,positions", ROWS)
def test_the_seat_in_a_members_brackets_is_no_actor(text, actors, positions):
    assert actor_records_and_speakers(text) == (sorted(actors), positions)
