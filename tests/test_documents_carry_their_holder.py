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
    # NEGATIVE: 'It' after a study a person made, where the ranked rules of 'it' give the body named beside it
    # (its commissioner): either may be meant, no one; never the commissioner
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


IT_OF_A_DOCUMENTS_MAKER = [
    # session 51: 'It' as the main subject after a document speaks for its maker, a person too, named after
    # 'by' by a common noun with the name set off ('by the council's finance director, X,'), also where the
    # recogniser gave the name a body's or a place's label (the actor's type decides, for the figures too), and also where the
    # sentence names the maker again by a pronoun outside the document's phrase ('as he told the board');
    # a 'by' phrase the parser hung on the noun a document is addressed to ('A report to the governors by X')
    # is the document's; a document the sentence says was made ('The response was written with the help
    # of ...', 'Its submission was drafted by ...') is one whatever its noun, as the passive subject
    ("Governors met on Tuesday. A report to the governors by the college's bursar, Ivo Marsh, found that savings had fallen to £4 million. It also warned that a further £900,000 of cuts would be needed.",
     [('A report to the governors', 'Ivo Marsh', 'found', 'savings had fallen to £4 million', False),
      ('It', 'Ivo Marsh', 'warned', 'a further £900,000 of cuts would be needed', False)],
     [('£4 million', 4000000.0, None, None, 'pounds', None, 'Ivo Marsh', 1, None), ('£900,000', 900000.0, None, None, 'pounds', None, 'Ivo Marsh', 2, None)]),
    ("A report for the trustees by the charity's treasurer, Maud Ellery, found that donations had dropped by 20 per cent. It recommended that two shops close.",
     [('It', 'Maud Ellery', 'recommended', 'two shops close', False)],
     [('20 per cent', 20.0, None, None, '% fall in donations', None, 'Maud Ellery', 0, None),
      ('two', 2.0, None, None, 'shops', None, 'Maud Ellery', 1, None)]),
    ("A study by the Brenner Institute's lead economist, Pia Vogt, found that rents rose by 9 per cent. It warned that prices would keep rising.",
     [('It', 'Pia Vogt', 'warned', 'prices would keep rising', False)],
     [('9 per cent', 9.0, None, None, '% rise in rents', None, 'Pia Vogt', 0, None)]),
    ("An audit by the port's auditor, Tomasz Reed, showed that 41 invoices were paid twice. It said that controls were weak, as he told the board.",
     [('An audit', 'Tomasz Reed', 'showed', '41 invoices were paid twice', False),
      ('It', 'Tomasz Reed', 'said', 'controls were weak', False)],
     [('41', 41.0, None, None, 'invoices', None, 'Tomasz Reed', 0, None)]),
    ('The Orwin Anglers Club opposes the weir. In a written response sent to the planning board, the club argues that trout numbers were falling. The response was written with the help of a river ecologist. It says the weir would cut salmon runs by 25 per cent.',
     [('the club', 'Orwin Anglers Club', 'argues', 'trout numbers were falling', False), ('It', 'Orwin Anglers Club', 'says', 'the weir would cut salmon runs by 25 per cent', False)],
     [('25 per cent', 25.0, None, None, '% cut in salmon runs', None, 'Orwin Anglers Club', 3, None)]),
    ('The Orwin Tenants Union wants rent controls. Its submission was drafted by its housing office. It says rents rose by 30 per cent.',
     [('It', 'Orwin Tenants Union', 'says', 'rents rose by 30 per cent', False)],
     [('30 per cent', 30.0, None, None, '% rise in rents', None, 'Orwin Tenants Union', 2, None)]),
    ('A submission to the inquiry by the Fenwick Residents Association argued that the bridge was unsafe. It said repairs would cost £3m.',
     [('A submission to the inquiry', 'Fenwick Residents Association', 'argued', 'the bridge was unsafe', False),
      ('It', 'Fenwick Residents Association', 'said', 'repairs would cost £3m.', False)],
     [('£3m', 3000000.0, None, None, 'pounds', None, 'Fenwick Residents Association', 1, None)]),
    # NEGATIVE: a person named outside the document's phrase who is not its maker; two makers joined; a person
    # released, no document made; a 'by' phrase on the topic of a report ('on the attack by militants'), and
    # one of a deadline, name no maker
    ("A review by the city's housing officer, Ana Ruiz, found that 300 flats were empty, and Mayor Tom Reed said rents had soared. It recommended a new levy.",
     [('Mayor Tom Reed', 'Tom Reed', 'said', 'rents had soared', False), ('It', None, 'recommended', 'a new levy', False)],
     [('300', 300.0, None, None, 'flats', None, None, 0, 'A review')]),
    ("A report by the trust's finance director, Helen Varga and her deputy, found that reserves had fallen to £8.2m. It warned that the trust would need to borrow.",
     [('It', None, 'warned', 'the trust would need to borrow', False)],
     [('£8.2m', 8200000.0, None, None, 'pounds', None, None, 0, 'A report')]),
    ('The suspect was released by police on Monday. It said the man had been questioned.',
     [('It', None, 'said', 'the man had been questioned', False)],
     []),
    ('A report on the attack by militants was published on Monday. It found that 40 people died.',
     [],
     [('40', 40.0, None, None, 'people', None, None, 1, None)]),
    ('A report to the council by the end of May will set out the options. It will say how much the scheme costs.',
     [],
     []),
    # NEGATIVE: a person's report after a body the ranked rules of 'it' give ('It said it would appeal': the body)
    ('Acme Ltd was fined on Monday. A report by Dr Ann Lowe found that 40 pipes had burst. It said it would appeal.',
     [('A report', 'Ann Lowe', 'found', '40 pipes had burst', False), ('It', None, 'said', 'it would appeal', False)],
     [('40', 40.0, None, None, 'pipes', None, 'Ann Lowe', 1, None)]),
    # NEGATIVE: a person's document after a body named within the sentences 'it' looks back over (two
    # sentences back, in a quote's attribution, one no actor takes up, one the ranked rules miss), or with an
    # 'it' of its own in the clause of 'It' ('it would appeal': a body's act): no one
    ('Marlow Harbour Trust was taken to court in April. The hearing began on Tuesday. A report by surveyor Dr Efe Nwosu found that 12 cranes were unsafe. It said it would appeal the decision.',
     [('A report', 'Efe Nwosu', 'found', '12 cranes were unsafe', False), ('It', None, 'said', 'it would appeal the decision', False)],
     [('12', 12.0, None, None, 'cranes', None, 'Efe Nwosu', 2, None)]),
    ('"We will resist this," said a spokeswoman for Tallis Ferries. A report by the examiner, Rosa Lind, found 18 defects. It said it would challenge the findings.',
     [('a spokeswoman for Tallis Ferries', None, 'said', 'We will resist this', True), ('It', None, 'said', 'it would challenge the findings', False)],
     [('18', 18.0, None, None, 'defects', None, 'Rosa Lind', 1, None)]),
    ('Corran Airlines was fined $3 million by the regulator. A review by safety consultant Dr Omar Haddad found 17 breaches. It said it had since repaired nearly all of them.',
     [('It', None, 'said', 'it had since repaired nearly all of them', False)],
     [('$3 million', 3000000.0, None, None, 'dollars', None, None, 0, None), ('17', 17.0, None, None, 'breaches', None, 'Omar Haddad', 1, None)]),
    ('The Lautoka City Council has denied the claims. An analysis by Professor Seru Vula found that fees rose 11 per cent. It said the numbers were stale.',
     [('An analysis', 'Seru Vula', 'found', 'fees rose 11 per cent', False), ('It', None, 'said', 'the numbers were stale', False)],
     [('11 per cent', 11.0, None, None, '% rise in fees', None, 'Seru Vula', 1, None)]),
]


