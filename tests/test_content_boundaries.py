"""Content and acts of the statements (session 22, content30): every sentence written for these
tests, with every position it must yield, whole: (speaker, actor, cue, text, direct). An empty
list means nothing may be extracted."""
from __future__ import annotations

import pytest

from conftest import positions_of


# An 'according to' phrase set off by commas after the source's clause ends the source's words:
# another source's clause joined by 'and'/'but' (a noun subject of a verb of speech or stance) or an
# appositive noun another source's stance describes is not theirs; a pronoun subject ('it said') or a
# clause without speech ('and the shares rose') stays.
ACCORDING_TO_SCOPE = [
    ('Ferry accidents injure about 40 passengers a year, according to port records, and fishermen have long complained that inspections are rare.',
     [('port records', None, 'according to', 'Ferry accidents injure about 40 passengers a year', False),
      ('fishermen', 'fishermen', 'complained', 'inspections are rare', False)]),
    ('Rents rose by 12 per cent last year, according to the housing agency, and tenant groups argue that wages have not kept pace.',
     [('the housing agency', None, 'according to', 'Rents rose by 12 per cent last year', False),
      ('tenant groups', 'tenant groups', 'argue', 'wages have not kept pace', False)]),
    ('The river carried twice as much silt in May, according to the water board, and farmers say the dam is to blame.',
     [('the water board', None, 'according to', 'The river carried twice as much silt in May', False),
      ('farmers', 'farmers', 'say', 'the dam is to blame', False)]),
    ('Turnout reached 62 per cent, according to the electoral commission, but observers said many polling stations opened late.',
     [('the electoral commission', None, 'according to', 'Turnout reached 62 per cent', False),
      ('observers', 'observers', 'said', 'many polling stations opened late', False)]),
    ('Crime fell by a third between 2019 and 2022, according to the police, progress that officials have credited to new patrols.',
     [('the police', None, 'according to', 'Crime fell by a third between 2019 and 2022', False)]),
    ('Exports doubled in the first quarter, according to the ministry, a figure traders have questioned.',
     [('the ministry', None, 'according to', 'Exports doubled in the first quarter', False)]),
    ('The fund lost $2m in 2023, according to its annual report, a loss its trustees blamed on bad investments.',
     [('its annual report', None, 'according to', 'The fund lost $2m in 2023', False)]),
    ('Wait times fell by half, according to the health board, an improvement that nurses attribute to extra staff.',
     [('the health board', None, 'according to', 'Wait times fell by half', False)]),
    ('Output fell sharply in June, according to the factory board, and it said jobs would go.',
     [('the factory board', None, 'according to', 'Output fell sharply in June and it said jobs would go', False),
      ('it', None, 'said', 'jobs would go', False)]),
    # review (content30): an act with an object ('agreed a new plan') is no voice of another source
    ('Sales fell by a tenth, according to the company, and the board agreed a new plan.',
     [('the company', None, 'according to', 'Sales fell by a tenth and the board agreed a new plan', False)]),
    ('Sales grew by 5 per cent, according to the company, and the shares rose.',
     [('the company', None, 'according to', 'Sales grew by 5 per cent and the shares rose', False)]),
    ('Prices rose 3 per cent in March, according to the statistics bureau, a rise that lifted rents.',
     [('the statistics bureau', None, 'according to', 'Prices rose 3 per cent in March', False)]),
    ('Deaths fell by half in 2021, according to the ministry, progress that doctors have credited to indoor spraying and free nets.',
     [('the ministry', None, 'according to', 'Deaths fell by half in 2021', False)]),
]

# ', a claim the rebels denied' after a closing quotation mark, ', a step that workers welcomed': the
# writer's note on another source's stance; not ', a sum that covers ...' nor a back-shifted 'had accepted'.
GLOSS_OF_OTHER_SOURCE = [
    ('A local radio station said only that the army had hit a "supply depot," a claim the rebels denied.',
     [('A local radio station', None, 'said', 'the army had hit a "supply depot"', False)]),
    ('Director Mary Cole said the plant reopened, a step that workers welcomed.',
     [('Director Mary Cole', 'Mary Cole', 'said', 'the plant reopened', False)]),
    ('Chief Tom Ellis said the bridge would cost $4m, a sum that covers the repairs.',
     [('Chief Tom Ellis', 'Tom Ellis', 'said', 'the bridge would cost $4m, a sum that covers the repairs', False)]),
    ('Mayor Ana Diaz said the port earned $9m, a figure the auditors had accepted.',
     [('Mayor Ana Diaz', 'Ana Diaz', 'said', 'the port earned $9m, a figure the auditors had accepted', False)]),
    # review (content30): a person described ('a man whom'), a pronoun that may be the speaker ('that she supports')
    ('The mayor said the fire was set by a tenant, a man whom police charged.',
     [('The mayor', None, 'said', 'the fire was set by a tenant, a man whom police charged', False)]),
    ('The mayor said the town will build housing, housing that she supports.',
     [('The mayor', None, 'said', 'the town will build housing, housing that she supports', False)]),
]

