"""A name the gazetteer knows as a town, a province or a state, written only as the qualifier of lower-case
common nouns that stand right before the name of their holder, a person or a body the rules made an actor
('the Hamilton haulage firm Tarrant & Voss'), is where that holder is: a place, no actor, and never the
speaker of what the holder says (session 49, area 'names'; generator/extract/actors.py
`_qualifies_a_common_noun_before_its_holder`, a reading of the walk in `_qualifies_a_persons_noun`). Rows
marked NEGATIVE keep what was there: no holder's name right after the noun (a club that speaks in a relative
clause, a council with a district in apposition, a doctrine, plan, foundation or inquiry named after a
person), the name acting elsewhere ('Hamilton said'), a name the gazetteer does not know ('Kessa'), a
possessor ('Hamilton's firm'), a noun a person's name qualifies as often ('a Jackson aide': lexicon
NOUNS_A_PERSONS_NAME_QUALIFIES), a name typed as a person's before a noun of no body or trade ('Kennedy
archivist X': lexicon BODY_OR_TRADE_NOUNS). The sentences and the people's and firms' names are invented for these tests
(the place names are the gazetteer's); each row is the text's every actor as (name, type, role, affiliation)
and every position as (speaker, actor's name)."""
from __future__ import annotations

import pytest

from conftest import actor_records_and_speakers

P = "person"
O = "organization"


ROWS = [
    ("The Hamilton haulage firm Tarrant & Voss lodged the only tender and won it.",
     [("Tarrant & Voss", O, "Hamilton haulage firm", None)],
     []),
    ("The Hamilton engineering firm Pellow Brothers finished the bridge in May.",
     [("Pellow Brothers", O, "Hamilton engineering firm", None)],
     []),
    ("The Madison trucking firm Orley Haulage said it had cut 30 drivers.",
     [("Orley Haulage", O, "Madison trucking firm", None)],
     [("The Madison trucking firm", "Orley Haulage")]),
    # NEGATIVE: no holder's name right after the qualified noun
    ("The levy was paid to the Hamilton club, which said it owed $3m.",
     [("Hamilton", P, None, None)],
     [("the Hamilton club", "Hamilton")]),
    ("Hamilton council, Waikato District, said the road would reopen.",
     [("Hamilton", P, None, None)],
     [("Hamilton council", "Hamilton")]),
    ("Under the Jackson doctrine, 3 cases were dropped.",
     [("Jackson", P, None, None)],
     []),
    ("Under the Warren plan, taxes on the rich would rise 2%.",
     [("Warren", P, None, None)],
     []),
    ("Staff at the Clinton foundation said 2,000 children were helped.",
     [("Clinton", P, None, None)],
     [("Staff at the Clinton foundation", None)]),
    ("The report by the Hamilton inquiry found 12 failings.",
     [("Hamilton", P, None, None)],
     []),
    # NEGATIVE: the name acts elsewhere in the text
    ("Hamilton said it would review the plan. The Hamilton council met on Monday.",
     [("Hamilton", P, None, None)],
     [("Hamilton", "Hamilton")]),
    # NEGATIVE: a name the gazetteer does not know keeps what the recogniser made of it
    ("The Kessa accountancy firm Reed Partners said the charity was insolvent.",
     [("Kessa", P, None, None), ("Reed Partners", O, "Kessa accountancy firm", None)],
     [("The Kessa accountancy firm Reed Partners", "Reed Partners")]),
    # NEGATIVE: a possessor, an owner
    ("Hamilton's accountancy firm said the charity was insolvent.",
     [("Hamilton", P, None, None)],
     [("Hamilton's accountancy firm", None)]),
    # NEGATIVE: a noun a person's name qualifies as often as a place's
    ("A Jackson aide, Tom Reed, said the bill was dead.",
     [("Jackson", P, None, None), ("Tom Reed", P, "aide", "Jackson")],
     [("A Jackson aide", "Jackson")]),
    ("The Hamilton family said the boy had been found.",
     [("Hamilton", P, None, None)],
     [("The Hamilton family", "Hamilton")]),
    # NEGATIVE: a name typed as a person's before a noun of no body or trade (one who studies the person)
    ("Jackson biographer Ann Lowe said the tapes were sold for $3m.",
     [("Ann Lowe", P, "biographer", None), ("Jackson", P, None, None)],
     [("Jackson biographer Ann Lowe", "Ann Lowe")]),
    ("Kennedy archivist Tom Reed said 800 files were still sealed.",
     [("Kennedy", P, None, None), ("Tom Reed", P, "archivist", None)],
     [("Kennedy archivist Tom Reed", "Tom Reed")]),
]


@pytest.mark.parametrize("text,actors,positions", ROWS)
def test_a_known_place_qualifying_a_common_noun_before_its_holder_is_no_actor(text, actors, positions):
    assert actor_records_and_speakers(text) == (sorted(actors), positions)