@pytest.mark.parametrize("text, positions, figures", IT_OF_A_DOCUMENTS_MAKER, ids=[text for text, _, _ in IT_OF_A_DOCUMENTS_MAKER])
def test_it_speaks_for_the_documents_maker(text, positions, figures):
    assert positions_of(text) == positions
    assert figure_rows(text) == figures


COMMISSIONED_MADE_LATER = [
    # session 51: a study 'commissioned by A' whose next mention names its maker by a proper name with a verb of
    # MAKING it ('The review, conducted by B,', 'compiled by the engineering firm B', 'carried out by a survey
    # company, B,': STUDY_MAKING_VERBS) gives the figures of its own finding to B, never to A
    ('A review commissioned by the Tarn Water Board found that 15 per cent of mains were cracked. The review, conducted by Holm Analytics, said more money was needed.',
     [('The review', 'Holm Analytics', 'said', 'more money was needed', False)],
     [('15 per cent', 15.0, None, None, '% of mains', None, 'Holm Analytics', 0, None)]),
    ('A study commissioned by the Tarn Water Board found that about 12 per cent of pumps had failed. The study, compiled by the engineering firm Holm Analytics, also found that between 30 and 40 valves leaked.',
     [],
     [('about 12 per cent', 12.0, None, None, '% of pumps', 'about', 'Holm Analytics', 0, None), ('between 30 and 40', 30.0, 30.0, 40.0, 'valves', 'between', 'Holm Analytics', 1, None)]),
    ('A study commissioned by the Tarn Water Board found that about 12 per cent of pumps had failed. The study, carried out by a survey company, Holm Analytics, was published on Friday.',
     [],
     [('about 12 per cent', 12.0, None, None, '% of pumps', 'about', 'Holm Analytics', 0, None)]),
    # NEGATIVE: no later mention, another document ('A second review'), a later mention naming no maker, or
    # only one who obtained it; a finding inside a speaker's words; a maker named by no proper name:
    # the commissioner's as before
    ('A review commissioned by the Orlen Health Authority found that waits had grown by 30 per cent.',
     [],
     [('30 per cent', 30.0, None, None, '% rise in waits', None, 'Orlen Health Authority', 0, None)]),
    ('A review commissioned by the Orlen Health Authority found that waits had grown by 30 per cent. A second review, carried out by Pell Advisory, said staffing was the main cause.',
     [('A second review', 'Pell Advisory', 'said', 'staffing was the main cause', False)],
     [('30 per cent', 30.0, None, None, '% rise in waits', None, 'Orlen Health Authority', 0, None)]),
    ('A review commissioned by the Orlen Health Authority found that waits had grown by 30 per cent. The review said staffing was the main cause.',
     [('The review', 'Orlen Health Authority', 'said', 'staffing was the main cause', False)],
     [('30 per cent', 30.0, None, None, '% rise in waits', None, 'Orlen Health Authority', 0, None)]),
    ('A review commissioned by the Orlen Health Authority found that waits had grown by 30 per cent. The review, obtained by the Orwin Ledger, said staffing was the main cause.',
     [('The review', 'Orlen Health Authority', 'said', 'staffing was the main cause', False)],
     [('30 per cent', 30.0, None, None, '% rise in waits', None, 'Orlen Health Authority', 0, None)]),
    ('Mayor Ann Lowe said a review commissioned by the Orlen Health Authority had found that waits grew by 30 per cent. The review, carried out by Holm Analytics, said staffing was the cause.',
     [('Mayor Ann Lowe', 'Ann Lowe', 'said', 'a review commissioned by the Orlen Health Authority had found that waits grew by 30 per cent', False), ('The review', 'Holm Analytics', 'said', 'staffing was the cause', False)],
     [('30 per cent', 30.0, None, None, '% rise in waits', None, 'Orlen Health Authority', 0, None)]),
    ('An audit commissioned by the Kessa Sports Council found that $41,000 was missing. The audit, conducted by a local firm, also found that 12 cheques were unsigned.',
     [('The audit', 'Kessa Sports Council', 'found', '12 cheques were unsigned', False)],
     [('$41,000', 41000.0, None, None, 'dollars', None, 'Kessa Sports Council', 0, None), ('12', 12.0, None, None, 'cheques', None, 'Kessa Sports Council', 1, None)]),
    # NEGATIVE: a figure of a clause joined to the finding with a subject of its own (a minister's rebuttal,
    # the commissioner's own estimate): that subject's, not the maker's
    ('A review commissioned by the Tarn Water Board found that leaks rose 20 per cent, but Water Minister Al Grey said the real rise was 8 per cent. The review, carried out by Holm Analytics, was published on Friday.',
     [('Water Minister Al Grey', 'Al Grey', 'said', 'the real rise was 8 per cent', False)],
     [('20 per cent', 20.0, None, None, '% rise in leaks', None, 'Holm Analytics', 0, None), ('8 per cent', 8.0, None, None, '%', None, 'Al Grey', 0, None)]),
    ('A review commissioned by the Tarn Water Board found that leaks rose 20 per cent, and the board estimated the repair bill at £4m. The review, carried out by Holm Analytics, was published on Friday.',
     [('the board', 'Tarn Water Board', 'estimated', 'the repair bill at £4m. The review, carried out by Holm Analytics, was published on Friday', False)],
     [('20 per cent', 20.0, None, None, '% rise in leaks', None, 'Holm Analytics', 0, None), ('£4m', 4000000.0, None, None, 'pounds', None, 'Tarn Water Board', 0, None)]),
    # NEGATIVE: a later mention naming only whoever put the study out ('released', 'presented', 'published',
    # 'submitted', 'issued' by X), not who made it: the finding's figures stay the commissioner's (the later
    # mention's own statement keeps its reading from before this branch)
    ('A study commissioned by the Tarn Water Board found that 15 per cent of mains were cracked. The study, released by Water Minister Dr Al Grey, said more money was needed.',
     [('The study', 'Al Grey', 'said', 'more money was needed', False)],
     [('15 per cent', 15.0, None, None, '% of mains', None, 'Tarn Water Board', 0, None)]),
    ("A study commissioned by the Tarn Water Board found that 15 per cent of mains were cracked. The study, presented by the board's chief executive, Lena Hart, said more money was needed.",
     [('The study', 'Tarn Water Board', 'said', 'more money was needed', False)],
     [('15 per cent', 15.0, None, None, '% of mains', None, 'Tarn Water Board', 0, None)]),
    ('A report commissioned by the Tarn Water Board found that 15 per cent of mains were cracked. The report, published by the Tarn Courier, said age was the cause.',
     [('The report', 'Tarn Courier', 'said', 'age was the cause', False)],
     [('15 per cent', 15.0, None, None, '% of mains', None, 'Tarn Water Board', 0, None)]),
    ('A study commissioned by the Tarn Water Board found that 15 per cent of mains were cracked. The study, submitted by Water Minister Al Grey to cabinet, said more money was needed.',
     [('The study', 'Al Grey', 'said', 'more money was needed', False)],
     [('15 per cent', 15.0, None, None, '% of mains', None, 'Tarn Water Board', 0, None)]),
    ("A report commissioned by the Tarn Water Board found that 15 per cent of mains were cracked. The report, issued by the board's spokesman, Tom Eke, said $9 million was needed.",
     [('The report', 'Tom Eke', 'said', '$9 million was needed', False)],
     [('15 per cent', 15.0, None, None, '% of mains', None, 'Tarn Water Board', 0, None), ('$9 million', 9000000.0, None, None, 'dollars', None, 'Tom Eke', 1, None)]),
]


