"""What a statement says, read from the clause (session 40): the other half of a 'not A but B'
contrast after 'do', a present verb going on in the speaker's present frame, a verb of speech that
a modal makes a foretold act, and the findings of a document its owner's possessive names. Every
sentence written for these tests, with every position it must yield, whole: (speaker, actor, cue,
text, direct); figures as (text, claimant). An empty list means nothing may be extracted."""
from __future__ import annotations

import pytest

from conftest import extract, positions_of


# 'said the hospital did not track waiting times but published monthly admissions': a verb joined by
# 'but', without a subject or a clause of its own, to a reported clause negated with 'do', in the tense
# of the 'do', is the other half of one contrast. NEGATIVE rows: a verb with a clause of its own (the
# speaker's next statement), 'and' (no contrast), no 'do' (a modal's negation), a subject of its own, a clause set before the cue; a
# tense of its own or an act of answering the one who asks (the writer's narration of the speaker's
# reply); a verb of speech or thanks after a subject of persons (the speaker's own evaluation).
CONTRAST_AFTER_DO = [
    ("The union said it did not take sides in the dispute but backed a pay rise for cleaners.",
     [("The union", None, "said", "it did not take sides in the dispute but backed a pay rise for cleaners", False)]),
    ("Ines Varga said the hospital did not track waiting times but published monthly admissions.",
     [("Ines Varga", "Ines Varga", "said",
       "the hospital did not track waiting times but published monthly admissions", False)]),
    ("The ministry told the inquiry the tests did not rule out a leak but showed wear in the pipes.",
     [("The ministry", None, "told", "the tests did not rule out a leak but showed wear in the pipes", False)]),
    ("A spokesman for Delmar Foods said the firm does not plan to close the plant but expects to cut shifts.",
     [("A spokesman for Delmar Foods", "Delmar Foods", "said",
       "the firm does not plan to close the plant but expects to cut shifts", False)]),
    ("Tomas Reyes told the panel the board did not reject the bid but asked for more time.",
     [("Tomas Reyes", "Tomas Reyes", "told", "the board did not reject the bid but asked for more time", False)]),
    ("The regulator said the audit did not find any theft but revealed weak controls.",
     [("The regulator", None, "said", "the audit did not find any theft but revealed weak controls", False)]),
    ("She said the agency does not keep such records but collects monthly totals.",
     [("She", None, "said", "the agency does not keep such records but collects monthly totals", False)]),
    # NEGATIVE
    ("He said he did not oppose the deal but warned that costs would rise.",
     [("He", None, "said", "he did not oppose the deal", False),
      ("He", None, "warned", "costs would rise", False)]),
    ("The council said the bridge did not meet the standard and closed it to traffic on Monday.",
     [("The council", None, "said", "the bridge did not meet the standard", False)]),
    ("Ana Pires said the board did not meet on Friday, but the chairman resigned.",
     [("Ana Pires", "Ana Pires", "said", "the board did not meet on Friday", False)]),
    ("The firm said it did not comment on rumours but declined to deny the report.",
     [("The firm", None, "said", "it did not comment on rumours", False)]),
    ("The minister did not answer questions but said the plan was final.",
     [("The minister", None, "said", "the plan was final", False)]),
    ("A spokesman said the ministry does not comment on pending cases but referred questions to the police.",
     [("A spokesman", None, "said", "the ministry does not comment on pending cases", False)]),
    ("Minister Ellen Crowe said the government did not plan new taxes but declined further comment.",
     [("Minister Ellen Crowe", "Ellen Crowe", "said", "the government did not plan new taxes", False)]),
    ("A spokeswoman for Brellin Mining said the company does not comment on rumours but refused further questions.",
     [("A spokeswoman for Brellin Mining", "Brellin Mining", "said", "the company does not comment on rumours",
       False)]),
    ("The spokesman said the firm does not discuss contracts but hung up when asked about the deal.",
     [("The spokesman", None, "said", "the firm does not discuss contracts", False)]),
    ("The spokeswoman said the company did not comment on ongoing litigation but pointed reporters to a "
     "statement issued last week.",
     [("The spokeswoman", None, "said", "the company did not comment on ongoing litigation", False)]),
    ("Coach Marty Hale admitted his side did not play well but praised the crowd for its support.",
     [("Coach Marty Hale", "Marty Hale", "admitted", "his side did not play well", False),
      ("Coach Marty Hale", "Marty Hale", "praised", "the crowd for its support", False)]),
    ("Coach Marty Hale said his players did not give up but thanked the fans after the match.",
     [("Coach Marty Hale", "Marty Hale", "said", "his players did not give up", False)]),
]

