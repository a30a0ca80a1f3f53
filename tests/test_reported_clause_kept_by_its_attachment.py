"""The statement is the reported clause with the parts the parse hangs under it that are its other half
(session 52, content; narrowed on review): a contrast clause ('..., while B', '..., whereas B') under a
back-shifted reported clause, in a past or perfect that fits it, with a count or a measure for subject, no act
on an object and no point in time of its own; a clause joined to a verb of saying by 'but'/'yet' right after
the content that is a state or in the speaker's own tense; a copula with an adjective of stance ('and was
likely to ...') or a 'had' before a participle joined to a clause under a modal, its subject no person.
Everything else stays the writer's: narration, background, a dated event or an update. Every sentence is
written for these tests, with every position it yields, whole: (speaker, actor, cue, text, direct); rows
marked NEGATIVE are where the part stays out."""
from __future__ import annotations

import pytest

from conftest import positions_of

# 'said A, while B': a contrast of counts or measures hung under the back-shifted reported clause is reported too.
CONTRAST_UNDER_THE_CLAUSE = [
    ('Mr Dorran said ticket sales had fallen by a fifth, while running costs had doubled.',
     [('Mr Dorran', 'Dorran', 'said', 'ticket sales had fallen by a fifth, while running costs had doubled', False)]),
    ("Ms Kella said demand for beds had risen to 300 a night, whereas the hall's capacity was 220.",
     [('Ms Kella', 'Kella', 'said', "demand for beds had risen to 300 a night, whereas the hall's capacity was 220",
       False)]),
    ('The inspector said two wards were closed for cleaning, while a third was short of staff.',
     [('The inspector', None, 'said', 'two wards were closed for cleaning, while a third was short of staff', False)]),
    ('Officials said 40 homes were flooded, while 12 more were cut off by the river.',
     [('Officials', 'officials', 'said', '40 homes were flooded, while 12 more were cut off by the river', False)]),
    ("The report's author said exports to Varn had halved, while imports from Dask held steady.",
     [("The report's author", None, 'said', 'exports to Varn had halved, while imports from Dask held steady', False)]),
    ('Dr Imre Soll said nine patients had been discharged, while four were still in intensive care.',
     [('Dr Imre Soll', 'Imre Soll', 'said',
       'nine patients had been discharged, while four were still in intensive care', False)]),
    ("The farmers' union said milk prices were stuck at 30 cents a litre, while feed costs climbed 20 per cent.",
     [("The farmers' union", None, 'said',
       'milk prices were stuck at 30 cents a litre, while feed costs climbed 20 per cent', False)]),
    # a list of measures for subject; a figure for object is the size of a change, no act
    ('The dairy owner said milk prices had stalled, while feed and power costs rose 30 per cent.',
     [('The dairy owner', None, 'said', 'milk prices had stalled, while feed and power costs rose 30 per cent', False)]),
    ("The grocer said shelf prices had barely moved, while suppliers' costs have risen more than 15 per cent over "
     "three years.",
     [('The grocer', None, 'said',
       "shelf prices had barely moved, while suppliers' costs have risen more than 15 per cent over three years",
       False)]),
    # a perfect after a modal fits it; a span of time ('over four years') is no date of its own
    ('The transport chief said bus fares would stay frozen, while operating costs have climbed 25 per cent over four years.',
     [('The transport chief', None, 'said',
       'bus fares would stay frozen, while operating costs have climbed 25 per cent over four years', False)]),
    # NEGATIVE: a cue set between the two clauses; another party's stance; what evidence shows; a figure put
    ('Prices rose 4 per cent, the minister said, while exports fell.',
     [('the minister', None, 'said', 'Prices rose 4 per cent', False)]),
    ('The mayor said the bridge would reopen in May, while critics of the plan say it will stay shut.',
     [('The mayor', None, 'said', 'the bridge would reopen in May', False),
      ('critics of the plan', 'critics of the plan', 'say', 'it will stay shut', False)]),
    ('The mayor said the bridge would reopen in May, while engineers warned of further cracks.',
     [('The mayor', None, 'said', 'the bridge would reopen in May', False),
      ('engineers', 'engineers', 'warned', 'further cracks', False)]),
    ('Mr Dorran said ticket sales had fallen by a fifth, while new figures show attendance at a record low.',
     [('Mr Dorran', 'Dorran', 'said', 'ticket sales had fallen by a fifth', False)]),
    ('The mayor said the bridge would reopen in May, while the council put the cost at $4m.',
     [('The mayor', None, 'said', 'the bridge would reopen in May', False)]),
    # NEGATIVE: a party that acts for subject; a source after it; beside a report in the present
    ('The mayor said the dam had held, while rescue crews lifted 30 people from roofs.',
     [('The mayor', None, 'said', 'the dam had held', False)]),
    ('Ms Kella said demand for beds had risen, while the mayor opened a new hall.',
     [('Ms Kella', 'Kella', 'said', 'demand for beds had risen', False)]),
    ('The trade secretary said wool sales had slumped, while cotton sales climbed, a port official said.',
     [('The trade secretary', None, 'said', 'wool sales had slumped', False)]),
    ('The director said the hospital is solvent, while its arrears rose to $3 billion in April.',
     [('The director', None, 'said', 'the hospital is solvent', False)]),
    ('The mayor said the north bridge would reopen in May, while the south bridge remains shut until autumn.',
     [('The mayor', None, 'said', 'the north bridge would reopen in May', False)]),
    # NEGATIVE: a report in the future, not shifted back; a plain past after a modal (the writer's reaction or
    # background)
    ('The miner said the pit will close in August, while its revenue rose 15 per cent last year.',
     [('The miner', None, 'said', 'the pit will close in August', False)]),
    ('The brewery said it would shed 150 jobs at its Kumasi site, while its shares dropped 6 per cent on the news.',
     [('The brewery', None, 'said', 'it would shed 150 jobs at its Kumasi site', False)]),
    ('The town clerk said the accounts would balance by March, while the town spent $2 million on lawyers last year.',
     [('The town clerk', None, 'said', 'the accounts would balance by March', False)]),
    # NEGATIVE: a subject that is no count or measure: a market, an event, a pronoun, a body, a party
    ('The trade minister, Lena Oduro, said exports had risen to 9 per cent, while shares in the port company fell 5 '
     'per cent on the news.',
     [('The trade minister', 'Lena Oduro', 'said', 'exports had risen to 9 per cent', False)]),
    ('The premier said the state had cleared its hospital debts, while protests went on outside parliament in Hobart.',
     [('The premier', None, 'said', 'the state had cleared its hospital debts', False)]),
    ('The bakery chain said sales had doubled, while it closed 20 shops in Leeds.',
     [('The bakery chain', None, 'said', 'sales had doubled', False)]),
    ('The club said it had settled its tax bill, while it entered administration in July.',
     [('The club', None, 'said', 'it had settled its tax bill', False)]),
    ('The shire president said the pool had reopened, while the shire hired 12 lifeguards through an agency.',
     [('The shire president', None, 'said', 'the pool had reopened', False)]),
    ('The finance minister said the budget had balanced, while the opposition staged a walkout in the chamber.',
     [('The finance minister', None, 'said', 'the budget had balanced', False)]),
    ("Vanuatu's disaster office said 200 homes had been flattened, while the storm tracked west towards New "
     "Caledonia overnight.",
     [("Vanuatu's disaster office", None, 'said', '200 homes had been flattened', False)]),
    ('The health minister said surgery waits had fallen, while ambulance delays hit a record 3,100 hours in April.',
     [('The health minister', None, 'said', 'surgery waits had fallen', False)]),
    # NEGATIVE: a point in time of its own (a dated event or update)
    ('Ms Adeyemi said the mine had met its safety targets, while the blast at its Jos site last April killed four '
     'miners.',
     [('Ms Adeyemi', 'Adeyemi', 'said', 'the mine had met its safety targets', False)]),
    ('The clinic said it had treated 30 patients, while the death toll climbed to 9 on Sunday.',
     [('The clinic', None, 'said', 'it had treated 30 patients', False)]),
]

