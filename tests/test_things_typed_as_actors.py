"""Things the recogniser types as actors are no actors (session 54, area 'things'; generator/extract/actor_names.py).
What a name is follows from its head word and its uses, not the recogniser's label: a name of common words headed
by an instrument's word, read as a person's and used as a law's ('Grain Tax Amendment Bill was read')
names the instrument; 'the Bill'
where the article names a law closed by that word ('the Harbour Dues (Amendment) Bill') points back to the law
whatever hangs on it ('The Bill, backed by X, would', 'The Bill says': a law's text, no one's statement);
initials the article defines by lower-case words headed by a term's noun ('refined sugar (RS)', 'liquefied
natural gas (LNG)') name a term, no body; a number before a plural name of people ('60 Orwin Islanders') counts
them. Rows marked NEGATIVE keep the actor: a given name before the head ('Jude Law'), a surname that is no
instrument's head or a name with person evidence ('Dr Mercy Law, a doctor'), 'the Bill' marked as a person
(a clause opened by 'who') or beside a person 'Bill X', lower-case initials of a body ('the national electoral commission
(NEC)', 'the special investigating unit (SIU)'), a people named without a number, a party's word counted with
its members named. Names and sentences are invented; each row is the text's every actor as (name, type, role,
affiliation)."""
from __future__ import annotations

import pytest

from conftest import actor_records, figure, figure_records, positions_of

P = "person"
O = "organization"

