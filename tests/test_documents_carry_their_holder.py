"""A document is a mention that carries its one holder through the article (session 45): found where
it is introduced ('the audit, conducted by X', "X's report", 'X published its report', 'Its review', a
body's description as its issuer), then taken up by 'It' as the main subject of a later sentence whose
sentence before has a body's report, study or statement as its main subject and names no other body or
person, by 'the report' for a study of another noun in focus, and by 'The report also found that ...',
which states its holder's finding only where the discourse gives one. A document one body commissioned
and another named one made is the maker's. Where the holder is unknown or two may be meant, no one.
Whole positions as (speaker, actor, cue, text, direct); whole figures as (text, value, low, high, unit,
qualifier, claimant, sentence, unnamed source's words).
"""
from __future__ import annotations

import pytest

from conftest import extract, positions_of


def figure_rows(text: str) -> list[tuple]:
    return [(f.text, f.value, f.low, f.high, f.unit, f.qualifier, f.actor, f.sentence_index, f.source)
            for f in extract(text).figures]


CARRIED = [
    # 'It' as the main subject takes up the document that is the main subject before it
    ("The review, carried out by Grange Consulting, found that the scheme had overspent. It also warned that "
     "costs would rise.",
     [("The review", "Grange Consulting", "found", "the scheme had overspent", False),
      ("It", "Grange Consulting", "warned", "costs would rise", False)],
     []),
    ("The Ministry of Roads published its annual report on Tuesday. The report found that 120 bridges needed "
     "repair. It also warned that funding would run out by 2027.",
     [("The report", "Ministry of Roads", "found", "120 bridges needed repair", False),
      ("It", "Ministry of Roads", "warned", "funding would run out by 2027", False)],
     [("120", 120.0, None, None, "bridges", None, "Ministry of Roads", 1, None)]),
    ('The study, written by Dr Ann Lowe of Carrow University, found that 12 rivers were polluted.',
     [('The study', 'Ann Lowe', 'found', '12 rivers were polluted', False)],
     [('12', 12.0, None, None, 'rivers', None, 'Ann Lowe', 0, None)]),
    # past sentences whose main subject is 'it' too
    ("A report by the Harlan Institute found that rents rose. It found that 3,000 families were evicted. It urged "
     "the government to act.",
     [("A report", "Harlan Institute", "found", "rents rose", False),
      ("It", "Harlan Institute", "urged", "the government to act", False)],
     [("3,000", 3000.0, None, None, "families", None, "Harlan Institute", 1, None)]),
    ("The Kessa Port Authority issued a statement on Monday. The statement said the port would reopen. It added "
     "that no one was hurt.",
     [("The statement", "Kessa Port Authority", "said", "the port would reopen", False),
      ("It", "Kessa Port Authority", "added", "no one was hurt", False)],
     []),
    ("The audit, conducted by Pell & Hurst, found that 300 meters were faulty. It estimated that repairs would "
     "cost $2 million.",
     [("The audit", "Pell & Hurst", "found", "300 meters were faulty", False),
      ("It", "Pell & Hurst", "estimated", "repairs would cost $2 million", False)],
     [("300", 300.0, None, None, "meters", None, "Pell & Hurst", 0, None),
      ("$2 million", 2000000.0, None, None, "dollars", None, "Pell & Hurst", 1, None)]),
    # 'Its report' and a body's description as issuer (the body the sentence before is about) give the holder
    # 'the report', 'the statement' take up
    ("The Brenton Audit Office reviewed the scheme. Its report, published on Thursday, found that 20 schools had "
     "closed. The report said the closures saved $3 million.",
     [("The report", "Brenton Audit Office", "said", "the closures saved $3 million", False)],
     [("20", 20.0, None, None, "schools", None, "Brenton Audit Office", 1, None),
      ("$3 million", 3000000.0, None, None, "dollars", None, "Brenton Audit Office", 2, None)]),
    ('Carrow Foods Plc said its sales rose. The company set this out in its yearly financial statement. According to the statement, sales reached $4 million.',
     [('Carrow Foods Plc', 'Carrow Foods Plc', 'said', 'its sales rose', False),
      ('the statement', 'Carrow Foods Plc', 'according to', 'sales reached $4 million', False)],
     [('$4 million', 4000000.0, None, None, 'dollars', None, 'Carrow Foods Plc', 2, None)]),
    # 'the report' after a study of another noun that is in focus
    ("The study, conducted by Orlen Research, found that most drivers speed. The report also found that 40 per "
     "cent of them use phones.",
     [("The study", "Orlen Research", "found", "most drivers speed", False),
      ("The report", "Orlen Research", "found", "40 per cent of them use phones", False)],
     [("40 per cent", 40.0, None, None, "% of most drivers", None, "Orlen Research", 1, None)]),
    # a maker's name with '&' beside a participle of reading it; a firm 'X and Associates' the recogniser split
    ('The review, compiled by consultancy Orlen & Webb and obtained by the Courier, runs to 40 pages. It found that 90 grants were never checked. The review recommends that the fund be closed.',
     [('The review', 'Orlen & Webb', 'recommends', 'the fund be closed', False)],
     [('40', 40.0, None, None, 'pages', None, None, 0, None),
      ('90', 90.0, None, None, 'grants', None, 'Orlen & Webb', 1, None)]),
    ('A review by Leeds-based Orlen and Partners found no fraud but noted that arrears had reached 75 million pounds.',
     [('A review', 'Orlen and Partners', 'noted', 'arrears had reached 75 million pounds', False)],
     [('75 million', 75000000.0, None, None, 'pounds', None, 'Orlen and Partners', 0, None)]),
    # NEGATIVE: a body the document acted on may be 'it'; a document of no holder; a document of another
    # kind ('the plan'); two documents of the noun; two authors joined; a participle of printing, not
    # making; a report only passed on; 'it' inside a quotation; a finding negated or under a modal
    ("The report criticised the Kessa Port Authority. It said the criticism was unfair.",
     [("The report", None, "criticised", "the Kessa Port Authority", False),
      ("It", None, "said", "the criticism was unfair", False)],
     []),
    ("The audit found that 300 meters were faulty. It said the board must act.",
     [("It", None, "said", "the board must act", False)],
     [("300", 300.0, None, None, "meters", None, None, 0, "The audit")]),
    ("The study, carried out by Grange Consulting, found that 40 buses ran late. The plan, however, says the "
     "buses are on time.",
     [("The study", "Grange Consulting", "found", "40 buses ran late", False),
      ("The plan", None, "says", "the buses are on time", False)],
     [("40", 40.0, None, None, "buses", None, "Grange Consulting", 0, None)]),
    ("The Kessa Port Authority commissioned a report. The Harlan Union released another report on Monday. The "
     "report said the port was unsafe.",
     [("The report", None, "said", "the port was unsafe", False)],
     []),
    ("The review, conducted by Pell & Hurst and Orlen Research, found that costs rose. It said the board must act.",
     [("It", None, "said", "the board must act", False)],
     []),
    ("The report, carried by the Orwin Ledger on Sunday, found that shops had closed. It said rents were to blame.",
     [("It", None, "said", "rents were to blame", False)],
     []),
    ("Tom Reed circulated a report on Monday. The report said 40 schools had closed.",
     [("The report", None, "said", "40 schools had closed", False)],
     [("40", 40.0, None, None, "schools", None, None, 1, "The report")]),
    ("The audit, conducted by Pell & Hurst, found that 300 meters were faulty. \"It is a disgrace,\" said Mayor "
     "Ann Reed.",
     [("The audit", "Pell & Hurst", "found", "300 meters were faulty", False),
      ("Mayor Ann Reed", "Ann Reed", "said", "It is a disgrace", True)],
     [("300", 300.0, None, None, "meters", None, "Pell & Hurst", 0, None)]),
    ("The report, by the Harlan Institute, did not find that rents rose. The report could find that costs fell.",
     [],
     []),
    # NEGATIVE ('It'): another body or person named in the sentence before, outside the document's phrase
    # (after from, to, for, against too), or in an 'It' sentence walked past; a ruling, verdict, complaint
    # or petition; a person as holder: 'It' takes up no document there, the ranked rules of 'it' apply
    ('A report by the Harlan Institute drew sharp criticism from the Orwin City Council. It said the figures were out of date.',
     [('It', None, 'said', 'the figures were out of date', False)],
     []),
    ('The report by the Harlan Institute is the latest blow to the Orwin City Council. It said it would respond in due course.',
     [('It', None, 'said', 'it would respond in due course', False)],
     []),
    ('The petition by the Tarn Residents Association prompted a swift response from the Orwin City Council. It said the road would be repaired by June.',
     [('It', None, 'said', 'the road would be repaired by June', False)],
     []),
    ('The audit by Pell & Hurst was a setback for the Tarn Water Board. It said it had already replaced 100 meters.',
     [('It', None, 'said', 'it had already replaced 100 meters', False)],
     [('100', 100.0, None, None, 'meters', None, None, 1, None)]),
    ('The ruling by the Tarn High Court was a victory for the Orwin City Council. It said it would press ahead with the road.',
     [('It', None, 'said', 'it would press ahead with the road', False)],
     []),
    ('The verdict of the Court of Appeal came as a blow to Tarn Holdings Ltd. It said it would appeal to the Supreme Court.',
     [('It', None, 'said', 'it would appeal to the Supreme Court', False)],
     []),
    ('The complaint by Ann Reed against Tarn Holdings Ltd went to the regulator. It denied any wrongdoing.',
     [('It', None, 'denied', 'any wrongdoing', False)],
     []),
    ('The report, by the Harlan Institute, found that rents had risen sharply. It comes as the Orwin City Council prepares its budget. It said it would freeze rates for a year.',
     [('It', 'Orwin City Council', 'said', 'it would freeze rates for a year', False)],
     []),
    ('The statement by Tarn Holdings Ltd made no reference to the Orwin City Council. It said on Monday that it had not been consulted.',
     [('It', None, 'said', 'it had not been consulted', False)],
     []),
    ("The Harlan Institute's study landed on the desk of the Minister of Health, Dr Ama Owusu. It said the ministry would act.",
     [('It', None, 'said', 'the ministry would act', False)],
     []),
    # a document commissioned by one and made by another named one is the maker's (a person who led it too);
    # no one where the maker named is no actor, never the commissioner
    ('The audit, commissioned by the Tarn Water Board and conducted by Pell & Hurst, found that 300 meters were faulty. It said the board had been warned in 2022.',
     [('The audit', 'Pell & Hurst', 'found', '300 meters were faulty', False),
      ('It', 'Pell & Hurst', 'said', 'the board had been warned in 2022', False)],
     [('300', 300.0, None, None, 'meters', None, 'Pell & Hurst', 0, None)]),
    ('The assessment, commissioned by the Harlow Rowing League and compiled by auditors Pask Orrin, found a $72,000 gap in its accounts. It said the trustees had been told.',
     [('It', None, 'said', 'the trustees had been told', False)],
     [('$72,000', 72000.0, None, None, 'dollars', None, None, 0, None)]),
    ('The analysis, commissioned by the Harlow Cycling Union and prepared by Dr Nell Corrin of Sefton University, found that 25 tracks needed new surfaces.',
     [('The analysis', 'Nell Corrin', 'found', '25 tracks needed new surfaces', False)],
     [('25', 25.0, None, None, 'tracks', None, 'Nell Corrin', 0, None)]),
    ('The study, commissioned by the Ministry of Transport from Orlen Research, found that 40 per cent of buses ran late.',
     [],
     [('40 per cent', 40.0, None, None, '% of buses', None, None, 0, 'The study')]),
    ('The review, commissioned by the Tarn Water Board and led by Dr Ann Lowe, found that 30 pipes had burst.',
     [('The review', 'Ann Lowe', 'found', '30 pipes had burst', False)],
     [('30', 30.0, None, None, 'pipes', None, 'Ann Lowe', 0, None)]),
    # NEGATIVE: 'It' after a study a person made is no one, never its commissioner
    ('The study, commissioned by Brannock Council and led by Professor Mina Castell, found that 35 bridges were cracked. It recommended $5 million in repairs.',
     [('The study', 'Mina Castell', 'found', '35 bridges were cracked', False),
      ('It', None, 'recommended', '$5 million in repairs', False)],
     [('35', 35.0, None, None, 'bridges', None, 'Mina Castell', 0, None),
      ('$5 million', 5000000.0, None, None, 'dollars', None, 'Mina Castell', 1, None)]),
    # NEGATIVE: 'from B' the parser hangs on the commissioner's name is still the maker; no actor: no one
    ('The review, commissioned by the House of Assembly from Venn Analytics, found that 18 wards were overcrowded. It proposed a new hospital.',
     [('It', None, 'proposed', 'a new hospital', False)],
     [('18', 18.0, None, None, 'wards', None, None, 0, 'The review')]),
    # NEGATIVE: 'A commissioned an audit from B', B no actor: no one, never A
    ("The Marlow Harbour Trust's Finance Committee (Finance Committee) commissioned an audit from Lowe Advisory. The audit found that 240 berths were empty.",
     [],
     [('240', 240.0, None, None, 'berths', None, None, 1, 'The audit')]),
    # NEGATIVE: two makers: neither its one holder
    ('The survey, commissioned by the Harlow Sports Trust and conducted by Dr Tessa Marr and Dr Owen Pask, found that 55 pools were closed.',
     [],
     [('55', 55.0, None, None, 'pools', None, None, 0, 'The survey')]),
    # NEGATIVE: a finding's text keeps no leading 'that' ('demand' may be a noun of statement)
    ('The assessment, prepared by Dorsey Metrics, found that weekly demand reached 700 tonnes.',
     [('The assessment', 'Dorsey Metrics', 'found', 'weekly demand reached 700 tonnes', False)],
     [('700', 700.0, None, None, 'tonnes', None, 'Dorsey Metrics', 0, None)]),
    # NEGATIVE: a body's description as issuer where the sentence before names another body
    ('The Bank of Ghana fined Tarn Bank GH¢2 million in March. The bank disclosed this in a filing to the exchange. According to the filing, the fine was paid in May.',
     [('the filing', None, 'according to', 'the fine was paid in May', False)],
     [('GH¢2 million', 2000000.0, None, None, 'cedis', None, None, 0, None)]),
]


@pytest.mark.parametrize("text, positions, figures", CARRIED, ids=[text for text, _, _ in CARRIED])
def test_a_document_carries_its_holder(text, positions, figures):
    assert positions_of(text) == positions
    assert figure_rows(text) == figures