# 'told the board the clinic needs 40 more nurses, but has hired only 12': a present perfect joined by
# 'but' to a past cue, after a reported clause in the present, shares the reported subject.
# NEGATIVE rows: a time of its own ('already'), a verb of stance (the speaker's next statement), 'and'
# (the speaker's own next act).
PRESENT_FRAME_GOES_ON = [
    ("The warden told the council on Tuesday that the park service wants 12 extra rangers for the summer, but "
     "has been able to hire only three.",
     [("The warden", None, "told",
       "the park service wants 12 extra rangers for the summer, but has been able to hire only three", False)]),
    ("Director Ruth Amadi told the board on Monday that the clinic needs 40 more nurses for its wards, but has "
     "hired only 12.",
     [("Director Ruth Amadi", "Ruth Amadi", "told",
       "the clinic needs 40 more nurses for its wards, but has hired only 12", False)]),
    # NEGATIVE
    ("The director told the panel on Friday that the agency needs $5m to finish the survey of the coast, but has "
     "already spent most of its budget.",
     [("The director", None, "told", "the agency needs $5m to finish the survey of the coast", False)]),
    ("Tariq Osei told lawmakers the agency is short of $2m, but expects a grant from the ministry.",
     [("Tariq Osei", "Tariq Osei", "told", "the agency is short of $2m", False)]),
    ("The striker said the club needs a new coach, and has handed in a transfer request.",
     [("The striker", None, "said", "the club needs a new coach", False)]),
    ("Kofi Mensah told MPs the fund needs $5m and has quit the board.",
     [("Kofi Mensah", "Kofi Mensah", "told", "the fund needs $5m", False)]),
]

# 'said owners could ask for an inspection and the agency would respond within a day': a verb of
# speech under a modal that says nothing is a foretold act, part of what is said. NEGATIVE rows: a
# clause of its own, a negated modal (the writer's 'would not comment'), an object it judges.
FORETOLD_ACT_OF_SPEECH = [
    ("Nia Obuya said tenants could file a complaint online and the housing office would reply within a week.",
     [("Nia Obuya", "Nia Obuya", "said",
       "tenants could file a complaint online and the housing office would reply within a week", False)]),
    ("The agency said drivers can appeal a fine and the tribunal will respond within ten days.",
     [("The agency", None, "said", "drivers can appeal a fine and the tribunal will respond within ten days", False)]),
    ("Ada Kim said patients could book a test by phone and the clinic would call back the same day.",
     [("Ada Kim", "Ada Kim", "said",
       "patients could book a test by phone and the clinic would call back the same day", False)]),
    ("The mayor said the budget would pass and the treasurer would explain the cuts.",
     [("The mayor", None, "said", "the budget would pass and the treasurer would explain the cuts", False)]),
    ("Ola Brandt said the port handles 40 ships a week – more than any other port in the region – and the new "
     "berth would add ten more.",
     [("Ola Brandt", "Ola Brandt", "said", "the port handles 40 ships a week – more than any other port in the "
       "region – and the new berth would add ten more", False)]),
    # NEGATIVE
    ("Lena Park said the plan would work, but critics say it will fail.",
     [("Lena Park", "Lena Park", "said", "the plan would work", False),
      ("critics", "critics", "say", "it will fail", False)]),
    ("The firm said the road would reopen soon, but the council would not comment.",
     [("The firm", None, "said", "the road would reopen soon", False)]),
    ("The mayor said the budget would pass and the treasurer would explain that the cuts were needed.",
     [("The mayor", None, "said", "the budget would pass", False)]),
    ("The coach said the players would rest and the club would criticise the referee.",
     [("The coach", None, "said", "the players would rest", False)]),
]


@pytest.mark.parametrize("text, expected", CONTRAST_AFTER_DO + PRESENT_FRAME_GOES_ON + FORETOLD_ACT_OF_SPEECH)
def test_statement_read_from_the_clause(text, expected):
    assert positions_of(text) == expected


