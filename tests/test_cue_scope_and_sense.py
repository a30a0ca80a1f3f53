"""The scope and sense of a speech cue: invented sentences (names, places, sums made up for these tests,
none taken from an article) with every position each yields, whole: (speaker, actor, cue, text, direct); an
empty list means nothing may be extracted."""
from __future__ import annotations

import pytest

from conftest import figure, figure_records, positions_of


# 'admit' with a person and a 'to' phrase lets them in (U8): no statement, whatever the parser hangs
# after it (a relative clause opened by 'one of whom' read as its complement, 'the men to bail' read as a clause)
BAIL = [
    ('Justice Ada Eze admitted Ade Kolawole to bail in the sum of N20 million with two sureties, one of whom must own land in Enugu.',
     []),
    ('The magistrate admitted the three men to bail, two of whom had been in custody for a year.',
     []),
    ('The magistrate admitted the three men to bail.',
     []),
    ('Kemi Adeyemi admitted to investigators that she had taken $40,000.',
     [('Kemi Adeyemi', 'Kemi Adeyemi', 'admitted', 'she had taken $40,000', False)]),
    ('Kemi Adeyemi said there were 12 suspects, three of whom were later arrested.',
     [('Kemi Adeyemi', 'Kemi Adeyemi', 'said', 'there were 12 suspects, three of whom were later arrested', False)]),
    ('Kemi Adeyemi admitted that the firm owed 40 lenders, most of which had been repaid.',
     [('Kemi Adeyemi', 'Kemi Adeyemi', 'admitted', 'the firm owed 40 lenders, most of which had been repaid', False)]),
    ('The judge admitted the four women to be members of a gang.',      # 'to be' + a complement: a concession
     [('The judge', None, 'admitted', 'the four women to be members of a gang', False)]),
]


# a 'that' clause after a setting phrase of a verb of saying, read as a relative clause on the
# phrase's noun (V7): what was said, where the clause leaves no gap; near-misses: a gap, a subject
# 'that', a verb of no saying, a time's clause
SETTING = [
    ('Rosa Diaz told reporters outside the building that the club had received nearly $3 million in grants this year.',
     [('Rosa Diaz', 'Rosa Diaz', 'told', 'the club had received nearly $3 million in grants this year', False)]),
    ('Jose Carr told journalists at the airport that he was confident of winning.',
     [('Jose Carr', 'Jose Carr', 'told', 'he was confident of winning', False)]),
    ('Jose Carr said at a rally in the town that the party had raised $2 million.',
     [('Jose Carr', 'Jose Carr', 'said', 'the party had raised $2 million', False)]),
    ('Jose Carr told reporters outside the building that he had renovated last year.',
     []),
    ('Jose Carr spoke to reporters outside the hall that was packed with supporters.',
     []),
    ('Jose Carr told reporters outside the hall that the union had bought in 2019.',
     []),
    ('Jose Carr waved to reporters outside the building that the league had bought for $2 million.',
     []),
    ('Anna Berg quit in June. The Daily Star reported at the time that its editor had raised $2 million.',
     []),
    # a passive subject or an 'oprd' alone fills no gap: 'the building that the league was awarded'
    ('Jose Carr told reporters outside the building that the league was awarded in 2019.',
     []),
    ('Jose Carr told reporters outside the building that the league was given by the city.',
     []),
    ('Jose Carr told reporters outside the building that critics have called an eyesore.',
     []),
    ('Jose Carr told reporters outside the building that critics have called ugly.',
     []),
    # the parser hangs ', in addition to ...' on 'told', outside the clause: the text stops before it (a known cut)
    ('Rosa Diaz told reporters outside the building that the club had received $3 million this year, in addition to a loan of $400,000 from the county.',
     [('Rosa Diaz', 'Rosa Diaz', 'told', 'the club had received $3 million this year', False)]),
]