ROWS = [
    # a law's name of common words typed a person
    ("Grain Tax Amendment Bill was read for the first time on Tuesday. Ann Lowe, a trader, said the tax was unfair.",
     [("Ann Lowe", P, "trader", None)]),
    # NEGATIVE: an instrument's head with no use as a law's name (after a determiner, passed or tabled), or with a
    # style, a nickname or any apposition beside it
    ("Preacher Hope Bill led the service at the chapel in Tema on Sunday.",
     [("Hope Bill", P, None, None)]),
    ("Hope Bill, a fish seller in Tema, was fined on Monday for trading without a permit.",
     [("Hope Bill", P, "fish seller", None)]),
    ("Crowds of fans of Tall Bill filled the hall. Tall Bill played for three hours.",
     [("Tall Bill", P, None, None)]),
    # NEGATIVE: a person whose given name is a common word and whose surname is a thing's head ('Law',
    # 'Plan', 'Bridge' are no instrument's head), or a law's head with person evidence (a job, a verb of saying)
    ("Dr Mercy Law, a doctor at the clinic in Tamale, said 40 children had been admitted.",
     [("Mercy Law", P, "doctor", None)]),
    ("Councillor Gift Plan said the ward would get a new borehole by March.",
     [("Gift Plan", P, "Councillor", None)]),
    ("Honour Bridge, the club's treasurer, said the dues would rise.",
     [("Honour Bridge", P, "treasurer", None)]),
    ("Mercy Law (Independent) won the Eastgate ward by 212 votes.",
     [("Mercy Law", P, None, None)]),
    ("Comfort Law, a market trader in Tema, said prices had doubled. \"We cannot go on,\" Law said.",
     [("Comfort Law", P, "market trader", None)]),
    ("Blessing Law, 19, was arrested on Friday, police said. Law will appear in court on Monday.",
     [("Blessing Law", P, None, None), ("police", "group", None, None)]),
    ("Comfort Bill, a market trader, said prices had doubled.",
     [("Comfort Bill", P, "market trader", None)]),
    ("Harbour Safety Code comes into force. The Code says boats must carry two radios.",
     []),
    # 'the Bill' where the article names a law closed by that word
    ("The Assembly debated the Harbour Dues (Amendment) Bill on Monday. The Bill, tabled by the Minister of "
     "Ports, proposes that fees rise by 20 percent.",
     [("Assembly", O, None, None)]),
    ("The council passed the Coastal Waters Bill on Friday. The Bill says that 40 boats may fish each day.",
     []),
    ("The Lands Bill was withdrawn. The Bill, a sweeping measure, would have moved 4,000 families.",
     []),
    # NEGATIVE: a given name before the head; a person 'Bill X'; 'the Bill' marked as a person; no law named
    ("Jude Law said the plan would cost 300 jobs.",
     [("Jude Law", P, None, None)]),
    ("The council passed the Coastal Waters Bill on Friday. Bill Asante, a fisherman, said the Bill would ruin him.",
     [("Bill Asante", P, "fisherman", None)]),
    ("The Senate backed the Harbour Levy Bill. The Bill, who turned 60 today, said he was pleased.",
     [("Bill", P, None, None), ("Senate", O, None, None)]),
    # NEGATIVE for the guard: 'whose' and a 'who' inside a clause opened by 'which' are said of a law too
    ("The Lake Fishing Bill was tabled on Monday. The Bill, whose opening clause caps catches at 40 tonnes, went "
     "to committee.",
     []),
    ("The Lake Nets Bill was debated. The Bill, which would fine anyone who sets nets at night, passed by 30 "
     "votes to 9.",
     []),
    ("Bill, a farmer, said the rain had come late.",
     [("Bill", P, "farmer", None)]),
    # initials defined by lower-case words of a term
    ("Refiners paid more for refined sugar (RS) this quarter. RS output will ease this year, Tan said.",
     [("Tan", P, None, None)]),
    ("The first information report (FIR) names four men. Police said the FIR was filed on Monday.",
     [("police", "group", None, None)]),
    ("Sales of liquefied natural gas (LNG) rose 12%. LNG exports reached four million tonnes, Tan said.",
     [("Tan", P, None, None)]),
    # NEGATIVE: lower-case initials of a body, of a force
    ("The national electoral commission (NEC) said four million people voted. The NEC said turnout was 60%.",
     [("NEC", O, None, None)]),
    ("The special task force (STF) arrested 12 men. The STF said more arrests would follow.",
     [("STF", O, None, None)]),
    # NEGATIVE: a body defined in lower case whose head is no term's noun ('unit', 'watchdog', 'team', 'X of Y'),
    # which acts only through its report or figures
    ("The special investigating unit (SIU) is looking into the tender. The SIU report found that R40 million "
     "had been lost.",
     [("SIU", O, None, None)]),
    ("A report by the anti-graft watchdog (AGW) found that $2 million had gone missing. The finance minister "
     "said he had not read the AGW report.",
     [("AGW", O, None, None)]),
    ("Ann Lowe said the district health management team (DHMT) had vaccinated 3,000 children. DHMT figures "
     "show coverage at 80%.",
     [("Ann Lowe", P, None, None), ("DHMT", O, None, None)]),
    ("The directorate of criminal investigations (DCI) is probing the deal. DCI files show 12 suspects.",
     [("DCI", O, None, None)]),
    # NEGATIVE: a term's initials that modify a body's noun; a body headed by 'vehicle'; a head before 'on'
    ("The water rates levy (WRL) board met on Thursday. The WRL board raised charges on 12 estates.",
     [("WRL", O, None, None)]),
    ("The project delivery vehicle (PDV) will own the dam. The PDV signed a loan with two banks.",
     [("PDV", O, None, None)]),
    ("The council on water tariffs (CWT) met on Monday. The CWT said rates would rise by 9%.",
     [("CWT", O, None, None)]),
    # a number before a plural name of people
    ("The ferry sank with 60 Orwin Islanders and a crew of four on board.",
     []),
    ("About 40 Orwin Islanders attended the meeting, Tan said.",
     [("Tan", P, None, None)]),
    # NEGATIVE: the people named without a number; a party's word counted with its members named
    ("The Kessan Islanders said they would fight the plan.",
     [("Kessan Islanders", P, None, None)]),
    ("Two Democrats, Ann Lowe and Tom Reed, voted against the measure.",
     [("Ann Lowe", P, None, "Democratic Party"), ("Democratic Party", O, None, None),
      ("Tom Reed", P, None, "Democratic Party")]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_things_are_no_actors(text, expected):
    assert actor_records(text) == sorted(expected)


def test_what_a_bill_proposes_is_no_ones_statement():
    """'The Bill says ...': the law's text has no actor (the document's handling), not a person 'Bill'."""
    text = "The council passed the Coastal Waters Bill on Friday. The Bill says that 40 boats may fish each day."
    assert [(speaker, actor) for speaker, actor, *_ in positions_of(text)] == [("The Bill", None)]


POSITION_ROWS = [
    # a law moved by someone: what it proposes is its text, not the mover's statement
    ("The Assembly debated the Harbour Dues (Amendment) Bill on Monday. The Bill, backed by the transport "
     "minister, Senator Kerrin Voss, states that ferry fees be capped at 20 percent above last year's.",
     [("The Bill", None)]),
    ("The Senate took up the Coastal Waters Act. The Act, sponsored by Senator Ann Lowe, says that boats must "
     "carry two radios.",
     [("The Act", None)]),
    # NEGATIVE: a name set off with its own verb of saying speaks; a man called Bill speaks
    ("The Coastal Waters Bill was passed on Friday. The Bill, Ann Lowe, a trader, said, would ruin 40 families.",
     [("The Bill", "Ann Lowe")]),
    ("Bill, a farmer, said the rain had come late.",
     [("Bill", "Bill")]),
]


@pytest.mark.parametrize("text,expected", POSITION_ROWS)
def test_a_laws_text_is_no_movers_statement(text, expected):
    assert [(speaker, actor) for speaker, actor, *_ in positions_of(text)] == expected


FIGURE_SOURCE_ROWS = [
    # NEGATIVE: a person whose description ends in a law's word keeps the worded source; so does a family 'the Xs'
    ("The firm's head of transport law said 20% of claims were settled early.", "20%", 20.0, "% of claims",
     "The firm's head of transport law"),
    ("The dean of the school of law said 90 students had enrolled this year.", "90", 90.0, "students",
     "The dean of the school of law"),
    ("The Laws, who have farmed near Tema for 30 years, said 150 goats had died in the flood.", "150", 150.0, "goats",
     "The Laws"),
]


@pytest.mark.parametrize("text,amount,value,unit,source", FIGURE_SOURCE_ROWS)
def test_a_person_described_by_a_laws_word_is_a_worded_source(text, amount, value, unit, source):
    assert figure_records(text) == [figure(text, amount, value, None, None, unit, None, source=source)]


def test_a_laws_figures_have_no_claimant():
    """'The Bill says that 40 boats ...': a figure of a law's content is no one's claim, not even in words."""
    text = "The council passed the Coastal Waters Bill on Friday. The Bill says that 40 boats may fish each day."
    assert figure_records(text) == [figure(text, "40", 40.0, None, None, "boats a day", None, sentence=1)]
