"""Affiliations by parse shape (session 25, affil25): a relative clause on the noun in apposition to a
name ('X, a surgeon who chairs Y'), two titles joined by 'and' after a body's name ('Y founder and chief
executive X'), the head of a body's unit named after 'at' ('head of the cardiology department at Y'),
the 'for' phrase of a post a possessive owns (its remit, not a body), and the place of one who lives
there ('a resident of Y': no body). Every sentence here is written for the tests; whole records of the
people, negatives where nothing (or something else) may be affiliated."""
from __future__ import annotations

import pytest

from conftest import extract


def people_of(text: str) -> list[tuple]:
    mentions = extract(text).mentions
    names = {m.key: m.name for m in mentions}
    return sorted((m.name, m.role, names.get(m.affiliation)) for m in mentions if m.type == "person"
                  and (m.role or m.affiliation))      # (not 'Johar Town', which the recogniser reads as a person)


CLAUSE_ON_THE_APPOSITION = [
    ("Bernd Kessler, a surgeon who chairs the Association of Rural Clinics, warned that patients would suffer.",
     [("Bernd Kessler", "surgeon", "Association of Rural Clinics")]),
    ("Alisha Grant, a pulmonologist who directs the Breathe Fair Coalition, said the company had profited.",
     [("Alisha Grant", "director", "Breathe Fair Coalition")]),
    ("Tom Reed, a farmer who heads the Northfield Growers Association, said prices had fallen.",
     [("Tom Reed", "head", "Northfield Growers Association")]),
    ('"Prices have fallen," said Tom Reed, an economist who leads the Orwin Policy Institute.',
     [("Tom Reed", "economist", "Orwin Policy Institute")]),
    ("Maria Lopez, a nurse who works for the Kelby Health Trust, said the ward was full.",
     [("Maria Lopez", "nurse", "Kelby Health Trust")]),
    ("Maria Lopez, a lawyer who represents the Kelby Tenants Union, said the eviction was unlawful.",
     [("Maria Lopez", "lawyer", "Kelby Tenants Union")]),
    # NEGATIVE: a body once led, another's act, a clause of the body, a visit
    ("Maria Lopez, a nurse who headed the Kelby Health Trust until 2019, said the ward was full.",
     [("Maria Lopez", "nurse", None)]),
    ("Maria Lopez, a nurse whose husband runs the Kelby Patients Forum, said the ward was full.",
     [("Maria Lopez", "nurse", None)]),
    ("Maria Lopez, a teacher who visited the Eastside Literacy Project, said funding had been cut.",
     [("Maria Lopez", "teacher", None)]),
]

JOINT_TITLES = [
    ("Voltara Energy will invest in a plant, the company said. Voltara founder and chief executive Meera Rao said "
     "the company had chosen Hosur.",
     [("Meera Rao", "founder and chief executive", "Voltara Energy")]),
    ("Kestrel Foods founder and chief executive Anna Berg said the plant would open in May.",
     [("Anna Berg", "founder and chief executive", "Kestrel Foods")]),
    ('"Sales fell," Orwin Motors chairman and chief executive Tom Hale said on Monday.',
     [("Tom Hale", "chairman and chief executive", "Orwin Motors")]),
    ("Harbour Trust chair and treasurer Ruth Kane said the accounts were sound.",
     [("Ruth Kane", "chair and treasurer", "Harbour Trust")]),
    # NEGATIVE: no body named before the titles; a former second title keeps the first alone
    ("The chairman and chief executive Tom Hale said sales fell.",
     [("Tom Hale", "chief executive", None)]),
    ("Kestrel Foods founder and former chief executive Anna Berg said the plant would open in May.",
     [("Anna Berg", "founder", "Kestrel Foods")]),
]

HEAD_OF_A_UNIT_AT_A_BODY = [
    ("Dr Farhan Qadir, head of the cardiology department at Mercy General Hospital, said patients had doubled.",
     [("Farhan Qadir", "head of the cardiology department", "Mercy General Hospital")]),
    ("Sara Kim, director of the trauma unit at Kelby General Hospital, said beds were full.",
     [("Sara Kim", "director of the trauma unit", "Kelby General Hospital")]),
    ('"Judges approve most deals," said Thomas Whelan, a professor of civil procedure at Rutgers Law School.',
     [("Thomas Whelan", "professor of civil procedure", "Rutgers Law School")]),
    # NEGATIVE: no body after the unit
    ("Sara Kim, head of the research team, said beds were full.",
     [("Sara Kim", "head of the research team", None)]),
]

