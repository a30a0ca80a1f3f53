"""One reported-content reading (session 34, content34): what a cue reports runs over the verb phrases
joined under the content's modal, and a concessive clause after it stays with it unless it is a statement of
its own. Every sentence here is written for these tests, with every position it yields, whole: (speaker,
actor, cue, text, direct); rows marked NEGATIVE are where nothing may change."""
from __future__ import annotations

import pytest

from conftest import positions_of

# A verb of speech in its bare form joined to a verb under a modal or 'to' shares that modal and its
# subject: one more act in what is reported, no next statement of the speaker's. NEGATIVE rows: a verb of
# speech in the cue's own tense ('and warned', 'but insisted', 'and denied', 'then announced') is the
# speaker's next statement; a second subject ('and he urged') is a clause of its own.
JOINED_UNDER_A_MODAL = [
    ('Prosecutor Anna Kell said Brandt would call on pensioners, insist their gutters were failing and then '
     'demand cash.',
     [('Prosecutor Anna Kell', 'Anna Kell', 'said',
       'Brandt would call on pensioners, insist their gutters were failing and then demand cash', False)]),
    ('The prosecutor told the court Mr Orrin would typically phone the victims, claim he was a bank officer, '
     'and ask for their card numbers.',
     [('The prosecutor', None, 'told',
       'Mr Orrin would typically phone the victims, claim he was a bank officer, and ask for their card numbers',
       False)]),
    ('Detective Ruth Abney said the gang would "knock on doors", say they were from the water board and then '
     'search the homes.',
     [('Detective Ruth Abney', 'Ruth Abney', 'said',
       'the gang would "knock on doors", say they were from the water board and then search the homes', False)]),
    ('Lawyer Tomas Brix said his client will appeal the ruling, argue the evidence was planted and seek bail.',
     [('Lawyer Tomas Brix', 'Tomas Brix', 'said',
       'his client will appeal the ruling, argue the evidence was planted and seek bail', False)]),
    ("The union's leader, Ida Plenk, said members might walk out, demand back pay and picket the depot.",
     [("The union's leader", 'Ida Plenk', 'said', 'members might walk out, demand back pay and picket the depot',
       False)]),
    ('She says the scammers can pose as couriers, tell victims a parcel is held and then ask for a fee.',
     [('She', None, 'says', 'the scammers can pose as couriers, tell victims a parcel is held and then ask for a fee',
       False)]),
    ('Inspector Hale said officers were told to stop the cars, explain the new limits and hand out leaflets.',
     [('Inspector Hale', 'Hale', 'said',
       'officers were told to stop the cars, explain the new limits and hand out leaflets', False)]),
    # NEGATIVE
    ('Councillor Mo Tan said the mayor would resign and warned that the budget was in trouble.',
     [('Councillor Mo Tan', 'Mo Tan', 'said', 'the mayor would resign', False),
      ('Councillor Mo Tan', 'Mo Tan', 'warned', 'the budget was in trouble', False)]),
    ('Councillor Mo Tan said the mayor would resign, and added that the budget was in trouble.',
     [('Councillor Mo Tan', 'Mo Tan', 'said', 'the mayor would resign', False),
      ('Councillor Mo Tan', 'Mo Tan', 'added', 'the budget was in trouble', False)]),
    ('Councillor Mo Tan said the mayor would resign but insisted the budget was sound.',
     [('Councillor Mo Tan', 'Mo Tan', 'said', 'the mayor would resign', False),
      ('Councillor Mo Tan', 'Mo Tan', 'insisted', 'the budget was sound', False)]),
    ('Ms Ferro said the firm would cut 40 jobs and denied that the plant would close.',
     [('Ms Ferro', 'Ferro', 'said', 'the firm would cut 40 jobs', False),
      ('Ms Ferro', 'Ferro', 'denied', 'the plant would close', False)]),
    ('The chairman said the club would sign two players and then announced a new sponsor.',
     [('The chairman', None, 'said', 'the club would sign two players', False),
      ('The chairman', None, 'announced', 'a new sponsor', False)]),
]