# 'said A, but B': the parser joins B to the cue; a state or a clause in the speaker's own tense is A's other half.
CONTRAST_JOINED_TO_THE_CUE = [
    ('The harbour master said the dredging had finished, but the channel was too shallow for the largest ships.',
     [('The harbour master', None, 'said',
       'the dredging had finished, but the channel was too shallow for the largest ships', False)]),
    ('The rail operator said the line had been electrified, but it had too few trains to run a full timetable.',
     [('The rail operator', None, 'said',
       'the line had been electrified, but it had too few trains to run a full timetable', False)]),
    ('The union said its members had accepted the offer, but the vote had been close.',
     [('The union', None, 'said', 'its members had accepted the offer, but the vote had been close', False)]),
    ('The coach said the squad was fit, but two players would miss the match.',
     [('The coach', None, 'said', 'the squad was fit, but two players would miss the match', False)]),
    # NEGATIVE: a speech verb, another voice, the speaker or another party for subject, a source of its own,
    # evidence of a document; 'and' with a narrated time
    ('The mayor said the road would reopen, but the council would not comment.',
     [('The mayor', None, 'said', 'the road would reopen', False)]),
    ('The mayor said the road would reopen, but critics say it will fail.',
     [('The mayor', None, 'said', 'the road would reopen', False),
      ('critics', 'critics', 'say', 'it will fail', False)]),
    ('The mayor said the road would reopen, but she declined to give a date.',
     [('The mayor', None, 'said', 'the road would reopen', False)]),
    ('The mayor said the road would reopen, but the union disagreed.',
     [('The mayor', None, 'said', 'the road would reopen', False)]),
    ('The mayor said the road would reopen, but residents were unconvinced.',
     [('The mayor', None, 'said', 'the road would reopen', False)]),
    ('The mayor said the road would reopen, but the bridge stays closed, according to engineers.',
     [('The mayor', None, 'said', 'the road would reopen', False)]),
    ('Ms Dane told the court the firm had paid its debts, but the accounts showed a loss of $2m.',
     [('Ms Dane', 'Dane', 'told', 'the firm had paid its debts', False)]),
    ('Both unions said they would sign the deal, but there is deep distrust on the shop floor.',
     [('Both unions', 'unions', 'said', 'they would sign the deal', False)]),
    ('The coach said the team had trained hard, and the club would announce its captain on Friday.',
     [('The coach', None, 'said', 'the team had trained hard', False)]),
    # NEGATIVE: a plain-past event or update after a pluperfect report: what happened next, the writer's
    ('The mayor said the bridge had reopened, but four lanes remained closed.',
     [('The mayor', None, 'said', 'the bridge had reopened', False)]),
    ('The roads agency said the overpass had been fixed, but the ramp remained closed to buses.',
     [('The roads agency', None, 'said', 'the overpass had been fixed', False)]),
    ('The engineer said the levee had been checked, but the floodgate gave way in the storm that followed.',
     [('The engineer', None, 'said', 'the levee had been checked', False)]),
    ('The ferry company told travellers the sailing had been delayed, but the boat never left port.',
     [('The ferry company', None, 'told', 'the sailing had been delayed', False)]),
    ("Prison officers said the guards had used reasonable force, but the inmate's wounds proved fatal.",
     [('Prison officers', None, 'said', 'the guards had used reasonable force', False)]),
    ('Tom Achebe said the board had followed every rule, but the tender was scrapped after a review.',
     [('Tom Achebe', 'Tom Achebe', 'said', 'the board had followed every rule', False)]),
    # NEGATIVE: a bare count or a pronoun acting; a state that goes on against the report ('still')
    ('Police said the gunman had escaped, but 3,000 turned out for the vigil in Kano.',
     [('Police', 'police', 'said', 'the gunman had escaped', False)]),
    ('The health office said the drug had been trialled, but it failed to halt the outbreak in Lautoka.',
     [('The health office', None, 'said', 'the drug had been trialled', False)]),
    ('The team said it had paid its coaches in full, but it collapsed anyway.',
     [('The team', None, 'said', 'it had paid its coaches in full', False)]),
    ('The utility said it had repaired the line, but there was still no power in the homes of Tamale.',
     [('The utility', None, 'said', 'it had repaired the line', False)]),
]

