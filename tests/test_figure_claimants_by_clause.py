"""Figures whose claimant or unit the clause around them decides (session 23): whole records
for sentences written for these tests, as (text, value, low, high, unit, qualifier, claimant's
name); `conftest.figure` adds the sentence and the offsets.
"""
from __future__ import annotations

import pytest

from conftest import figure, figure_records


MULTIPLES = [
    # a multiple names the noun it compares: 'as many/much' before the noun, or a determiner
    # of the noun the multiple hangs on
    ("The unit now has twice as many consultant hours, Tom Reed said.",
     [("twice", 2, None, None, "times consultant hours", None, "Tom Reed")]),
    ("Officers worked more than three times as many overtime hours as the state average.",
     [("more than three", 3, 3, None, "times overtime hours", "more than", None)]),
    ("The firm earned nearly twice as much revenue as it did in 2021.",
     [("nearly twice", 2, None, 2, "times revenue", "almost", None)]),
    ("Orsby recorded nearly twice its average rainfall in December.",
     [("nearly twice", 2, None, 2, "times rainfall", "almost", None)]),
    ("The area received three times its normal rainfall.",
     [("three", 3, None, None, "times rainfall", None, None)]),
    # NEGATIVE: no noun compared, the noun is 'times', a multiple the parse hangs elsewhere
    ("Demand was twice as high as supply.", [("twice", 2, None, None, "times", None, None)]),
    ("It cost three times as much as planned.", [("three", 3, None, None, "times", None, None)]),
    ("Clinics treated 4,800 cases, nearly twice as many as last year.",
     [("4,800", 4800, None, None, "cases", None, None), ("nearly twice", 2, None, 2, "times", "almost", None)]),
    ("She visited the site twice as many times as he did.", [("twice", 2, None, None, "times", None, None)]),
    ("A fourfold rise in cases was recorded.", [("fourfold", 4, None, None, "times", None, None)]),
    # NEGATIVE (review): the 'as' term names another bare noun, the one the multiple is of; a
    # count noun whose 'of' phrase names what is counted
    ("The fund holds four times as many bonds as equities, Anil Mehta said.",
     [("four", 4, None, None, "times", None, "Anil Mehta")]),
    ("Births outnumbered deaths: the region registered twice as many births as deaths in 2024.",
     [("twice", 2, None, None, "times", None, None)]),
    ("The survey found twice as many women as men had skipped a meal.",
     [("twice", 2, None, None, "times", None, None)]),
    ("Nairobi recorded twice its usual number of cholera cases in June.",
     [("twice", 2, None, None, "times", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", MULTIPLES, ids=[row[0] for row in MULTIPLES])
def test_multiple_names_what_it_compares(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


OWN_ESTIMATES = [
    # an analyst's own target: 'her target price' (the estimate noun as compound) and a verb
    # joined by 'and' to the cue whose subject it shares
    ("Priya Raghavan, head of research at Tembusu Securities, cut her target price on the stock to 38 cents.",
     [("38", 38, None, None, "cents", None, "Priya Raghavan")]),
    ('Orca Capital analyst Tom Reed said the market was "pricing in a delay", and cut his price target from $2.40 to $1.30.',
     [("$2.40", 2.4, None, None, "dollars", None, "Tom Reed"), ("$1.30", 1.3, None, None, "dollars", None, "Tom Reed")]),
    ("Tom Reed, an analyst at Orca Capital, said the stock was cheap and raised his target price to $12.",
     [("$12", 12, None, None, "dollars", None, "Tom Reed")]),
    # NEGATIVE: a target price set for another, a pronoun of the other gender
    ("Anna Berg cut Vantor Mining's target price to $3.", [("$3", 3, None, None, "dollars", None, None)]),
    ("Anna Berg cut his target price to $5.", [("$5", 5, None, None, "dollars", None, None)]),
    # NEGATIVE (review): out of an own-estimate verb's object, a body's target price may be the
    # thing priced; only a person's is theirs
    ("Vantor Mining's target price is $5, according to Refinitiv data.",
     [("$5", 5, None, None, "dollars", None, "Refinitiv")]),
    ("Tesla's average target price among analysts has fallen to $210.",
     [("$210", 210, None, None, "dollars", None, None)]),
    ("Tom Reed covers Vantor Mining for Orca Capital. His target price is $5.",
     [("$5", 5, None, None, "dollars", None, "Tom Reed", 1)]),
]


@pytest.mark.parametrize("sentence, expected", OWN_ESTIMATES, ids=[row[0] for row in OWN_ESTIMATES])
def test_own_estimate_is_its_owners(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


VALUED_IN_A_RELATIVE_CLAUSE = [
    # 'which X put at N': the parser may leave 'at' empty and hang the amount on the verb; the
    # clause's subject still values the noun, not the speaker whose statement holds it
    ("Tom Reed said wages lagged inflation, which the Orsby Bureau of Statistics put at over 30 percent.",
     [("over 30 percent", 30, 30, None, "% inflation", "more than", "Orsby Bureau of Statistics")]),
    ("Tom Reed said wages lagged inflation, which the Orsby Bureau of Statistics put at 30 percent.",
     [("30 percent", 30, None, None, "% inflation", None, "Orsby Bureau of Statistics")]),
    # NEGATIVE: 'put at' a place is no valuing
    ("Tom Reed said the boxes, which he put at 3 locations, were lost.",
     [("3", 3, None, None, "locations", None, "Tom Reed")]),
]


@pytest.mark.parametrize("sentence, expected", VALUED_IN_A_RELATIVE_CLAUSE,
                         ids=[row[0] for row in VALUED_IN_A_RELATIVE_CLAUSE])
def test_valued_in_a_relative_clause(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


REPORTED_WITHIN_A_STATEMENT = [
    # a named body the speaker reports as holding the figure holds it, whether she reports it
    # plainly, disputes it, calls it a claim or says the body erred (review 27: never the speaker)
    ("Mara Quell said the Orsby Transport Agency estimated that 1,200 commuters used the ferry each day.",
     [("1,200", 1200, None, None, "commuters a day", None, "Orsby Transport Agency")]),
    ("Dov Arkin said the Telmere Water Board reported that 85 pipes had burst, a number he called far too low.",
     [("85", 85, None, None, "pipes", None, "Telmere Water Board")]),
    ("Dov Arkin said the Telmere Water Board claimed that 85 pipes had burst, which was false.",
     [("85", 85, None, None, "pipes", None, "Telmere Water Board")]),
    ("Dov Arkin said the Telmere Water Board wrongly estimated that 85 pipes had burst.",
     [("85", 85, None, None, "pipes", None, "Telmere Water Board")]),
    ("Dov Arkin said the Telmere Water Board estimated that 85 pipes had burst. He said the true count was 30.",
     [("85", 85, None, None, "pipes", None, "Telmere Water Board")]),
    # NEGATIVE: a source the speaker gives as the ground of her view, not what she reports; a
    # source in the words of a sentence nobody speaks
    ("Mara Quell said the fare rise was unfair given that the Orsby Transport Agency estimated that "
     "1,200 commuters used the ferry each day.",
     [("1,200", 1200, None, None, "commuters a day", None, "Orsby Transport Agency")]),
    ("The Orsby Transport Agency estimated that 1,200 commuters used the ferry each day.",
     [("1,200", 1200, None, None, "commuters a day", None, "Orsby Transport Agency")]),
]


@pytest.mark.parametrize("sentence, expected", REPORTED_WITHIN_A_STATEMENT,
                         ids=[row[0] for row in REPORTED_WITHIN_A_STATEMENT])
def test_reported_within_a_statement(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


REFUSED_PROPOSALS = [
    # an offer or a change refused inside what a speaker reports is reported by the speaker:
    # rejecting a proposal does not doubt its amount (session 31)
    ('Unite organiser Paula Grint said the porters had rejected a 4.1 per cent pay rise as "derisory".',
     [("4.1 per cent", 4.1, None, None, "% pay rise", None, "Paula Grint")]),
    ("Paula Grint said the porters had rejected an offer of £2,000.",
     [("£2,000", 2000, None, None, "pounds", None, "Paula Grint")]),
    # NEGATIVE: the refuser alone puts no amount forward; a claim or a count rejected is doubted
    ("Porters rejected a 3 per cent pay rise on Friday.",
     [("3 per cent", 3, None, None, "% pay rise", None, None)]),
    ("Paula Grint rejected claims that 400 porters had left.",
     [("400", 400, None, None, "porters", None, None)]),
    ("Paula Grint said the union rejected the figure of 400 job losses.",
     [("400", 400, None, None, "job losses", None, None)]),
    ("Bea Lomax said the tenants had rejected a 6 per cent rent increase.",
     [("6 per cent", 6, None, None, "% rent increase", None, "Bea Lomax")]),
    # NEGATIVE (review): a change reported in something ('a rise in evictions', 'a drop of 6 per
    # cent in rents') is a count disputed, not a proposal refused
    ("Bea Lomax said landlords had rejected a 25 per cent rise in evictions recorded by the Harbour Union.",
     [("25 per cent", 25, None, None, "% rise in evictions", None, None)]),
    ("Bea Lomax said the council rejected a drop of 6 per cent in rents as too low.",
     [("6 per cent", 6, None, None, "% drop in rents", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", REFUSED_PROPOSALS, ids=[row[0] for row in REFUSED_PROPOSALS])
def test_refused_proposal_is_the_reporters(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]