@pytest.mark.parametrize("text, positions, figures", COMMISSIONED_MADE_LATER, ids=[text for text, _, _ in COMMISSIONED_MADE_LATER])
def test_a_commissioned_study_is_the_makers_a_later_mention_names(text, positions, figures):
    assert positions_of(text) == positions
    assert figure_rows(text) == figures


MADE_AT_THE_NEXT_MENTION = [
    # session 51: a document brought in by 'a' with no maker ('according to a review published Thursday') and
    # taken up by the next document mention with 'the' and its maker's phrase alone ('The report by X found'),
    # whatever the noun, is one document: a later bare 'the review' speaks for X
    ('Tenants of the Denby housing agency waited months for repairs, according to a review published Thursday. The report by Ombudsman Kai Brandt found that 9 per cent of requests were never answered. One family waited eight months for a new boiler, the review said.',
     [('a review', None, 'according to', 'Tenants of the Denby housing agency waited months for repairs', False), ('The report', 'Ombudsman Kai Brandt', 'found', '9 per cent of requests were never answered', False), ('the review', 'Ombudsman Kai Brandt', 'said', 'One family waited eight months for a new boiler', False)],
     [('9 per cent', 9.0, None, None, '% of requests', None, 'Ombudsman Kai Brandt', 1, None), ('eight', 8.0, None, None, 'months', None, 'Ombudsman Kai Brandt', 2, None)]),
    ('A review published on Monday found that buses ran late. The study by the Kessa Transit Institute found that 40 routes lost money. The review said fares should rise.',
     [('The study', 'Kessa Transit Institute', 'found', '40 routes lost money', False), ('The review', 'Kessa Transit Institute', 'said', 'fares should rise', False)],
     [('40', 40.0, None, None, 'routes', None, 'Kessa Transit Institute', 1, None)]),
    # NEGATIVE: the next mention names no maker; it is brought in by 'a' (another document); a second
    # document of a maker comes between; the next mention is set apart as another document by a time of its
    # own ('last year'), a relative clause, an appositive that is no name, a phrase of its own ('on a separate
    # matter') or a word of DOCUMENT_SET_APART_WORDS ('The earlier report'): no one
    ('Tenants of the Denby housing agency waited months for repairs, according to a review published Thursday. The report found that 9 per cent of requests were never answered. One family waited eight months for a new boiler, the review said.',
     [('a review', None, 'according to', 'Tenants of the Denby housing agency waited months for repairs', False), ('the review', None, 'said', 'One family waited eight months for a new boiler', False)],
     [('9 per cent', 9.0, None, None, '% of requests', None, None, 1, 'The report'), ('eight', 8.0, None, None, 'months', None, None, 2, 'the review')]),
    ('Tenants of the Denby housing agency waited months for repairs, according to a review published Thursday. A report by Ombudsman Kai Brandt found that 9 per cent of requests were never answered. One family waited eight months for a new boiler, the review said.',
     [('a review', None, 'according to', 'Tenants of the Denby housing agency waited months for repairs', False), ('A report', 'Ombudsman Kai Brandt', 'found', '9 per cent of requests were never answered', False), ('the review', None, 'said', 'One family waited eight months for a new boiler', False)],
     [('9 per cent', 9.0, None, None, '% of requests', None, 'Ombudsman Kai Brandt', 1, None), ('eight', 8.0, None, None, 'months', None, None, 2, 'the review')]),
    ('A review published on Monday found that buses ran late. The study by the Kessa Transit Institute found that 40 routes lost money. A second review by the Orwin Council found that fares were high. The review said fares should rise.',
     [('The study', 'Kessa Transit Institute', 'found', '40 routes lost money', False), ('A second review', 'Orwin Council', 'found', 'fares were high', False), ('The review', None, 'said', 'fares should rise', False)],
     [('40', 40.0, None, None, 'routes', None, 'Kessa Transit Institute', 1, None)]),
    ('Tenants of the Denby housing agency waited months for repairs, according to a review published Thursday. The report by Ombudsman Kai Brandt last year found similar delays. One family waited eight months for a new boiler, the review said.',
     [('a review', None, 'according to', 'Tenants of the Denby housing agency waited months for repairs', False), ('the review', None, 'said', 'One family waited eight months for a new boiler', False)],
     [('eight', 8.0, None, None, 'months', None, None, 2, 'the review')]),
    ('Tenants of the Denby housing agency waited months for repairs, according to a review published Thursday. The report by Ombudsman Kai Brandt, which the agency ignored, found similar delays. One family paid $1,500 for its own boiler, the review said.',
     [('a review', None, 'according to', 'Tenants of the Denby housing agency waited months for repairs', False), ('the review', None, 'said', 'One family paid $1,500 for its own boiler', False)],
     [('$1,500', 1500.0, None, None, 'dollars', None, None, 2, 'the review')]),
    ('Tenants of the Denby housing agency waited months for repairs, according to a review published Thursday. The report by the Denby Tenants League, a separate document, found that 200 leases were wrong. One family paid $1,500 for its own boiler, the review said.',
     [('a review', None, 'according to', 'Tenants of the Denby housing agency waited months for repairs', False), ('The report', 'Denby Tenants League', 'found', '200 leases were wrong', False), ('the review', None, 'said', 'One family paid $1,500 for its own boiler', False)],
     [('200', 200.0, None, None, 'leases', None, 'Denby Tenants League', 1, None), ('$1,500', 1500.0, None, None, 'dollars', None, None, 2, 'the review')]),
    ('Tenants of the Denby housing agency waited months for repairs, according to a review published Thursday. The report by Ombudsman Kai Brandt on a separate matter found that 9 per cent of rents were late. One family paid $1,500 for its own boiler, the review said.',
     [('a review', None, 'according to', 'Tenants of the Denby housing agency waited months for repairs', False), ('The report', 'Ombudsman Kai Brandt', 'found', '9 per cent of rents were late', False), ('the review', None, 'said', 'One family paid $1,500 for its own boiler', False)],
     [('9 per cent', 9.0, None, None, '% of rents', None, 'Ombudsman Kai Brandt', 1, None), ('$1,500', 1500.0, None, None, 'dollars', None, None, 2, 'the review')]),
    ('Tenants of the Denby housing agency waited months for repairs, according to a review published Thursday. The earlier report by Ombudsman Kai Brandt found that 9 per cent of rents were late. One family paid $1,500 for its own boiler, the review said.',
     [('a review', None, 'according to', 'Tenants of the Denby housing agency waited months for repairs', False), ('The earlier report', 'Ombudsman Kai Brandt', 'found', '9 per cent of rents were late', False), ('the review', None, 'said', 'One family paid $1,500 for its own boiler', False)],
     [('9 per cent', 9.0, None, None, '% of rents', None, 'Ombudsman Kai Brandt', 1, None), ('$1,500', 1500.0, None, None, 'dollars', None, None, 2, 'the review')]),
]


