"""Which names become actor pages: bodies the recogniser left untagged that speak or decide, and the
article's own outlet, which only asks and is told. Every sentence here is written for the tests;
rows without the body are the negatives."""
from __future__ import annotations

import pytest

from conftest import extract, actor_records as records


def speakers(text: str) -> list[tuple[str, str | None]]:
    """Every position's speaker as written and the name of its actor."""
    result = extract(text)
    names = {m.key: m.name for m in result.mentions}
    return [(p.speaker, names.get(p.actor)) for p in result.positions]


UNTAGGED_BODIES = [
    # capitalised words after 'the' ending on a body's head word, as the subject of a speech or
    # deciding verb (or of one joined to it) or the body of a spokesperson, name that body
    ("The Coast and Lands Authority had not objected but recommended limits on night work.",
     [("Coast and Lands Authority", "organization", None, None)],
     [("The Coast and Lands Authority", "Coast and Lands Authority")]),
    ("The Gozo Fishers' Cooperative Union, which represents 300 boats, warned of closures.",
     [("Gozo Fishers' Cooperative Union", "organization", None, None)], []),
    ("A spokesperson for the Coast and Lands Authority said the permit was lawful.",
     [("Coast and Lands Authority", "organization", None, None)],
     [("A spokesperson for the Coast and Lands Authority", "Coast and Lands Authority")]),
    # a name set in apposition with a body's noun that speaks
    ("Environment Kessa, the regional council, said in a statement that it was deeply concerned.",
     [("Environment Kessa", "organization", "regional council", None)],
     [("Environment Kessa", "Environment Kessa")]),
    # initials alone after 'the' that speak
    ("The KVFL said in a statement it supported all 23 of the review's recommendations.",
     [("KVFL", "organization", None, None)],
     [("The KVFL", "KVFL")]),
    ("A spokesperson for the KVFL said the unit would start in March.",
     [("KVFL", "organization", None, None)],
     [("A spokesperson for the KVFL", "KVFL")]),
    # a state's ministry or department written in lower case, with its field, that speaks, is cited or has an official
    ("The department of mines & energy said it was monitoring the situation.",
     [("Department of Mines & Energy", "organization", None, None)],
     [("The department of mines & energy", "Department of Mines & Energy")]),
    ("Drivers accounted for 53 deaths, according to the health ministry.",
     [("Health Ministry", "organization", None, None)],
     [("the health ministry", "Health Ministry")]),
    ("Norway's transport ministry said drivers must rest for 11 hours.",
     [("Norway", "country", None, None), ("Transport Ministry", "organization", None, "Norway")],
     [("Norway's transport ministry", "Transport Ministry")]),
    ("A spokesperson for the planning ministry said the permit was lawful.",
     [("Planning Ministry", "organization", None, None)],
     [("A spokesperson for the planning ministry", "Planning Ministry")]),
    ("A transport ministry official said drivers must rest for 11 hours.",
     [("Transport Ministry", "organization", None, None)],
     [("A transport ministry official", "Transport Ministry")]),
    ("The ministry of health said 53 drivers died.",
     [("Ministry of Health", "organization", None, None)],
     [("The ministry of health", "Ministry of Health")]),
    # NEGATIVE: no field ('the ministry'), or a department with its field before it (a city's as often)
    ("The ministry said 53 drivers died.", [], [("The ministry", None)]),
    ("The health department said 53 people were ill.", [], [("The health department", None)]),
    # NEGATIVE: a post's initials, not a body's
    ("The CEO said the company would grow.", [], [("The CEO", None)]),
    # NEGATIVE: a thing's initials in the dictionary
    ("The GPS told him to turn left at the bridge.", [], [("The GPS", None)]),
    # one state's ministry named again without its state is that ministry
    ("Norway's transport ministry said drivers must rest for 11 hours. The transport ministry added that fines would double.",
     [("Norway", "country", None, None), ("Transport Ministry", "organization", None, "Norway")],
     [("Norway's transport ministry", "Transport Ministry"), ("The transport ministry", "Transport Ministry")]),
    # NEGATIVE: one field's ministry of two states, or of the writer's state before another's: abstain
    ("Japan's transport ministry said the line would reopen. China's transport ministry said it would send inspectors.",
     [("China", "country", None, None), ("Japan", "country", None, None)],
     [("Japan's transport ministry", None), ("China's transport ministry", None)]),
    ("The health ministry said 53 people had died. In neighbouring Chad, the health ministry said it had recorded no cases.",
     [], [("The health ministry", None), ("the health ministry", None)]),
    ("The health ministry said 40 people were in hospital in Harare. Zimbabwe's health ministry later raised the toll.",
     [("Zimbabwe", "country", None, None)], [("The health ministry", None)]),
    # NEGATIVE: a name in apposition with an event's noun, only spoken to
    ("Defence minister Ann Lowe told the Kessa Dialogue, a regional security forum, that tensions were rising.",
     [("Ann Lowe", "person", "Defence minister", None)], []),
    # NEGATIVE: a title on a body's word ('Union Minister'), no body
    ("The Union Minister said the plan was sound.", [], [("The Union Minister", None)]),
]