# A concessive clause ('though', 'although') after the content: with no stance of its own it is part of
# what is said (a participle before a noun, 'suspected cases', is no one's stance); a cue of its own over a
# clause in the narration's tense is the speaker's next statement, cut off. NEGATIVE rows: a stance with no
# clause ('although she still supported'), a back-shifted cue ('he had warned'), another source's cue, a
# phrase with no verb ('despite reported delays', that stance alone), a speech left unsaid.
CONCESSIVES = [
    ('Dr Lena Moss said no measles death had been confirmed in the district this year, though two suspected '
     'cases, in Alder and Brin, were being reviewed by a panel.',
     [('Dr Lena Moss', 'Lena Moss', 'said',
       'no measles death had been confirmed in the district this year, though two suspected cases, in Alder and '
       'Brin, were being reviewed by a panel', False)]),
    ('Dr Lena Moss said no measles death had been confirmed this year, though two suspected cases were being '
     'reviewed.',
     [('Dr Lena Moss', 'Lena Moss', 'said',
       'no measles death had been confirmed this year, though two suspected cases were being reviewed', False)]),
    ('Mr Bo Lind said the dam was safe, though the reported cracks in the spillway were still being measured.',
     [('Mr Bo Lind', 'Bo Lind', 'said',
       'the dam was safe, though the reported cracks in the spillway were still being measured', False)]),
    ('Ms Ada Quinn said the shop would close, though alleged thefts had played no part.',
     [('Ms Ada Quinn', 'Ada Quinn', 'said', 'the shop would close, though alleged thefts had played no part',
       False)]),
    ('Dr Lena Moss said the outbreak was slowing, though she cautioned that one bad week could change the '
     'picture.',
     [('Dr Lena Moss', 'Lena Moss', 'said', 'the outbreak was slowing', False),
      ('she', 'Lena Moss', 'cautioned', 'one bad week could change the picture', False)]),
    ('Ms Ada Quinn said prices would fall, though she admitted that wages would not rise this year.',
     [('Ms Ada Quinn', 'Ada Quinn', 'said', 'prices would fall', False),
      ('she', 'Ada Quinn', 'admitted', 'wages would not rise this year', False)]),
    ('Mr Bo Lind says the dam is safe, though he concedes that the spillway needs work.',
     [('Mr Bo Lind', 'Bo Lind', 'says', 'the dam is safe', False),
      ('he', 'Bo Lind', 'concedes', 'the spillway needs work', False)]),
    # NEGATIVE
    ('Ms Ada Quinn said she had left the party, although she still supported its leader.',
     [('Ms Ada Quinn', 'Ada Quinn', 'said', 'she had left the party, although she still supported its leader',
       False)]),
    ('Mr Bo Lind said the dam was safe, though he had warned in May that the spillway needed work.',
     [('Mr Bo Lind', 'Bo Lind', 'said',
       'the dam was safe, though he had warned in May that the spillway needed work', False)]),
    ('Mr Bo Lind said the dam was safe, though engineers warned that the spillway needed work.',
     [('Mr Bo Lind', 'Bo Lind', 'said', 'the dam was safe', False),
      ('engineers', 'engineers', 'warned', 'the spillway needed work', False)]),
    ('The council said the road would reopen, despite reported delays at the quarry.',
     [('The council', None, 'said', 'the road would reopen', False)]),
    ('Councillor Joe Rudd said the park would stay open, though he did not say for how long.',
     [('Councillor Joe Rudd', 'Joe Rudd', 'said', 'the park would stay open', False)]),
    ('Ms Orla Penn said the bridge would reopen in May, even though the steel had not yet arrived.',
     [('Ms Orla Penn', 'Orla Penn', 'said',
       'the bridge would reopen in May, even though the steel had not yet arrived', False)]),
]


