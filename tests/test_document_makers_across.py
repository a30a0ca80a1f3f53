"""A document's or figures' maker across what comes between the noun and the maker (session 46).

'A survey issued that afternoon by X found that ...': the small model may read the participle of a
reduced relative as the main verb and the real main verb as joined to it; a past form with a passive
agent and no auxiliary is no main verb, so the parse is mended (parse.py,
`reduced_relatives_as_participles`) and every rule reads the document's maker as it would with no words
between. A clause on a noun with such an agent, tagged a past tense, is tagged the participle it is.
A past form of no agent is mended too where a tensed verb of no subject with a clause of its own follows
with no 'and' between ('Figures presented to the assembly on Thursday show that ...', session 48).
A verb read as continuing a passive of seeing, obtaining or receiving a document or data ('The audit, a copy
of which was seen by X, found ...') takes up the document: X only got hold of it and is no source of the
finding (session 48); one who examined a thing or read a statement out is (session 48 review).

'According to figures presented by X': one who made, put out or handed the figures on (a person as
well as a body) holds the statement; one who only commissioned, read, obtained, disputed or welcomed
them does not, nor either of two makers; nor do people 'interviewed by X' or 'employed by X' speak for X
(people 'deployed by X' or 'sent by X' do).
Sentences written for the tests; each row asserts every position of the text, whole:
(speaker, actor, cue, text, direct).
"""
from __future__ import annotations

import pytest

from conftest import extract, positions_of
from generator.extract.parse import parse_text


def figure_rows(text: str) -> list[tuple]:
    return [(f.text, f.value, f.low, f.high, f.unit, f.qualifier, f.actor, f.sentence_index, f.source)
            for f in extract(text).figures]


def tree(text: str) -> list[tuple]:
    """Each word of the first sentence as (word, tag, dependency, head word)."""
    sentence = parse_text(text).sentences[0]
    return [(t.text, t.tag_, t.dep_, t.head.text) for t in sentence if not t.is_punct]


MENDED = [
    ("A man arrested the same night by police appeared in court.",
     [("A", "DT", "det", "man"), ("man", "NN", "nsubj", "appeared"), ("arrested", "VBN", "acl", "man"),
      ("the", "DT", "det", "night"), ("same", "JJ", "amod", "night"), ("night", "NN", "npadvmod", "arrested"),
      ("by", "IN", "agent", "arrested"), ("police", "NNS", "pobj", "by"), ("appeared", "VBD", "ROOT", "appeared"),
      ("in", "IN", "prep", "appeared"), ("court", "NN", "pobj", "in")]),
    # NEGATIVE: an active verb with an object and 'by' of means, joined to another by 'and': as parsed
    ("The agency released the report by the deadline and found that staff were overpaid.",
     [("The", "DT", "det", "agency"), ("agency", "NN", "nsubj", "released"), ("released", "VBD", "ROOT", "released"),
      ("the", "DT", "det", "report"), ("report", "NN", "dobj", "released"), ("by", "IN", "prep", "released"),
      ("the", "DT", "det", "deadline"), ("deadline", "NN", "pobj", "by"), ("and", "CC", "cc", "released"),
      ("found", "VBD", "conj", "released"), ("that", "IN", "mark", "overpaid"), ("staff", "NN", "nsubjpass", "overpaid"),
      ("were", "VBD", "auxpass", "overpaid"), ("overpaid", "VBN", "ccomp", "found")]),
]


@pytest.mark.parametrize("text, expected", MENDED, ids=[row[0] for row in MENDED])
def test_a_reduced_relative_read_as_the_main_verb_is_mended(text, expected):
    assert tree(text) == expected


