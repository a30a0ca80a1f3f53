"""'The company' right after a sentence whose speaker is a company described by a clause or
apposition that names another company ('Acme Ltd, which is 40% owned by Vela Plc, said ...'): the
body named only in what is said of the speaker is no rival voice, so 'the company' is the speaker
(issue 13, session 26). And a company the text turns to as the subject of the sentence before
('Vela Plc shares fell') keeps 'the company' from the one an earlier 'the company' took up.
Each sentence is written for these tests; each row is every position the text must yield, whole:
(speaker, actor, cue, text, direct). An actor of None means no holder is safe."""
from __future__ import annotations

import pytest

from conftest import positions_of


ROWS = [
    # a relative clause on the speaker's name names its owner
    ("Workers at the Ridgeway smelter walked out on Monday. Corran Metals Ltd, which is 40% owned by "
     "London-listed Bexley Mining Plc, said in a statement that its offer was final. The company said it "
     "remained open to talks.",
     [("Corran Metals Ltd", "Corran Metals Ltd", "said", "its offer was final", False),
      ("The company", "Corran Metals Ltd", "said", "it remained open to talks", False)]),
    # an apposition on the speaker's name names its parent
    ("Tavira Foods Ltd, a unit of Portuguese conglomerate Sonel Group, said on Tuesday it would close two "
     "plants. The company said demand had collapsed.",
     [("Tavira Foods Ltd", "Tavira Foods Ltd", "said", "it would close two plants", False),
      ("The company", "Tavira Foods Ltd", "said", "demand had collapsed", False)]),
    # a relative clause with an object inside it
    ("Pinecrest Energy Inc, the Calgary producer that Dunmore Oil Corp agreed to buy last year, reported a "
     "quarterly loss. The company said output fell 8%.",
     [("Pinecrest Energy Inc", "Pinecrest Energy Inc", "reported", "a quarterly loss", False),
      ("The company", "Pinecrest Energy Inc", "said", "output fell 8%", False)]),
    # NEGATIVE: the other company is named in what is said, not of the speaker: either may be meant
    ("Orlen Shipping Corp said it had agreed to buy two tankers from Meridian Tankers Ltd. The company said "
     "the deal would be completed in March.",
     [("Orlen Shipping Corp", "Orlen Shipping Corp", "said", "it had agreed to buy two tankers from", False),
      ("The company", None, "said", "the deal would be completed in March", False)]),
    # NEGATIVE: two companies speak in the sentence before
    ("Acme Motors Ltd said it would cut prices, and Vela Ltd, which makes batteries, said it would follow. "
     "The company said demand was weak.",
     [("Acme Motors Ltd", "Acme Motors Ltd", "said", "it would cut prices", False),
      ("Vela Ltd", "Vela Ltd", "said", "it would follow", False),
      ("The company", None, "said", "demand was weak", False)]),
    # the text turns to the owner, the subject of the sentence before: it, not the company an
    # earlier 'the company' took up
    ("Corran Metals Ltd, which is 40% owned by Bexley Mining Plc, said its offer was final. The company said "
     "it remained open to talks.\n\nBexley Mining Plc shares fell 3% in London. The company, which bought its "
     "stake in 2016, has said it plans to spend $80 million on the mine.",
     [("Corran Metals Ltd", "Corran Metals Ltd", "said", "its offer was final", False),
      ("The company", "Corran Metals Ltd", "said", "it remained open to talks", False),
      ("The company", "Bexley Mining Plc", "said", "it plans to spend $80 million on the mine", False)]),
    # NEGATIVE: the sentence before names a third body too: either may be meant
    ("Corran Metals Ltd, which is 40% owned by Bexley Mining Plc, said its offer was final. The company said "
     "it remained open to talks.\n\nBexley Mining Plc shares fell 3% after a downgrade by Oster Bank. The "
     "company has said it plans to spend $80 million on the mine.",
     [("Corran Metals Ltd", "Corran Metals Ltd", "said", "its offer was final", False),
      ("The company", "Corran Metals Ltd", "said", "it remained open to talks", False),
      ("The company", None, "said", "it plans to spend $80 million on the mine", False)]),
    # NEGATIVE: two companies as the subject before
    ("Corran Metals Ltd said its offer was final. The company said it remained open to talks.\n\n"
     "Bexley Mining Plc and Harrow Metals Ltd shares fell 3%. The company said it would appeal.",
     [("Corran Metals Ltd", "Corran Metals Ltd", "said", "its offer was final", False),
      ("The company", "Corran Metals Ltd", "said", "it remained open to talks", False),
      ("The company", None, "said", "it would appeal", False)]),
    # NEGATIVE (review): the other company is the subject before only to say it gave no comment
    ("Halden Tools Ltd said it would cut prices by 10%. The company said demand was weak. Marrow Steel Plc, "
     "its biggest customer, declined to comment. The company said the cuts would start in May.",
     [("Halden Tools Ltd", "Halden Tools Ltd", "said", "it would cut prices by 10%", False),
      ("The company", "Halden Tools Ltd", "said", "demand was weak", False),
      ("The company", None, "said", "the cuts would start in May", False)]),
    ("Halden Tools Ltd said it would cut prices by 10%. The company said demand was weak. Marrow Steel Plc "
     "did not respond to a request for comment. The company said the cuts would start in May.",
     [("Halden Tools Ltd", "Halden Tools Ltd", "said", "it would cut prices by 10%", False),
      ("The company", "Halden Tools Ltd", "said", "demand was weak", False),
      ("The company", None, "said", "the cuts would start in May", False)]),
    # NEGATIVE (review): the other company is named only in a phrase on the subject ('Workers at')
    ("Halden Tools Ltd said it would cut prices by 10%. The company said demand was weak. Workers at Marrow "
     "Steel Plc walked out on Monday. The company said the strike would not affect its output.",
     [("Halden Tools Ltd", "Halden Tools Ltd", "said", "it would cut prices by 10%", False),
      ("The company", "Halden Tools Ltd", "said", "demand was weak", False),
      ("The company", None, "said", "the strike would not affect its output", False)]),
    # the other company is the subject before and acts: the text has turned to it
    ("Halden Tools Ltd said it would cut prices by 10%. The company said demand was weak. Marrow Steel Plc "
     "cut its forecast on Tuesday. The company said sales would fall.",
     [("Halden Tools Ltd", "Halden Tools Ltd", "said", "it would cut prices by 10%", False),
      ("The company", "Halden Tools Ltd", "said", "demand was weak", False),
      ("The company", "Marrow Steel Plc", "said", "sales would fall", False)]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_company_after_described_subject(text, expected):
    assert positions_of(text) == expected
