"""A body named once and then spoken of by a kind noun as the speaker ('The group said', 'The bench
said', 'according to the agency', a deck's 'Union warns'), by its document ('Its report said'), or
as a speaker's own body ('Her association estimates'): the position and the figures it gives are
the body's (generator/extract/bodies.py). Every sentence here is written for the tests; rows with
an actor of None are the negatives, where another body, or none, may be meant."""
from __future__ import annotations

import pytest

from conftest import extract


def records(text: str) -> list[tuple]:
    """(speaker, actor, cue, text) of every position whose speaker is no proper name."""
    return [(p.speaker, p.actor, p.cue, p.text) for p in extract(text).positions
            if not p.speaker[:1].isupper() or p.speaker.split()[0] in ("The", "Its", "Her", "His", "Union", "Ministry")]


KIND_OF_THE_NAME = [
    # a company's legal form: 'the group', 'the company', 'the firm'
    ("Sinar Hijau Plantations Bhd posted a loss on Monday. The group said revenue fell 12 percent.",
     [("The group", "Sinar Hijau Plantations Bhd", "said", "revenue fell 12 percent")]),
    ("Tanjung Emas Berhad opened a mill in Perak. Output rose 9 percent in the quarter, the company said.",
     [("the company", "Tanjung Emas Berhad", "said", "Output rose 9 percent in the quarter")]),
    ("Orwin Foods plc cut 200 jobs. The firm said sales dropped 9 percent.",
     [("The firm", "Orwin Foods plc", "said", "sales dropped 9 percent")]),
    # a court: 'the bench', 'the court'
    ("The Bombay High Court heard the petition on Monday. The bench said the state must pay 5,000 workers.",
     [("The bench", "Bombay High Court", "said", "the state must pay 5,000 workers")]),
    ("Judges at the Lagos High Court adjourned the case. The court said 12 witnesses would testify.",
     [("The court", "Lagos High Court", "said", "12 witnesses would testify")]),
    # the head of the name, with another body of the kind named well before
    ("The Kessel Finance Ministry cut the budget in March. Clinics closed in the north. Patients waited for "
     "months. Doctors left. The Kessel Health Ministry opened a hotline on Monday. The ministry said 300 calls "
     "came in.",
     [("The ministry", "Kessel Health Ministry", "said", "300 calls came in")]),
    # the story's opening 'a <kind>' is the body it names next
    ("A hospital trust in Kessel will close a ward next month. Marrow Valley NHS Trust said on Monday the ward "
     "had 20 beds. The trust said 12 nurses would move.",
     [("The trust", "Marrow Valley NHS Trust", "said", "12 nurses would move")]),
    # NEGATIVE: a proper name between that may be a company too
    ("Sinar Hijau Plantations Bhd bought Tosca on Monday. The group said revenue fell 12 percent.",
     [("The group", None, "said", "revenue fell 12 percent")]),
    # NEGATIVE: two bodies of the kind in the sentence before
    ("The Harbour Dockers Union and the Kessel Teachers Union met on Monday. The union said 400 members would strike.",
     [("The union", None, "said", "400 members would strike")]),
    # NEGATIVE: another body of the kind named just before
    ("The Kessel Finance Ministry cut the budget. The Kessel Health Ministry opened a hotline. The ministry said "
     "300 calls came in.",
     [("The ministry", None, "said", "300 calls came in")]),
    # NEGATIVE: an unnamed body of the kind in between ('a rival union', 'the new company')
    ("The Harbour Dockers Union called a strike. A rival union opposed it. The union said 400 members would walk out.",
     [("The union", None, "said", "400 members would walk out")]),
    ("Orwin Foods plc cut 200 jobs. The new company will be based in Lima. The firm said sales dropped 9 percent.",
     [("The firm", None, "said", "sales dropped 9 percent")]),
    # NEGATIVE: the body is named only after the description; a kind the name does not bear
    ("The court said 12 witnesses would testify. The Lagos High Court adjourned the case.",
     [("The court", None, "said", "12 witnesses would testify")]),
    ("The Harbour Dockers Union called a strike. The group said 300 members joined.",
     [("The group", None, "said", "300 members joined")]),
    # the story's own body, named more often than another of the kind named once between (review)
    ("The Kessel Health Ministry unveiled a plan on Sunday. The Kessel Health Ministry will open 12 clinics. Nurses "
     "welcomed it. An official of the Kessel Finance Ministry said the money was approved. Parents protested outside "
     "the Kessel Health Ministry on Monday. Some families paid for therapy. Doctors agreed. The ministry said four "
     "clinics would open in May.",
     [("The ministry", "Kessel Health Ministry", "said", "four clinics would open in May")]),
    # NEGATIVE (review): two bodies of the kind named once each, the last five sentences back
    ("The Harbour Dockers Union called a strike in March. Ships queued outside the port. Fuel prices rose. "
     "Shops ran short of bread. Ministers met on Friday. The Kessel Teachers Union backed the dockers on Monday. "
     "Schools stayed open. Parents were relieved. Exams went ahead. Pupils sat papers. The union said 400 members "
     "would walk out.",
     [("The union", None, "said", "400 members would walk out")]),
    ("The Lagos High Court ruled on the case in May. The appeal went to the Supreme Court. Lawyers filed papers. "
     "Witnesses were called. Judges read the files. Reporters waited. The court said 12 witnesses would testify.",
     [("The court", None, "said", "12 witnesses would testify")]),
    # NEGATIVE (review): a court no actor was made of, named before the one court kept
    ("The Lagos High Court heard the case. The Court of Appeal sat on Tuesday. The bench said 12 witnesses would "
     "testify.",
     [("The bench", None, "said", "12 witnesses would testify")]),
    # NEGATIVE (review): 'the group' after people spoken of as a plural subject
    ("Sinar Hijau Plantations Bhd posted a loss on Monday. Forty farmers marched to its office in Perak. The group "
     "said 300 hectares of their land had been taken.",
     [("The group", None, "said", "300 hectares of their land had been taken")]),
    # NEGATIVE: a name ending on a country's code ('Stats SA') is no company by that word; the firm of
    # the story has no company word in its name, so 'the company' stays open
    ("Wage talks at JSE-listed Harrow Platinum have deadlocked. Harrow Platinum chief executive Ann Lowe said the "
     "demand would add R1bn a year to costs. Inflation was 4.4% in February, Stats SA said. The company said its "
     "offer was fair.",
     [("The company", None, "said", "its offer was fair")]),
    # a legal form that is also a country's code still marks the one firm of the story
    ("Velmor Freight SA posted a loss on Monday. The company said costs had risen sharply.",
     [("The company", "Velmor Freight SA", "said", "costs had risen sharply")]),
]