ACROSS_A_PARTICIPLE = [
    ('Yet a survey issued that afternoon by the Marrow Housing Forum found that evictions climbed to 310 cases. '
     'The survey said the backlog had grown by 40 cases.',
     [('The survey', 'Marrow Housing Forum', 'said', 'the backlog had grown by 40 cases', False)],
     [('310', 310.0, None, None, 'cases', None, 'Marrow Housing Forum', 0, None),
      ('40', 40.0, None, None, 'cases', None, 'Marrow Housing Forum', 1, None)]),
    ('A study published the same week by the Orlen Foundation showed that 40 schools had closed.',
     [],
     [('40', 40.0, None, None, 'schools', None, 'Orlen Foundation', 0, None)]),
    ('The survey conducted this spring by the Kessa Institute found that 60% of tenants were behind on rent.',
     [],
     [('60%', 60.0, None, None, '% of tenants', None, 'Kessa Institute', 0, None)]),
    ('Figures released the next morning by the Harlan Statistics Office showed that 900 jobs were lost.',
     [],
     [('900', 900.0, None, None, 'jobs', None, 'Harlan Statistics Office', 0, None)]),
    ('A letter sent the same week by the Ministry of Roads said 12 bridges would close.',
     [('A letter', 'Ministry of Roads', 'said', '12 bridges would close', False)],
     [('12', 12.0, None, None, 'bridges', None, 'Ministry of Roads', 0, None)]),
    # NEGATIVE: an active verb with an object ('released the report', 'released the figures by post'),
    # a participle of speech after a comma: as parsed, the subject's own
    ('The agency released the report by the deadline and found that 40 staff were overpaid.',
     [],
     [('40', 40.0, None, None, 'staff', None, None, 0, None)]),
    ('The board released the figures by post on Monday and said 40 staff had left.',
     [('The board', None, 'said', '40 staff had left', False)],
     [('40', 40.0, None, None, 'staff', None, None, 0, 'The board')]),
    ('Tom Reed released the report the same day by courier, saying 40 staff had left.',
     [('Tom Reed', 'Tom Reed', 'saying', '40 staff had left', False)],
     [('40', 40.0, None, None, 'staff', None, 'Tom Reed', 0, None)]),
    # a past form of no agent before a tensed verb of no subject with a clause of its own, no 'and'
    # between: two tensed verbs cannot share one subject, so the first is a participle on it
    ('Figures presented to the assembly on Thursday show that 54% of buses arrived on time.',
     [],
     [('54%', 54.0, None, None, '% of buses', None, None, 0, 'Figures presented to the assembly on Thursday')]),
    ('Figures presented to the school board on Tuesday show that 31% of pupils were absent for more than ten days.',
     [],
     [('31%', 31.0, None, None, '% of pupils', None, None, 0, 'Figures presented to the school board on Tuesday')]),
    ('Data submitted to the regulator last week show that 412 trains ran late.',
     [],
     [('412', 412.0, None, None, 'trains', None, None, 0, 'Data submitted to the regulator last week')]),
    ('Figures presented to the panel by the Orlen Transit Authority show that 54% of buses arrived on time.',
     [],
     [('54%', 54.0, None, None, '% of buses', None, 'Orlen Transit Authority', 0, None)]),
    # NEGATIVE: two participles joined by 'and' (as parsed), an active verb with an object, 'and' between
    # two verbs, a clause of its own subject after a semicolon
    ('Figures presented to the panel and released on Thursday show that 54% of buses arrived on time.',
     [],
     [('54%', 54.0, None, None, '% of buses', None, None, 0, None)]),
    ('The council presented figures to the committee on Monday that show 72% of calls were answered.',
     [],
     [('72%', 72.0, None, None, '% of calls', None, None, 0, None)]),
    ('Ann Lowe presented the figures to the committee and said 72% of calls were answered.',
     [('Ann Lowe', 'Ann Lowe', 'said', '72% of calls were answered', False)],
     [('72%', 72.0, None, None, '% of calls', None, 'Ann Lowe', 0, None)]),
    ('Officials met on Monday and agreed that 40 jobs would go.',
     [('Officials', 'officials', 'agreed', '40 jobs would go', False)],
     [('40', 40.0, None, None, 'jobs', None, 'officials', 0, None)]),
    ('The board approved the plan in March; it shows that 40 jobs will go.',
     [],
     [('40', 40.0, None, None, 'jobs', None, None, 0, None)]),
    # NEGATIVE: a past form of no phrase of its own before a misread subject: the main verb, as parsed
    ('Another poll found 40 percent backed Ann Lowe.',
     [],
     [('40 percent', 40.0, None, None, '%', None, None, 0, 'Another poll')]),
    ('A poll taken in May found 40 percent backed Ann Lowe.',
     [],
     [('40 percent', 40.0, None, None, '%', None, None, 0, None)]),
    # NEGATIVE: a cue set after the clause it reports, its subject after it: as parsed
    ('The bridge collapsed on Monday, reported witnesses.',
     [('witnesses', 'witnesses', 'reported', 'The bridge collapsed on Monday', False)],
     []),
    # NEGATIVE: a verb of speech with a phrase of its own whose clause the parser hangs on a later past form: as parsed
    ('Nurse Lena Fahr, of Orlen General Hospital, said in a witness statement read to the coroner that staff had logged more than 2,000 complaints.',
     [('Nurse Lena Fahr', 'Lena Fahr', 'said', 'staff had logged more than 2,000 complaints', False)],
     [('more than 2,000', 2000.0, 2000.0, None, 'complaints', 'more than', 'Lena Fahr', 0, None)]),
]


