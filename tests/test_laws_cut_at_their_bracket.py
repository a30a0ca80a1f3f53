"""A law's name with a bracket of its amendment or subject ('the Harbour Levies (Amendment) Bill', 'the Public
Roads (Tolls and Fees) Bill') is cut by the recogniser at or inside the bracket: what it reads before the bracket
is the opening of the law's name and the law's head word after it ('Bill', read as a person's name) is no one;
neither is an actor (session 50, area 'names'; generator/extract/actor_names.py
`_opens_a_laws_name_before_its_bracket`, `_a_laws_head_after_its_bracket`, read by `name_span`; the law's name
across the bracket is read by `names_a_thing` with its given-name guards). Rows marked NEGATIVE keep what
was there: letters of a name in the bracket ('(KWB) Act'), a bracket after a body with no law's word after it, a
body's name a law is named after ('Kessa Ports Authority (Amendment) Bill'), a person's given name after a
party's bracket, a person's name before a bracket ('Kate Moss (56)'), 'Bill' with a surname after a bracket
('(seated) Bill Tanui'). The sentences and all names are invented for these tests; each row is the text's every actor as
(name, type, role, affiliation) and every position as (speaker, actor's name)."""
from __future__ import annotations

import pytest

from conftest import actor_records_and_speakers

P = "person"
O = "organization"


ROWS = [
    ("Senators approved the Harbour Levies (Amendment) Bill 2026 late on Wednesday. The Harbour Levies Board "
     "expects to hire 15 inspectors.",
     [("Harbour Levies Board", O, None, None)],
     []),
    ("Ann Lowe, the minister, tabled the Public Roads (Tolls and Fees) Bill, which she said would raise $2m.",
     [("Ann Lowe", P, "minister", None)],
     [("she", "Ann Lowe")]),
    ("Tom Reed said the Municipal (Amendment) Bill, 2026 would give councils 12 new powers.",
     [("Tom Reed", P, None, None)],
     [("Tom Reed", "Tom Reed")]),
    ("The Coastal Fisheries (No. 2) Bill would cut quotas by 10%, Ann Lowe said.",
     [("Ann Lowe", P, None, None)],
     [("Ann Lowe", "Ann Lowe")]),
    ("MPs debated the Water Services (Charges) Regulation for 3 hours, the Orwin Water Board said.",
     [("Orwin Water Board", O, None, None)],
     [("the Orwin Water Board", "Orwin Water Board")]),
    # NEGATIVE: letters of a name in the bracket; a bracket after a body with no law's word after it
    ("The Kessa Water Board (KWB) Act was passed, and the Kessa Water Board said it would hire 40 staff.",
     [("Kessa Water Board", O, None, None)],
     [("the Kessa Water Board", "Kessa Water Board")]),
    ("Orwin Motors (Holdings) said profit rose 4%.",
     [("Holdings", O, None, None), ("Orwin Motors", O, None, None)],
     [("Orwin Motors", "Orwin Motors")]),
    ("The Harbour Trust (Amendment) meeting said 4 members resigned.",
     [("Harbour Trust", O, None, None)],
     [("The Harbour Trust (Amendment) meeting", "Harbour Trust")]),
    # NEGATIVE: a body's name a law is named after; a given name after a party's bracket
    ("The Kessa Ports Authority (Amendment) Bill would let the authority borrow $40m, Tom Reed said.",
     [("Kessa Ports Authority", O, None, None), ("Tom Reed", P, None, None)],
     [("Tom Reed", "Tom Reed")]),
    ("Ann Lowe (Labour) and Bill Reed (Green) said the plan would cost 400 jobs.",
     [("Ann Lowe", P, None, None), ("Bill Reed", P, None, None)],
     [("Ann Lowe", "Ann Lowe"), ("Bill Reed", "Bill Reed")]),
    # NEGATIVE: a person's name before a bracket of an age or a caption's place, then 'Bill' with a surname
    ("Kate Moss (56) Bill Tanui (61) and Joe Ward (38) each denied the charge.",
     [("Bill Tanui", P, None, None), ("Joe Ward", P, None, None), ("Kate Moss", P, None, None)],
     []),
    ("Kate Moss (seated) Bill Tanui and 2 others were detained, the army said.",
     [("Bill Tanui", P, None, None), ("Kate Moss", P, None, None)],
     [("the army", None)]),
    ("Kate Moss (Kessa West) Bill Tanui said the count was 52-31.",
     [("Bill Tanui", P, None, None), ("Kate Moss", P, None, None)],
     [("Bill Tanui", "Bill Tanui")]),
]


@pytest.mark.parametrize("text,actors,positions", ROWS)
def test_a_laws_name_cut_at_its_bracket_is_no_actor(text, actors, positions):
    assert actor_records_and_speakers(text) == (sorted(actors), positions)
