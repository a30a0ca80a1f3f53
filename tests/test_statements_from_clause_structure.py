"""Statements read from the clause structure (session 43): a cue heading a relative clause with only
a noun phrase for content describes its antecedent; a gloss ', a move X say would ...' is a relative
clause left without 'that', whose noun phrase before the cue is no speaker; a predicate joined after a
closing quotation mark goes on with the reported clause the parser cut from it. Every sentence written
for these tests, with every position it must yield, whole: (speaker, actor, cue, text, direct). An
empty list means nothing may be extracted."""
from __future__ import annotations

import pytest

from conftest import positions_of


# 'X, who proposed the hike, said', 'a group which speaks for 40 firms', 'when the developers had
# proposed 17 floors': a relative clause's cue with a noun phrase only. NEGATIVE rows: a reported
# clause ('which has warned that'), an infinitive ('who vowed to'), a verb after a preposition
# ('accused X of ignoring'), a description ('as'), a predicate, an amount said of the object.
RELATIVE_CLAUSE_DESCRIBES = [
    ('Councillor Hana Briggs, who proposed the levy in March, said the town had no other choice.',
     [('Councillor Hana Briggs', 'Hana Briggs', 'said', 'the town had no other choice', False)]),
    ('The Marlowe Growers Council, which speaks for about 300 orchards, said prices had collapsed.',
     [('The Marlowe Growers Council', 'Marlowe Growers Council', 'said', 'prices had collapsed', False)]),
    ('Inspector Rui Santos said the ring lured buyers through websites that promised discounts of 40 per cent.',
     [('Inspector Rui Santos', 'Rui Santos', 'said', 'the ring lured buyers through websites that promised discounts of 40 per cent', False)]),
    ('The board approved the tower in 2021, when the developers had proposed 19 storeys.',
     []),
    ('Police targeted dealers who demand payments from stallholders, Inspector Lana Ortiz told reporters.',
     [('Inspector Lana Ortiz', 'Lana Ortiz', 'told', 'Police targeted dealers who demand payments from stallholders', False)]),
    ('Nurse Ada Quist, who requested a transfer last year, said the ward was short of staff.',
     [('Nurse Ada Quist', 'Ada Quist', 'said', 'the ward was short of staff', False)]),
    ('The plan drew criticism from residents who questioned its legality.',
     []),
    # a demand with a thing asked for, set off on the subject, is the holder's stance; restrictive, it says which ones
    ('The Kessel Union, which demanded a 10 per cent raise last week, said talks had failed.',
     [('The Kessel Union', 'Kessel Union', 'demanded', 'a 10 per cent raise', False),
      ('The Kessel Union', 'Kessel Union', 'said', 'talks had failed', False)]),
    ('Teachers who demanded higher pay marched through the city.',
     []),
    # NEGATIVE: the person a verb of saying acts on is no part of what it reports: the relative clause is theirs
    ('Lawmakers questioned Tom Reed, who denied any wrongdoing.',
     [('Lawmakers', None, 'questioned', 'Tom Reed', False), ('Tom Reed', 'Tom Reed', 'denied', 'any wrongdoing', False)]),
    # NEGATIVE: a relative clause on names, after the main verb, goes on with the news
    ('The plan drew criticism from the Harlow Trust and Ward Forum who questioned its legality.',
     [('the Harlow Trust and Ward Forum', 'Harlow Trust', 'questioned', 'its legality', False)]),
    ('The minister announced the plan on Monday, despite criticism from Dara Venn, who questioned its cost.',
     [('The minister', None, 'announced', 'the plan on Monday, despite criticism from Dara Venn', False),
      ('Dara Venn', 'Dara Venn', 'questioned', 'its cost', False)]),
    ('The report was welcomed by the Kessel Union, which has demanded a 10 per cent raise.',
     [('the Kessel Union', 'Kessel Union', 'welcomed', 'The report', False),
      ('the Kessel Union', 'Kessel Union', 'demanded', 'a 10 per cent raise', False)]),
    # a relative clause on 'anyone', 'those': a class picked out, whatever its content
    ('A council spokesman said anyone who believed they had been affected should contact the team.',
     [('A council spokesman', None, 'said', 'anyone who believed they had been affected should contact the team', False)]),
    ('Those who said they had lost money were refunded.',
     []),
    # NEGATIVE: a clause content on a common noun or a name
    ('Residents who said they had lost power were moved to a shelter.',
     [('Residents', 'residents', 'said', 'they had lost power', False)]),
    ('Ana Pell, who said the plan was flawed, left the meeting.',
     [('Ana Pell', 'Ana Pell', 'said', 'the plan was flawed', False)]),
    # a relative clause inside another's account, or on the subject before the main verb: background
    ('Jane Okafor said her father, who had complained of chest pains, waited five hours.',
     [('Jane Okafor', 'Jane Okafor', 'said', 'her father, who had complained of chest pains, waited five hours', False)]),
    ('Lena Marsh, who chairs the board, said the hike would go ahead.',
     [('Lena Marsh', 'Lena Marsh', 'said', 'the hike would go ahead', False)]),
    # NEGATIVE
    ('The motion was raised by Senator Ida Morrow, who accused the ministry of starving schools of funds.',
     [('Senator Ida Morrow', 'Ida Morrow', 'accused', 'the ministry of starving schools of funds', False)]),
    ('The row began in 2019, when the mayor and two councillors urged a freeze on rents at the annual assembly.',
     [('the mayor', None, 'urged', 'a freeze on rents at the annual assembly', False)]),
    ('The plan drew criticism from the Harlow Trust, which questioned its power to levy the charge.',
     [('the Harlow Trust', 'Harlow Trust', 'questioned', 'its power to levy the charge', False)]),
    ('The Fenwick Tenants Union, which has warned that rents will double, said the ruling was a relief.',
     [('The Fenwick Tenants Union', 'Fenwick Tenants Union', 'warned', 'rents will double', False),
      ('The Fenwick Tenants Union', 'Fenwick Tenants Union', 'said', 'the ruling was a relief', False)]),
    ('Residents, who accused the council of ignoring repeated complaints, said the road remained closed.',
     [('Residents', 'residents', 'accused', 'the council of ignoring repeated complaints', False),
      ('Residents', 'residents', 'said', 'the road remained closed', False)]),
    ('The Trask Institute, which estimated the cost at $2.1 billion, said the project was viable.',
     [('The Trask Institute', 'Trask Institute', 'estimated', 'the cost at $2.1 billion', False),
      ('The Trask Institute', 'Trask Institute', 'said', 'the project was viable', False)]),
    ('The mayor, who vowed to fight the closure, said talks would resume on Monday.',
     [('The mayor', None, 'vowed', 'to fight the closure', False),
      ('The mayor', None, 'said', 'talks would resume on Monday', False)]),
    ('Pilots, who described the new rota as "unsafe", said they would strike in May.',
     [('Pilots', 'pilots', 'described', 'the new rota as "unsafe"', False),
      ('Pilots', 'pilots', 'said', 'they would strike in May', False)]),
    ('Ana Ruiz, who called the plan "reckless", said the vote should be delayed.',
     [('Ana Ruiz', 'Ana Ruiz', 'called', 'the plan "reckless"', False),
      ('Ana Ruiz', 'Ana Ruiz', 'said', 'the vote should be delayed', False)]),
]

