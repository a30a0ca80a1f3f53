"""Documents as sources (session 35): an audit, review, study or survey that found or showed a
figure is its source as written where no actor claims it ('when a forensic audit showed',
'an audit which found that', 'It also found' after it); a document brought in by 'a'/'an' with no
author or name states what it found (a position of the document, no actor); a document owned by
'its' in an 'according to' phrase is not kept from the body that the host clause's subject takes up
by a body named inside the document's own phrase.
Sentences written for the tests; each row asserts the whole list of records."""
from __future__ import annotations

import pytest

from conftest import extract, figure, positions_of, figure_records


FIGURES = [
    # the document that found the figure, as written
    ("The ferry service was sold when a forensic audit showed it had lost $2.4 million.",
     [("$2.4 million", 2.4e6, None, None, "dollars", None, None, 0, "a forensic audit")]),
    ("The club was fined when a review showed that 14 players had been paid in cash.",
     [("14", 14, None, None, "players", None, None, 0, "a review")]),
    ("Parents were not told of a safety survey, which found that 9 of the 25 playgrounds had broken equipment.",
     [("9", 9, None, None, "playgrounds", None, None, 0, "a safety survey"),
      ("25", 25, None, None, "playgrounds", None, None, 0, "a safety survey")]),
    ("A federal study found that 40 percent of the wells were contaminated.",
     [("40 percent", 40, None, None, "% of wells", None, None, 0, "A federal study")]),
    # 'It also found' right after the document's finding: the same document
    ("The review found that the fund had lost $1.2 million. It also found that 30 grants were never repaid.",
     [("$1.2 million", 1.2e6, None, None, "dollars", None, None, 0, "The review"),
      ("30", 30, None, None, "grants", None, None, 1, "The review")]),
    # NEGATIVE: a finding not made (modal, negated), a thing discovered, a relative owner, an 'it'
    # with no document before, bare figures, a finding another reports
    ("An audit could show that $4 million is missing.",
     [("$4 million", 4e6, None, None, "dollars", None, None)]),
    ("An audit will find that 40 staff were overpaid.",
     [("40", 40, None, None, "staff", None, None)]),
    ("The audit did not find that $3 million was missing.",
     [("$3 million", 3e6, None, None, "dollars", None, None)]),
    ("An audit found 12 bodies in the shed.", [("12", 12, None, None, "bodies", None, None)]),
    ("The club called in an auditor, whose audit found that $90,000 was missing.",
     [("$90,000", 90000, None, None, "dollars", None, None)]),
    ("It rained all week. It also found that 40 roofs leaked.",
     [("40", 40, None, None, "roofs", None, None, 1)]),
    ("The figures show 300 families were evicted.", [("300", 300, None, None, "families", None, None)]),
    ("Tom Reed said an audit found that $3 million was missing.",
     [("$3 million", 3e6, None, None, "dollars", None, "Tom Reed")]),
    # NEGATIVE: 'It also found' after a document in a clause under another subject (the tribunal may be 'it')
    ("The Harbour Tribunal upheld the complaint after a review showed that 40 tenants had been overcharged. "
     "It also found that the landlord owed $30,000 in refunds.",
     [("40", 40, None, None, "tenants", None, None, 0, "a review"),
      ("$30,000", 30000, None, None, "dollars", None, None, 1)]),
    # a document named as the last word of a headline ('..., says report'): the figure is kept, and
    # reading past the document for its author's preposition must not run off the end of the text
    ("Clinic faces shortage of nurses; 12 posts lying vacant, says report",
     [("12", 12, None, None, "posts", None, None, 0)]),
    # NEGATIVE: a question states no finding
    ("Did a study find that 40 percent of wells were poisoned?", []),
    # NEGATIVE: a when/after clause of a finding still to come (a future or modal main verb, a present
    # finding): a condition, not a result; also for plural finders ('when inspectors find')
    ("The council will act when a review finds that more than 40 homes are empty.",
     [("more than 40", 40, 40, None, "homes", "more than", None)]),
    ("The board will decide on the levy after an audit shows how much of the $2 million was spent.",
     [("$2 million", 2e6, None, None, "dollars", None, None)]),
    ("The levy will rise when a survey shows that more than 40 percent of residents back it.",
     [("more than 40 percent", 40, 40, None, "% of residents", "more than", None)]),
    ("The ministry will decide when inspectors find how many of the 300 schools need new roofs.",
     [("300", 300, None, None, "schools", None, None)]),
]


