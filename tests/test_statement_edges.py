"""Edges of a statement (session 24, content24): every sentence written for these tests, with every
position it must yield, whole: (speaker, actor, cue, text, direct). An empty list means nothing may
be extracted."""
from __future__ import annotations

import pytest

from conftest import positions_of


# The cue's hearer is no part of what is told: a pointing object ('this', 'that') with only a hearer
# ('to journalists in Kano') and when or where beside it is no content; after an object with content
# of its own, a hearer phrase of the cue and the phrases after it end the content. A thing after 'to'
# ('attributed this to the drought', 'the closure of the bridge to traffic') is no hearer.
HEARER_OF_THE_CUE = [
    ("Mr Bello disclosed this to journalists in Kano on Monday.", []),
    ("The official, Musa Bello, who disclosed this to journalists in Kano, said the floods had displaced 3,000 people.",
     [("The official", "Musa Bello", "said", "the floods had displaced 3,000 people", False)]),
    ("Ms Lowe revealed this to the committee on Tuesday.", []),
    ("The commissioner confirmed this to reporters in Abuja.", []),
    ("The minister announced this to parliament.", []),
    ("He disclosed the figures to journalists in Kano.",
     [("He", None, "disclosed", "the figures", False)]),
    ("She revealed the plan to reporters in Abuja on Monday.",
     [("She", None, "revealed", "the plan", False)]),
    ("He confirmed the arrests to reporters, adding that more would follow.",
     [("He", None, "confirmed", "the arrests", False),
      ("He", None, "adding", "more would follow", False)]),
    # negatives: an 'as' after the hearer is content (review); a thing after 'to' is no hearer
    ("She described the attack to police as brutal.",
     [("She", None, "described", "the attack to police as brutal", False)]),
    ("The minister attributed this to the drought.", []),
    ("The mayor announced the closure of the bridge to traffic.",
     [("The mayor", None, "announced", "the closure of the bridge to traffic", False)]),
]

# 'said X and declined to comment further': a past verb joined by 'and' to the end of the reported
# clause, without subject or auxiliary, that says a speech was not made is the writer's note (as after
# 'but'); a 'had' or modal of the clause it may share keeps it, unless the clause's subject is a thing.
SPEECH_LEFT_UNDONE = [
    ("Mayor Ana Diaz said the budget was under review and declined to comment further.",
     [("Mayor Ana Diaz", "Ana Diaz", "said", "the budget was under review", False)]),
    ('A spokesperson for the council said the mayor was "reviewing the report" and declined to comment further.',
     [("A spokesperson for the council", None, "said", 'the mayor was "reviewing the report"', False)]),
    ("The company said output had fallen and declined to comment on job losses.",
     [("The company", None, "said", "output had fallen", False)]),
    ("The minister said the talks were going well and declined to say when a deal would be signed.",
     [("The minister", None, "said", "the talks were going well", False)]),
    ("Police said the suspect was in custody and refused to comment.",
     [("Police", "police", "said", "the suspect was in custody", False)]),
    ("The union said the budget had been cut and declined to comment.",
     [("The union", None, "said", "the budget had been cut", False)]),
    # a verb of speaking on the record ('discuss', 'name') left undone is such a note too, where only the
    # reporter can have declined (a thing the clause is about, or the reporter's own pronoun)
    ("Councillor Rhys Penn said the lease had been signed but declined to discuss its terms.",
     [("Councillor Rhys Penn", "Rhys Penn", "said", "the lease had been signed", False)]),
    ("Ms Ada Vale said she had met the buyers but declined to name them.",
     [("Ms Ada Vale", "Ada Vale", "said", "she had met the buyers", False)]),
    # negatives (probes): a person or body of the clause may have declined to discuss or name: kept
    ("Councillor Rhys Penn said the tenants had been consulted but declined to discuss the rent rise.",
     [("Councillor Rhys Penn", "Rhys Penn", "said",
       "the tenants had been consulted but declined to discuss the rent rise", False)]),
    ("Chief Ade Bello said the firm had been fined but declined to name the official involved.",
     [("Chief Ade Bello", "Ade Bello", "said", "the firm had been fined but declined to name the official involved",
       False)]),
    # negatives: a person of the clause may have declined (a shared 'had')
    ("Ms Lowe said the mayor had met the residents and declined to comment.",
     [("Ms Lowe", "Lowe", "said", "the mayor had met the residents and declined to comment", False)]),
    ("The firm said the workers had been paid and refused to comment.",
     [("The firm", None, "said", "the workers had been paid and refused to comment", False)]),
    # negatives (review): after a subject that can act, only a bare 'to comment' is the writer's note
    ("The manager said the strikers walked out and refused to speak to the press.",
     [("The manager", None, "said", "the strikers walked out and refused to speak to the press", False)]),
    ("The coach said the player trained on Monday and declined to talk about the injury.",
     [("The coach", None, "said", "the player trained on Monday and declined to talk about the injury", False)]),
    ("The coach said the players had trained hard and refused to discuss the result.",
     [("The coach", None, "said", "the players had trained hard and refused to discuss the result", False)]),
]

