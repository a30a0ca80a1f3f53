"""A natural feature or an event named like a body is no page where no use of it shows a body (session 53;
generator/extract/actors.py `_a_features_or_events_name_that_never_acts`). A name whose head noun is a natural
feature's or an event's ('… River', '… Creek', '… Summit', '… Meeting') that is never the subject of a verb,
an owner, a source, an employer or a workplace, has no staff, no people or work of its own that act and no
clause that says anything of it, is the feature or event talked about. A building's or a site's name ('…
Centre', '… House', '… Hall') is read only by the venue rule: it goes only where every use is a place's ('at X'
on an event or a verb); named as an object, a recipient, an employer or a party acted on, it stays. Rows marked
NEGATIVE keep the page. Names and sentences are invented for the tests; each row is the text's every actor as
(name, type, role, affiliation), and for the rows with a statement, every position as (speaker, actor)."""
from __future__ import annotations

import pytest

from conftest import actor_records, actor_records_and_speakers

P = "person"
O = "organization"
G = "group"

CASES = [
    # a natural feature named like a body
    ("Crews cleared debris from the Hollin River after the storm, the mayor said.", []),
    # an event named like a body
    ("The rates plan goes before the Extraordinary Board Meeting next month.", []),
    ("Ministers met at the Harbour Summit last week, where Mr Lowe said the talks had stalled.",
     [("Lowe", P, None, None)]),
    # a building named only as where something happens: the venue rule
    ("Ms Ollerton spoke at the Dunmore Sports Centre on Tuesday.", [("Ollerton", P, None, None)]),
    # ... or where a thing is ('repairs at X', 'sessions at X'), the thing no subject of a verb
    ("The council set aside $500,000 for repairs at the Dunmore Leisure Centre.", []),
    ("Ms Ollerton will answer questions at two open sessions at the Kessa Civic Centre next week.",
     [("Ollerton", P, None, None)]),
    # NEGATIVE: the thing at X is the subject of a verb: it may be the body's work
    ("Two cases at the Kessa Legal Aid Centre were dropped, Ms Vint said.",
     [("Kessa Legal Aid Centre", O, None, None), ("Vint", P, None, None)]),
    # NEGATIVE: a building named only as an object or a recipient is no place by that (no locative use)
    ("Most of the rise, he told council, comes from the cost of running the Tarrow Leisure Centre.",
     [("Tarrow Leisure Centre", O, None, None)]),
    ("The trust paid the Corvane Housing Research Centre to run the survey, Mr Pell said.",
     [("Corvane Housing Research Centre", O, None, None), ("Pell", P, None, None)]),
    ("Regulators asked the Velmore Tenants Advice Centre to name its donors.",
     [("Velmore Tenants Advice Centre", O, None, None), ("regulators", G, None, None)]),
    # NEGATIVE: a body once run by the speaker
    ("Ms Adeyemi, who used to run the Ibadan Civic Rights Centre, said the count was rigged.",
     [("Adeyemi", P, None, None), ("Ibadan Civic Rights Centre", O, None, None)]),
    # NEGATIVE: a body acted on (its offices searched, sued)
    ("Police searched the offices of the Enugu Press Freedom Centre on Friday, according to lawyer Ngozi Obi.",
     [("Enugu Press Freedom Centre", O, None, None), ("Ngozi Obi", P, "lawyer", None)]),
    ("The Saltmere Arts Centre has been sued for breach of contract by a former chef.",
     [("Saltmere Arts Centre", O, None, None)]),
    # NEGATIVE: a seat of executive power and a firm named '… House', both as recipients
    ("Senators pressed the White House to publish the memo.",
     [("United States", "country", None, None), ("White House", O, None, "United States"), ("senators", G, None, None)]),
    ("The treaty now goes to Government House for signing, Mr Faleolo said.",
     [("Faleolo", P, None, None), ("Government House", O, None, None)]),
    ("The contract was agreed with Brindle Books House, the novelist Ruth Kemp said.",
     [("Brindle Books House", O, None, None), ("Ruth Kemp", P, "novelist", None)]),
    # NEGATIVE: the centre speaks
    ("The Wexbury Leisure Centre said it would close on Sundays.",
     [("Wexbury Leisure Centre", O, None, None)]),
    # NEGATIVE: its spokeswoman speaks
    ("A spokeswoman for the Kessa Refuse Centre said the site was safe.",
     [("Kessa Refuse Centre", O, None, None)]),
    # NEGATIVE: it employs a named person
    ("Dr Ann Lowe, director of the Harbury Research Centre, said the data were clear.",
     [("Ann Lowe", P, "director", "Harbury Research Centre"), ("Harbury Research Centre", O, None, None)]),
    # NEGATIVE: a source
    ("According to the Marrow Climate Centre, temperatures rose by 2 degrees.",
     [("Marrow Climate Centre", O, None, None)]),
    # NEGATIVE: its people act
    ("Three guards at the Halvard Remand Centre said the cells were full.",
     [("Halvard Remand Centre", O, None, None)]),
    # NEGATIVE: an appeal or a complaint brought before it is no place's use
    ("The league said it would take its appeal before the Varno Sports Arbitration Centre.",
     [("Varno Sports Arbitration Centre", O, None, None)]),
    ("Ann Lowe lodged a complaint to the Kessa Consumer Centre.",
     [("Ann Lowe", P, None, None), ("Kessa Consumer Centre", O, None, None)]),
    # NEGATIVE: a head noun that also names a kind of body ('… Forum', '… Panel') is no event's
    ("Mr Dunn praised the Harbury Youth Forum.",
     [("Dunn", P, None, None), ("Harbury Youth Forum", O, None, None)]),
    # a hospital named only as where an event is held is read by the venue rule
    ("The minister spoke at the Kessa Medical College and Hospital on Monday.", []),
    ("A press conference was held at the Orwin University Hospital on Friday.", []),
    # NEGATIVE: its initials
    ("The National Grid Security Centre (NGSC) was told of the breach on Friday.",
     [("National Grid Security Centre", O, None, None)]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_feature_or_event_that_never_acts_is_no_page(text, expected):
    assert actor_records(text) == sorted(expected)


STATEMENTS = [
    # NEGATIVE: a body named only as a recipient speaks through a pronoun: page and the statement's actor stay
    ('Donors cut funding for the Harbury Shelter Centre. "We will fight this," it said in a statement.',
     [("Harbury Shelter Centre", O, None, None)], [("it", "Harbury Shelter Centre")]),
    # NEGATIVE: an event's name with a pronoun that speaks after it stays for the speaker rules
    ('The rates plan goes before the Extraordinary Board Meeting next month. "We will decide," they said.',
     [("Extraordinary Board Meeting", O, None, None)], [("they", "Extraordinary Board Meeting")]),
]


@pytest.mark.parametrize("text, records, speakers", STATEMENTS)
def test_a_name_a_statement_may_be_credited_to_stays(text, records, speakers):
    assert actor_records_and_speakers(text) == (sorted(records), speakers)


RESIDENTS = [
    # a place's name (by its head word) before a lone noun of one who lives somewhere: no page, the role whole
    ("Ashcombe Road resident Pat Dunn said the noise was constant.",
     [("Pat Dunn", P, "Ashcombe Road resident", None)]),
    ("Long-time Ashcombe Road resident Pat Dunn said the noise was constant.",
     [("Pat Dunn", P, "Long-time Ashcombe Road resident", None)]),
    ("Brenmoor Estate resident Jo Tate said the lifts had failed again.",
     [("Jo Tate", P, "Brenmoor Estate resident", None)]),
    # NEGATIVE: a title after the noun: a junior doctor's post at a hospital or a university, a body
    ("Johns Hopkins resident Dr Ann Lowe said the ward was short-staffed.",
     [("Ann Lowe", P, "resident", "Johns Hopkins"), ("Johns Hopkins", O, None, None)]),
    ("Brenmoor Estate resident Dr Jo Tate said the ward was short-staffed.",
     [("Brenmoor Estate", O, None, None), ("Jo Tate", P, "resident", "Brenmoor Estate")]),
    # NEGATIVE: a body's name by its head word ('… Trust'): a home's residents are the body's
    ("Kessa Trust resident Ann Lowe said the home was cold.",
     [("Ann Lowe", P, "resident", "Kessa Trust"), ("Kessa Trust", O, None, None)]),
    # NEGATIVE: the noun qualifies another noun ('resident engineer'): a post, not where one lives
    ("A Kelbury resident engineer, Tom Reed, said the bridge was safe.",
     [("Kelbury", O, None, None), ("Tom Reed", P, "resident engineer", "Kelbury")]),
]


@pytest.mark.parametrize("text, expected", RESIDENTS)
def test_a_place_before_a_residents_noun_is_where_one_lives(text, expected):
    assert actor_records(text) == sorted(expected)