# 'X said its members were ignored and urged the minister to ...': an active past verb of speech or
# request with an object, joined to a passive clause (no 'had'/'would' to share), is the speaker's next
# statement; a participle ('charged with theft'), 'warned to' without a hearer, 'told the news' (a passive
# of telling), a shared 'had' stay.
SECOND_CUE_AFTER_PASSIVE = [
    ("The nurses' union said its members were ignored and urged the minister to hire more staff.",
     [("The nurses' union", None, 'said', 'its members were ignored and urged the minister to hire more staff', False)]),
    ('Mayor Sue Hill said the workers were laid off and told the press they would sue.',
     [('Mayor Sue Hill', 'Sue Hill', 'said', 'the workers were laid off and told the press they would sue', False)]),
    ('Councillor Amy Shaw said residents were not warned and called on the mayor to delay the vote.',
     [('Councillor Amy Shaw', 'Amy Shaw', 'said', 'residents were not warned', False),
      ('Councillor Amy Shaw', 'Amy Shaw', 'called on', 'the mayor to delay the vote', False)]),
    ('Pastor Ruth Obi said the families were not told and demanded an inquiry into the deaths.',
     [('Pastor Ruth Obi', 'Ruth Obi', 'said', 'the families were not told', False),
      ('Pastor Ruth Obi', 'Ruth Obi', 'demanded', 'an inquiry into the deaths', False)]),
    ('Chief Ken Ade said the shop was looted and begged the police to act.',
     [('Chief Ken Ade', 'Ken Ade', 'said', 'the shop was looted', False),
      ('Chief Ken Ade', 'Ken Ade', 'begged', 'the police to act', False)]),
    ('Farmer Tom Lake said the growers had not been paid and asked the board to release the funds.',
     [('Farmer Tom Lake', 'Tom Lake', 'said', 'the growers had not been paid and asked the board to release the funds', False)]),
    ('Officer Jim Dean said the man was arrested and charged with theft.',
     [('Officer Jim Dean', 'Jim Dean', 'said', 'the man was arrested and charged with theft', False)]),
    ('Officer Jim Dean said the suspect was released and warned to stay away from the school.',
     [('Officer Jim Dean', 'Jim Dean', 'said', 'the suspect was released and warned to stay away from the school', False)]),
    ('Principal Ann Lowe said the pupils were moved and were safe.',
     [('Principal Ann Lowe', 'Ann Lowe', 'said', 'the pupils were moved and were safe', False)]),
    ('Union president Tom Ade said his members were not consulted and called on the council to delay the rise.',
     [('Union president Tom Ade', 'Tom Ade', 'said', 'his members were not consulted and called on the council to delay the rise', False)]),
    ('Teacher Jo Kim said the pupils were gathered and told the news.',
     [('Teacher Jo Kim', 'Jo Kim', 'said', 'the pupils were gathered and told the news', False)]),
    ('Coach Ray Obi said the players were searched and asked the guards to leave.',
     [('Coach Ray Obi', 'Ray Obi', 'said', 'the players were searched and asked the guards to leave', False)]),
    # review (content30): people may be the ones who spoke next, so no split; a verb that is no speech verb reports nothing
    ('Officer Jim Dean said the suspect was arrested and told police he was innocent.',
     [('Officer Jim Dean', 'Jim Dean', 'said', 'the suspect was arrested and told police he was innocent', False)]),
    ('Nurse Ann Bell said the patient was discharged and asked the staff to call a taxi.',
     [('Nurse Ann Bell', 'Ann Bell', 'said', 'the patient was discharged and asked the staff to call a taxi', False)]),
    ('Mayor Ken Ross said the envoy was welcomed and told reporters the talks had gone well.',
     [('Mayor Ken Ross', 'Ken Ross', 'said', 'the envoy was welcomed and told reporters the talks had gone well', False)]),
    ('The mayor said the family was evacuated and asked the police to guard the house.',
     [('The mayor', None, 'said', 'the family was evacuated and asked the police to guard the house', False)]),
    ('The firm said it was hacked and urged customers to change their passwords.',
     [('The firm', None, 'said', 'it was hacked and urged customers to change their passwords', False)]),
    ('The court heard the witness was threatened and urged the judge to protect her.',
     [('the witness', None, 'urged', 'the judge to protect her', False)]),
    ('The report said the mine was flooded and urged the owners to pump it dry.',
     [('The report', None, 'said', 'the mine was flooded', False),
      ('The report', None, 'urged', 'the owners to pump it dry', False)]),
]