# 'observed that the notices could not be treated as X and asked the prosecutor whether ...': a past
# verb of asking or telling with a hearer and a message, joined to a passive clause whose subject is a
# thing, shares no 'be': it is the speaker's next act, cut from the content; a person or group of the
# clause may have asked ('its members were ignored and urged the minister to ...' stays whole).
NEXT_ACT_AFTER_PASSIVE_OF_A_THING = [
    ("The bench observed that newspaper advertisements could not be treated as personal notice and asked the "
     "law officer whether any survey had been carried out.",
     [("The bench", None, "observed", "newspaper advertisements could not be treated as personal notice", False)]),
    ("The nurses' union said its members were ignored and urged the minister to hire more staff.",
     [("The nurses' union", None, "said", "its members were ignored and urged the minister to hire more staff", False)]),
    ("Ms Lowe said the workers would be detained and told they must remain.",
     [("Ms Lowe", "Lowe", "said", "the workers would be detained and told they must remain", False)]),
]

# 'The Chairman of the Kano State Water Board, KSWB, Alhaji Musa Bello, said': the parser joined the
# acronym and the person's name to the body as conjuncts; the speaker is the person set off by commas.
PERSON_AFTER_THE_BODYS_ACRONYM = [
    ("The Chairman of the Kano State Water Board, KSWB, Alhaji Musa Bello, said the dam was safe.",
     [("The Chairman of the Kano State Water Board, KSWB, Alhaji Musa Bello", "Musa Bello", "said", "the dam was safe", False)]),
    ("The Director-General of the Lagos State Emergency Management Agency, LASEMA, Dr Femi Oke, said the flood had "
     "displaced 2,000 people.",
     [("The Director-General of the Lagos State Emergency Management Agency, LASEMA", "Femi Oke", "said",
       "the flood had displaced 2,000 people", False)]),
    ("The Registrar of the National Examinations Council, NECO, Professor Ibrahim Wushishi, said results would be "
     "released on Friday.",
     [("The Registrar of the National Examinations Council", "Ibrahim Wushishi", "said",
       "results would be released on Friday", False)]),
]

