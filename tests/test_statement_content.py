"""What a position's text holds (session 23, content area): the statement's words without the
cue's own words before the complementiser, without the speaker's next act of telling, and the
clause under a participle the parser took for the reported clause. Every sentence here is written
for the tests; rows marked NEGATIVE are where the text must stay as it was."""
from __future__ import annotations

import pytest

from conftest import positions_of

# The cue's object or place before the clause's own 'that' belongs to the cue, however the parser
# hung the clause's subject ('between 200 and 300 staff' read as a phrase, a bare plural subject).
BEFORE_THAT = [
    ("Mr Ncube told the tribunal that between 200 and 300 staff were affected.",
     [("Mr Ncube", "Ncube", "told", "between 200 and 300 staff were affected", False)]),
    ("Ms Patel said outside court that families had been ignored.",
     [("Ms Patel", "Patel", "said", "families had been ignored", False)]),
    ("Mr Bello said outside parliament that farmers had been betrayed.",
     [("Mr Bello", "Bello", "said", "farmers had been betrayed", False)]),
    # NEGATIVE: 'and that': the words before are the first of two reported clauses
    ('Mark Ruiz, a spokesperson for the fire service, said a delivery truck jackknifed across two lanes and '
     'that cars behind it "simply had nowhere to go."',
     [("Mark Ruiz", "Mark Ruiz", "said",
       'a delivery truck jackknifed across two lanes and that cars behind it "simply had nowhere to go."', False)]),
    # NEGATIVE: no 'that': the subject the parser read as the cue's object stays the clause's
    ("The rebels said dozens of FLA members fled.",
     [("The rebels", "rebels", "said", "dozens of FLA members fled", False)]),
    ("The union told the panel that over 400 members had left.",
     [("The union", None, "told", "over 400 members had left", False)]),
]

# 'that' read as the object of the clause's verb still opens the clause ('told the clerk that she ...').
THAT_AS_OBJECT = [
    ("Ms Okoro told the clerk that she would appeal.",
     [("Ms Okoro", "Okoro", "told", "she would appeal", False)]),
    # NEGATIVE: 'that' is the clause's subject
    ("Mr Adeyemi said that is meant to help.",
     [("Mr Adeyemi", "Adeyemi", "said", "that is meant to help", False)]),
]

# 'said in a statement read to the court that ...': the participle on the cue's noun is no clause.
SETTING_PARTICIPLE = [
    ("Detective Inspector Claire Hollis said in a witness statement read to the court that officers had "
     "examined more than 4,000 transactions.",
     [("Detective Inspector Claire Hollis", "Claire Hollis", "said",
       "officers had examined more than 4,000 transactions", False)]),
    ("Mr Okafor said in a statement read to the court that officers had examined the files.",
     [("Mr Okafor", "Okafor", "said", "officers had examined the files", False)]),
    # NEGATIVE: the participle is not on a noun of the cue's phrase
    ("The ministry said in a statement released on Tuesday that the dam was safe.",
     [("The ministry", None, "said", "the dam was safe", False)]),
]


# 'According to X, Dr Y, about two-thirds of patients ... are children': the clause's subject the parser
# hung on the source's phrase is the clause's, not the source's.
SUBJECT_IN_SOURCE = [
    ("According to the Kilifi County Health Officer, Dr Ruth Mwale, about two-thirds of patients admitted so far "
     "are women over the age of 60.",
     [("the Kilifi County Health Officer", "Ruth Mwale", "according to",
       "about two-thirds of patients admitted so far are women over the age of 60", False)]),
    # NEGATIVE: the clause has its subject
    ("According to the police, 300 people were arrested.",
     [("the police", None, "according to", "300 people were arrested", False)]),
    ("According to the mayor, Ann Lowe, the town will rebuild the bridge.",
     [("the mayor", "Ann Lowe", "according to", "the town will rebuild the bridge", False)]),
    # NEGATIVE: the words after the last comma end a list hung on the source: where the source ends is not known
    ("According to data from the World Bank, India, China and Brazil are growing.", []),
]

# 'X, or Y, said': two names of one speaker, one position.
OTHER_NAME = [
    ("The Kenya Wildlife Service, or KWS, said the rangers had been armed.",
     [("The Kenya Wildlife Service", "Kenya Wildlife Service", "said", "the rangers had been armed", False)]),
    # NEGATIVE: 'and' joins two speakers
    ("Tom Reed and Ann Lowe said the plan would fail.",
     [("Tom Reed", "Tom Reed", "said", "the plan would fail", False),
      ("Ann Lowe", "Ann Lowe", "said", "the plan would fail", False)]),
    # NEGATIVE: the body after 'and' is a second speaker, whatever the other name before it
    ("The Rural Electrification Agency, or REA, and the Energy Commission said tariffs would rise.",
     [("The Rural Electrification Agency", "Rural Electrification Agency", "said", "tariffs would rise", False),
      ("the Energy Commission", "Energy Commission", "said", "tariffs would rise", False)]),
]


@pytest.mark.parametrize("text,expected", BEFORE_THAT + THAT_AS_OBJECT + SETTING_PARTICIPLE + SUBJECT_IN_SOURCE + OTHER_NAME)
def test_statement_content(text, expected):
    assert positions_of(text) == expected