# a bare verb after a comma or 'and' that ends a 'to' infinitive under a past or third-person verb
# continues the infinitive's list (U8): no cue of its own, part of the request; near-misses: a
# tensed verb, a verb with its own subject, a new sentence
LIST = [
    ('Sergeant Ruth Bako said officers had also added night patrols in the market and urged stall holders to lock their stores, keep receipts in a safe and report any threats.',
     [('Sergeant Ruth Bako', 'Ruth Bako', 'said', 'officers had also added night patrols in the market', False),
      ('Sergeant Ruth Bako', 'Ruth Bako', 'urged', 'stall holders to lock their stores, keep receipts in a safe and report any threats', False)]),
    ('Ms Pike warned parents to check bags, talk to their children and report threats to the school.',
     [('Ms Pike', 'Pike', 'warned', 'parents to check bags, talk to their children and report threats to the school', False)]),
    ('Officials have urged residents to boil water, avoid the river, and report sick animals.',
     [('Officials', 'officials', 'urged', 'residents to boil water, avoid the river, and report sick animals', False)]),
    ('Ross urged residents to lock doors and report any break-ins.',
     [('Ross', 'Ross', 'urged', 'residents to lock doors and report any break-ins', False)]),
    ('The agency plans to cut 40 jobs and says the move will save $2 million.',
     [('The agency', None, 'says', 'the move will save $2 million', False)]),
    ('The minister decided to resign, and said the party had lost its way.',
     [('The minister', None, 'said', 'the party had lost its way', False)]),
    ('The union urged members to strike, and its leader Ann Cole said 400 workers would join.',
     [('The union', None, 'urged', 'members to strike', False), ('its leader Ann Cole', 'Ann Cole', 'said', '400 workers would join', False)]),
    ('He urged fans to stay calm. Police say 30 people were hurt.',
     [('He', None, 'urged', 'fans to stay calm', False), ('Police', 'police', 'say', '30 people were hurt', False)]),
    # a bare 'say' with a clause of its own is the subject's own present statement, not one more thing in the list
    ('Residents of Ajegunle had threatened to block the road and say the council ignored them.',
     [('Residents of Ajegunle', 'residents', 'threatened', 'to block the road', False),
      ('Residents of Ajegunle', 'residents', 'say', 'the council ignored them', False)]),
    ('Residents were told to leave their flats, and say they were given no notice.',
     [('Residents', 'residents', 'say', 'they were given no notice', False)]),
    ('Police urged residents to lock their doors, and say thefts are up 15 per cent.',
     [('Police', 'police', 'urged', 'residents to lock their doors', False), ('Police', 'police', 'say', 'thefts are up 15 per cent', False)]),
]


# a cue in a relative clause: ', which X say shows that ...' after an amount ending a verb's phrase takes
# up the change, not the amount (V2: no statement of the amount); an infinitive after the relative clause's
# cue keeps the cue in the content ('which it expects to cut ...'); near-misses: a finite clause after
# 'which she said' (the frame goes), a clause ended by a semicolon before the cue (T21)
RELATIVE = [
    ('Operating margin slipped to 9.3 percent from 11.6 percent, which brokers say shows the brewer could not raise prices.',
     []),
    ('Sales fell to $40 million from $52 million, which traders say suggests that demand has peaked.',
     []),
    ('Ms Lowe said the council had bought a new depot, which she said would open in May.',
     [('Ms Lowe', 'Lowe', 'said', 'the council had bought a new depot, which would open in May', False)]),
    ('Dlamini said the utility would spend R210 million to fit new meters across the township, which it expects to cut losses by 15 per cent.',
     [('Dlamini', 'Dlamini', 'said', 'the utility would spend R210 million to fit new meters across the township, which it expects to cut losses by 15 per cent', False)]),
    ('Ms Lowe said the board had bought a new depot, which it hopes to open in May.',
     [('Ms Lowe', 'Lowe', 'said', 'the board had bought a new depot', False)]),
    ('The council closed 12 libraries last year; officials say four more will shut in 2026.',
     [('officials', 'officials', 'say', 'four more will shut in 2026', False)]),
]


@pytest.mark.parametrize("text, expected", BAIL + SETTING + LIST + RELATIVE)
def test_a_cue_in_its_sense_and_scope(text, expected):
    assert positions_of(text) == expected


# a figure in a clause ended by a semicolon before a cue is not the cue's (T21); near-misses: the cue
# set after its clause, the cue before the semicolon; an amount a ', which ... say shows ...' follows
CLAIMANT_CLAUSES = [
    ('The council closed 12 libraries last year; officials say four more will shut in 2026.',
     [('12', 12.0, None, None, 'libraries', None, None), ('four', 4.0, None, None, 'libraries', None, 'officials')]),
    ('Two mills shed 250 jobs; union leaders say absences are up 18 per cent this year.',
     [('Two', 2.0, None, None, 'mills', None, None), ('250', 250.0, None, None, 'jobs', None, None), ('18 per cent', 18.0, None, None, '% rise in absences', None, 'union leaders')]),
    ('The council closed 12 libraries last year, officials say.',
     [('12', 12.0, None, None, 'libraries', None, 'officials')]),
    ('Officials say the council closed 12 libraries; four more will shut in 2026.',
     [('12', 12.0, None, None, 'libraries', None, 'officials'), ('four', 4.0, None, None, 'libraries', None, None)]),
    ('Operating margin slipped to 9.3 percent from 11.6 percent, which brokers say shows the brewer could not raise prices.',
     [('9.3 percent', 9.3, None, None, '% operating margin', None, None), ('11.6 percent', 11.6, None, None, '% operating margin', None, None)]),
]


@pytest.mark.parametrize("sentence, expected", CLAIMANT_CLAUSES)
def test_a_figure_is_claimed_by_the_cue_of_its_own_clause(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]