# A group of people is not the body its participle or relative clause names: 'researchers funded by X',
# 'parents ..., who demonstrated outside the X Ministry'; a document 'released by X' is X's, and people
# 'from X' or 'at X' stay X's.
GROUP_BESIDE_A_BODY = [
    ("Researchers funded by the Nordic Science Fund say the freeze is already being felt.",
     [("Researchers", "researchers", "say", "the freeze is already being felt", False)]),
    ("Farmers supported by the Rural Water Agency said the wells had dried up.",
     [("Farmers", None, "said", "the wells had dried up", False)]),
    ("Parents from the northern districts, who demonstrated outside the Education Ministry on Sunday, said the "
     "schools were unsafe.",
     [("Parents from the northern districts, who demonstrated outside the Education Ministry on Sunday", None, "said",
       "the schools were unsafe", False)]),
    ("A spokesman for the union, which represents nurses at Fellside Hospital, said talks had failed.",
     [("A spokesman for the union, which represents nurses at Fellside Hospital", None, "said", "talks had failed", False)]),
    # a document's reader is not its author: 'seen by X', 'obtained by X'
    ("Exports fell by half, according to an internal report seen by The Coastal Herald.",
     [("an internal report", None, "according to", "Exports fell by half", False)]),
    ("A memo obtained by Reuters said the plant would close.",
     [("A memo", None, "said", "the plant would close", False)]),
    # negatives: a document's issuer, people of a body
    ("A letter sent by the Port Authority said the berth would close.",
     [("A letter", "Port Authority", "said", "the berth would close", False)]),
    ("A statement released by the Rural Water Agency said the wells had dried up.",
     [("A statement", "Rural Water Agency", "said", "the wells had dried up", False)]),
    ("A report commissioned by the Health Ministry said the wards were full.",
     [("A report", "Health Ministry", "said", "the wards were full", False)]),
    ("Scientists from the Kenya Medical Research Institute said the vaccine was safe.",
     [("Scientists from the Kenya Medical Research Institute", "Kenya Medical Research Institute", "said",
       "the vaccine was safe", False)]),
]

# A quotation that is a line of its own with no end of sentence in or after it is a crosshead, no
# statement of the last speaker; a quoted paragraph that ends on its stop continues the speaker.
CROSSHEADS = [
    ("Jo Marsh told the court the company had cooperated fully with investigators.\n\n'It was in everything'\n\n"
     "Local resident Ann Lowe said the fine was welcome.",
     [("Jo Marsh", "Jo Marsh", "told", "the company had cooperated fully with investigators", False),
      ("Local resident Ann Lowe", "Ann Lowe", "said", "the fine was welcome", False)]),
    ('"We will not give up on this town," Ann Lowe said.\n\n‘Nobody listened to us’\n\n'
     'She said the council had ignored 40 complaints.',
     [("Ann Lowe", "Ann Lowe", "said", "We will not give up on this town", True),
      ("She", "Ann Lowe", "said", "the council had ignored 40 complaints", False)]),
    ('"We will not give up on this town," Ann Lowe said.\n\n"Our children deserve clean air."',
     [("Ann Lowe", "Ann Lowe", "said", "We will not give up on this town", True),
      ("Ann Lowe", "Ann Lowe", "said", "Our children deserve clean air.", True)]),
    # negative (review): a line introduced by the paragraph above ('said:') is the speaker's words
    ('At the meeting Ann Lowe said:\n\n"We will fight this plan all the way to the High Court"\n\n'
     'The council said work would start in May.',
     [("Ann Lowe", "Ann Lowe", "said", "We will fight this plan all the way to the High Court", True),
      ("The council", None, "said", "work would start in May", False)]),
]


