"""A statement's content and speaker read from the clause structure (session 54): the reported clause
goes on past a closing quotation mark the parser hung on the cue when a back-shifted predicate follows;
a participle of a verb of speech after the reported clause stays cut (the speaker's); the speaker after a fronted adverbial is the phrase set off before
the verb, never the place; a continued quotation that ends with a question after a statement is the
last speaker's where that speaker's tag, with a quotation of theirs, is in the sentence just before. Every sentence written for these tests, with every position it must yield, whole:
(speaker, actor, cue, text, direct); figures as (text, claimant). An empty list means nothing may be
extracted."""
from __future__ import annotations

import pytest

from conftest import extract, positions_of


# 'said in a statement that it was "gravely concerned" and would ask ...': the closing mark hung on the
# cue does not end the reported clause; a back-shifted predicate (modal, pluperfect) joined after it goes
# on with it, even a verb of speech. NEGATIVE rows: the plain past of a verb of speech (the speaker's next
# act), a subject of its own after a comma (the writer's), a negated verb of speech (a refusal).
CLOSING_MARK_ON_CUE = [
    ('The trust said in a statement that it was "gravely concerned" and would ask the regulator to review '
     'the decision.',
     [("The trust", None, "said",
       'it was "gravely concerned" and would ask the regulator to review the decision', False)]),
    ('The council said in a letter that it was "deeply troubled" and would refer the matter to the auditor.',
     [("The council", None, "said", 'it was "deeply troubled" and would refer the matter to the auditor', False)]),
    ('The club said in a statement that the ruling was "unjust" and had written to the league asking for a '
     'hearing.',
     [("The club", None, "said",
       'the ruling was "unjust" and had written to the league asking for a hearing', False)]),
    ('The charity said in a note that the cuts were "short-sighted" and would urge donors to fill the gap.',
     [("The charity", None, "said", 'the cuts were "short-sighted" and would urge donors to fill the gap',
       False)]),
    # NEGATIVE
    ('The board said in a statement that the plan was "a mistake" and called for a review.',
     [("The board", None, "said", 'the plan was "a mistake"', False)]),
    ('The board said in a statement that the plan was "a mistake" and asked for a review.',
     [("The board", None, "said", 'the plan was "a mistake"', False)]),
    ('The board said in a statement that the plan was "a mistake" and urged members to reject it.',
     [("The board", None, "said", 'the plan was "a mistake"', False)]),
    ('The board said in a statement that the plan was "a mistake", and the mayor would resign.',
     [("The board", None, "said", 'the plan was "a mistake"', False)]),
    # a negated verb of speech after the mark: the speaker's refusal, not what was said
    ('Police said the driver was "seriously injured" and could not say when the road would reopen.',
     [("Police", "police", "said", 'the driver was "seriously injured"', False)]),
]


# '..., adding that ...', '..., claiming to have ...': a participle of a verb of speech after the reported
# clause and a comma is the speaker's own next statement or act, cut from the clause (start's reading; the
# session's arms that kept an amount or a perfect infinitive in the clause were removed). NEGATIVE rows
# only: a participle with a clause, a colon and quotation, an object, an amount; a perfect infinitive after
# an active or a passive reported clause (the one claiming may be the speaker: an authority's own claim).
PARTICIPLE_OF_THE_REPORTED_ACT = [
    # NEGATIVE
    ("The ministry said the protesters blocked the road at noon, claiming to have cleared it within an hour.",
     [("The ministry", None, "said", "the protesters blocked the road at noon", False)]),
    ("Officials said the men had overcharged tourists for months, claiming to have lost their price lists.",
     [("Officials", "officials", "said", "the men had overcharged tourists for months", False)]),
    ("The utility said the new plant would open in March, adding that it would hire 60 staff.",
     [("The utility", None, "said", "the new plant would open in March", False)]),
    ('The utility said the new plant would open in March, adding: "We are proud of it."',
     [("The utility", None, "said", "the new plant would open in March", False),
      ("The utility", None, "said", "We are proud of it.", True)]),
    ("Ms Hale said the plan would fail, claiming victory for her campaign.",
     [("Ms Hale", "Hale", "said", "the plan would fail", False),
      ("Ms Hale", "Hale", "claiming", "victory for her campaign", False)]),
    ("The mayor said the bridge would reopen next week, saying it had cost $4 million.",
     [("The mayor", None, "said", "the bridge would reopen next week", False),
      ("The mayor", None, "saying", "it had cost $4 million", False)]),
    ("The union said the offer of 3 per cent was unfair, vowing to fight on.",
     [("The union", None, "said", "the offer of 3 per cent was unfair", False)]),
    ("Ines Volk said the harbour would reopen in May, promising $2 million for new moorings.",
     [("Ines Volk", "Ines Volk", "said", "the harbour would reopen in May", False),
      ("Ines Volk", "Ines Volk", "promising", "$2 million for new moorings", False)]),
    ("The finance minister said revenue had fallen short, announcing 2,000 job cuts in the civil service.",
     [("The finance minister", None, "said", "revenue had fallen short", False),
      ("The finance minister", None, "announcing", "2,000 job cuts in the civil service", False)]),
    ("Prosecutors said the men were arrested in May, adding 12 charges on Thursday.",
     [("Prosecutors", "prosecutors", "said", "the men were arrested in May", False)]),
    ("The utility said the new plant would open in March, adding two pumps to the old works.",
     [("The utility", None, "said", "the new plant would open in March", False)]),
    ("Police said the men were arrested at the border, claiming to have found the weapons in a car.",
     [("Police", "police", "said", "the men were arrested at the border", False)]),
]