@pytest.mark.parametrize("text,expected", KIND_OF_THE_NAME)
def test_a_kind_noun_takes_up_the_body_it_may_be(text, expected):
    assert records(text) == expected


HEADLINE_DECKS = [
    # a deck's bare kind noun: the one body of the kind the story names, or the headline's
    ("Kessel Health Ministry unveils clinic plan\n\nMinistry promises 40 clinics; union says pay is too low\n\n"
     "The Kessel Health Ministry unveiled a plan on Sunday. The Kessel Nurses Union said it was too little.",
     [("Ministry", "Kessel Health Ministry", "promises", "40 clinics"),
      ("union", "Kessel Nurses Union", "says", "pay is too low")]),
    # NEGATIVE: two unions in the story
    ("Dock strike looms\n\nUnion warns of a strike at the docks\n\nThe Harbour Dockers Union and the Kessel "
     "Crane Union met on Monday. Talks failed.",
     [("Union", None, "warns", "a strike at the docks")]),
]


@pytest.mark.parametrize("text,expected", HEADLINE_DECKS)
def test_a_decks_bare_kind_noun_takes_up_the_one_body(text, expected):
    assert [r for r in records(text) if r[0] in ("Ministry", "union", "Union")] == expected


OWN_BODY_AND_DOCUMENT = [
    # 'Her association', 'His union': the body of the kind the person is of
    ("Margaret Olsen, president of the Kessel Association of Field Scientists, spoke on Monday. Her association "
     "estimates 12 programs have closed.",
     [("Her association", "Kessel Association of Field Scientists", "estimates", "12 programs have closed")]),
    ("David Okafor is general secretary of the Harbour Dockers Union. His union says 300 members will strike.",
     [("His union", "Harbour Dockers Union", "says", "300 members will strike")]),
    # 'Its report said': 'its' takes up as 'it' would
    ("The Care Quality Commission inspected the unit in May. Its report said 14 posts were vacant.",
     [("Its report", "Care Quality Commission", "said", "14 posts were vacant")]),
    # NEGATIVE: the person is of no body of the kind
    ("Margaret Olsen, a nurse, spoke on Monday. Her union estimates 2,000 posts are vacant.",
     [("Her union", None, "estimates", "2,000 posts are vacant")]),
    ("Margaret Olsen, president of the Kessel Association of Field Scientists, spoke on Monday. Her union "
     "estimates 12 programs have closed.",
     [("Her union", None, "estimates", "12 programs have closed")]),
]


@pytest.mark.parametrize("text,expected", OWN_BODY_AND_DOCUMENT)
def test_a_speakers_own_body_and_a_bodys_document(text, expected):
    assert records(text) == expected


def test_figures_of_a_body_described_are_the_bodys():
    found = {(f.text, f.actor) for f in extract("Sinar Hijau Plantations Bhd posted a loss on Monday. The group "
                                                "said revenue fell 12 percent.").figures}
    assert ("12 percent", "Sinar Hijau Plantations Bhd") in found