# The parser may hang the bare verb on the cue itself: after a cue in the past it still cannot be the
# speaker's next act; it is the reported clause's.
JOINED_UNDER_A_MODAL += [
    ('The prosecutor told jurors Pelham would often ring the elderly at night, say he was from their bank and '
     'then ask them to move their savings.',
     [('The prosecutor', None, 'told',
       'Pelham would often ring the elderly at night, say he was from their bank and then ask them to move their '
       'savings', False)]),
    ('Prosecutor Anna Kell opened the case. She told the court Brandt would typically call on homes unannounced, '
     'claim he had noticed cracked chimneys "while working nearby" and then push owners to pay in cash the same day.',
     [('She', 'Anna Kell', 'told',
       'Brandt would typically call on homes unannounced, claim he had noticed cracked chimneys "while working '
       'nearby" and then push owners to pay in cash the same day', False)]),
]

# 'quoted X as saying': the one quoted is the speaker, the one quoting (a paper, a statement) passes the words
# on. A relative clause with its own reporter ('which she said had promised') is that reporter's statement
# about the antecedent, no statement of the antecedent's. NEGATIVE rows: a verb of recalling, 'quoted X as'
# a noun, a relative clause with no reporter of its own, a relative pronoun that is the reporter.
QUOTED_AND_RELATIVE = [
    ('"Customers must be paid within a month," the statement quoted the authority\'s chairman, Dr Omar Reyes, '
     'as saying.',
     [("the authority's chairman", 'Omar Reyes', 'saying', 'Customers must be paid within a month', True)]),
    ('The release quoted Finance Minister Lila Chand as saying that the deficit would narrow next year.',
     [('Finance Minister Lila Chand', 'Lila Chand', 'saying', 'the deficit would narrow next year', False)]),
    ('The newspaper quoted a police spokesman as saying two men had been arrested.',
     [('a police spokesman', None, 'saying', 'two men had been arrested', False)]),
    ('Tern Radio cited Mayor Ivo Brand as saying the bridge would reopen in June.',
     [('Mayor Ivo Brand', 'Ivo Brand', 'saying', 'the bridge would reopen in June', False)]),
    ('Ms Hana Idris said she had been misled by a builder, Crestfield Homes, which she said had promised to '
     'finish the work in May.',
     [('Ms Hana Idris', 'Hana Idris', 'said',
       'she had been misled by a builder, Crestfield Homes, which had promised to finish the work in May', False)]),
    ('Residents blamed the operator, Tidewell Ferries, which they said had cut three sailings without warning.',
     [('Residents', 'residents', 'blamed', 'the operator, Tidewell Ferries', False),
      ('they', 'residents', 'said', 'Tidewell Ferries had cut three sailings without warning', False)]),
    # NEGATIVE
    ('Ann Vale quoted her father as saying the farm would never be sold.',
     []),
    # a proper name with no head of a document, outlet or body quotes as a person, however it is typed
    ('Nadia Orrin quoted her neighbour as saying the blaze began after midnight.',
     []),
    ('Corvan Tesh quoted a cousin as saying the ferry had left early.',
     []),
    ('The ministry quoted the figures as evidence that the scheme worked.',
     []),
    ('Crestfield Homes, which said it had promised buyers a refund, closed its office on Friday.',
     [('Crestfield Homes', 'Crestfield Homes', 'said', 'it had promised buyers a refund', False)]),
]