@pytest.mark.parametrize("text, positions, figures", MADE_AT_THE_NEXT_MENTION, ids=[text for text, _, _ in MADE_AT_THE_NEXT_MENTION])
def test_a_document_of_no_maker_is_the_one_the_next_mention_names(text, positions, figures):
    assert positions_of(text) == positions
    assert figure_rows(text) == figures


BROUGHT_IN_JUST_BEFORE = [
    # 'the report' right after 'a report' with a maker of its own (session 52, `_one_authored_documents_maker`):
    # the document just brought in, whatever report of another holder the story named further back
    ("Opening the debate on the audit committee's report, its convenor, Ruth Ames, said the fees were too high. "
     "A report published on Friday by the Orrin Water Trust found that nine per cent of pipes were leaking. The "
     "report urged the board to replace the mains.",
     [("its convenor", "Ruth Ames", "said", "the fees were too high", False),
      ("The report", "Orrin Water Trust", "urged", "the board to replace the mains", False)],
     [("nine per cent", 9.0, None, None, "% of pipes", None, "Orrin Water Trust", 1, None)]),
    ("The audit committee sent its report to the board in March. A report by the Orrin Water Trust found that nine per cent of pipes were leaking. "
     "The report said the board should replace the mains.",
     [("A report", "Orrin Water Trust", "found", "nine per cent of pipes were leaking", False),
      ("The report", "Orrin Water Trust", "said", "the board should replace the mains", False)],
     [("nine per cent", 9.0, None, None, "% of pipes", None, "Orrin Water Trust", 1, None)]),
    # NEGATIVE: the 'a' mention two sentences back, another document between ('a review', 'a letter'), 'the
    # police report' (a kind of its own): no one where two reports of two holders were named
    ("The audit committee sent its report to the board in March. A report by the Orrin Water Trust found that nine per cent of pipes were leaking. "
     "The board met again. A plumber wrote about it. The report said the board should replace the mains.",
     [("A report", "Orrin Water Trust", "found", "nine per cent of pipes were leaking", False),
      ("The report", None, "said", "the board should replace the mains", False)],
     [("nine per cent", 9.0, None, None, "% of pipes", None, "Orrin Water Trust", 1, None)]),
    ("The audit committee sent its report to the board in March. A report by the Orrin Water Trust found that nine per cent of pipes were leaking. "
     "A review by Halden Partners was also published. The report said the board should replace the mains.",
     [("A report", "Orrin Water Trust", "found", "nine per cent of pipes were leaking", False),
      ("The report", None, "said", "the board should replace the mains", False)],
     [("nine per cent", 9.0, None, None, "% of pipes", None, "Orrin Water Trust", 1, None)]),
    ("The audit committee sent its report to the board in March. A report by the Orrin Water Trust found that nine per cent of pipes were leaking. "
     "A letter from the mayor followed. The report said the board should replace the mains.",
     [("A report", "Orrin Water Trust", "found", "nine per cent of pipes were leaking", False),
      ("The report", None, "said", "the board should replace the mains", False)],
     [("nine per cent", 9.0, None, None, "% of pipes", None, "Orrin Water Trust", 1, None)]),
    ("The audit committee sent its report to the board in March. A report by the Orrin Water Trust found that nine per cent of pipes were leaking. "
     "The police report said the board should replace the mains.",
     [("A report", "Orrin Water Trust", "found", "nine per cent of pipes were leaking", False),
      ("The police report", None, "said", "the board should replace the mains", False)],
     [("nine per cent", 9.0, None, None, "% of pipes", None, "Orrin Water Trust", 1, None)]),
    # NEGATIVE: a body that 'tabled' a document did not write it (it set it aside, or laid another's paper
    # before a house): no verb of issuing (DOCUMENT_ISSUING_VERBS), so the document has no holder
    ("The Kessa City Council tabled a study of the parking plan on Tuesday. The study found that 400 spaces "
     "would be lost.",
     [],
     [("400", 400.0, None, None, "spaces", None, None, 1, "The study")]),
    ("The Dunmore county board tabled a review of the bus routes until June. The review found that 12 routes ran "
     "empty.",
     [],
     [("12", 12.0, None, None, "routes", None, None, 1, "The review")]),
]