# The whole reported clause (session 29, text29): a second clause of the cue opened by its own 'that'
# (whatever its verb), a predicate without subject joined to the cue that cannot be the writer's next
# event of the speaker (a back-shifted modal, 'be'), also after a cue set behind the clause. Not the
# speaker's next act (also after 'it would ...'), a cue whose words go on, a clause of its own subject
# ('there is'), nor the writer's relative ('which was expected to ...' included).
WHOLE_REPORTED_CLAUSE = [
    ('A port spokesman said cargo volumes fell in May, and that the board expected a recovery by the autumn.',
     [('A port spokesman', None, 'said', 'cargo volumes fell in May, and that the board expected a recovery by the autumn', False)]),
    ('Mayor Ines Calloway said the bridge was safe and that engineers had warned against closing it.',
     [('Mayor Ines Calloway', 'Ines Calloway', 'said', 'the bridge was safe and that engineers had warned against closing it', False)]),
    ('Representing the guild, Tobias Wrenfield argued that two sections of the levy broke the port charter, which protects fair access, and therefore required a vote of the full board.',
     [('Tobias Wrenfield', 'Tobias Wrenfield', 'argued', 'two sections of the levy broke the port charter, which protects fair access, and therefore required a vote of the full board', False)]),
    ('The price of a sack of flour had already risen to about 4,000 shillings from 3,200 shillings in April, she said, and was likely to climb further.',
     [('she', None, 'said', 'The price of a sack of flour had already risen to about 4,000 shillings from 3,200 shillings in April and was likely to climb further', False)]),
    ('Three men were detained on Sunday night for arson, he said, and would appear in the district court on Tuesday.',
     [('he', None, 'said', 'Three men were detained on Sunday night for arson and would appear in the district court on Tuesday', False)]),
    ('Three men were detained on Sunday night for arson, he said on Monday, and would appear in the district court on Tuesday.',
     [('he', None, 'said', 'Three men were detained on Sunday night for arson', False)]),
    ('Wrenfield said the board had set up a joint working group with the pilots, which was expected to deliver its findings before the end of the summer.',
     [('Wrenfield', 'Wrenfield', 'said', 'the board had set up a joint working group with the pilots', False)]),
    ('Wrenfield said the board had signed a deal with a Danish firm, which opened an office in June.',
     [('Wrenfield', 'Wrenfield', 'said', 'the board had signed a deal with a Danish firm', False)]),
    ('The college said it would share its findings with the ministry and planned a second study covering another 300 wells next year.',
     [('The college', None, 'said', 'it would share its findings with the ministry', False)]),
    # session 52: a copula with an adjective of stance after the modal clause is the reported subject's
    # stance, no act (see test_reported_clause_kept_by_its_attachment): part of the statement
    ('The ombudsman told callers his office would look into the fares and was keen to see them cut.',
     [('The ombudsman', None, 'told', 'his office would look into the fares and was keen to see them cut', False)]),
    ('Pia Moreau said the plan was sound but declined to say how much it would cost.',
     [('Pia Moreau', 'Pia Moreau', 'said', 'the plan was sound', False)]),
    ('The Saudis have said for years that they would back the inquiry, but there is growing anger in the kingdom over the delay.',
     [('The Saudis', None, 'said', 'they would back the inquiry', False)]),
    # after a cue in the present perfect, an 'after' clause of its own subject in the writer's past at the end
    # of a present or future statement tells what prompted it; a back-shifted statement or a past cue keeps it
    ('Port Minister Alma Kestrel has said she is "dismayed" by the delays after new figures showed 312 vessels waited more than two days at anchor.',
     [('Port Minister Alma Kestrel', 'Alma Kestrel', 'said', 'she is "dismayed" by the delays', False)]),
    ('A ferry union has warned that 80 crew jobs are at risk after an operator announced plans to cut nine routes.',
     [('A ferry union', None, 'warned', '80 crew jobs are at risk', False),
      ('an operator', None, 'announced', 'plans to cut nine routes', False)]),
    ('Mayor Ines Calloway has said the port had closed after a storm damaged the pier.',
     [('Mayor Ines Calloway', 'Ines Calloway', 'said', 'the port had closed after a storm damaged the pier', False)]),
    ('Mayor Ines Calloway said prices are high after a storm damaged the pier.',
     [('Mayor Ines Calloway', 'Ines Calloway', 'said', 'prices are high after a storm damaged the pier', False)]),
    # after a parenthetical cue whose opening comma the parser hung on it, what follows its closing
    # comma may be the writer's next event: cut short rather than swallow narration
    ("Investigators compared the firm's invoices with bank records held by a regional lender, the report says, and found several payments that were never made.",
     [('the report', None, 'says', "Investigators compared the firm's invoices with bank records held by a regional lender", False)]),
    # a duty under a modal of advice in a main clause joined to the root is the writer's (or the rule's), no statement
    ('Under the bylaw, about 3,000 households in city aid programs will get a 40% discount on the charge, and the agency must report back to the council each year on how the money is spent.',
     []),
    ('The levy will rise in May, and the mayor said the council must act.',
     [('the mayor', None, 'said', 'the council must act', False)]),
]


