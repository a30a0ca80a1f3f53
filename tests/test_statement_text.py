"""The text of a position is the reported statement: not the cue's own words ('said only that'),
not another source's stance set beside it (', a figure disputed by ministers'), not the finder
and verb an 'according to' source relays ('According to the report, biologists found that ...'),
not a second statement of the speaker run into the first ('... had been taken but warned that
...'); and a bare object of a stance ('defended the proposal in parliament') or a court letting people in
('admitted them to bail') is no statement; the one an appeal is made to is part of it ('appealed to the
agency to deploy boats'). Every sentence here is
written for the tests; the rows marked NEGATIVE are near-misses where the text stays as it is."""
from __future__ import annotations

import pytest

from conftest import positions_of


# 'said only that', 'saying merely that': the limiting adverb belongs to the cue
LIMITED_CUE = [
    ("A spokesperson for the governor declined to elaborate, saying only that officials were reviewing several proposals.",
     [("A spokesperson for the governor", None, "saying", "officials were reviewing several proposals", False)]),
    ("The ministry said only that the talks had been postponed.",
     [("The ministry", None, "said", "the talks had been postponed", False)]),
    ("The company said simply that it had complied with all regulations.",
     [("The company", None, "said", "it had complied with all regulations", False)]),
    ("Mayor Ana Ruiz said merely that the contract was under review.",
     [("Mayor Ana Ruiz", "Ana Ruiz", "said", "the contract was under review", False)]),
    ("The embassy said only that the ambassador had returned home for consultations.",
     [("The embassy", None, "said", "the ambassador had returned home for consultations", False)]),
    # NEGATIVE: 'only' inside the reported clause is what was said
    ("The minister said that only the cabinet could decide on the matter.",
     [("The minister", None, "said", "only the cabinet could decide on the matter", False)]),
    ("The agency said only three of the reactors were operating.",
     [("The agency", None, "said", "only three of the reactors were operating", False)]),
    ("Dr Lena Ortiz said that only that committee could approve the budget.",
     [("Dr Lena Ortiz", "Lena Ortiz", "said", "only that committee could approve the budget", False)]),
    # NEGATIVE: 'that' is the clause's subject (a verb right after it), no complementiser
    ("The president said only that could save the economy.",
     [("The president", None, "said", "only that could save the economy", False)]),
    ("The coach said only that was needed.",
     [("The coach", None, "said", "only that was needed", False)]),
]

# a verb of telling with a clause joined to a thing's passive: a thing is not warned, the speaker warns
SPEECH_AFTER_A_THINGS_PASSIVE = [
    ("Councillor Moira Hale said no final decision had been taken but warned that standing still was not an option.",
     [("Councillor Moira Hale", "Moira Hale", "said", "no final decision had been taken", False),
      ("Councillor Moira Hale", "Moira Hale", "warned", "standing still was not an option", False)]),
    ("Dr Sam Okoye said the samples were tested in March but cautioned that the results were preliminary.",
     [("Dr Sam Okoye", "Sam Okoye", "said", "the samples were tested in March", False),
      ("Dr Sam Okoye", "Sam Okoye", "cautioned", "the results were preliminary", False)]),
    ("The spokeswoman said the application had been rejected but warned that it could be filed again.",
     [("The spokeswoman", None, "said", "the application had been rejected", False),
      ("The spokeswoman", None, "warned", "it could be filed again", False)]),
    # NEGATIVE: people may be the ones told (a passive they share), or a verb with no clause
    ("Farmer Tom Lake said the farmers were not told about the plan and were warned that the land would be taken.",
     [("Farmer Tom Lake", "Tom Lake", "said",
       "the farmers were not told about the plan and were warned that the land would be taken", False)]),
    ("The residents said they had been consulted and told that the works would start in May.",
     [("The residents", "residents", "said", "they had been consulted and told that the works would start in May", False)]),
    ("Officer Jim Dean said the suspect was released and warned that he must stay away from the school.",
     [("Officer Jim Dean", "Jim Dean", "said",
       "the suspect was released and warned that he must stay away from the school", False)]),
    ("The minister said the plan was approved in June and shown to the residents.",
     [("The minister", None, "said", "the plan was approved in June and shown to the residents", False)]),
]