@pytest.mark.parametrize("text, positions, figures", BROUGHT_IN_JUST_BEFORE)
def test_the_report_takes_up_the_one_just_brought_in(text, positions, figures):
    assert positions_of(text) == positions
    assert figure_rows(text) == figures


WORKS_OF_NO_SOURCE_NOUN = [
    # NEGATIVE: what a work of no noun of SOURCE_NOUNS 'found' is not its maker's (session 52, review F1-F4): the
    # views a consultation, referendum or questionnaire gathers are those who answered; what soldiers or crews
    # from a body came across is the reporter's account of them; a search, an inspection of no listed noun
    ("A consultation run by Pellham Borough Council found that 70 per cent of tenants opposed the new car park.",
     [],
     [("70 per cent", 70.0, None, None, "% of tenants", None, None, 0, None)]),
    ("A referendum held by the Orrin Valley Council found that 58 per cent of voters wanted the bridge rebuilt.",
     [],
     [("58 per cent", 58.0, None, None, "% of voters", None, None, 0, None)]),
    ("A questionnaire from the Dunmore Nurses Union found that 44 per cent of nurses meant to leave the service.",
     [],
     [("44 per cent", 44.0, None, None, "% of nurses", None, None, 0, None)]),
    ("Soldiers from the Tarn Defence Force found that 31 houses had burned down.",
     [],
     [("31", 31.0, None, None, "houses", None, None, 0, None)]),
    ("Crews from Orrin Fire Service found that six flats were empty.",
     [],
     [("six", 6.0, None, None, "flats", None, None, 0, None)]),
    ("A search by Kessa Police found that two guns were missing.",
     [],
     [("two", 2.0, None, None, "guns", None, None, 0, None)]),
    ("A decision by the Kessa Council showed that 40 homes would go.",
     [],
     [("40", 40.0, None, None, "homes", None, None, 0, None)]),
    ("Volunteers from the Kessa Trust found that 40 birds had died.",
     [],
     [("40", 40.0, None, None, "birds", None, None, 0, None)]),
    ("A man from Kessa Water found that the pipe had burst.", [], []),
    # 'the inspection report' takes up 'an inspection by X' (an inspection is a document mention,
    # EXAMINING_DOCUMENT_NOUNS), not one by two makers joined
    ("Marlow Freight was warned after an inspection by the Transport Ministry in May. Two lorries had no brakes, "
     "according to the inspection report.",
     [("the inspection report", "Transport Ministry", "according to", "Two lorries had no brakes", False)],
     [("Two", 2.0, None, None, "lorries", None, "Transport Ministry", 1, None)]),
    ("Marlow Freight was warned after a joint inspection by the Transport Ministry and the Ports Safety Board (PSB) "
     "in May. Two lorries had no brakes, according to the inspection report.",
     [("the inspection report", None, "according to", "Two lorries had no brakes", False)],
     [("Two", 2.0, None, None, "lorries", None, None, 1, "the inspection report")]),
    # common nouns of one body's people joined are no two makers ('by students and staff of X': X's)
    ("A study by students and staff of the Orrin Marine Centre found that 12 seals were sick. The study also "
     "found that the bay was polluted.",
     [("The study", "Orrin Marine Centre", "found", "the bay was polluted", False)],
     [("12", 12.0, None, None, "seals", None, None, 0, "A study by students and staff of the Orrin Marine Centre")]),
]


@pytest.mark.parametrize("text, positions, figures", WORKS_OF_NO_SOURCE_NOUN)
def test_a_work_of_no_source_noun_and_an_inspection_mentioned(text, positions, figures):
    assert positions_of(text) == positions
    assert figure_rows(text) == figures