@pytest.mark.parametrize("text, positions, figures", ACROSS_A_PARTICIPLE, ids=[row[0] for row in ACROSS_A_PARTICIPLE])
def test_a_documents_maker_across_a_participle(text, positions, figures):
    assert (positions_of(text), figure_rows(text)) == (positions, figures)


FIGURES_BY_THEIR_AGENT = [
    ("Ticket sales reached 12,000, according to figures presented by Festival Director Ina Kovac.",
     [("figures", "Ina Kovac", "according to", "Ticket sales reached 12,000", False)]),
    ("Revenue fell 4%, according to figures presented to the council by Mayor Ann Lowe.",
     [("figures", "Ann Lowe", "according to", "Revenue fell 4%", False)]),
    ("Revenue fell 4%, according to numbers provided by Finance Director Mara Bell.",
     [("numbers", "Mara Bell", "according to", "Revenue fell 4%", False)]),
    ("Some 900 homes were empty, according to data compiled by Dr Ivo Marsh.",
     [("data", "Ivo Marsh", "according to", "Some 900 homes were empty", False)]),
    ("Revenue rose to $2 million, according to figures published on Monday by the Harlan Statistics Office.",
     [("figures", "Harlan Statistics Office", "according to",
       "Revenue rose to $2 million", False)]),
    ("Revenue rose to $2 million, according to figures released by the Harlan Statistics Office.",
     [("figures", "Harlan Statistics Office", "according to",
       "Revenue rose to $2 million", False)]),
    # the source as written where its maker is no actor: the words, no one
    ("Revenue rose to $2 million, according to figures prepared by the city's finance department.",
     [("figures", None, "according to", "Revenue rose to $2 million", False)]),
    # other prepositions and documents: as before
    ("Revenue rose to $2 million, according to figures from the Harlan Statistics Office.",
     [("figures from the Harlan Statistics Office", "Harlan Statistics Office", "according to",
       "Revenue rose to $2 million", False)]),
    ("Revenue rose to $2 million, according to a report published on Monday by the Harlan Statistics Office.",
     [("a report", "Harlan Statistics Office", "according to", "Revenue rose to $2 million", False)]),
    # NEGATIVE: one who only commissioned, read, obtained, disputed or questioned them; two makers;
    # figures handed to someone; a place they lie in
    ("Revenue fell 4%, according to figures commissioned by Mayor Ann Lowe.",
     [("figures", None, "according to", "Revenue fell 4%", False)]),
    ("Revenue fell 4%, according to figures disputed by Councillor Tom Reed.",
     [("figures", None, "according to", "Revenue fell 4%", False)]),
    ("Revenue fell 4%, according to figures questioned by Tom Reed.",
     [("figures", None, "according to", "Revenue fell 4%", False)]),
    ("Revenue rose to $2 million, according to figures seen by the Courier.",
     [("figures", None, "according to", "Revenue rose to $2 million", False)]),
    ("Revenue rose to $2 million, according to figures obtained by the Courier.",
     [("figures", None, "according to", "Revenue rose to $2 million", False)]),
    ("Revenue fell 4%, according to figures presented by Tom Reed and Mara Bell.",
     [("figures", None, "according to", "Revenue fell 4%", False)]),
    ("Nine ferries are out of service, according to data compiled by the office of Harbourmaster Ivo Marsh.",
     [("data", None, "according to", "Nine ferries are out of service", False)]),
    ("Revenue fell 4%, according to figures given to Mayor Ann Lowe.",
     [("figures", None, "according to", "Revenue fell 4%", False)]),
    ("Revenue fell 4%, according to figures on Tom Reed's desk.",
     [("figures", None, "according to", "Revenue fell 4%", False)]),
    # NEGATIVE: people a body interviewed or employs do not speak for it
    ("Growers interviewed by Orvia Seed Partners said yields were poor.",
     []),
    ("Workers employed by Carrow Mining said the pit was unsafe.",
     [("Workers", None, "said", "the pit was unsafe", False)]),
    # NEGATIVE (for the guard above): people a body sent or deployed to act for it still speak for it
    ("Observers deployed by the African Union said the vote was credible.",
     [("Observers", "African Union", "said", "the vote was credible", False)]),
    ("Inspectors sent by the International Atomic Energy Agency said the plant was safe.",
     [("Inspectors", "International Atomic Energy Agency", "said", "the plant was safe", False)]),
    ("Mayor Ann Lowe met Tom Reed on Monday. Revenue fell 4%, according to figures welcomed by the mayor.",
     [("figures", None, "according to", "Revenue fell 4%", False)]),
]