@pytest.mark.parametrize("text, expected", FIGURES, ids=[row[0] for row in FIGURES])
def test_figures_a_document_found(text, expected):
    assert figure_records(text) == [figure(text, *row) for row in expected]


POSITIONS = [
    # a new document of no author states what it found
    ("A university study showed the river had warmed by 2 degrees.",
     [("A university study", None, "showed", "the river had warmed by 2 degrees", False)]),
    ("A forensic review found that 14 complaints were ignored.",
     [("A forensic review", None, "found", "14 complaints were ignored", False)]),
    # NEGATIVE: a document taken up ('the review': whose, only the discourse of documents tells), a
    # poll (its respondents' view), a modal finding, a finding in a clause of another event, bare data,
    # a named document ('Statistics Zembia data')
    ("The review found that 14 complaints were ignored.", []),
    ("A poll found that most voters oppose the levy.", []),
    ("An audit could find that staff were overpaid.", []),
    ("The mayor resigned after an audit found that staff were overpaid.", []),
    ("Figures showed that exports fell.", []),
    # NEGATIVE: a question asks, it states no finding
    ("Did an audit find that the club had lost money?", []),
    ("Did a study find that 40 percent of wells were poisoned?", []),
]


@pytest.mark.parametrize("text, expected", POSITIONS, ids=[row[0] for row in POSITIONS])
def test_positions_of_a_new_document(text, expected):
    assert positions_of(text) == expected


OWNED = [
    # a body named inside the document's own phrase ('its filing with X') is no rival for 'its'
    ("Corvane Shipping Ltd is seeking a new berth. The company moved 640,000 containers in 2025, according to "
     "its submission to the Port Authority.",
     ("its submission to the Port Authority", "Corvane Shipping Ltd"),
     [("640,000", 640000, None, None, "containers", None, "Corvane Shipping Ltd", 1)]),
    # NEGATIVE: two companies before; two bodies named outside the document's phrase
    ("Corvane Shipping Ltd is seeking a new berth, and Brennick Freight Ltd backs it. The company moved 640,000 "
     "containers in 2025, according to its submission to the Port Authority.",
     ("its submission to the Port Authority", None), [("640,000", 640000, None, None, "containers", None, None, 1)]),
    ("Corvane Shipping Ltd and Brennick Freight Ltd met the Port Authority. The company moved 640,000 containers in "
     "2025, according to its submission.", ("its submission", None),
     [("640,000", 640000, None, None, "containers", None, None, 1)]),
    # NEGATIVE: 'The company' with a clause of its own after it may be a body the story has not named
    # ('a small operator', 'a new rival'): 'its' abstains, and so do the figures
    ("Kestrel Ferries Ltd said on Monday it would cut fares. The company that runs the port carried 2 million "
     "passengers last year, according to its website.",
     ("its website", None), [("2 million", 2e6, None, None, "passengers", None, None, 1)]),
    ("Kestrel Ferries Ltd is buying a small operator in the north. The company, founded in 1998 by two brothers, "
     "carried 40,000 passengers last year, according to its website.",
     ("its website", None), [("two", 2, None, None, "brothers", None, None, 1),
                             ("40,000", 40000, None, None, "passengers", None, None, 1)]),
    ("Kestrel Ferries Ltd has a new rival on the harbour. The company, founded last year, carried 40,000 "
     "passengers in March, according to its website.",
     ("its website", None), [("40,000", 40000, None, None, "passengers", None, None, 1)]),
]


@pytest.mark.parametrize("text, speaker, expected", OWNED, ids=[row[0] for row in OWNED])
def test_its_document(text, speaker, expected):
    found = extract(text)
    names = {m.key: m.name for m in found.mentions}
    assert [(p.speaker, names.get(p.actor)) for p in found.positions if p.cue == "according to"] == [speaker]
    with_names = [{**r, "actor": names.get(r["actor"])} for r in figure_records(text)]
    assert with_names == [figure(text, *row) for row in expected]