REMIT_AND_HOME = [
    ("The Uganda Red Cross Society said it had registered 243 people. The society's spokesperson for the Elgon "
     "region, Ms Agnes Kato, said they had distributed tarpaulins.",
     [("Agnes Kato", "spokesperson for the Elgon region", "Uganda Red Cross Society")]),
    # NEGATIVE: the remit is no body, with no owner named
    ("The society's spokesperson for the Elgon region, Ms Agnes Kato, said they had distributed tarpaulins.",
     [("Agnes Kato", "spokesperson for the Elgon region", None)]),
    # NEGATIVE: a place lived in, whatever the recogniser makes of its name
    ('"It hurts," said Ayesha Tariq, 34, a resident of Johar Town.',
     [("Ayesha Tariq", "resident of Johar Town", None)]),
    ("Tom Hale, an inhabitant of Gulberg, said the road was closed.",
     [("Tom Hale", "inhabitant of Gulberg", None)]),
    ("Tom Hale, a native of Orwin County, said the road was closed.",
     [("Tom Hale", "native of Orwin County", None)]),
    # a member of a body still is one
    ("Tom Hale, a member of the Kelby Rowing Club, said the road was closed.",
     [("Tom Hale", "member of Kelby Rowing Club", "Kelby Rowing Club")]),
]


@pytest.mark.parametrize("text,people", CLAUSE_ON_THE_APPOSITION + JOINT_TITLES + HEAD_OF_A_UNIT_AT_A_BODY
                         + REMIT_AND_HOME)
def test_affiliation_by_shape(text, people):
    assert people_of(text) == sorted(people)


COMPANY_POSTS_WITH_NO_BODY_STATED = [
    # the one company of the story, known by a business's word in its name or beside it
    ('Kestrel Mining said on Monday it had rejected the offer. "We have put a fair offer on the table," Chief '
     'Executive Valeria Montt said in the statement.',
     [("Valeria Montt", "Chief Executive", "Kestrel Mining")]),
    ("Sinar Hijau Plantations Bhd posted a loss. Group managing director Ahmad Fauzi said prices fell. Chief "
     "financial officer Tan Mei Ling said costs rose.",
     [("Ahmad Fauzi", "Group managing director", "Sinar Hijau Plantations Bhd"),
      ("Tan Mei Ling", "Chief financial officer", "Sinar Hijau Plantations Bhd")]),
    ("Kestrel Maritime Holdings posted a loss. Chief executive Lim Kok Seng said demand was weak.",
     [("Lim Kok Seng", "Chief executive", "Kestrel Maritime Holdings")]),
    ("Sinar Hijau Plantations Bhd posted a loss. The board declared a dividend. Chief financial officer Tan Mei "
     "Ling said the group had no debt.",
     [("Tan Mei Ling", "Chief financial officer", "Sinar Hijau Plantations Bhd")]),
    ("Kestrel Maritime Holdings posted a loss. Rain fell. Chief executive Lim Kok Seng said the company would cut jobs.",
     [("Lim Kok Seng", "Chief executive", "Kestrel Maritime Holdings")]),
    # NEGATIVE: the company not named or spoken of near the post; a regulator beside it
    ("Kestrel Maritime Holdings posted a loss. Rain fell. Chief executive Lim Kok Seng said demand was weak.",
     [("Lim Kok Seng", "Chief executive", None)]),
    ("Kestrel Maritime Holdings posted a loss. The regulator fined the company. Chief executive Lim Kok Seng said "
     "demand was weak.",
     [("Lim Kok Seng", "Chief executive", None)]),
    # NEGATIVE: a business known by its word alone, named late in the story (maybe not the story's company)
    ("The float could be large, traders said. Rain fell on Monday. Analysts at Orwin Capital expect a high value. "
     "Speaking at the company's headquarters, CEO Tom Hale said the float was near.",
     [("Tom Hale", "CEO", None)]),
    # NEGATIVE: 'the company' beside a company the recogniser missed (review: affil25)
    ("Kestrel Maritime Holdings posted a loss on Monday. Miner Orwin Copper cancelled a contract. Chief financial "
     "officer Tom Reed said the company had saved money.",
     [("Tom Reed", "Chief financial officer", None)]),
    # NEGATIVE: two companies; another body beside the staff's sentence
    ("Kestrel Mining and Orwin Metals agreed to merge. Chief executive Tom Hale said the deal was good.",
     [("Tom Hale", "Chief executive", None)]),
    ("Sinar Hijau Plantations Bhd posted a loss. Group managing director Ahmad Fauzi said prices fell. The "
     "Palm Growers Association criticised the cuts. Chief financial officer Tan Mei Ling said costs rose.",
     [("Ahmad Fauzi", "Group managing director", "Sinar Hijau Plantations Bhd"),
      ("Tan Mei Ling", "Chief financial officer", None)]),
]


@pytest.mark.parametrize("text,people", COMPANY_POSTS_WITH_NO_BODY_STATED)
def test_company_post_of_the_one_company(text, people):
    assert people_of(text) == sorted(people)


NAME_AT_A_FIRM = [
    ("Priya Das at broker Lydmore Securities said the rejection was reasonable.",
     [("Priya Das", None, "Lydmore Securities")]),
    ('"It is cheap," said Priya Das at Orwin Capital.',
     [("Priya Das", None, "Orwin Capital")]),
    # NEGATIVE: a place, a place's name, an event of a body
    ("Tom Hale at the Kelby station said the trains were late.", []),
    ("Tom Hale at Heathrow said the flights were late.", []),
    ("Tom Hale at the Kelby Growers Association meeting said prices fell.", []),
]


@pytest.mark.parametrize("text,people", NAME_AT_A_FIRM)
def test_a_name_at_a_firm(text, people):
    assert people_of(text) == sorted(people)
