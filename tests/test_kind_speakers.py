"""A body named again as a speaker or source by a kind phrase its name answers ('Westbrook Public
Health confirmed … . According to the health unit, …'): the position is the body's, and so are
the figures it gives. Every sentence here is written for the tests; rows with an actor of None are
the negatives, where the phrase may mean another body."""
from __future__ import annotations

import pytest

from conftest import extract, positions_of


KIND_PHRASE_SPEAKERS = [
    # 'the <word> <kind>': the one body named before whose name's head is the word
    ("Westbrook Public Health confirmed 20 cases on Monday. According to the health unit, 40 percent of the "
     "patients were children.",
     [("Westbrook Public Health", "Westbrook Public Health", "confirmed", "20 cases", False),
      ("the health unit", "Westbrook Public Health", "according to", "40 percent of the patients were children", False)]),
    ("Harbour Metro Transit raised fares on Monday. The transit agency said ridership had fallen 12 percent.",
     [("The transit agency", "Harbour Metro Transit", "said", "ridership had fallen 12 percent", False)]),
    ("Dunmore Water cut supply to the east of the town. The water company said in a statement that 3,000 homes "
     "were affected.",
     [("The water company", "Dunmore Water", "said", "3,000 homes were affected", False)]),
    ("Kessel Public Health opened clinics in May. About 900 people were vaccinated, the health unit said.",
     [("the health unit", "Kessel Public Health", "said", "About 900 people were vaccinated", False)]),
    ("Kestrel Rail cancelled 40 trains on Monday. The rail operator said in a statement that 12 percent of "
     "services were hit.",
     [("The rail operator", "Kestrel Rail", "said", "12 percent of services were hit", False)]),
    # NEGATIVE: two bodies whose names end in the word
    ("Westbrook Public Health and Norfield Public Health confirmed 20 cases. According to the health unit, "
     "40 percent of the patients were children.",
     [("Westbrook Public Health", "Westbrook Public Health", "confirmed", "20 cases", False),
      ("Norfield Public Health", "Norfield Public Health", "confirmed", "20 cases", False),
      ("the health unit", None, "according to", "40 percent of the patients were children", False)]),
    # NEGATIVE: the body is named only after the phrase
    ("According to the health unit, 40 percent of the patients were children. Westbrook Public Health confirmed "
     "20 cases on Monday.",
     [("the health unit", None, "according to", "40 percent of the patients were children", False),
      ("Westbrook Public Health", "Westbrook Public Health", "confirmed", "20 cases", False)]),
    ("Kessel Energy cut 300 jobs on Monday. The energy regulator said prices would rise 4 percent.",
     [("The energy regulator", None, "said", "prices would rise 4 percent", False)]),
    # NEGATIVE: another body named before may be of the kind though its name ends otherwise
    ("Harbour Metro Transit and the Kessel Transport Authority raised fares. The transit agency said ridership "
     "had fallen 12 percent.",
     [("The transit agency", None, "said", "ridership had fallen 12 percent", False)]),
    ("Kestrel Water and Orwin Energy raised prices on Monday. The water company said costs had risen 8 percent.",
     [("The water company", None, "said", "costs had risen 8 percent", False)]),
    # NEGATIVE: an unnamed body of the kind spoken of before ('a rival health unit')
    ("Westbrook Public Health confirmed 20 cases. A rival health unit reported 12 more. According to the health "
     "unit, 40 percent of the patients were children.",
     [("Westbrook Public Health", "Westbrook Public Health", "confirmed", "20 cases", False),
      ("A rival health unit", None, "reported", "12 more", False),
      ("the health unit", None, "according to", "40 percent of the patients were children", False)]),
    # NEGATIVE: a kind that answers to the field or speaks for its staff, not the body that runs it
    ("Kessel Public Health confirmed 20 cases. The health ministry said 40 percent of the patients were children.",
     [("Kessel Public Health", "Kessel Public Health", "confirmed", "20 cases", False),
      ("The health ministry", "Health Ministry", "said", "40 percent of the patients were children", False)]),
    ("Harbour Transit raised fares on Monday. The transit union said 300 drivers would strike.",
     [("The transit union", None, "said", "300 drivers would strike", False)]),
    # NEGATIVE: other words in the phrase name another body of the kind
    ("Harbour Metro Transit raised fares on Monday. The regional transit agency said ridership had fallen 12 percent.",
     [("The regional transit agency", None, "said", "ridership had fallen 12 percent", False)]),
    # NEGATIVE: the phrase's word has a word of its own ('Larch', 'city' hung on 'health', 'water')
    ("Westbrook Public Health confirmed 20 cases. The Larch health unit said 40 percent of the patients were children.",
     [("Westbrook Public Health", "Westbrook Public Health", "confirmed", "20 cases", False),
      ("The Larch health unit", None, "said", "40 percent of the patients were children", False)]),
    ("Dunmore Water cut supply to 300 homes. The city water company said bills would rise 5 percent.",
     [("The city water company", None, "said", "bills would rise 5 percent", False)]),
    # NEGATIVE: another body of the kind spoken of before, unnamed ('the town's other', 'its own')
    ("Dunmore Water bought a stake in the town's other water company last year. The water company said 3,000 "
     "homes were affected.",
     [("The water company", None, "said", "3,000 homes were affected", False)]),
    ("Westbrook Public Health confirmed 20 cases. Kessel General Hospital said its own health unit had seen 12 "
     "more. The health unit said 40 percent of the patients were children.",
     [("Westbrook Public Health", "Westbrook Public Health", "confirmed", "20 cases", False),
      ("Kessel General Hospital", "Kessel General Hospital", "said", "its own health unit had seen 12 more", False),
      ("The health unit", None, "said", "40 percent of the patients were children", False)]),
    # NEGATIVE: a name with the word as its head that is no actor ('Orwin Rail')
    ("Kestrel Rail cancelled 40 trains. Drivers at Orwin Rail walked out on Monday. The rail operator said 12 "
     "percent of services were hit.",
     [("The rail operator", None, "said", "12 percent of services were hit", False)]),
    # NEGATIVE: a name written with 'the' (a river's as often as a body's)
    ("The Larch Water burst its banks on Monday. The water company said 300 homes were flooded.",
     [("The water company", None, "said", "300 homes were flooded", False)]),
    # the body named again, in a headline with the word in capitals, or the phrase used twice: still the body's
    ("Water Bills To Rise\n\nDunmore Water cut supply to the east of the town. The water company said in a "
     "statement that 3,000 homes were affected.",
     [("The water company", "Dunmore Water", "said", "3,000 homes were affected", False)]),
    ("Harbour Metro Transit raised fares. The transit agency said ridership had fallen 12 percent. The transit "
     "agency added that 300 buses were idle.",
     [("The transit agency", "Harbour Metro Transit", "said", "ridership had fallen 12 percent", False),
      ("The transit agency", "Harbour Metro Transit", "added", "300 buses were idle", False)]),
]