# 'said she backed the plan but feared the costs would rise': a tensed verb of speech or stance joined
# without a subject to the reported clause is the reporter's next statement, cut from the first and
# credited to the reporter (it was lost as neither); a verb outside the lexicon ('hoped') stays in.
NEXT_STATEMENT_OF_THE_REPORTER = [
    ("Councillor Tom Hale, who voted against the motion, said he supported the motion's aim but believed the "
     "council had moved too quickly.",
     [("Councillor Tom Hale", "Tom Hale", "said", "he supported the motion's aim", False),
      ("Councillor Tom Hale", "Tom Hale", "believed", "the council had moved too quickly", False)]),
    ("Ms Lowe said she backed the plan but feared the costs would rise.",
     [("Ms Lowe", "Lowe", "said", "she backed the plan", False),
      ("Ms Lowe", "Lowe", "feared", "the costs would rise", False)]),
    ("Ms Lowe said the minister erred but insisted the budget was sound.",
     [("Ms Lowe", "Lowe", "said", "the minister erred", False),
      ("Ms Lowe", "Lowe", "insisted", "the budget was sound", False)]),
    # negatives: a question asked is no statement; a verb outside the lexicon stays in the content
    ("The mayor said the plan would fail and asked whether the council had read it.",
     [("The mayor", None, "said", "the plan would fail", False)]),
    ("The mayor said he welcomed the report and wanted the council to act.",
     [("The mayor", None, "said", "he welcomed the report and wanted the council to act", False)]),
    # ... while 'hoped' is the lexicon's (read as 'hop' before the lemma's silent 'e' was mended)
    ("The mayor said he welcomed the report and hoped the council would act.",
     [("The mayor", None, "said", "he welcomed the report", False),
      ("The mayor", None, "hoped", "the council would act", False)]),
    # negatives (review): a person or body of the clause, or a pronoun that is not the reporter, may hold
    # the joined verb: no claim of the reporter's
    ("Residents said the contractor abandoned the site and claimed he had not been paid.",
     [("Residents", "residents", "said", "the contractor abandoned the site", False)]),
    ("The spokesman said the company regretted the spill and believed the damage was limited.",
     [("The spokesman", None, "said", "the company regretted the spill", False)]),
    ("Ms Lowe said he lied about the budget and claimed the costs would fall.",
     [("Ms Lowe", "Lowe", "said", "he lied about the budget", False)]),
]


# 'According to Lee, callers told victims ...': a cue whose clause an 'according to' phrase set before
# it reports is its source's account, as after 'X said': a source that is no name (a group by its
# noun) is no second position; a named person stays ('said Tom Reed had promised' is Reed's too).
ACCOUNT_OF_THE_SOURCE = [
    ("According to Inspector Lee, the callers told victims that their accounts had been hacked.",
     [("Inspector Lee", "Lee", "according to", "the callers told victims that their accounts had been hacked", False)]),
    ("According to the lawyer, officials told the families that the wells were safe.",
     [("the lawyer", None, "according to", "officials told the families that the wells were safe", False)]),
    ("According to police, the suspect told officers he had acted alone.",
     [("police", None, "according to", "the suspect told officers he had acted alone", False)]),
    # negatives: a named person's statement stays; an 'according to' after the clause does not report the cue
    ("According to the report, Ann Lowe told staff the plant would close.",
     [("the report", None, "according to", "Ann Lowe told staff the plant would close", False),
      ("Ann Lowe", "Ann Lowe", "told", "the plant would close", False)]),
    ("Officials told the families that the wells were safe, according to the lawyer.",
     [("Officials", "officials", "told", "the wells were safe", False)]),
    # negatives (review): an outlet or a document passes on another's statement, as 'X reported' does
    ("According to Reuters, police said two people had died.",
     [("Reuters", "Reuters", "according to", "police said two people had died", False),
      ("police", "police", "said", "two people had died", False)]),
    ("According to a statement from the ministry, officials said the bridge would close.",
     [("a statement from the ministry", None, "according to", "officials said the bridge would close", False),
      ("officials", "officials", "said", "the bridge would close", False)]),
]


@pytest.mark.parametrize("text, expected", ACCOUNT_OF_THE_SOURCE + NEXT_STATEMENT_OF_THE_REPORTER + HEARER_OF_THE_CUE + SPEECH_LEFT_UNDONE + NEXT_ACT_AFTER_PASSIVE_OF_A_THING
                         + PERSON_AFTER_THE_BODYS_ACRONYM + GROUP_BESIDE_A_BODY + CROSSHEADS)
def test_statement_edges(text, expected):
    assert positions_of(text) == expected