# ', a move library staff say would save $2m': the cue's reported clause has no subject of its own; the
# words before the comma are no statement of the noun phrase before the cue. NEGATIVE rows: the cue
# after a whole speaker ('a union steward said'), an appositive set off by commas ('a rare step, aides said').
GLOSS_WITHOUT_THAT = [
    ('The council plans to close three branches, a move library staff say would save about $2 million a year.',
     []),
    ('The board approved the merger, a move analysts said would push prices higher.',
     []),
    ('Officials said the board approved the merger, a step analysts said would push prices higher.',
     [('Officials', 'officials', 'said', 'the board approved the merger', False)]),
    ('The county will cut bus routes, a decision union leaders warned could strand hundreds of riders.',
     []),
    # NEGATIVE
    ('The plant will close in June, a union steward said on Monday.',
     [('a union steward', None, 'said', 'The plant will close in June', False)]),
    ('Fares will rise by 8 per cent, a spokesman for the operator said.',
     [('a spokesman for the operator', None, 'said', 'Fares will rise by 8 per cent', False)]),
    ('The mayor vetoed the bill, a rare step, aides said.',
     [('aides', 'aides', 'said', 'The mayor vetoed the bill, a rare step', False)]),
]

# 'said the company was "open to talks" but stood by its numbers': a predicate joined after a closing
# quotation mark, without a subject, goes on with the reported clause. NEGATIVE rows: a verb of saying
# (the speaker's next statement), a clause with its own subject.
PREDICATE_AFTER_QUOTE = [
    ('Beckett said the company was "open to conversations with every party" but stood by its numbers.',
     [('Beckett', None, 'said', 'the company was "open to conversations with every party" but stood by its numbers', False)]),
    ('Ms Adedipe told journalists that the government had "nothing to hide" and would appear before the committee.',
     [('Ms Adedipe', 'Adedipe', 'told', 'the government had "nothing to hide" and would appear before the committee', False)]),
    ('The finance director told councillors that the authority was "in a stable position" and was not at risk of insolvency.',
     [('The finance director', None, 'told', 'the authority was "in a stable position" and was not at risk of insolvency', False)]),
    ('The union said the offer was “an insult” and would ballot members next week.',
     [('The union', None, 'said', 'the offer was “an insult” and would ballot members next week', False)]),
    # NEGATIVE
    ('Mr Osei said the plan was "a disaster" and called for a review.',
     [('Mr Osei', 'Osei', 'said', 'the plan was "a disaster"', False),
      ('Mr Osei', 'Osei', 'called for', 'a review', False)]),
    ('Ms Tran said the levy was "a tax on the poor" and urged councillors to reject it.',
     [('Ms Tran', 'Tran', 'said', 'the levy was "a tax on the poor"', False),
      ('Ms Tran', 'Tran', 'urged', 'councillors to reject it', False)]),
    ('The chairman said the fund was "nearly empty", and the board will meet on Friday.',
     [('The chairman', None, 'said', 'the fund was "nearly empty"', False)]),
]