# 'In X, where ..., the district officer, Dr Y, said ...' read with X as the subject and 'In' left
# without an object: the speaker is the phrase set off right before the verb, never the place. NEGATIVE
# rows: the parse that reads the subject right, a fronted phrase with its object.
FRONTED_ADVERBIAL_IS_NO_SPEAKER = [
    ("In Dunmore, where two schools had closed for lack of teachers, the regional education officer, "
     "Dr Lena Brakstad, said more was needed.",
     [("Dr Lena Brakstad", "Lena Brakstad", "said", "more was needed", False)]),
    ("At Kelso, where the river burst its banks on Monday, the fire chief, Tom Arkwright, said 40 homes "
     "were flooded.",
     [("Tom Arkwright", "Tom Arkwright", "said", "40 homes were flooded", False)]),
    # the name first, its role set beside it: the name is the speaker shown
    ("In Gondar, where the meeting took place, Mr Tesfaye, a spokesman for the union, said the strike would go on.",
     [("Mr Tesfaye", "Tesfaye", "said", "the strike would go on", False)]),
    # the name first, a relative clause set off after it: the name is the speaker
    ("In Ibadan, where the rally was staged, Mrs Adebayo, who chairs the committee, said the vote was fair.",
     [("Mrs Adebayo", "Adebayo", "said", "the vote was fair", False)]),
    ("In Enugu, where the congress was held, Mr Okonkwo, who chairs the party, said turnout was high.",
     [("Mr Okonkwo", "Okonkwo", "said", "turnout was high", False)]),
    # NEGATIVE
    ("In Harwick, where the mill closed last year, the visitors, who had come by bus, said the town had been forgotten.",
     [("the visitors", "visitors", "said", "the town had been forgotten", False)]),
    ("In Harwick, where the mill closed last year, residents said the town had been forgotten.",
     [("residents", "residents", "said", "the town had been forgotten", False)]),
    ("In Harwick, Mayor Ellen Voss said the town had been forgotten.",
     [("Mayor Ellen Voss", "Ellen Voss", "said", "the town had been forgotten", False)]),
    ("After the meeting, Ellen Voss said the plan would go ahead.",
     [("Ellen Voss", "Ellen Voss", "said", "the plan would go ahead", False)]),
    ("In a statement, the ministry said the plan would go ahead.",
     [("the ministry", None, "said", "the plan would go ahead", False)]),
    ("Like many growers in Fenwick, where the frost struck early, Arne Lutz said the harvest was lost.",
     [("Arne Lutz", "Arne Lutz", "said", "the harvest was lost", False)]),
    ("In Dunmore, where two schools had closed for lack of teachers, officials said more was needed.",
     [("officials", "officials", "said", "more was needed", False)]),
    ("On local radio Ann Reed said the race was close.",
     [("Ann Reed", "Ann Reed", "said", "the race was close", False)]),
]