# An object cue states something only where its object carries content: a noun that points back ('the move',
# 'the decision') with no more than when or where it was done is none; nor is a cue in the future with a thing
# for its object (a speech not yet made). NEGATIVE rows: the object's own phrase ('the decision to close the
# stadium', 'the move by the board'), a clause ('will tell MPs that'), a report of the future by another.
OBJECTS_WITH_NOTHING_SAID = [
    ('Sport Minister Dana Lyle announced the move on Thursday.',
     []),
    ('Sport Minister Dana Lyle announced the decision in parliament on Thursday.',
     []),
    ('The commissioner and the council will confirm their shares of the cost next month.',
     []),
    ('The club will announce its new coach on Friday.',
     []),
    # NEGATIVE
    ('Sport Minister Dana Lyle announced the decision to close the stadium on Thursday.',
     [('Sport Minister Dana Lyle', 'Dana Lyle', 'announced', 'the decision to close the stadium on Thursday', False)]),
    ('Sport Minister Dana Lyle criticised the move by the board.',
     [('Sport Minister Dana Lyle', 'Dana Lyle', 'criticised', 'the move by the board', False)]),
    ('The club will announce a new coach on Friday, the chairman said.',
     [('the chairman', None, 'said', 'The club will announce a new coach on Friday', False)]),
    ('The minister will tell MPs that the scheme has failed.',
     [('The minister', None, 'tell', 'the scheme has failed', False)]),
    ('Mr Kay said the club would announce its new coach on Friday.',
     [('Mr Kay', 'Kay', 'said', 'the club would announce its new coach on Friday', False)]),
]


# A 'to' phrase after an object cue whose noun is an amount is the level reached, part of the object, never the
# one told ('reported the theft to police' names a hearer). NEGATIVE rows: a body or people told.
LEVELS_REACHED = [
    ('The firm announced a cut in fees to 2 per cent.',
     [('The firm', None, 'announced', 'a cut in fees to 2 per cent', False)]),
    ('Harbour Foods reported a rise in sales to £41m, the firm said.',
     [('Harbour Foods', 'Harbour Foods', 'reported', 'a rise in sales to £41m', False)]),
    ('Orlen Bay Holdings reported a jump in rental income to Dh2.4 billion, driven by demand for villas.',
     [('Orlen Bay Holdings', 'Orlen Bay Holdings', 'reported',
       'a jump in rental income to Dh2.4 billion, driven by demand for villas', False)]),
    # an adverb of change with an amount after the object measures the object's change: part of the content
    ('The brewer, which makes lagers for several chains, reported pre-tax profits of £41.2m in its latest accounts, '
     'up from £33.9m the year before.',
     [('The brewer', None, 'reported',
       'pre-tax profits of £41.2m in its latest accounts, up from £33.9m the year before', False)]),
    ('The airline reported a loss of $80m for the quarter, down from $95m a year earlier.',
     [('The airline', None, 'reported', 'a loss of $80m for the quarter, down from $95m a year earlier', False)]),
    # NEGATIVE
    ('Harbour Foods reported a rise in sales on Monday.',
     [('Harbour Foods', 'Harbour Foods', 'reported', 'a rise in sales', False)]),
    ('The company reported the theft to police on Monday.',
     [('The company', None, 'reported', 'the theft', False)]),
    ('Ms Dena Roy reported the fault to the council in March.',
     [('Ms Dena Roy', 'Dena Roy', 'reported', 'the fault', False)]),
    # a counted noun of people after 'to' is the ones told, no amount reached ('300 staff', 'two ministers')
    ('Managing director Ula Penn announced the closures to 450 workers on Friday.',
     [('Managing director Ula Penn', 'Ula Penn', 'announced', 'the closures', False)]),
    ('The inspectorate reported the spill to four senators, up from one last year.',
     [('The inspectorate', None, 'reported', 'the spill', False)]),
    # a change after one told and a time: the span cannot skip them, the object alone is read
    ('Health minister Ama Toure reported the waiting times to parliament on Thursday, down 4 per cent from '
     'last year.',
     [('Health minister Ama Toure', 'Ama Toure', 'reported', 'the waiting times', False)]),
]


@pytest.mark.parametrize("text, expected", JOINED_UNDER_A_MODAL + CONCESSIVES + QUOTED_AND_RELATIVE
                         + OBJECTS_WITH_NOTHING_SAID + LEVELS_REACHED)
def test_reported_content(text, expected):
    assert positions_of(text) == expected
