"""Figure claimants decided by where the figure sits in a report (session 26): whole records for
sentences written for these tests, as (text, value, low, high, unit, qualifier, claimant's name);
`conftest.figure` adds the sentence and the offsets. Rows whose claimant is None are the
negatives, or the figures no source claims.
"""
from __future__ import annotations

import pytest

from conftest import figure, figure_records


PAPER_LODGED = [
    # 'told X in a filing that ...', 'argued in its petition that ...': the parser hangs the
    # reported clause on the paper as a relative clause; what the clause says is the cue's
    ("Redwood Power Ltd told regulators in a filing that it needs $40 million to repair the dam.",
     [("$40 million", 40000000, None, None, "dollars", None, "Redwood Power Ltd")]),
    ("The Harbour Authority told the court in a submission that it had lost $3 million.",
     [("$3 million", 3000000, None, None, "dollars", None, "Harbour Authority")]),
    ("The Teachers Union argued in its petition that 2,000 workers had been laid off.",
     [("2,000", 2000, None, None, "workers", None, "Teachers Union")]),
    ("Kestrel Shipping said in a news release that it lost $12 million in the quarter.",
     [("$12 million", 12000000, None, None, "dollars", None, "Kestrel Shipping")]),
    ("Lena Ortiz, the mayor, stated in an affidavit that 45 homes were demolished.",
     [("45", 45, None, None, "homes", None, "Lena Ortiz")]),
    ("Kestrel Maritime Holdings told the exchange in a filing on Monday that its profit rose 12%.",
     [("12%", 12, None, None, "% rise in profit", None, "Kestrel Maritime Holdings")]),
    # NEGATIVE: a true relative clause on the paper ('that' its subject), or a paper that is
    # the object of another verb, not the occasion of a statement
    ("Mayor Lena Ortiz read a petition that 500 residents had signed.",
     [("500", 500, None, None, "residents", None, None)]),
    ("The Harbour Authority rejected a submission that sought $3 million.",
     [("$3 million", 3000000, None, None, "dollars", None, None)]),
    ("Judge Omar Reyes testified in a case that involved 30 companies.",
     [("30", 30, None, None, "companies", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", PAPER_LODGED)
def test_clause_of_a_lodged_paper_is_the_cues(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


PRESENT_GLOSS = [
    # a present-tense relative clause set off by a comma, on a noun of a past event or of the
    # object a finding names: the writer's description of the noun, no part of what was found
    ("The inquiry, led by retired judge Helen Marsh, found serious failings at the Northern Rugby Board, "
     "which governs 40 clubs.",
     [("40", 40, None, None, "clubs", None, None)]),
    ("An audit by the Westshire County Council found waste at the Harbour Trust, which manages 14 marinas.",
     [("14", 14, None, None, "marinas", None, None)]),
    ("The Ostrava lender, which has about 2 million customers, lost 5% of its deposits in March.",
     [("about 2 million", 2000000, None, None, "customers", "about", None),
      ("5%", 5, None, None, "% of deposits", None, None)]),
    # NEGATIVE (session 39): inside the clause a verb of saying or of finding reports, the
    # description is part of the report, the source's (`_within_a_reported_clause`)
    ("The Coastal Energy Agency reported that the Nordvik plant, which employs 800 people, had leaked 40 tonnes "
     "of oil.",
     [("800", 800, None, None, "people", None, "Coastal Energy Agency"),
      ("40", 40, None, None, "tonnes", None, "Coastal Energy Agency")]),
    ("Fitch Ratings said the lender, which has about 2 million customers, was likely to lose 5% of its deposits.",
     [("about 2 million", 2000000, None, None, "customers", "about", "Fitch Ratings"),
      ("5%", 5, None, None, "% of deposits", None, "Fitch Ratings")]),
    ("Oxfam said the charity, which has been running 70 clinics, would close half of them.",
     [("70", 70, None, None, "clinics", None, "Oxfam")]),
    ("Investigators at the Rail Standards Unit concluded that the carrier, which runs 120 trains a day, had "
     "skipped inspections.",
     [("120", 120, None, None, "trains a day", None, None, 0, "Investigators at the Rail Standards Unit")]),
    ("Exports of timber, which account for more than a third of the sector's sales, fell sharply, the "
     "figures from the Vell Trade Office showed.",
     [("more than a third", 0.3333, 0.3333, None, "share of sales", "more than", "Vell Trade Office")]),
    # NEGATIVE: a past-tense clause may be what was found; a report in the present tells
    # nothing apart; inside quotation marks the words are the speaker's
    ("A review by the Finance Ministry found that the agency, which spent $4 million on consultants, had no records.",
     [("$4 million", 4000000, None, None, "dollars", None, "Finance Ministry")]),
    ("Fitch Ratings says the lender, which has about 3 million customers, is likely to lose 6% of its deposits.",
     [("about 3 million", 3000000, None, None, "customers", "about", "Fitch Ratings"),
      ("6%", 6, None, None, "% of deposits", None, "Fitch Ratings")]),
    ("\"The plant, which employs 900 people, had leaked oil,\" said Anna Berg, an engineer.",
     [("900", 900, None, None, "people", None, "Anna Berg")]),
    # NEGATIVE: the noun is in the object of the verb of saying itself, not in what it reports
    ("Tom Arden accused the haulier, which employs 2,400 drivers, of ignoring warnings.",
     [("2,400", 2400, None, None, "drivers", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", PRESENT_GLOSS)
def test_present_gloss_in_a_past_report_is_the_writers(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


GLOSS_WITH_ITS_OWN_SOURCE = [
    # NEGATIVE: the relative clause reports a source of its own
    ("Anna Berg said the scheme, which the Orsby Council says costs $4 million, would continue.",
     [("$4 million", 4000000, None, None, "dollars", None, "Orsby Council")]),
    # NEGATIVE: a noun with an owner: the source may describe what is its own
    ("The Orsby Water Board said its testing programme, which covers 40 indicators, had found no lead.",
     [("40", 40, None, None, "indicators", None, "Orsby Water Board")]),
    ("Anna Berg said the firm's wage bill, which accounts for nearly half of its costs, would rise.",
     [("nearly half", 0.5, None, 0.5, "share of costs", "almost", "Anna Berg")]),
    ("Tom Reed said the dam would be built by Harbour Energy, which has estimated its cost at $2 billion.",
     [("$2 billion", 2000000000, None, None, "dollars", None, "Harbour Energy")]),
]


@pytest.mark.parametrize("sentence, expected", GLOSS_WITH_ITS_OWN_SOURCE)
def test_gloss_with_its_own_source_is_that_sources(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


DEMANDED = [
    # an amount in the object or wished-for clause of a verb of demanding, no statement holding
    # it: the demand of the subject
    ("The Kessel Mineworkers Union wants the basic monthly wage for underground workers raised to R17,500 "
     "from about R15,200 now, as well as a R1,500 housing allowance.",
     [("R17,500", 17500, None, None, "rand", None, "Kessel Mineworkers Union"),
      ("about R15,200", 15200, None, None, "rand", "about", None),     # NEGATIVE: the level it starts from
      ("R1,500", 1500, None, None, "rand", None, "Kessel Mineworkers Union")]),
    ("The Rail Workers Union is seeking a 9% increase over two years.",
     [("9%", 9, None, None, "% increase", None, "Rail Workers Union")]),
    ("Lena Ortiz is seeking $2 million in damages from the Orsby Council.",
     [("$2 million", 2000000, None, None, "dollars", None, "Lena Ortiz")]),
    ("The Kessel Farmers Union wants the levy cut to 3%.",
     [("3%", 3, None, None, "%", None, "Kessel Farmers Union")]),
    ("The Orsby Teachers Union wants 2,000 more teachers hired by 2027.",
     [("2,000", 2000, None, None, "teachers", None, "Orsby Teachers Union")]),
    # NEGATIVE: a demand denied, a question wished answered, a relative clause
    ("The Harbour Pilots Union does not want a 4% rise.", [("4%", 4, None, None, "% rise", None, None)]),
    ("Investors at Orsby Capital want to know whether the 5% target will hold.",
     [("5%", 5, None, None, "%", None, None)]),
    ("Shoppers in Kessel want bread that costs less than $2.",
     [("less than $2", 2, None, 2, "dollars", "less than", None)]),
    # NEGATIVE: a count or amount already there, which the demand acts on (review)
    ("The Orsby Teachers Union wants its 12,000 members paid on time.",
     [("12,000", 12000, None, None, "members", None, None)]),
    ("The Orsby Council wants Tom Reed to repay the $40,000 he was paid in 2021.",
     [("$40,000", 40000, None, None, "dollars", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", DEMANDED)
def test_amount_demanded_is_the_subjects(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


def test_body_noun_points_back_only_to_a_body_named_before():
    # 'the council' before the article names its one council points to no body named later
    text = ("The council has estimated the cost of repairs at about $38 million, although chief executive Tom "
            "Reed cautioned that the figure would rise. The Insurance Council of Orsby said it expected more claims.")
    assert figure_records(text) == [figure(text, "about $38 million", 38000000, None, None, "dollars", "about", None,
                                    source="The council")]


def test_body_noun_named_before_is_that_body():
    # NEGATIVE: named before, the one council of the article is the council
    text = ("The Insurance Council of Orsby said it expected more claims. The council has estimated the cost of "
            "repairs at about $38 million, although chief executive Tom Reed cautioned that the figure would rise.")
    assert figure_records(text) == [figure(text, "about $38 million", 38000000, None, None, "dollars", "about",
                                    "Insurance Council of Orsby", sentence=1)]