# 'said the society had kept full records and believed nearly all the invoices dated from ...': a verb of
# opinion joined by a bare 'and'/'but' to the cue, with its clause read as an object, goes on with the
# reported clause. NEGATIVE rows: a clause of its own (a statement of its own), a comma, a subject.
OPINION_WITHOUT_ITS_CLAUSE = [
    ("Ms Petrakis said the society had kept full records and believed nearly all the unpaid invoices dated "
     "from before the merger.",
     [("Ms Petrakis", "Petrakis", "said", "the society had kept full records and believed nearly all the unpaid "
       "invoices dated from before the merger", False)]),
    ("Mr Okafor said the school had answered every letter and believed several of the older complaints concerned "
     "a former teacher.",
     [("Mr Okafor", "Okafor", "said", "the school had answered every letter and believed several of the older "
       "complaints concerned a former teacher", False)]),
    ("Ms Brandt said the firm had acted lawfully and thought several of the complaints related to a single "
     "contract.",
     [("Ms Brandt", "Brandt", "said", "the firm had acted lawfully and thought several of the complaints related "
       "to a single contract", False)]),
    # NEGATIVE
    ("Mr Lindqvist said the plan was sound but believed the board had acted in haste.",
     [("Mr Lindqvist", "Lindqvist", "said", "the plan was sound", False),
      ("Mr Lindqvist", "Lindqvist", "believed", "the board had acted in haste", False)]),
    ("Mr Lindqvist said the plan was sound and believed that the board had acted in haste.",
     [("Mr Lindqvist", "Lindqvist", "said", "the plan was sound", False),
      ("Mr Lindqvist", "Lindqvist", "believed", "the board had acted in haste", False)]),
    ("Mr Lindqvist said the plan was sound, and believed the council.",
     [("Mr Lindqvist", "Lindqvist", "said", "the plan was sound", False)]),
    ("Mr Lindqvist wrote the report and believed most of it.", []),
]


# 'said the board would sit ... "its choices", but held back from ...': a verb in the plain past
# with no auxiliary of its own, joined after a closing quotation mark to a reported clause whose group a
# modal heads, cannot share the modal: the speaker's own act, told by the writer; the reported clause ends
# at the mark ('... but declined to give a date' is cut as a telling withheld, TELLING_WITHHELD). NEGATIVE
# rows: a participle that shares 'would be', a passive, a pluperfect and a modal of its own (back-shifted,
# reported), a past content.
PAST_BESIDE_A_REPORTED_MODAL = [
    ('Ms Varga said the board would sit on Tuesday to weigh "its choices", but held back from naming a buyer.',
     [("Ms Varga", "Varga", "said", 'the board would sit on Tuesday to weigh "its choices"', False)]),
    ('The minister said the levy would be "looked at again" but declined to give a date.',
     [("The minister", None, "said", 'the levy would be "looked at again"', False)]),
    ("The minister said the levy would be looked at again, but declined to give a date.",
     [("The minister", None, "said", "the levy would be looked at again", False)]),
    # NEGATIVE
    ("The ministry said the ferry ramp would be repaired and reopened by June.",
     [("The ministry", None, "said", "the ferry ramp would be repaired and reopened by June", False)]),
    ("The guild said members would be balloted and had been told to expect a result within a month.",
     [("The guild", None, "said",
       "members would be balloted and had been told to expect a result within a month", False)]),
    ('The trust said the clinic would "stay open" and would hire twelve nurses.',
     [("The trust", None, "said", 'the clinic would "stay open" and would hire twelve nurses', False)]),
    ('The league said the ban was "unjust" but stood by its referees.',
     [("The league", None, "said", 'the ban was "unjust" but stood by its referees', False)]),
    ('The regulator said the inquiry would be "swift and thorough" and had asked both firms for documents.',
     [("The regulator", None, "said",
       'the inquiry would be "swift and thorough" and had asked both firms for documents', False)]),    # a passive shares its 'be' with a joined participle the parser may tag as a past
    ('Ms Lowe said the crews would be "sent home" and told they must wait.',
     [("Ms Lowe", "Lowe", "said", 'the crews would be "sent home" and told they must wait', False)]),
    ("Ms Ruiz argued the trust should have gone further and scrapped the charge entirely.",
     [("Ms Ruiz", "Ruiz", "argued", "the trust should have gone further and scrapped the charge entirely", False)]),
    ("He told the Herald his worst day came when he was told he would be freed in March, only to be held and "
     "told he would stay for two more years.",
     [("He", None, "told", "his worst day came when he was told he would be freed in March, only to be held and "
       "told he would stay for two more years", False)]),
]