# 'The board's own estimates show that ...': a document its owner's possessive names (a name or a
# definite noun) states its owner's finding; the owner may have put it out itself ('published on ...').
# NEGATIVE rows: a time, another document, an indefinite or pronoun owner, no clause, a negated finding;
# a person before data that may be about them; an owner no actor stands for; a document another made.
OWNED_FINDINGS = [
    ("The Harbour Board met on Monday. The board's own estimates show that 1,200 ships docked last year.",
     [("The board's own estimates", "Harbour Board", "show", "1,200 ships docked last year", False)],
     [("1,200", "Harbour Board")]),
    ("Kelda Water has raised prices. The company's data showed 30 per cent of its supply was lost to leaks.",
     [("The company's data", "Kelda Water", "showed", "30 per cent of its supply was lost to leaks", False)],
     [("30 per cent", "Kelda Water")]),
    ("Kelda Water's own report found that 14 of its 20 pumps had failed.",
     [("Kelda Water's own report", "Kelda Water", "found", "14 of its 20 pumps had failed", False)],
     [("14", "Kelda Water"), ("20", "Kelda Water")]),
    ("The Transport Ministry met on Monday. The ministry's report, published on Tuesday, found that 40 bridges "
     "were unsafe.",
     [("The ministry's report", "Transport Ministry", "found", "40 bridges were unsafe", False)],
     [("40", "Transport Ministry")]),
    ("Dr Ana Ferro's study found that 12 of the 30 wells were dry.",
     [("Dr Ana Ferro's study", "Ana Ferro", "found", "12 of the 30 wells were dry", False)],
     [("12", "Ana Ferro"), ("30", "Ana Ferro")]),
    # NEGATIVE
    ("Leo Marsh was a patient at the clinic. Leo Marsh's data showed that his heart rate had doubled.", [], []),
    ("Last year's figures show that 1,200 ships docked at the port.", [], [("1,200", None)]),
    ("The study's data show that 40 per cent of pupils walk to school.", [], [("40 per cent", None)]),
    ("A firm's report found that 12 bridges were unsafe.", [], [("12", None)]),
    ("Ada Lunn chairs the audit panel. Her report found that 14 bridges were unsafe.", [], [("14", "Ada Lunn")]),
    ("The ministry's figures show a rise of 12 per cent.", [], [("12 per cent", None)]),
    ("The ministry's figures do not show that 412 cases were recorded.", [], [("412", None)]),
    # NEGATIVE: an owner no actor stands for, a document another made for the owner
    ("The county's own estimates show that 3,400 households are behind on their bills.", [],
     [("3,400", None)]),
    ("The Harbour Board met on Monday. The board's safety report, carried out by a private law firm, found that "
     "40 berths were unsafe.", [], [("40", "Harbour Board")]),      # figures.py's owner of the report; no position
]


@pytest.mark.parametrize("text, positions, figures", OWNED_FINDINGS)
def test_findings_of_an_owned_document(text, positions, figures):
    found = extract(text)
    assert positions_of(text) == positions
    assert [(f.text, f.actor) for f in found.figures] == figures


# 'the ferry fares — which islanders call a scandal — will double': a relative clause of speech, stance
# or crediting set between two dashes is the writer's aside on another source's view, as one set off by
# commas is; it ends at its closing dash. NEGATIVE rows: a relative of no view, one set off by a single
# dash, one whose subject is the relative pronoun; and the words after the closing dash, up to and past a
# later comma, stay in the content (the aside only is dropped).
DASH_ASIDE = [
    ("The Orvale Port Authority met on Monday. The authority's audit showed that cargo volumes — which "
     "shippers have credited to the new crane — rose to 3 million tonnes.",
     [("The authority's audit", "Orvale Port Authority", "showed", "cargo volumes rose to 3 million tonnes",
       False)]),
    ("The minister said the bridge — which engineers have described as unsafe — would reopen in June.",
     [("The minister", None, "said", "the bridge would reopen in June", False)]),
    ("The minister said the new law — which critics say is too weak — would take effect in May.",
     [("The minister", None, "said", "the new law would take effect in May", False)]),
    # NEGATIVE
    ("The minister said the new law — which was passed in March — would take effect in May.",
     [("The minister", None, "said", "the new law — which was passed in March — would take effect in May", False)]),
    ("Ada Obi said the mill — which her father built — employs 300 people.",
     [("Ada Obi", "Ada Obi", "said", "the mill — which her father built — employs 300 people", False)]),
    ("The minister said the bridge would reopen in June — which engineers doubt.",
     [("The minister", None, "said", "the bridge would reopen in June — which engineers doubt", False)]),
    ("The minister said the levy — which farmers oppose — would rise to $40, the highest in the region.",
     [("The minister", None, "said", "the levy would rise to $40, the highest in the region", False)]),
    ("Officials said the scheme — which unions have criticised — would cost $3m, and about 400 staff would move.",
     [("Officials", "officials", "said", "the scheme would cost $3m, and about 400 staff would move", False)]),
    ("The mayor said the tower — which residents call an eyesore — will be demolished in June, at a cost of $3m.",
     [("The mayor", None, "said", "the tower will be demolished in June, at a cost of $3m.", False)]),   # '$3m.': as without the aside
    ("He said the budget — which unions have attacked — includes $2m for schools, $1m for roads and $500,000 "
     "for parks.",
     [("He", None, "said", "the budget includes $2m for schools, $1m for roads and $500,000 for parks", False)]),
]


@pytest.mark.parametrize("text, expected", DASH_ASIDE)
def test_aside_of_another_view_between_dashes(text, expected):
    assert positions_of(text) == expected