@pytest.mark.parametrize("text,expected", KIND_PHRASE_SPEAKERS)
def test_kind_phrase_speakers(text, expected):
    assert sorted(positions_of(text)) == sorted(expected)


def test_figures_of_a_kind_phrase_speaker_are_the_bodys():
    result = extract("Westbrook Public Health confirmed 20 cases on Monday. According to the health unit, "
                     "40 percent of the patients were children.")
    names = {m.key: m.name for m in result.mentions}
    assert sorted((f.text, names.get(f.actor)) for f in result.figures) == \
        [("20", "Westbrook Public Health"), ("40 percent", "Westbrook Public Health")]


COMPANY_DESCRIBED_WITH_SHARED_MODIFIERS = [
    # 'X, the <trade> and <trade> company,': the parser hangs 'company' on the first trade word as its
    # conjunct; the phrase still describes X as a company, which 'the company' then takes up
    ("Tarvane Logistics Group, the Lagos freight and warehousing company, reported a rise in profit. Net profit "
     "reached $5 million, the company said in a filing on Tuesday.",
     [("Tarvane Logistics Group", "Tarvane Logistics Group", "reported", "a rise in profit", False),
      ("the company", "Tarvane Logistics Group", "said", "Net profit reached $5 million", False)]),
    ("Orlen Foods, the dairy and bakery company, made a bid for Velstra Farms on Monday. The company said the bid "
     "was worth $40 million.",
     [("The company", "Orlen Foods", "said", "the bid was worth $40 million", False)]),
    # NEGATIVE: two bodies so described
    ("Tarvane Group, the freight company, and Orlen Foods, the dairy and bakery company, agreed to merge. The "
     "company said 300 jobs would go.",
     [("The company", None, "said", "300 jobs would go", False)]),
    # NEGATIVE: the conjunct has a determiner of its own (another party: 'the bank and its owner')
    ("Kessel Holdings, the freight firm and its owner, sued Orwin Dairy Ltd on Monday. The company said the claim "
     "was worth $3 million.",
     [("The company", None, "said", "the claim was worth $3 million", False)]),
]


@pytest.mark.parametrize("text,expected", COMPANY_DESCRIBED_WITH_SHARED_MODIFIERS)
def test_company_described_with_shared_modifiers(text, expected):
    assert sorted(positions_of(text)) == sorted(expected)