# Narration after a statement is no part of it (reviewer's probes of text29): the writer's next event
# of the speaker after a parenthetical cue or after 'it would ...', another source's 'according to',
# the writer's relative ('which was expected to ...'), an inference the writer draws ('and thus'), an
# 'after' clause that is no published news (the speaker's own reason), and a currency's letters
# before a full stop (the sentence ends there).
NARRATION_NOT_SAID = [
    ('Exports rose 3% in June, officials said, and were likely to keep rising, according to analysts at Merrow Bank.',
     [('officials', 'officials', 'said', 'Exports rose 3% in June', False)]),
    ('The vote was rigged, the opposition leader said, and was later arrested at his home.',
     [('the opposition leader', None, 'said', 'The vote was rigged', False)]),
    ('Profits rose 8%, the bank said, in a statement released after markets closed.',
     [('the bank', None, 'said', 'Profits rose 8%', False)]),
    ('Inspectors found cracks in the hull, the coastguard said, in its first public comment on the sinking.',
     [('the coastguard', None, 'said', 'Inspectors found cracks in the hull', False)]),
    ('The reforms are overdue, he said, and was cheered by the crowd.',
     [('he', None, 'said', 'The reforms are overdue', False)]),
    ('Police said they would investigate and arrested two men on Sunday night.',
     [('Police', 'police', 'said', 'they would investigate', False)]),
    ('The airline said it would cut 400 jobs and posted a loss of $80 million for the year.',
     [('The airline', None, 'said', 'it would cut 400 jobs', False)]),
    ('The army said it would withdraw and pulled two battalions from the border on Friday.',
     [('The army', None, 'said', 'it would withdraw', False)]),
    ('Dr Ilse Maren said she would resign and thanked her staff for their support.',
     [('Dr Ilse Maren', 'Ilse Maren', 'said', 'she would resign', False)]),
    ('A bus ticket in Lahore now costs 60 Rs. Transport minister Bilal Qureshi said fares would be frozen until June.',
     [('Transport minister Bilal Qureshi', 'Bilal Qureshi', 'said', 'fares would be frozen until June', False)]),
    ('The seller wanted 800 Rs. Buyers said that was too much.',
     [('Buyers', 'buyers', 'said', 'that was too much', False)]),
    ('Officials said the storm had killed 12 people in the province, which was expected to receive more rain on Thursday.',
     [('Officials', 'officials', 'said', 'the storm had killed 12 people in the province', False)]),
    ('The mayor said the council had approved a new stadium, which was expected to open in 2027 but has been delayed.',
     [('The mayor', None, 'said', 'the council had approved a new stadium', False)]),
    ('Ms Duarte said the road would reopen in June, and thus appeared to contradict her deputy.',
     [('Ms Duarte', 'Duarte', 'said', 'the road would reopen in June', False)]),
    ('The agency has warned that prices will rise after the budget passed.',
     [('The agency', None, 'warned', 'prices will rise after the budget passed', False)]),
    ('The central bank has warned that inflation will climb after oil prices jumped.',
     [('The central bank', None, 'warned', 'inflation will climb after oil prices jumped', False)]),
    ('Oxfam has said that hunger is spreading after the harvest failed in three regions.',
     [('Oxfam', 'Oxfam', 'said', 'hunger is spreading after the harvest failed in three regions', False)]),
    ('The governor has said the roads are closed after a landslide hit the valley.',
     [('The governor', None, 'said', 'the roads are closed after a landslide hit the valley', False)]),
]


@pytest.mark.parametrize("text, expected", ACCORDING_TO_SCOPE + GLOSS_OF_OTHER_SOURCE
                         + SECOND_CUE_AFTER_PASSIVE + WHOLE_REPORTED_CLAUSE
                         + NARRATION_NOT_SAID)
def test_content_and_acts(text, expected):
    assert positions_of(text) == expected