# 'said it would A and was ready to B', 'said X would A and had found B': a stance or a back-shifted past.
STATE_AFTER_A_MODAL = [
    ('The league said its panel would hear the appeal and was likely to reduce the ban.',
     [('The league', None, 'said', 'its panel would hear the appeal and was likely to reduce the ban', False)]),
    ('The agency said it would publish the audit and was confident of a clean result.',
     [('The agency', None, 'said', 'it would publish the audit and was confident of a clean result', False)]),
    ('The union said it would call a strike and was ready to hold talks.',
     [('The union', None, 'said', 'it would call a strike and was ready to hold talks', False)]),
    ('Ms Orla Finch said the trust would close the ward and had found beds at a nearby clinic.',
     [('Ms Orla Finch', 'Orla Finch', 'said', 'the trust would close the ward and had found beds at a nearby clinic',
       False)]),
    ("The tenants' association said it would study the offer and was unlikely to accept it before the vote.",
     [("The tenants' association", None, 'said',
       'it would study the offer and was unlikely to accept it before the vote', False)]),
    # NEGATIVE: a tensed act of the speaker's after the modal; a person's own state
    ('The driver said he would sue the council and was in hospital with a broken arm.',
     [('The driver', None, 'said', 'he would sue the council', False)]),
    ('The firm said it would cut 200 jobs and apologised to its staff.',
     [('The firm', None, 'said', 'it would cut 200 jobs', False)]),
    ('The council said it would review the budget and declined to comment further.',
     [('The council', None, 'said', 'it would review the budget', False)]),
    ('The club said it would appeal the fine and thanked its fans for their support.',
     [('The club', None, 'said', 'it would appeal the fine', False)]),
    ('The minister said she would visit the site and praised the rescue crews.',
     [('The minister', None, 'said', 'she would visit the site', False),
      ('The minister', None, 'praised', 'the rescue crews', False)]),
    # NEGATIVE: a named person's state, even one of stance; a dated state; a copula of no stance (a noun or a
    # phrase: the writer's word on the body or the person)
    ('The premier said Mr Kolo would quit and was in hospital on Tuesday.',
     [('The premier', None, 'said', 'Mr Kolo would quit', False)]),
    ('The chairman said Ms Vale would stand again and was confident of winning.',
     [('The chairman', None, 'said', 'Ms Vale would stand again', False)]),
    ('The team said it would contest the fine and was in liquidation by July.',
     [('The team', None, 'said', 'it would contest the fine', False)]),
    ("The carrier said it would compensate travellers and was the region's biggest airline.",
     [('The carrier', None, 'said', 'it would compensate travellers', False)]),
    ('The credit union said it would reopen the office and was the only bank in Taveuni.',
     [('The credit union', None, 'said', 'it would reopen the office', False)]),
    ('The manager said the goalkeeper would miss the derby and was in tears after the session.',
     [('The manager', None, 'said', 'the goalkeeper would miss the derby', False)]),
    ('The clinic said it would hire nurses and was under pressure from the board.',
     [('The clinic', None, 'said', 'it would hire nurses', False)]),
]


# 'said A would hold, but raising the wall costs ...': a clause for subject ('raising the wall') is a subject of
# its own; the verb it governs is no next act of the speaker's.
CLAUSE_FOR_SUBJECT = [
    ('The ferry operator says its new vessel can carry 400 cars, but running the engines costs twice what the old '
     'boat did.',
     [('The ferry operator', None, 'says',
       'its new vessel can carry 400 cars, but running the engines costs twice what the old boat did', False)]),
    ('The agency said the dam would hold, but raising the wall costs far more than the state can pay.',
     [('The agency', None, 'said', 'the dam would hold, but raising the wall costs far more than the state can pay',
       False)]),
]


@pytest.mark.parametrize("text,expected", CONTRAST_UNDER_THE_CLAUSE + CONTRAST_JOINED_TO_THE_CUE + STATE_AFTER_A_MODAL
                         + CLAUSE_FOR_SUBJECT)
def test_reported_clause_kept_by_its_attachment(text, expected):
    assert positions_of(text) == expected
