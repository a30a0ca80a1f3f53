"""A document named by its kind word, and one introduced before the sentence that names its maker (session 50).

'The audit report', 'the inquiry report', 'the review report': where no earlier document of that noun and kind
word was named ('an audit report by X'), a report whose one kind word is itself a noun of a study, audit, review
or inquiry is that document's report, so it speaks for the one holder of the earlier mentions of that word
itself (speakers.py, `_document_its_kind_word_names`), never of a document of another noun, nor a commissioner.
'The police report', 'the final audit report' name a kind of their own and keep no holder. A body an audit or
review examines ('an audit of the Orlen Rowing Federation', 'an inquiry into X': EXAMINING_DOCUMENT_NOUNS) is not its
holder (a maker under 'by' inside that phrase is; a body that released the audit is), while a written product's
'of' ('the report of the committee') and an internal review's of no other maker ('an internal review of the
department') name its maker. 'An audit of X found ... . The audit, conducted by Y, ...' is one audit, Y's: the
first mention, of no maker, is the one the next mention ('the' alone, a comma, its maker) takes up; not 'the
earlier audit, by Y' nor 'the audit by Y in 2019'. A document inside another's reported clause whose cue has no
clause of its own ('replied that the study estimated a loss') has no position of its own.
Where a second document of the noun is named ('a second review, by X'), or the maker is only a
commissioner, no one.
Whole positions as (speaker, actor, cue, text, direct); whole figures as (text, value, low, high, unit,
qualifier, claimant, sentence, unnamed source's words). Sentences written for the tests.
"""
from __future__ import annotations

import pytest

from conftest import extract, positions_of


def figure_rows(text: str) -> list[tuple]:
    return [(f.text, f.value, f.low, f.high, f.unit, f.qualifier, f.actor, f.sentence_index, f.source)
            for f in extract(text).figures]