# 'said the plant would reopen but did not say when', '... but would not say for how much', '... but declined to
# give a total': a telling withheld (a verb of speech, or of handing over with an object of information,
# negated with 'did'/'would' or under 'declined to'), joined by 'but' at the end of the content, is the
# writer's note on what went unsaid; cut. NEGATIVE rows: a clause asserted ('did not say the pipe was
# safe'), a past of a party's own ('the manager ... did not report it'), 'and', a subject of its own,
# 'give' over no information; for a person or body subject, its own silence towards a third party or its own
# dealing (an object, a hearer, a 'to' phrase: 'did not disclose the error to its clients'), a duty to report
# ('did not report the crash'), an inability ('could not name the birds'), a habitual 'would', and a reason
# an actor declined to give.
TELLING_WITHHELD = [
    ("The shire said the ferry would resume in May but did not say when fares would rise.",
     [("The shire", None, "said", "the ferry would resume in May", False)]),
    ("The mill said the line would close, but could not say how many jobs would go.",
     [("The mill", None, "said", "the line would close", False)]),
    ("The inspectors said the kennels would be checked again in spring but did not give a date.",
     [("The inspectors", "inspectors", "said", "the kennels would be checked again in spring", False)]),
    ("The trust said the chairman would stand down but did not say when.",
     [("The trust", None, "said", "the chairman would stand down", False)]),
    ("The ombudsman said the lender will be fined but did not give a figure.",
     [("The ombudsman", None, "said", "the lender will be fined", False)]),
    ("Mr Oduya said the scheme was fair but did not say why fees had risen.",
     [("Mr Oduya", "Oduya", "said", "the scheme was fair", False)]),
    ("The mayor said the fund had grown but declined to provide a total.",
     [("The mayor", None, "said", "the fund had grown", False)]),
    # NEGATIVE
    ("The minister said the tests did not show any leak but did not say the pipe was safe.",
     [("The minister", None, "said", "the tests did not show any leak but did not say the pipe was safe", False)]),
    # a commitment or stance withheld is what was said
    ("Mr Oduya said the board would study the plan \"with care\" but could not promise extra funding.",
     [("Mr Oduya", "Oduya", "said", 'the board would study the plan "with care" but could not promise extra funding',
       False)]),
    ("Ms Hale said the manager knew of the fault but did not report it.",
     [("Ms Hale", "Hale", "said", "the manager knew of the fault but did not report it", False)]),
    ("The mill said the line would close and did not disclose how many jobs would go.",
     [("The mill", None, "said", "the line would close and did not disclose how many jobs would go", False)]),
    ("The clerk said the driver had been given a date for his hearing but did not attend.",
     [("The clerk", None, "said", "the driver had been given a date for his hearing but did not attend", False)]),
    ("Officers said the cyclist is now in hospital but did not report the crash until the next day.",
     [("Officers", "officers", "said",
       "the cyclist is now in hospital but did not report the crash until the next day", False)]),
    ("The nurse said the girl would have recovered but did not tell her teachers about the rash.",
     [("The nurse", None, "said", "the girl would have recovered but did not tell her teachers about the rash", False)]),
    ("The keeper said the child could count the ducks but could not name the birds.",
     [("The keeper", None, "said", "the child could count the ducks but could not name the birds", False)]),
    ("The clerk said the tenant would often pay late but did not speak to the landlord.",
     [("The clerk", None, "said", "the tenant would often pay late but did not speak to the landlord", False)]),
    ("The inspector said the agency is at fault but did not disclose the error to its clients.",
     [("The inspector", None, "said", "the agency is at fault but did not disclose the error to its clients", False)]),
    ("Police said the rider was held at the port but declined to give a reason for the trip.",
     [("Police", "police", "said", "the rider was held at the port but declined to give a reason for the trip", False)]),
]


@pytest.mark.parametrize("text, expected", CLOSING_MARK_ON_CUE + PARTICIPLE_OF_THE_REPORTED_ACT
                         + FRONTED_ADVERBIAL_IS_NO_SPEAKER + OPINION_WITHOUT_ITS_CLAUSE
                         + PAST_BESIDE_A_REPORTED_MODAL + TELLING_WITHHELD)
def test_reported_clause_whole(text, expected):
    assert positions_of(text) == expected