# a participle or infinitive inside another's account tells what someone did or was told to do; NEGATIVE
# rows: a participle of the speaker's own act ('rejected the claims, saying ...', 'wrote ..., demanding').
ACT_IN_ANOTHERS_ACCOUNT = [
    ('Westhaven Crown Court heard Dale Kerr took deposits from 12 customers, promising new roofs and garden rooms.',
     []),
    ('The audit found the agency had hired consultants promising savings of 20 per cent.',
     []),
    ('Inspector Lu Fenn said the men sent letters to shopkeepers demanding weekly payments.',
     [('Inspector Lu Fenn', 'Lu Fenn', 'said', 'the men sent letters to shopkeepers demanding weekly payments', False)]),
    # NEGATIVE
    ('Dale Kerr rejected the claims on Monday, saying his firm had paid every customer.',
     [('Dale Kerr', 'Dale Kerr', 'saying', 'his firm had paid every customer', False)]),
    ('Ada Lune wrote to the council, demanding an apology.',
     [('Ada Lune', 'Ada Lune', 'demanding', 'an apology', False)]),
    ('The Vell Board, in a letter to the committee, is reported to have expressed concern that the bill would weaken it.',
     [('The Vell Board', 'Vell Board', 'expressed concern', 'the bill would weaken it', False)]),
    ('Ella Brandt asked the board to confirm the figures.',
     [('Ella Brandt', 'Ella Brandt', 'asked', 'the board to confirm the figures', False)]),
]

# 'He said they would not keep pace: the department lost 29 officers': a colon right after what the cue
# reports opens what bears it out; the text runs on. NEGATIVE rows: the clause after the colon has a cue.
PAST_A_COLON = [
    ('Chief Tom Baird said staffing would not keep pace: the depot lost 29 posts last year and gained 22.',
     [('Chief Tom Baird', 'Tom Baird', 'said',
       'staffing would not keep pace: the depot lost 29 posts last year and gained 22', False)]),
    ('Tom Baird said one thing was certain: the depot would close.',
     [('Tom Baird', 'Tom Baird', 'said', 'one thing was certain: the depot would close', False)]),
    ('Tom Baird said there were two options: close the depot or sell it.',
     [('Tom Baird', 'Tom Baird', 'said', 'there were two options: close the depot or sell it', False)]),
    ('Mayor Ida Groot said she expects the shelter to open in March, once the city has signed the lease.',
     [('Mayor Ida Groot', 'Ida Groot', 'said', 'she expects the shelter to open in March, once the city has signed the lease', False)]),
    # a past participle set off after 'According to X,' tells how X came about; no part of what X says
    ('According to the review, prepared by the health directorate and submitted to the ministry last month, 312 of 784 posts were unfilled.',
     [('the review', None, 'according to', '312 of 784 posts were unfilled', False)]),
    ('According to the audit, published on Tuesday, the agency overspent by 4 million dollars.',
     [('the audit', None, 'according to', 'the agency overspent by 4 million dollars', False)]),
    # NEGATIVE
    ('According to figures released by the ministry, 312 of 784 posts were unfilled.',
     [('figures', None, 'according to', '312 of 784 posts were unfilled', False)]),
    ('Tom Baird said the depot would close: the mayor said no.',
     [('Tom Baird', 'Tom Baird', 'said', 'the depot would close', False)]),
    ('Tom Baird told the board: the depot would close.',
     [('Tom Baird', 'Tom Baird', 'told', 'the depot would close', False)]),
    # NEGATIVE: after the colon a subject that could be another voice (a side, figures, a body) answers
    # the speaker; its words are not the speaker's
    ('Mayor Ida Groot said the vote was fair: the opposition disagreed.',
     [('Mayor Ida Groot', 'Ida Groot', 'said', 'the vote was fair', False)]),
    ('The Kessel Company said sales had risen: figures released on Friday showed they fell 8 per cent.',
     [('The Kessel Company', 'Kessel Company', 'said', 'sales had risen', False)]),
    ('Chief Tom Baird said they would not keep pace with departures: the department lost 29 officers last year and hired 22.',
     [('Chief Tom Baird', 'Tom Baird', 'said', 'they would not keep pace with departures', False)]),
]


@pytest.mark.parametrize("text, expected", RELATIVE_CLAUSE_DESCRIBES + GLOSS_WITHOUT_THAT + PREDICATE_AFTER_QUOTE
                         + ACT_IN_ANOTHERS_ACCOUNT + PAST_A_COLON)
def test_statement_from_the_clause_structure(text, expected):
    assert positions_of(text) == expected