# ', a figure disputed by ministers': another source's stance in a 'by' phrase is the writer's note
GLOSS_BY_OTHER_SOURCE = [
    ("Mr Ian Balfour said council budgets had been cut by 7 per cent since 2013, a figure disputed by ministers.",
     [("Mr Ian Balfour", "Ian Balfour", "said", "council budgets had been cut by 7 per cent since 2013", False)]),
    ("The charity said 12,000 children had left school early in 2022, an estimate questioned by the education ministry.",
     [("The charity", None, "said", "12,000 children had left school early in 2022", False)]),
    ("Ms Eva Novak said the scheme had saved the county £3m over five years, a sum challenged by auditors.",
     [("Ms Eva Novak", "Eva Novak", "said", "the scheme had saved the county £3m over five years", False)]),
    # NEGATIVE: a participle of no stance says what the figure is
    ("The council said rents had doubled in the decade since 2012, a rise driven by student housing.",
     [("The council", None, "said", "rents had doubled in the decade since 2012, a rise driven by student housing", False)]),
    ("The firm said profits had risen 8 per cent in the year to March, a result helped by lower costs.",
     [("The firm", None, "said", "profits had risen 8 per cent in the year to March, a result helped by lower costs", False)]),
    ("Mayor Ana Diaz said the port had earned $9m, a sum set by the board in March.",
     [("Mayor Ana Diaz", "Ana Diaz", "said", "the port had earned $9m, a sum set by the board in March", False)]),
]

# 'According to X, Y found that Z': X gives Z, not Y's finding verb (a factive one: what is found is so)
RELAYED_FINDING = [
    ("According to a report released on Monday, marine biologists from the Tolland Institute found that most of "
     "the hard corals had turned white.",
     [("a report", None, "according to", "most of the hard corals had turned white", False)]),
    ("According to a study published on Tuesday, scientists showed that the drug cut deaths by a third.",
     [("a study", None, "according to", "the drug cut deaths by a third", False)]),
    ("Marine biologists from the Tolland Institute found that most of the hard corals had turned white, according "
     "to a report submitted on Monday.",
     [("a report", None, "according to", "most of the hard corals had turned white", False)]),
    ("Inspectors found that 40 per cent of the flats were damp, according to a summary seen by the Courier.",
     [("a summary", None, "according to", "40 per cent of the flats were damp", False)]),
    # NEGATIVE: a cue is the source's account that it was said, not that it is so
    ("According to the report, researchers at the university concluded that the river was unsafe for swimming.",
     [("the report", None, "according to", "researchers at the university concluded that the river was unsafe for swimming", False),
      ("researchers at the university", "researchers at the university", "concluded", "the river was unsafe for swimming", False)]),
    ("According to court papers, prosecutors alleged that the mayor had taken bribes worth $40,000.",
     [("court papers", None, "according to", "prosecutors alleged that the mayor had taken bribes worth $40,000", False),
      ("prosecutors", "prosecutors", "alleged", "the mayor had taken bribes worth $40,000", False)]),
    # NEGATIVE: negated, a second predicate whose holder is unclear, no clause, no inner verb
    ("The engineers found that the bridge was safe and reopened it, according to the council.",
     [("the council", None, "according to", "The engineers found that the bridge was safe and reopened it", False)]),
    ("Most residents want the park kept, according to a survey released on Friday.",
     [("a survey", None, "according to", "Most residents want the park kept", False)]),
    ("According to the survey, most teachers did not find that the new rules helped.",
     [("the survey", None, "according to", "most teachers did not find that the new rules helped", False)]),
    ("According to a report by the Lanford Trust, inspectors found that 40 per cent of the flats were damp and "
     "recommended urgent repairs.",
     [("a report", "Lanford Trust", "according to",
       "inspectors found that 40 per cent of the flats were damp and recommended urgent repairs", False)]),
    ("According to the police report, officers found the car abandoned near the river.",
     [("the police report", None, "according to", "officers found the car abandoned near the river", False)]),
    ("According to police, the driver was not injured.",
     [("police", None, "according to", "the driver was not injured", False)]),
]

