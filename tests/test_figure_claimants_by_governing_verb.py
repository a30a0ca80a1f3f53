"""A figure's claimant from the verb that governs it (session 33): what a court or jury hears, a
'by' phrase of a document's participle past other phrases; a description of what a speaker talks
about stays the writer's. Whole records for sentences written for these tests, as (text, value, low, high, unit,
qualifier, claimant's name[, sentence, unnamed source]); `conftest.figure` adds the rest.
"""
from __future__ import annotations

import pytest

from conftest import figure, figure_records


HEARD_IN_COURT = [
    # the hearer of a hearing, as the sentence gives it: the court's page where it has one,
    # else its words; closing aside or opening clause, 'that' or none, active or passive, a
    # court, a jury, jurors, magistrates, any tense of the past
    ("Corrin Doyle, 52, took £41,300 from the bowls club in 96 payments, Kestrel Crown Court heard on Tuesday.",
     [("£41,300", 41300, None, None, "pounds", None, "Kestrel Crown Court"),
      ("96", 96, None, None, "payments", None, "Kestrel Crown Court")]),
    ("Kestrel Crown Court heard that Corrin Doyle took £41,300 from the bowls club.",
     [("£41,300", 41300, None, None, "pounds", None, "Kestrel Crown Court")]),
    ("The court heard Doyle had moved 96 payments into his own account.",
     [("96", 96, None, None, "payments", None, None, 0, "The court")]),
    ("The jury was told that Harlow took 45 payments from the charity's fund.",
     [("45", 45, None, None, "payments", None, None, 0, "The jury")]),
    ("Harlow took 45 payments from the charity's fund, jurors were told.",
     [("45", 45, None, None, "payments", None, None, 0, "jurors")]),
    ("A retired teacher stole more than £300,000 from her neighbours, a court has heard.",
     [("more than £300,000", 300000, 300000, None, "pounds", "more than", None, 0, "a court")]),
    ("The magistrates heard that the landlord had ignored 14 warnings from the council.",
     [("14", 14, None, None, "warnings", None, None, 0, "The magistrates")]),
    # NEGATIVE: a hearing only to come or denied; hearers in no hearing; what a tribunal heard
    # as its business, no content; a speaker who tells the court; another's words the court heard
    ("The court will hear that Doyle took £41,300 from the club.",
     [("£41,300", 41300, None, None, "pounds", None, None)]),
    ("The court did not hear that Doyle took £41,300 from the club.",
     [("£41,300", 41300, None, None, "pounds", None, None)]),
    ("The court is expected to hear that Doyle took £41,300 from the club.",
     [("£41,300", 41300, None, None, "pounds", None, None)]),
    ("Residents heard that the plant would shed 300 jobs.",
     [("300", 300, None, None, "jobs", None, None)]),
    ("The tribunal heard 40 appeals last year.",
     [("40", 40, None, None, "appeals", None, None)]),
    ("Prosecutor Sam Kell told the court that Doyle took £41,300 from the club.",
     [("£41,300", 41300, None, None, "pounds", None, "Sam Kell")]),
    ("The court heard a neighbour say Doyle had spent £41,300 on cars.",
     [("£41,300", 41300, None, None, "pounds", None, None, 0, "a neighbour")]),
    # NEGATIVE (review of session 33): the sentence names who put it to the court; the figure is
    # disputed or answered; the figure is in a relative clause's background, not what was heard
    ("The court heard in a statement from detectives that 25 shots were fired at the van.",
     [("25", 25, None, None, "shots", None, None)]),
    ("The court heard from prosecutor Nina Vance that Orme took £6,500 from the choir.",
     [("£6,500", 6500, None, None, "pounds", None, None)]),
    ("The court had heard that Orme earned £70,000 a year, but the judge said that figure was wrong.",
     [("£70,000", 70000, None, None, "pounds a year", None, None)]),
    ("The jury heard that Orme earned £70,000 a year, a claim his barrister rejected.",
     [("£70,000", 70000, None, None, "pounds a year", None, None)]),
    ("The jury heard Orme earned £70,000 a year, but Orme told jurors the figure was false.",
     [("£70,000", 70000, None, None, "pounds a year", None, None)]),
    ("The jury heard Orme's sister, who had lent him £2,000, was in the public gallery.",
     [("£2,000", 2000, None, None, "pounds", None, None)]),
    # NEGATIVE: in a relative clause the parser misreads, abstain
    ("Doyle, who the court heard had taken £41,300 from the club, was jailed.",
     [("£41,300", 41300, None, None, "pounds", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", HEARD_IN_COURT, ids=[row[0] for row in HEARD_IN_COURT])
def test_what_a_court_heard_is_the_hearers(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


DOCUMENT_AGENTS = [
    # the 'by' phrase of a document's participle, after a phrase of purpose, time or place
    ("A report prepared for the council by the Marlowe Institute found that 42 per cent of wells were contaminated.",
     [("42 per cent", 42, None, None, "% of wells", None, "Marlowe Institute")]),
    ("A study commissioned in March for the water board by the Marlowe Institute found 42 per cent of wells "
     "were contaminated.",
     [("42 per cent", 42, None, None, "% of wells", None, "Marlowe Institute")]),
    ("A report prepared by the Marlowe Institute found that 42 per cent of wells were contaminated.",
     [("42 per cent", 42, None, None, "% of wells", None, "Marlowe Institute")]),
    ("A report submitted to the council by the Marlowe Institute found that 42 per cent of wells were contaminated.",
     [("42 per cent", 42, None, None, "% of wells", None, "Marlowe Institute")]),
    # NEGATIVE: 'by' a time; 'by' inside a clause of its own; the one the report is for; the
    # agent of an occasion ('after a complaint by X')
    ("The figures, released after a complaint by the Marlowe Institute, show 42 per cent of wells were contaminated.",
     [("42 per cent", 42, None, None, "% of wells", None, None)]),
    ("A report prepared for the council by the end of May found that 42 per cent of wells were contaminated.",
     [("42 per cent", 42, None, None, "% of wells", None, None, 0,
       "A report prepared for the council by the end of May")]),
    ("A report prepared for the council, which was criticised by the Marlowe Institute, found that 42 per cent "
     "of wells were contaminated.",
     [("42 per cent", 42, None, None, "% of wells", None, None, 0,
       "A report")]),
    ("A report prepared for the Marlowe Institute found that 42 per cent of wells were contaminated.",
     [("42 per cent", 42, None, None, "% of wells", None, None, 0,
       "A report prepared for the Marlowe Institute")]),    # NEGATIVE (review of session 33): an eventive noun may have an agent of its own ('a visit by
    # X', 'a bid by X', 'a review by X'); 'during' is no phrase before an agent
    ("Data published during a tour by Transport Minister Lena Hart show 35% of bridges need repairs.",
     [("35%", 35, None, None, "% of bridges", None, None, 0,
       "Data published during a tour by Transport Minister Lena Hart")]),    # no actor's: the data, as written
    ("A dossier prepared for a bid by Brisk Holdings found the stadium needed £7m of work.",
     [("£7m", 7000000, None, None, "pounds", None, None)]),
    ("A study released in a review by the Marlowe Institute found that 42 per cent of wells were contaminated.",
     [("42 per cent", 42, None, None, "% of wells", None, None, 0,
       "A study released in a review by the Marlowe Institute")]),
    # a body or person named so takes no agent: the 'by' phrase is the participle's
    ("A report prepared for ministers by the Marlowe Institute found that 42 per cent of wells were contaminated.",
     [("42 per cent", 42, None, None, "% of wells", None, "Marlowe Institute")]),
]


@pytest.mark.parametrize("sentence, expected", DOCUMENT_AGENTS, ids=[row[0] for row in DOCUMENT_AGENTS])
def test_agent_of_a_documents_participle(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


DESCRIBED_TOPIC_OF_A_STATEMENT = [
    # a present-tense description inside the clause a verb of saying reports is part of what the
    # source reported (session 39; the bench keys and the editor read it so in every set): the
    # speaker's, whatever noun of the clause it describes
    ("Tamsin Greer said the choir, which gives 14 concerts a year, had overspent in June.",
     [("14", 14, None, None, "concerts a year", None, "Tamsin Greer")]),
    ("Defence barrister Rosa Klein told the court the bakery, which employs around 85 people, had been "
     "short of cash since it opened.",
     [("around 85", 85, None, None, "people", "about", "Rosa Klein")]),
    ("Mira Dunn said the assembly, which has 63 seats, would meet on Friday.",
     [("63", 63, None, None, "seats", None, "Mira Dunn")]),
    ("Priya Nair said she had met the board of the union, which represents about 90,000 cleaners.",
     [("about 90,000", 90000, None, None, "cleaners", "about", "Priya Nair")]),
    ("Officers said Brannigan, who is 41 and has 4 sons, was detained.",
     [("4", 4, None, None, "sons", None, "officers")]),
    ("Harlan Webb added that the depot, which stores up to 40 tonnes of grain, was closed in May.",
     [("up to 40", 40, None, 40, "tonnes", "up to", "Harlan Webb")]),
    ("Helen Marsh said her club had lost members because of rising fees, which now stand at $310 a season.",
     [("$310", 310, None, None, "dollars a season", None, "Helen Marsh")]),
    # the session-33 row of a police statement, reversed: the description is the speaker's too
    ("Officers said the warehouse firm, which employs 1,800 staff in Leeds, had been searched.",
     [("1,800", 1800, None, None, "staff", None, "officers")]),
    # and a finding's clause, reversed likewise (the session-33 row was the writer's)
    ("Inspectors at the Marine Safety Office concluded that the ferry company, which runs 40 sailings a day, "
     "had skipped safety drills.",
     [("40", 40, None, None, "sailings a day", None, "Marine Safety Office")]),
    # a clause 'according to X' is said of is X's report likewise: a named actor's, or a source in words
    ("The depot, which holds 90 lorries, was sold in May, according to Dana Kerr.",
     [("90", 90, None, None, "lorries", None, "Dana Kerr")]),
    ("The depot, which holds 90 lorries, was sold in May, according to a filing seen by the Ledger.",
     [("90", 90, None, None, "lorries", None, None, 0, "a filing")]),
    # the present-tense report keeps its speaker (no back-shift: `_present_gloss_in_a_past_report`)
    ("Priya Nair says the union, which represents about 90,000 cleaners, will strike on Monday.",
     [("about 90,000", 90000, None, None, "cleaners", "about", "Priya Nair")]),
    # NEGATIVE: a noun a finding names in its own object, a noun of a verb that reports nothing,
    # a narrative clause with no source
    ("The audit found poor record-keeping at the trust, which manages 28 parks.",
     [("28", 28, None, None, "parks", None, None)]),
    ("The board decided that the school, which teaches 640 pupils, would close in June.",
     [("640", 640, None, None, "pupils", None, None)]),
    ("The haulier, which employs 2,400 drivers in Hull, was searched on Monday.",
     [("2,400", 2400, None, None, "drivers", None, None)]),
    ("According to Dana Kerr, the mill shut in May; the depot, which holds 90 lorries, was sold.",
     [("90", 90, None, None, "lorries", None, None)]),
    ("Osei Mensah denied that the trust, which manages 28 parks, had lost the papers.",
     [("28", 28, None, None, "parks", None, None)]),
    ("Osei Mensah said the mill had shut, but Dana Kerr said the depot, which holds 90 lorries, had stayed open.",
     [("90", 90, None, None, "lorries", None, "Dana Kerr")]),
    ("Osei Mensah, who chairs the board, which oversees 28 parks, said the mill would shut.",
     [("28", 28, None, None, "parks", None, None)]),
    # NEGATIVE (review of session 39, F1): a statement its cue dates a year or more back, or to an
    # earlier time, does not describe what the writer describes in the present; a weekday does not
    ("In a 2019 interview, Tom Reed said the club, which now has 900 members, was close to folding.",
     [("900", 900, None, None, "members", None, None)]),
    ("Tom Reed said in 2019 that the club, which now has 900 members, was close to folding.",
     [("900", 900, None, None, "members", None, None)]),
    ("Reed said last year that the app, which today has 4 million users, would never make money.",
     [("4 million", 4000000, None, None, "users", None, None)]),
    ("In 1998, then-mayor Ann Lowe said the stadium, which holds 60,000 people, would never be built.",
     [("60,000", 60000, None, None, "people", None, None)]),
    ("In 2015, Tom Reed said the club, which has 900 members, was close to folding.",
     [("900", 900, None, None, "members", None, None)]),
    ("Tom Reed, who died in 2012, once said the club, which has 900 members, was his life's work.",
     [("900", 900, None, None, "members", None, None)]),
    ("Before his death in 2010, Harlan Webb told friends the company, which employs 3,000 people, had been his "
     "life's work.",
     [("3,000", 3000, None, None, "people", None, None)]),
    ("Osei Mensah said on Tuesday that the quarry, which employs 240 people, had lost its licence.",
     [("240", 240, None, None, "people", None, "Osei Mensah")]),
    # NEGATIVE (review of session 39, F2): what the description tells came after the report
    ("Tom Reed said the mill, which has since cut 300 jobs, was profitable.",
     [("300", 300, None, None, "jobs", None, None)]),
    ("Osei Mensah said the ferry line, which has subsequently added 12 routes, was losing money.",
     [("12", 12, None, None, "routes", None, None)]),
    # NEGATIVE (review of session 39, F4): a clause joined by 'and' with its own subject and no
    # back-shift of a report going on is the writer's narrative, after a cue or 'according to'
    ("Reed said the mill would shut, and the town, which has 12,000 residents, lost its last bank in May.",
     [("12,000", 12000, None, None, "residents", None, None)]),
    ("The depot was sold in May, according to Dana Kerr, and the mill, which employs 300 people, closed a week later.",
     [("300", 300, None, None, "people", None, None)]),
    # ... but a joined clause back-shifted as the report is goes on with it
    ("Osei Mensah said the quarry would shut, and the village, which has 900 residents, would lose its bus.",
     [("900", 900, None, None, "residents", None, "Osei Mensah")]),
    ("Osei Mensah said sales were steady but that the audit unsettled the bank, which serves 900 farms.",
     [("900", 900, None, None, "farms", None, "Osei Mensah")]),
    # NEGATIVE (review of session 39, F3): a clause hoped or feared asserts nothing; the
    # description of its noun is the writer's
    ("Residents hoped that the plant, which employs 800 people, would reopen.",
     [("800", 800, None, None, "people", None, None)]),
    ("Residents feared the dam, which holds 2 million cubic metres of water, would burst.",
     [("2 million", 2000000, None, None, "cubic metres", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", DESCRIBED_TOPIC_OF_A_STATEMENT,
                         ids=[row[0] for row in DESCRIBED_TOPIC_OF_A_STATEMENT])
def test_description_inside_what_is_said_is_the_speakers(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


DOUBTED_COUNT_INSIDE_A_REPORT = [
    # NEGATIVE (review of session 39, F5): what a verb of doubt or rejection holds is nobody's,
    # inside a reported clause too: the one who reports the doubt does not claim the count
    ("Tom Reed said the government rejected 2,000 deaths as a fabrication.",
     [("2,000", 2000, None, None, "deaths", None, None)]),
    ("Tom Reed said the junta denied 300 civilian deaths.",
     [("300", 300, None, None, "civilian deaths", None, None)]),
    ("Tom Reed said the army disputed 400 deaths.",
     [("400", 400, None, None, "deaths", None, None)]),
    ("Tom Reed said officials questioned 40 deaths recorded at the camp.",
     [("40", 40, None, None, "deaths", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", DOUBTED_COUNT_INSIDE_A_REPORT,
                         ids=[row[0] for row in DOUBTED_COUNT_INSIDE_A_REPORT])
def test_doubted_count_inside_a_report_is_nobodys(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]