@pytest.mark.parametrize("text,actors,said", UNTAGGED_BODIES)
def test_untagged_bodies(text, actors, said):
    assert records(text) == actors
    assert [s for s in speakers(text) if s in said or s[0] in {x for x, _ in said}] == said


WRITERS_OUTLET = [
    # the agency in the dateline's brackets, only as one who sees a document
    ("Ferry fares to rise\n\nOSLO, May 2 (Harbour Wire) - The Fjord Ferry Company said fares would rise "
     "5 percent from June, according to a letter seen by Harbour Wire.",
     [("Fjord Ferry Company", "organization", None, None)]),
    # a byline line's outlet, told and trying to reach someone
    ("Club treasurer charged\n\nAnn Lowe · Harbour Radio News\n\nThe former treasurer of the Kessa Rovers "
     "club was charged with fraud on Monday after an audit found money missing from its accounts, police said. "
     "\"It is devastating,\" Tom Reed told Harbour Radio News. Harbour Radio News attempted to reach the treasurer.",
     [("Tom Reed", "person", None, None), ("police", "group", None, None)]),
    # NEGATIVE: without the byline, an outlet that also acts (tries to reach someone) stays
    ("Club treasurer charged\n\nThe former treasurer of Kessa Rovers was charged with fraud on Monday after an "
     "audit found money missing from its accounts, police said. \"It is devastating,\" Tom Reed told Harbour "
     "Radio News. Harbour Radio News attempted to reach the treasurer.",
     [("Harbour Radio News", "organization", None, None), ("Tom Reed", "person", None, None),
      ("police", "group", None, None)]),
    # NEGATIVE: a short line over the story naming one of its bodies, no outlet's word: no byline
    ("Port strike looms\n\nHarbour Dockers Union, Kessa\n\nWorkers at the port voted on Monday to strike next week "
     "over pay, in a ballot run by the Harbour Dockers Union that closed at noon. Ann Lowe urged the Harbour Dockers "
     "Union to reconsider.",
     [("Ann Lowe", "person", None, None), ("Harbour Dockers Union", "organization", None, None)]),
    # a paper's name that is only ever told
    ("Councillor Ann Lowe told the Kessa Times she would resign after the vote on the budget.",
     [("Ann Lowe", "person", "Councillor", None)]),
    # NEGATIVE: a paper's name that acts in the story stays
    ("The Kessa Times said it would cut 40 jobs. Editor Tom Reed told staff the paper was losing money.",
     [("Kessa Times", "organization", None, None), ("Tom Reed", "person", "Editor", None)]),
    # NEGATIVE: a body without a paper's word that is only told stays
    ("Councillor Ann Lowe told the Kessa Ferry Company that she would resign after the vote on the budget.",
     [("Ann Lowe", "person", "Councillor", None), ("Kessa Ferry Company", "organization", None, None)]),
]


@pytest.mark.parametrize("text,actors", WRITERS_OUTLET)
def test_the_writers_outlet_is_no_actor(text, actors):
    assert records(text) == actors


DOCUMENTS_AND_MEASURES = [
    # a name whose head is a policy's, a signed paper's or a measure's names no actor, nor do its initials
    ("The National Freight and Ports Strategy aims to double exports, Transport Minister Ali Saleh said.",
     [("Ali Saleh", "person", "Transport Minister", None)]),
    ("The two firms signed a memorandum of understanding (MoU) on Monday. The MoU covers 300 jobs, Ann Lowe said.",
     [("Ann Lowe", "person", None, None)]),
    ("The Air Quality Index (AQI) reached 300 on Monday, Ann Lowe said. The AQI fell later.",
     [("Ann Lowe", "person", None, None)]),
    # the head word before a name's first 'for'/'of' (session 31): a policy statement, a strategy
    ("The regional council's plan will be tested against the National Policy Statement for Kessa Waterways, "
     "planner Joan Vickery said.",
     [("Joan Vickery", "person", "planner", None)]),
    ("The Strategy for Coastal Renewal has stalled, the Harbour Trust said.",
     [("Harbour Trust", "organization", None, None)]),
    # NEGATIVE: a body named for its field of policy, or with a body's head before 'of'
    ("The Centre for Policy Studies said taxes would rise.",
     [("Centre for Policy Studies", "organization", None, None)]),
    ("The Kessa Academy for Freight Strategy said the plan was sound.",
     [("Kessa Academy for Freight Strategy", "organization", None, None)]),
    ("The Ministry of Strategy said the plan was sound.",
     [("Ministry of Strategy", "organization", None, None)]),
    # NEGATIVE (review of session 31): a document's word before 'of/for' where the last word is a body's
    ("The Statement of Shared Purpose Group said it would disband.",
     [("Statement of Shared Purpose Group", "organization", None, None)]),
    ("The Blueprint for Inland Towns Commission said the report was late.",
     [("Blueprint for Inland Towns Commission", "organization", None, None)]),
    ("The Kessa Workers Congress (KWC) said the strike would go ahead. The KWC wants a 7% raise.",
     [("Kessa Workers Congress", "organization", None, None)]),
]


@pytest.mark.parametrize("text,actors", DOCUMENTS_AND_MEASURES)
def test_documents_and_measures_are_no_actors(text, actors):
    assert records(text) == actors