HELD = [
    # figures or data a body of the story came by or put together, in a relative clause on them: that body's
    ("The Orvale Teachers Union wants smaller classes. Classes averaged 34 pupils this term, according to "
     "figures the union obtained last month.", "Orvale Teachers Union", None),
    ("The Orvale Teachers Union wants smaller classes. Classes averaged 34 pupils this term, according to "
     "data the union compiled.", "Orvale Teachers Union", None),
    # NEGATIVE: an outlet's copy, an indefinite 'a union', two unions named, a verb of judging them: no
    # actor's, the figures in the words that tell them apart
    ("The Orvale Teachers Union wants smaller classes. Classes averaged 34 pupils this term, according to "
     "figures the newspaper obtained.", None, "figures the newspaper obtained"),
    ("The Orvale Teachers Union wants smaller classes. Classes averaged 34 pupils this term, according to "
     "figures a union obtained.", None, "figures a union obtained"),
    ("The Orvale Teachers Union and the Kessa Nurses Union want smaller classes. Classes averaged 34 pupils this "
     "term, according to figures the union obtained.", None, "figures the union obtained"),
    ("The Orvale Teachers Union wants smaller classes. Classes averaged 34 pupils this term, according to "
     "figures the union criticised.", None, "figures the union criticised"),
]


@pytest.mark.parametrize("text, holder, source", HELD, ids=[row[0] for row in HELD])
def test_figures_a_body_obtained(text, holder, source):
    found = extract(text)
    names = {m.key: m.name for m in found.mentions}
    assert [names.get(p.actor) for p in found.positions if p.cue == "according to"] == [holder]
    assert [(f.text, names.get(f.actor), f.source) for f in found.figures] == [("34", holder, source)]


NOT_HELD = [
    # NEGATIVE: a report, audit or study a body came by is another's work: its words stay the source
    ("The Harwick Nurses Union said wards were unsafe. Nurses worked 40,000 hours of unpaid overtime last year, "
     "according to a confidential report the union obtained.",
     ("a confidential report", None), [("40,000", 40000, None, None, "hours", None, None, 1, "a confidential report")]),
    ("The Harwick Teachers Union said the board was hiding losses. The board lost $3 million, according to an "
     "audit the union obtained.",
     ("an audit", None), [("$3 million", 3e6, None, None, "dollars", None, None, 1, "an audit")]),
    ("The Harwick Nurses Union said wards were unsafe. One in three nurses was assaulted last year, according to "
     "a leaked study the union obtained.",
     ("a leaked study", None), [("One in three", 0.3333, None, None, "share of nurses", None, None, 1, "a leaked study")]),
    # NEGATIVE: figures a body obtained from a producer the text names: the body relays them (the figures
    # in words, as written)
    ("The Orvale Teachers Union wants smaller classes. Classes averaged 34 pupils this term, according to "
     "figures the union obtained from the Orvale Education Ministry.",
     ("figures", None), [("34", 34, None, None, "pupils", None, None, 1,
                          "figures the union obtained from the Orvale Education Ministry")]),
    ("The Harwick Teachers Union said schools were unsafe. Assaults on staff rose to 870 last year, according to "
     "figures the union obtained from the Harwick School Board.",
     ("figures", None), [("870", 870, None, None, "assaults", None, None, 1,
                          "figures the union obtained from the Harwick School Board")]),
]


@pytest.mark.parametrize("text, speaker, expected", NOT_HELD, ids=[row[0] for row in NOT_HELD])
def test_figures_or_documents_another_produced(text, speaker, expected):
    found = extract(text)
    names = {m.key: m.name for m in found.mentions}
    assert [(p.speaker, names.get(p.actor)) for p in found.positions if p.cue == "according to"] == [speaker]
    with_names = [{**r, "actor": names.get(r["actor"])} for r in figure_records(text)]
    assert with_names == [figure(text, *row) for row in expected]
