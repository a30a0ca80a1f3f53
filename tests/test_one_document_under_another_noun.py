"""A document taken up by 'the' under another noun than the one it was brought in with, and across what
comes between (session 47; speakers.py `_one_authored_documents_maker`, positions.py
`_leaves_the_maker_as_it_was`).

'An assessment carried out by X showed ... . The study, sent to the water board last week, showed ... . ...,
the study noted': where no document of the taken-up noun was brought in with a maker, 'the study' speaks
for the maker of the one study, report, review or audit the story brought in before it, whatever noun it was
given and whatever sentences sit between. A participle of no agent set
on the taken-up document ('sent to the water board') leaves its finding read, unless it names a maker of its
own ('which Ann Lowe wrote'). No one where two documents or two makers compete, any earlier document of no maker
is another ('the police report', 'the Henley Review', a quoted audit, 'its findings'), the taken-up noun is set
apart ('the police report', 'the earlier report', a name between it and its verb) or may be a newspaper ('the
paper'), or the only maker is the body a document examines ('an audit of X').
Sentences written for the tests; each row asserts every position of the text, whole:
(speaker, actor, cue, text, direct).
"""
from __future__ import annotations

import pytest

from conftest import positions_of

ONE_DOCUMENT = [
    ("An assessment carried out by the Talmor Water Trust showed that 25 wells were dry. The study, sent to the "
     "regional water board last week, showed that 11 wells were polluted. Nine of the polluted wells lie near farms, "
     "the study noted.",
     [("The study", "Talmor Water Trust", "showed", "11 wells were polluted", False),
      ("the study", "Talmor Water Trust", "noted", "Nine of the polluted wells lie near farms", False)]),
    ("A survey conducted by the Kessa Tenants League found that rents rose by 9 per cent. Landlords disputed the "
     "claim. Mayor Ann Lowe said she would meet them. The report said 300 flats were damp.",
     [("Mayor Ann Lowe", "Ann Lowe", "said", "she would meet them", False),
      ("The report", "Kessa Tenants League", "said", "300 flats were damp", False)]),
    ("A review carried out by Harbourline Partners found that 40 routes were nearly empty. Commuters were angry. "
     "According to the report, 12 routes should close.",
     [("the report", "Harbourline Partners", "according to", "12 routes should close", False)]),
    ("The Orlen Institute published a study in March. Ministers were unhappy. The report warned that 40 clinics "
     "could close.",
     [("The report", "Orlen Institute", "warned", "40 clinics could close", False)]),
    ("An audit by Carrow Partners found that $4m was missing. Officials said they would respond. The review also "
     "found that 12 payments had no receipts.",
     [("An audit", "Carrow Partners", "found", "$4m was missing", False),
      ("Officials", "officials", "said", "they would respond", False),
      ("The review", "Carrow Partners", "found", "12 payments had no receipts", False)]),
    # a participle of no agent on a document taken up under its own noun
    ("The Orlen Institute published a review in March. The review, tabled at the council meeting, found that 300 "
     "homes were damp.",
     [("The review", "Orlen Institute", "found", "300 homes were damp", False)]),
    # a document word inside the maker's own name is no other document
    ("A study conducted by the Talmor Institute for Housing Research found that 40 homes were empty. The review, "
     "sent to the council on Monday, found that 30 homes were damp. Of the 40 homes, 12 were in the north, the "
     "review said.",
     [("The review", "Talmor Institute for Housing Research", "found", "30 homes were damp", False),
      ("the review", "Talmor Institute for Housing Research", "said", "Of the 40 homes, 12 were in the north", False)]),
    # a clause whose subject only obtained the document names no maker
    ('A review by Carrow Partners found that $4m was missing. The report, which the Ledger obtained, found '
     'that 40 payments had no receipts.',
     [('A review', 'Carrow Partners', 'found', '$4m was missing', False),
      ('The report', 'Carrow Partners', 'found', '40 payments had no receipts', False)]),
    # NEGATIVE: another document of no maker brought in as new, research, another's report, several reports
    ("A study by the Orlen Institute found that 40 schools had closed. A separate review found that 12 clinics had "
     "closed. The report said 30 libraries had closed.",
     [("A study", "Orlen Institute", "found", "40 schools had closed", False),
      ("A separate review", None, "found", "12 clinics had closed", False),
      ("The report", None, "said", "30 libraries had closed", False)]),
    ("A study by the Orlen Institute found that 40 schools had closed. Research shows that 12 clinics had closed. "
     "The report said 30 libraries had closed.",
     [("A study", "Orlen Institute", "found", "40 schools had closed", False),
      ("The report", None, "said", "30 libraries had closed", False)]),
    ("A study by the Orlen Institute found that 40 schools had closed. The panel's review found that 12 clinics had "
     "closed. The report said 30 libraries had closed.",
     [("A study", "Orlen Institute", "found", "40 schools had closed", False),
      ("The report", None, "said", "30 libraries had closed", False)]),
    ("A study by the Orlen Institute found that 40 schools had closed. Reports from other towns suggest 12 clinics "
     "had closed. The report said 30 libraries had closed.",
     [("A study", "Orlen Institute", "found", "40 schools had closed", False),
      ("Reports from other towns", None, "suggest", "12 clinics had closed", False),
      ("The report", None, "said", "30 libraries had closed", False)]),
    # NEGATIVE: the taken-up noun set apart by a kind word or an adjective, a name between it and its verb,
    # a new document, a quotation
    ("A study by the Orlen Institute found that 40 schools had closed. Parents protested on Monday. The police "
     "report said 30 people were arrested.",
     [("A study", "Orlen Institute", "found", "40 schools had closed", False),
      ("The police report", None, "said", "30 people were arrested", False)]),
    ("A study by the Orlen Institute found that 40 schools had closed. Parents protested on Monday. The earlier "
     "report said 30 libraries had closed.",
     [("A study", "Orlen Institute", "found", "40 schools had closed", False),
      ("The earlier report", None, "said", "30 libraries had closed", False)]),
    ("A study by the Orlen Institute found that 40 schools had closed. Parents protested on Monday. The report, by "
     "the Kessa Council, said 30 libraries had closed.",
     [("A study", "Orlen Institute", "found", "40 schools had closed", False),
      ("The report", None, "said", "30 libraries had closed", False)]),
    ("A study by the Orlen Institute found that 40 schools had closed. Parents protested on Monday. A report said "
     "30 libraries had closed.",
     [("A study", "Orlen Institute", "found", "40 schools had closed", False),
      ("A report", None, "said", "30 libraries had closed", False)]),
    ("A study by the Orlen Institute found that 40 schools had closed. Parents protested on Monday. \"The report is "
     "wrong,\" said Tom Reed, a parent.",
     [("A study", "Orlen Institute", "found", "40 schools had closed", False),
      ("Tom Reed", "Tom Reed", "said", "The report is wrong", True)]),
    # NEGATIVE: a lede's document of no maker, and a new one with a maker after it: two documents
    ("An audit found that $42,000 could not be traced. Officials met on Monday. A review by Carrow Partners found "
     "that 12 payments had no receipts. Parents protested. The report said 30 cheques were unsigned.",
     [("An audit", None, "found", "$42,000 could not be traced", False),
      ("A review", "Carrow Partners", "found", "12 payments had no receipts", False),
      ("The report", None, "said", "30 cheques were unsigned", False)]),
    ("An audit found that $42,000 could not be traced. Officials met on Monday. The report said 30 cheques were "
     "unsigned.",
     [("An audit", None, "found", "$42,000 could not be traced", False),
      ("The report", None, "said", "30 cheques were unsigned", False)]),
    # NEGATIVE: a participle whose agent only printed or saw the document: no finding of its own
    ("A review by Carrow Partners found that $4m was missing. The report, seen by the Ledger, found that 40 "
     "payments had no receipts.",
     [("A review", "Carrow Partners", "found", "$4m was missing", False)]),
    # NEGATIVE: an earlier document of no maker of any kind competes ('the police report', 'the earlier review',
    # a named review, a quoted audit, an inquiry's findings, an investigation); 'the paper' may be a newspaper;
    # an 'of' or 'into' phrase names what a document examines, not its maker
    ('A study by the Orlen Institute found that 40 schools had closed. The police report, released on Friday, '
     'said 30 people were arrested. The report said 12 officers were hurt.',
     [('A study', 'Orlen Institute', 'found', '40 schools had closed', False),
      ('The police report', None, 'said', '30 people were arrested', False),
      ('The report', None, 'said', '12 officers were hurt', False)]),
    ('A survey by the Kessa Tenants League found that rents rose by 9 per cent. Ministers cited the earlier '
     'review, completed in 2021, which found rents were stable. The review said 300 flats were vacant.',
     [('The review', None, 'said', '300 flats were vacant', False)]),
    ('A survey by the Kessa Tenants League found that rents rose by 9 per cent. The Henley Review, published '
     'in 2019, recommended rent caps. The review said 300 flats were vacant.',
     [('The Henley Review', 'Henley Review', 'recommended', 'rent caps', False),
      ('The review', None, 'said', '300 flats were vacant', False)]),
    ('A review by Carrow Partners found that 40 payments lacked receipts. Finance Minister Ama Owusu said: '
     '"Our internal audit found no losses at all." The audit also found that 12 payments were late.',
     [('A review', 'Carrow Partners', 'found', '40 payments lacked receipts', False),
      ('Finance Minister Ama Owusu', 'Ama Owusu', 'said', 'Our internal audit found no losses at all.', True)]),
    ('A 2020 study by the Orlen Institute warned that the dam was unsafe. On Monday, the inquiry into the '
     'collapse published its findings. The report said 12 engineers had ignored warnings.',
     [('A 2020 study', 'Orlen Institute', 'warned', 'the dam was unsafe', False),
      ('The report', None, 'said', '12 engineers had ignored warnings', False)]),
    ('A 2019 study by the Orlen Institute found that 40 care homes were understaffed. An investigation by the '
     'Kessa Ledger this week found that 12 homes had no night staff. The report said residents were left alone.',
     [('A 2019 study', 'Orlen Institute', 'found', '40 care homes were understaffed', False),
      ('The report', None, 'said', 'residents were left alone', False)]),
    ("A review by Carrow Partners found that $4m was missing. Councillors debated the ombudsman's findings on "
     'Monday. According to the report, 12 officials broke the rules.',
     [('A review', 'Carrow Partners', 'found', '$4m was missing', False),
      ('the report', None, 'according to', '12 officials broke the rules', False)]),
    ('A study by the Orlen Institute found that 40% of nurses planned to quit. The Kessa Ledger first reported '
     'the findings on Monday. The paper said the ministry had not responded.',
     [('A study', 'Orlen Institute', 'found', '40% of nurses planned to quit', False),
      ('The paper', None, 'said', 'the ministry had not responded', False)]),
    ('An audit of the Kessa Harbour Board found that $4m was missing. Two board members resigned. The report '
     'said 12 contracts were irregular.',
     [('The report', None, 'said', '12 contracts were irregular', False)]),
    ("A review into Kessa Council's spending found that $2m was wasted. Residents were angry. According to the "
     'report, 40 contracts were never tendered.',
     [('the report', None, 'according to', '40 contracts were never tendered', False)]),
    # NEGATIVE: a clause on the taken-up document naming a maker of its own (its subject, a name after 'with' or 'from')
    ('A review by Carrow Partners found that $4m was missing. The report, which Ann Lowe wrote, found that 40 '
     'payments had no receipts.',
     [('A review', 'Carrow Partners', 'found', '$4m was missing', False)]),
    ('A review by Carrow Partners found that $4m was missing. The report, which the Kessa Council drew up last '
     'year, found that 40 payments had no receipts.',
     [('A review', 'Carrow Partners', 'found', '$4m was missing', False)]),
    ('A review by Carrow Partners found that $4m was missing. The report, which the council commissioned from '
     'Harbourline Partners, found that 40 payments had no receipts.',
     [('A review', 'Carrow Partners', 'found', '$4m was missing', False)]),
    ('A study by the Orlen Institute found that 40 schools had closed. The review, co-written with the Kessa '
     'Teachers Union, found that 12 schools were unsafe.',
     [('A study', 'Orlen Institute', 'found', '40 schools had closed', False)]),
]


@pytest.mark.parametrize("text, expected", ONE_DOCUMENT, ids=[row[0][:90] for row in ONE_DOCUMENT])
def test_one_document_taken_up_under_another_noun(text, expected):
    assert positions_of(text) == expected