@pytest.mark.parametrize("text, expected", FIGURES_BY_THEIR_AGENT, ids=[row[0] for row in FIGURES_BY_THEIR_AGENT])
def test_figures_speak_for_the_agent_who_made_them(text, expected):
    assert positions_of(text) == expected


SEEN_IS_NOT_MADE = [
    # a verb read as continuing a passive of seeing, obtaining or receiving: the reader is no source
    ('The audit, a copy of which was seen by the Kessa Ledger, found that 40 payments were late.',
     [],
     [('40', 40.0, None, None, 'payments', None, None, 0, None)]),
    ('The review, a copy of which was obtained by Kessa Radio, found that $2m was wasted.',
     [],
     [('$2m', 2000000.0, None, None, 'dollars', None, None, 0, None)]),
    ('The memo was seen by the Kessa Ledger and shows that 300 staff will go.',
     [],
     [('300', 300.0, None, None, 'staff', None, None, 0, None)]),
    ('The letter was received by the Kessa Council on Monday and says 40 homes are unsafe.',
     [('The letter', None, 'says', '40 homes are unsafe', False)],
     [('40', 40.0, None, None, 'homes', None, None, 0, 'The letter')]),
    # NEGATIVE: a passive of making, issuing or carrying out: its agent is the source of what follows
    ('The report was published by the Orlen Institute and found that 40 schools were unsafe.',
     [],
     [('40', 40.0, None, None, 'schools', None, 'Orlen Institute', 0, None)]),
    ('The figures were compiled by the Kessa Statistics Office and show that 300 jobs went.',
     [],
     [('300', 300.0, None, None, 'jobs', None, 'Kessa Statistics Office', 0, None)]),
    ('The study was carried out by Carrow Partners and found that $4m was missing.',
     [],
     [('$4m', 4000000.0, None, None, 'dollars', None, 'Carrow Partners', 0, None)]),
    ('The survey, seen by the Kessa Ledger, found that 40 payments were late.',
     [],
     [('40', 40.0, None, None, 'payments', None, None, 0, 'The survey')]),    # data come by, a plural noun of statistics
    ('The figures were seen by Kessa Radio and show that 45 clinics have closed.',
     [],
     [('45', 45.0, None, None, 'clinics', None, None, 0, None)]),
    # NEGATIVE: a thing tested, not a document: the one who examined or inspected it made the finding
    ('The water samples were examined by the Orlen Regional Laboratory, finding nitrate levels of 60 milligrams per litre.',
     [],
     [('60', 60.0, None, None, 'milligrams per litre', None, 'Orlen Regional Laboratory', 0, None)]),
    ('The soil was inspected by the Kessa Agriculture Board and found to hold 12 parts per million of arsenic.',
     [],
     [('12', 12.0, None, None, 'parts', None, 'Kessa Agriculture Board', 0, None)]),
    # NEGATIVE: a statement or manifesto read out: the one who read it gives it
    ('The statement was read by Brigadier Tomas Reyl at a briefing and said that 25 rebels had surrendered.',
     [('The statement', None, 'said', '25 rebels had surrendered', False)],
     [('25', 25.0, None, None, 'rebels', None, 'Tomas Reyl', 0, None)]),
    ('The manifesto was read by party chairman Kofi Adjei at the rally and promised 200,000 new homes.',
     [('The manifesto', None, 'promised', '200,000 new homes', False)],
     [('200,000', 200000.0, None, None, 'homes', None, 'Kofi Adjei', 0, None)]),
    # NEGATIVE: a document reviewed (not only come by): the reviewer keeps the claim
    ('The accounts were reviewed by Halden Audit and showed a loss of $7 million.',
     [],
     [('$7 million', 7000000.0, None, None, 'dollars', None, 'Halden Audit', 0, None)]),
]