# 'defended the proposal in the state parliament': a stance on a bare object says nothing alone, and a
# place of saying hung on the object changes nothing; an object with content of its own stays
BARE_STANCE_OBJECT = [
    ("The state plans a new police law. Minister Katrin Vollmert defended the proposal in the state parliament "
     "on Thursday.", []),
    ("The council will vote on the budget next week. The mayor opposed the plan at a meeting of the council.", []),
    ("The government unveiled a new tax. Opposition leader Ana Ruiz backed the measure at a rally in Leeds.", []),
    # NEGATIVE: the object says what is judged
    ("Traders criticised the ban on night fishing.",
     [("Traders", None, "criticised", "the ban on night fishing", False)]),
    ("The mayor condemned the attack on the mosque.",
     [("The mayor", None, "condemned", "the attack on the mosque", False)]),
    ("Ms Ana Ruiz defended the decision to close the clinic.",
     [("Ms Ana Ruiz", "Ana Ruiz", "defended", "the decision to close the clinic", False)]),
    ("The union criticised the ministry's plan.",
     [("The union", None, "criticised", "the ministry's plan", False)]),
    ("The minister welcomed the talks in Geneva.",
     [("The minister", None, "welcomed", "the talks in Geneva", False)]),
    # NEGATIVE: a court's ruling, people: the phrase says which one, no place of saying
    ("The governor welcomed the ruling in the Supreme Court.",
     [("The governor", None, "welcomed", "the ruling in the Supreme Court", False)]),
    ("The council welcomed the rise in residents.",
     [("The council", None, "welcomed", "the rise in residents", False)]),
    ("The mayor welcomed the increase in investors.",
     [("The mayor", None, "welcomed", "the increase in investors", False)]),
]


# 'admitted them to bail': a court lets people in; it concedes nothing
LET_IN_NOT_CONCEDED = [
    ("The magistrate admitted them to bail in the sum of $5,000 each.", []),
    ("The court admitted him to bail on two sureties.", []),
    ("Justice Ama Boateng admitted her to bail of $50,000.", []),
    ("The hospital admitted them to its intensive care unit on Monday.", []),
    # NEGATIVE: what is admitted is a thing conceded
    ("The minister admitted the errors to the committee on Tuesday.",
     [("The minister", None, "admitted", "the errors", False)]),
]


# 'appealed to X to act', 'pleaded with them to stay': the one asked is part of what is asked, as after 'urged'
ADDRESSEE_OF_APPEAL = [
    ("The chairman appealed to the agency to deploy boats and relief materials without delay.",
     [("The chairman", None, "appealed", "the agency to deploy boats and relief materials without delay", False)]),
    ("Residents appealed to the governor to reopen the clinic.",
     [("Residents", "residents", "appealed", "the governor to reopen the clinic", False)]),
    ("He appealed to the National Relief Agency, NRA, to send tents and food to the villages.",
     [("He", None, "appealed", "the National Relief Agency, NRA, to send tents and food to the villages", False)]),
    ("She pleaded with them to stay.",
     [("She", None, "pleaded", "them to stay", False)]),
    # NEGATIVE: no one addressed
    ("The priest appealed to reason to settle the dispute.", []),
    ("The firm turned to the bank to raise funds.", []),
]


@pytest.mark.parametrize("text,expected", ADDRESSEE_OF_APPEAL + LET_IN_NOT_CONCEDED + LIMITED_CUE + SPEECH_AFTER_A_THINGS_PASSIVE + GLOSS_BY_OTHER_SOURCE
                         + RELAYED_FINDING + BARE_STANCE_OBJECT)
def test_statement_text(text, expected):
    assert sorted(positions_of(text), key=str) == sorted(expected, key=str)