ROWS = [
    ('An audit by the Orlen Audit Office found that $52,000 was missing. The audit report noted that 9 receipts were lost.',
     [('An audit', 'Orlen Audit Office', 'found', '$52,000 was missing', False), ('The audit report', 'Orlen Audit Office', 'noted', '9 receipts were lost', False)],
     [('$52,000', 52000.0, None, None, 'dollars', None, 'Orlen Audit Office', 0, None), ('9', 9.0, None, None, 'receipts', None, 'Orlen Audit Office', 1, None)]),
    ('A review by Greyfield Partners found that the trust had overspent. The review report said the trust would need a loan.',
     [('A review', 'Greyfield Partners', 'found', 'the trust had overspent', False), ('The review report', 'Greyfield Partners', 'said', 'the trust would need a loan', False)],
     []),
    ('An inquiry by the Tarn Rail Safety Office found that drivers were tired. The inquiry report recommended that the operator hire more drivers.',
     [('The inquiry report', 'Tarn Rail Safety Office', 'recommended', 'the operator hire more drivers', False)],
     []),
    ('The Orlen Institute published a study on Tuesday. The study report said 12 more schools would close.',
     [('The study report', 'Orlen Institute', 'said', '12 more schools would close', False)],
     [('12', 12.0, None, None, 'schools', None, 'Orlen Institute', 1, None)]),
    ('An audit of the Orlen Rowing Federation has found that its books were incomplete. The audit, conducted by Lisvane Accountants, took four months. The audit report said the federation had no finance officer.',
     [('The audit report', 'Lisvane Accountants', 'said', 'the federation had no finance officer', False)],
     []),
    ('A review of the Tarn Water Board found that pipes had burst. The review, conducted by Greyfield Partners, was published on Monday. The review report said the board would need to borrow.',
     [('The review report', 'Greyfield Partners', 'said', 'the board would need to borrow', False)],
     []),
    ('An audit of the Orlen Rowing Federation has found that its books were incomplete. The audit, conducted by Lisvane Accountants, took four months. The audit said the federation had no finance officer.',
     [('The audit', 'Lisvane Accountants', 'said', 'the federation had no finance officer', False)],
     []),
    ('An audit by the Orlen Audit Office found that $52,000 was missing. The audit report, presented to the council on Monday, noted that 9 receipts were lost.',
     [('An audit', 'Orlen Audit Office', 'found', '$52,000 was missing', False), ('The audit report', 'Orlen Audit Office', 'noted', '9 receipts were lost', False)],
     [('$52,000', 52000.0, None, None, 'dollars', None, 'Orlen Audit Office', 0, None), ('9', 9.0, None, None, 'receipts', None, 'Orlen Audit Office', 1, None)]),
    # an earlier document of the same noun and kind word is the one taken up ('an audit report by X', 'X published a review
    # report'); the maker inside the 'of' phrase under 'by'; an audit one body released of another: the issuer's
    ('An audit report by Brennock & Vale found that $1.2 million had been misspent. The audit report said 5 managers should be suspended.',
     [('The audit report', 'Brennock & Vale', 'said', '5 managers should be suspended', False)],
     [('$1.2 million', 1200000.0, None, None, 'dollars', None, None, 0, 'An audit report'), ('5', 5.0, None, None, 'managers', None, 'Brennock & Vale', 1, None)]),
    ('The Ministry of Water published a review report on Thursday. The review report said 26 boreholes were dry.',
     [('The review report', 'Ministry of Water', 'said', '26 boreholes were dry', False)],
     [('26', 26.0, None, None, 'boreholes', None, 'Ministry of Water', 1, None)]),
    ('A survey of farmers by the Orlen Growers Association found that half had lost crops. The survey said 8 districts had no rain.',
     [('The survey', 'Orlen Growers Association', 'said', '8 districts had no rain', False)],
     [('8', 8.0, None, None, 'districts', None, 'Orlen Growers Association', 1, None)]),
    ('The Tarn Council released an audit of the Orlen Bus Company on Friday. The audit said $300,000 was owed.',
     [('The audit', 'Tarn Council', 'said', '$300,000 was owed', False)],
     [('$300,000', 300000.0, None, None, 'dollars', None, 'Tarn Council', 1, None)]),
    # NEGATIVE: a kind of its own ('the police report'), a second audit, a commissioner only, the examined body,
    # a second review named before, an adjective before the kind word: no one
    ('An audit by the Orlen Audit Office found that $52,000 was missing. The police report noted that 9 receipts were lost.',
     [('An audit', 'Orlen Audit Office', 'found', '$52,000 was missing', False), ('The police report', None, 'noted', '9 receipts were lost', False)],
     [('$52,000', 52000.0, None, None, 'dollars', None, 'Orlen Audit Office', 0, None), ('9', 9.0, None, None, 'receipts', None, None, 1, 'The police report')]),
    ('An audit by the Orlen Audit Office found that $52,000 was missing. A second audit by Kessa Partners found that receipts were lost. The audit report noted that invoices were forged.',
     [('An audit', 'Orlen Audit Office', 'found', '$52,000 was missing', False), ('A second audit', 'Kessa Partners', 'found', 'receipts were lost', False), ('The audit report', None, 'noted', 'invoices were forged', False)],
     [('$52,000', 52000.0, None, None, 'dollars', None, 'Orlen Audit Office', 0, None)]),
    ('An audit of the Orlen Rowing Federation has found that its books were incomplete. The audit was commissioned by the Ministry of Sport. The audit report said the federation had no finance officer.',
     [('The audit report', None, 'said', 'the federation had no finance officer', False)],
     []),
    ('An audit of the Orlen Rowing Federation has found that its books were incomplete. The audit said the federation had no finance officer.',
     [('The audit', None, 'said', 'the federation had no finance officer', False)],
     []),
    ('A review of the Tarn Water Board found that pipes had burst. A second review, by Greyfield Partners, was published on Monday. The review said the board would need to borrow.',
     [('The review', None, 'said', 'the board would need to borrow', False)],
     []),
    ('An audit by the Orlen Audit Office found that $52,000 was missing. The final audit report noted that 9 receipts were lost.',
     [('An audit', 'Orlen Audit Office', 'found', '$52,000 was missing', False), ('The final audit report', None, 'noted', '9 receipts were lost', False)],
     [('$52,000', 52000.0, None, None, 'dollars', None, 'Orlen Audit Office', 0, None), ('9', 9.0, None, None, 'receipts', None, None, 1, 'The final audit report')]),
    ('An inquiry into the Tarn Ferry Company found that crews were tired. The inquiry report recommended that the company hire more crew.',
     [('The inquiry report', None, 'recommended', 'the company hire more crew', False)],
     []),
    # NEGATIVE (review of session 50): a document of another noun ('a review', 'a study') is no 'audit report';
    # a commissioner is no maker; an internal review whose maker is named is not the examined body's; 'the earlier audit,
    # by X' and 'the audit by X in 2019' are another audit than the 'a' one: no one
    ('A review by Marlow Advisory found that 14 depots were shut. The audit report said 6 agencies had overspent.',
     [('A review', 'Marlow Advisory', 'found', '14 depots were shut', False), ('The audit report', None, 'said', '6 agencies had overspent', False)],
     [('14', 14.0, None, None, 'depots', None, 'Marlow Advisory', 0, None), ('6', 6.0, None, None, 'agencies', None, None, 1, 'The audit report')]),
    ('The Tarn Institute published a study on Wednesday. The audit report said 6 agencies had overspent.',
     [('The audit report', None, 'said', '6 agencies had overspent', False)],
     [('6', 6.0, None, None, 'agencies', None, None, 1, 'The audit report')]),
    ('A special audit commissioned by the Ministry of Transport found that bus records were incomplete. The audit report noted that 17 buses could not be found.',
     [('The audit report', None, 'noted', '17 buses could not be found', False)],
     [('17', 17.0, None, None, 'buses', None, None, 1, 'The audit report')]),
    ('An internal review of the Orlen City Water Board, conducted by the consultancy Greyfield Lisvane & Co, found that a fifth of the water leaked. The review report said 9 valves were broken.',
     [('The review report', None, 'said', '9 valves were broken', False)],
     [('a fifth', 0.2, None, None, 'share of water', None, None, 0, 'An internal review'), ('9', 9.0, None, None, 'valves', None, None, 1, 'The review report')]),
    ('A fresh audit of the Orlen Port Trust has found that $700,000 is missing. The earlier audit, by Corrin Accountants, had found nothing wrong. The audit said contracts had been inflated.',
     [('The audit', None, 'said', 'contracts had been inflated', False)],
     [('$700,000', 700000.0, None, None, 'dollars', None, None, 0, 'A fresh audit of the Orlen Port Trust')]),
    ('A fresh audit of the Orlen Port Trust has found that $700,000 is missing. The audit by Corrin Accountants in 2019 had found nothing wrong. The audit said contracts had been inflated.',
     [('The audit', None, 'said', 'contracts had been inflated', False)],
     [('$700,000', 700000.0, None, None, 'dollars', None, None, 0, 'A fresh audit of the Orlen Port Trust')]),
    # a document inside another speaker's reported clause, its cue with no clause of its own ('replied that the study
    # estimated a loss'): the speaker's report, no position of the study's; 'said the study found that ...' keeps it
    ('The harbour plan was set out alongside a long-awaited study of the port. The study, carried out by the consultancy Wexcombe Marine Advisers, found that 40 berths were unsafe. Transport Minister Ada Quillan replied that the study estimated a yearly loss of $2 million.',
     [('The study', 'Wexcombe Marine Advisers', 'found', '40 berths were unsafe', False), ('Transport Minister Ada Quillan', 'Ada Quillan', 'replied', 'the study estimated a yearly loss of $2 million', False)],
     [('40', 40.0, None, None, 'berths', None, 'Wexcombe Marine Advisers', 1, None), ('$2 million', 2000000.0, None, None, 'dollars a year', None, 'Wexcombe Marine Advisers', 2, None)]),
    ('The study, carried out by the consultancy Wexcombe Marine Advisers, found that 40 berths were unsafe. Transport Minister Ada Quillan said the study found that 12 cranes were idle.',
     [('The study', 'Wexcombe Marine Advisers', 'found', '40 berths were unsafe', False), ('Transport Minister Ada Quillan', 'Ada Quillan', 'said', 'the study found that 12 cranes were idle', False)],
     [('40', 40.0, None, None, 'berths', None, 'Wexcombe Marine Advisers', 0, None), ('12', 12.0, None, None, 'cranes', None, 'Wexcombe Marine Advisers', 1, None)]),
    # a written product's 'of' names its author ('the report of the committee', 'the statement of the union'), and an
    # internal review's 'of' the body that made it where no other maker is named: their holder stays; a second report of a
    # known maker after one of another: no one
    ('The council adopted the report of the Orlen Ports Committee, which found that 16 jetties were unsafe. According to the report, 5 jetties had no lights. The report also noted that 7 tugs were idle.',
     [('the report', 'Orlen Ports Committee', 'according to', '5 jetties had no lights', False), ('The report', 'Orlen Ports Committee', 'noted', '7 tugs were idle', False)],
     [('16', 16.0, None, None, 'jetties', None, 'Orlen Ports Committee', 0, None), ('5', 5.0, None, None, 'jetties', None, 'Orlen Ports Committee', 1, None), ('7', 7.0, None, None, 'tugs', None, 'Orlen Ports Committee', 2, None)]),
    ('Presenting the report of the Works Committee, the chairwoman said it was sound. The Tarn Integrity Network published a report on the ballot boxes. The report recommended that the commission seal them.',
     [('the chairwoman', None, 'said', 'it was sound', False), ('The report', None, 'recommended', 'the commission seal them', False)],
     []),
    ('An internal review of the Orlen Health Department has found that 40 posts are vacant. The review recommended that 22 clinics be built.',
     [('The review', 'Orlen Health Department', 'recommended', '22 clinics be built', False)],
     [('40', 40.0, None, None, 'posts', None, None, 0, 'An internal review of the Orlen Health Department'), ('22', 22.0, None, None, 'clinics', None, 'Orlen Health Department', 1, None)]),
    ('Officials received the statement of the Orlen Nurses Union, which said 400 nurses had quit. The statement also said that 30 wards had closed.',
     [('the Orlen Nurses Union', 'Orlen Nurses Union', 'said', '400 nurses had quit', False), ('The statement', 'Orlen Nurses Union', 'said', '30 wards had closed', False)],
     [('400', 400.0, None, None, 'nurses', None, 'Orlen Nurses Union', 0, None), ('30', 30.0, None, None, 'wards', None, 'Orlen Nurses Union', 1, None)]),
]


@pytest.mark.parametrize("text, positions, figures", ROWS, ids=[row[0][:60] for row in ROWS])
def test_a_document_named_by_its_kind_word_or_introduced_first(text, positions, figures):
    assert positions_of(text) == positions
    assert figure_rows(text) == figures