@pytest.mark.parametrize("text, positions, figures", SEEN_IS_NOT_MADE, ids=[row[0] for row in SEEN_IS_NOT_MADE])
def test_one_who_saw_or_received_a_document_is_no_source_of_its_finding(text, positions, figures):
    assert (positions_of(text), figure_rows(text)) == (positions, figures)


OFF_THE_RECIPIENT = [
    # session 51: a 'by' phrase the parser hangs on the noun a document is for ('to residents', 'for the
    # board') is the document's maker (parse.py, `document_makers_off_their_recipient`)
    ("A submission to the inquiry by the Fenwick Residents Association argued that the bridge was unsafe.",
     [('A', 'DT', 'det', 'submission'), ('submission', 'NN', 'nsubj', 'argued'), ('to', 'IN', 'prep', 'submission'),
      ('the', 'DT', 'det', 'inquiry'), ('inquiry', 'NN', 'pobj', 'to'), ('by', 'IN', 'prep', 'submission'),
      ('the', 'DT', 'det', 'Association'), ('Fenwick', 'NNP', 'compound', 'Residents'),
      ('Residents', 'NNPS', 'compound', 'Association'), ('Association', 'NNP', 'pobj', 'by'),
      ('argued', 'VBD', 'ROOT', 'argued'), ('that', 'IN', 'mark', 'was'), ('the', 'DT', 'det', 'bridge'),
      ('bridge', 'NN', 'nsubj', 'was'), ('was', 'VBD', 'ccomp', 'argued'), ('unsafe', 'JJ', 'acomp', 'was')]),
    # NEGATIVE: a 'by' phrase on what a report is about ('on the attack'): as parsed
    ('A report on the attack by militants was published on Monday.',
     [('A', 'DT', 'det', 'report'), ('report', 'NN', 'nsubjpass', 'published'), ('on', 'IN', 'prep', 'report'),
      ('the', 'DT', 'det', 'attack'), ('attack', 'NN', 'pobj', 'on'), ('by', 'IN', 'prep', 'attack'),
      ('militants', 'NNS', 'pobj', 'by'), ('was', 'VBD', 'auxpass', 'published'), ('published', 'VBN', 'ROOT', 'published'),
      ('on', 'IN', 'prep', 'published'), ('Monday', 'NNP', 'pobj', 'on')]),
]


@pytest.mark.parametrize("text, expected", OFF_THE_RECIPIENT, ids=[row[0] for row in OFF_THE_RECIPIENT])
def test_a_makers_by_phrase_hung_on_the_recipient_is_the_documents(text, expected):
    assert tree(text) == expected