# '"...," X said. "The rent went up by £40. Who is checking?"': a continued quotation that ends its
# paragraph with a question after a statement is the last speaker's, with its figures, where that
# speaker's tag is in the sentence just before and holds a quotation of theirs (their quoted words going
# on). NEGATIVE rows: a last speaker no actor stands for, a writer's sentence between the tag and the
# quotation (another party's challenge), a tag of its own after it, an indirect statement or no words at
# all before it (a question put to or about the speaker), a quotation of questions alone, a question after
# a title's or an initial's full stop.
CONTINUED_QUOTE_ENDING_IN_A_QUESTION = [
    ('"We were never consulted," Peter Lindqvist said. "The rent went up by £40 in March. Who is checking '
     'these landlords?"',
     [("Peter Lindqvist", "Peter Lindqvist", "said", "We were never consulted", True),
      ("Peter Lindqvist", "Peter Lindqvist", "said", "The rent went up by £40 in March. Who is checking these landlords?", True)],
     [("£40", "Peter Lindqvist")]),
    ('"We were never consulted," Peter Lindqvist said. "The fare went up by 30 per cent, and the timetable has not '
     'changed. When does it end?"',
     [("Peter Lindqvist", "Peter Lindqvist", "said", "We were never consulted", True),
      ("Peter Lindqvist", "Peter Lindqvist", "said",
       "The fare went up by 30 per cent, and the timetable has not changed. When does it end?", True)],
     [("30 per cent", "Peter Lindqvist")]),
    ('"We were never consulted," Peter Lindqvist said.\n\n"The rent went up by £40 in March. Who is checking '
     'these landlords?"\n\nThe council did not respond.',
     [("Peter Lindqvist", "Peter Lindqvist", "said", "We were never consulted", True),
      ("Peter Lindqvist", "Peter Lindqvist", "said", "The rent went up by £40 in March. Who is checking these landlords?", True)],
     [("£40", "Peter Lindqvist")]),
    # NEGATIVE
    ('A spokesman for the farmers said the levy was unfair.\n\n"The rent went up by £40 in March. Who is checking '
     'these landlords?"',
     [("A spokesman for the farmers", None, "said", "the levy was unfair", False)], [("£40", None)]),
    ('Council leader Dara Quinn said the budget was balanced.\n\nOpposition councillors were not convinced.\n\n'
     '"The reserves have fallen by £2m. Where has the money gone?"',
     [("Council leader Dara Quinn", "Dara Quinn", "said", "the budget was balanced", False)], []),
    ('Boats were late again on Friday. "The cranes broke down again. Was anyone told?" the panel chair wrote.',
     [], []),
    # after an indirect statement of the last speaker the question may be put to them or about them
    ('Mr Okafor told the tribunal he had never signed the lease.\n\n"Your name is on page four, dated 9 May. '
     'Is that not your hand?"',
     [("Mr Okafor", "Okafor", "told", "he had never signed the lease", False)], []),
    ('Mr Okafor said prices would fall. "In 2021 you promised a cut of 15 per cent. What happened?"',
     [("Mr Okafor", "Okafor", "said", "prices would fall", False)], [("15 per cent", None)]),
    ('The Prime Minister, Mr Arvid Holm, said the pier would be rebuilt by June.\n\n"He told us the same in 2020. '
     'Why believe him now?"',
     [("The Prime Minister", "Arvid Holm", "said", "the pier would be rebuilt by June", False)], []),
    # a speaker who took the floor with no words of their own: no quotation of theirs before the question
    ("Ingrid Solheim, the club's treasurer, spoke after the meeting. \"The hall costs $4,000 a year to heat! "
     "Who will pay that?\"", [], [("$4,000", None)]),
    ('"We were never consulted," Peter Lindqvist said. "Why now? Who pays for it?"',
     [("Peter Lindqvist", "Peter Lindqvist", "said", "We were never consulted", True)], []),
    ('"We were never consulted," Peter Lindqvist said. "So they will leave?"',
     [("Peter Lindqvist", "Peter Lindqvist", "said", "We were never consulted", True)], []),
    ('"We were never consulted," Peter Lindqvist said. "Who is Mrs. Dale? Why should we care about Mr. Dale?"',
     [("Peter Lindqvist", "Peter Lindqvist", "said", "We were never consulted", True)], []),
    ('"We were never consulted," Peter Lindqvist said. "Did the U.S. pay $40 million? Who knows?"',
     [("Peter Lindqvist", "Peter Lindqvist", "said", "We were never consulted", True)], []),
]


@pytest.mark.parametrize("text, positions, figures", CONTINUED_QUOTE_ENDING_IN_A_QUESTION)
def test_continued_quote_ending_in_a_question(text, positions, figures):
    result = extract(text)
    assert [(p.speaker, p.actor, p.cue, p.text, p.direct) for p in result.positions] == positions
    assert [(f.text, f.actor or f.source) for f in result.figures] == figures
