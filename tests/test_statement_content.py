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

# 'According to the <owner>'s <post>, <Name>, …': the name set off by a pair of commas after a source
# headed by a person's noun is the source, however the parser hung it; it is no part of what is said.
NAME_APPOSED_TO_SOURCE = [
    ("According to the club's head of operations, Kwame Asante, the new stand would hold 4,000 fans.",
     [("Kwame Asante", "Kwame Asante", "according to", "the new stand would hold 4,000 fans", False)]),
    ("According to the academy's principal, Orla Brennan, enrolment has fallen by a third.",
     [("Orla Brennan", "Orla Brennan", "according to", "enrolment has fallen by a third", False)]),
    ("According to the council's planning officer, Dev Mahtani, none of the homes will be affordable.",
     [("Dev Mahtani", "Dev Mahtani", "according to", "none of the homes will be affordable", False)]),
    ("According to the hospice's director of care, Petra Lindqvist, merging the two units would save money.",
     [("the hospice's director of care", "Petra Lindqvist", "according to",
       "merging the two units would save money", False)]),
    ("According to the depot's head of fleet, Corwin Ashby, scrapping the old buses would cut the bill by a fifth.",
     [("the depot's head of fleet", "Corwin Ashby", "according to", "scrapping the old buses would cut the bill by a fifth", False)]),
    ("According to the clinic's head of nursing, Fiona Haddow, shutting the clinic would cost jobs.",
     [("Fiona Haddow", "Fiona Haddow", "according to", "shutting the clinic would cost jobs", False)]),
    # a gerund's phrase the parser hung on the name, running up to the verb: the clause's own subject
    ("According to the clinic's head of nursing, Fiona Haddow, closing the clinic would cost around 30 jobs a year.",
     [("Fiona Haddow", "Fiona Haddow", "according to", "closing the clinic would cost around 30 jobs a year", False)]),
    # NEGATIVE: the source is no person's noun: the name opens what is said
    ("According to the survey, Petra Lindqvist, a nurse, had been paid late.",
     [("the survey", None, "according to", "Petra Lindqvist, a nurse, had been paid late", False)]),
    # NEGATIVE: the name has an aside of its own closed by a comma: it is the clause's subject
    ("According to the mayor, Ann Lowe, a teacher, was never paid.",
     [("the mayor", None, "according to", "Ann Lowe, a teacher, was never paid", False)]),
    # NEGATIVE: the name has an address or origin aside and no clause of its own follows: it is the subject
    ("According to a spokesman for the force, Owen Pritchley, of Mill Road, was arrested on Friday.",
     [("a spokesman for the force", None, "according to", "Owen Pritchley, of Mill Road, was arrested on Friday",
       False)]),
    ("According to a bystander, Yaw Ofori-Dane, from Tamale, was riding the motorbike.",
     [("a bystander", None, "according to", "Yaw Ofori-Dane, from Tamale, was riding the motorbike", False)]),
    # NEGATIVE: the name's own participle aside, closed by a comma, leaves the name the subject
    ("According to a witness, Kofi Darko, driving a red car, was stopped by police.",
     [("a witness", None, "according to", "Kofi Darko, driving a red car, was stopped by police", False)]),
    # NEGATIVE: the name stands next to a person's noun inside the source phrase: it names that person, not the source
    ("According to a source close to the minister, Ama Owusu-Berko, the deal collapsed on Friday.",
     [("a source close to the minister", None, "according to", "Ama Owusu-Berko, the deal collapsed on Friday", False)]),
    ("According to the agent of the striker, Tevita Lolohea, he will sign next week.",
     [("the agent of the striker", None, "according to", "Tevita Lolohea, he will sign next week", False)]),
    ("According to a lawyer for the family of the victim, Nia Mbeki, the inquest was rushed.",
     [("a lawyer for the family of the victim", None, "according to", "Nia Mbeki, the inquest was rushed", False)]),
    # NEGATIVE: a gerund's phrase before a passive verb is what was done to the name, not a subject
    ("According to a witness, Kofi Darko, running from the scene was seen by two officers.",
     [("a witness", None, "according to", "Kofi Darko, running from the scene was seen by two officers", False)]),
    # NEGATIVE: a list of names after the post
    ("According to the ministry's spokesman, Kwame Asante, Orla Brennan and Nils Haugen, the talks failed.",
     [("the ministry's spokesman", None, "according to",
       "Kwame Asante, Orla Brennan and Nils Haugen, the talks failed", False)]),
    # NEGATIVE: the name after the comma is a body's
    ("According to the referee, Arsenal, who were ahead, should have won.",
     [("the referee", None, "according to", "Arsenal, who were ahead, should have won", False)]),
    # NEGATIVE: the name inside quotation marks is what is said
    ('According to the union\'s chairman, "Ann Lowe, the organiser, was sacked".',
     [("the union's chairman", None, "according to", "Ann Lowe, the organiser, was sacked", True)]),
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


@pytest.mark.parametrize("text,expected", BEFORE_THAT + THAT_AS_OBJECT + SETTING_PARTICIPLE + SUBJECT_IN_SOURCE + NAME_APPOSED_TO_SOURCE + OTHER_NAME)
def test_statement_content(text, expected):
    assert positions_of(text) == expected
