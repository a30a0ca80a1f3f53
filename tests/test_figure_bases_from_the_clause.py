"""What a percentage measures, read from its clause (session 38). A range the parser splits
('climbed by between 6 and 9 per cent': the high end a conjunct of the low) holds the low end's
place, so a verb of change names what changed, as 'by up to 12%' does ('to' closing the
qualifier, no level reached); a past participle before the noun ('recorded
thefts') is a word of its name, and a noun no other noun names keeps its 'of' phrase
('registered owners of electric bikes'); a noun with its own 'of N%' in a phrase on a verb, or
on a noun by a preposition that names no whole ('with a vaccination rate of 58%'), is what the
percentage measures, as a bound right on a noun of measure bounds its level ('a protein
content above 11%'); an average or a total an adjective describes names nothing ('the previous
average was 5%': abstain); a benchmark in a phrase of a bound ('just above the regional average of 88%') is set
against the percentage before it where that one is a level (not a change: 'fell 5%, below
the national average of 70%'). Near-misses: qualifier phrases ('in the region of 5%'), the
'of' phrase of a share or of a change noun, a benchmark with no percentage before it, amounts
joined with words of their own. Sentences written for the tests; each row asserts the whole list
of figure records as (text, value, low, high, unit, qualifier)."""
from __future__ import annotations

from dataclasses import asdict

import pytest

from conftest import extract, figure


CASES = [
    # a range split by the parser holds the low end's place
    ("Rents climbed by between 8 and 12 per cent over the year.",
     [("between 8 and 12 per cent", 8, 8, 12, "% rise in rents", "between")]),
    ("Prices of spare parts had gone up by between 6 and 9 per cent since the strike.",
     [("between 6 and 9 per cent", 6, 6, 9, "% rise in prices of spare parts", "between")]),
    ("Enrolments jumped by between 3 and 5 percent.",
     [("between 3 and 5 percent", 3, 3, 5, "% rise in enrolments", "between")]),
    ("Fares were cut by between 10 and 15 per cent.",
     [("between 10 and 15 per cent", 10, 10, 15, "% cut in fares", "between")]),
    ("Between 8 and 12 per cent of voters were undecided.",
     [("Between 8 and 12 per cent", 8, 8, 12, "% of voters", "between")]),
    # near-miss: a second amount with words of its own is no part of the first's range
    ("Exports fell 5% in May and 7% in June.",
     [("5%", 5, None, None, "% fall in exports", None), ("7%", 7, None, None, "%", None)]),
    # 'up to' closes a qualifier, and is no level the change reaches
    ("Fees could climb by up to 12 per cent next year.",
     [("up to 12 per cent", 12, None, 12, "% rise in fees", "up to")]),
    ("The levy was cut by up to 3 per cent.",
     [("up to 3 per cent", 3, None, 3, "% cut in levy", "up to")]),
    ("Fees could climb by up to 3 to 4 per cent next year.",
     [("up to 3 to 4 per cent", 3, 3, 4, "% rise in fees", "up to")]),
    ("The levy was cut by close to 3 per cent.",
     [("close to 3 per cent", 3, None, 3, "% cut in levy", "almost")]),
    # near-misses: a level reached after 'to'
    ("Rents rose by up to 2 per cent to 5 per cent.",
     [("up to 2 per cent", 2, None, 2, "% rise in rents", "up to"), ("5 per cent", 5, None, None, "%", None)]),
    ("Rents rose by 2 per cent to 5 per cent.",
     [("2 per cent", 2, None, None, "% rise in rents", None), ("5 per cent", 5, None, None, "%", None)]),
    ("Inflation fell from 8 to 6 per cent.",
     [("6 per cent", 6, None, None, "%", None)]),
    # a participle naming the noun, and the 'of' phrase of a noun no other noun names
    ("Recorded thefts fell 9 per cent.",
     [("9 per cent", 9, None, None, "% fall in recorded thefts", None)]),
    ("Registered owners of electric bikes rose 20 per cent in the city.",
     [("20 per cent", 20, None, None, "% rise in registered owners of electric bikes", None)]),
    ("Approved applications grew by 30 per cent in the quarter.",
     [("30 per cent", 30, None, None, "% rise in approved applications", None)]),
    ("Annual sales of electric cars jumped 40 per cent.",
     [("40 per cent", 40, None, None, "% rise in annual sales of electric cars", None)]),
    ("The total number of visitors rose 8 per cent.",
     [("8 per cent", 8, None, None, "% rise in total number of visitors", None)]),
    # near-miss: a noun named by another noun keeps no 'of' phrase it does not need
    ("Household spending on food rose 6 per cent.",
     [("6 per cent", 6, None, None, "% rise in household spending", None)]),
    # a noun with its own 'of N%' in a phrase that names no whole of it
    ("The clinic serves a population with a vaccination rate of 58 per cent.",
     [("58 per cent", 58, None, None, "% vaccination rate", None)]),
    ("Firms in the zone with an export share of 40 per cent pay less.",
     [("40 per cent", 40, None, None, "% export share", None)]),
    ("The plan leaves farmers with a margin of 12 per cent.",
     [("12 per cent", 12, None, None, "% margin", None)]),
    # near-misses: a qualifier's noun, the 'of' phrase of a share or of a change
    ("Rents rose in the region of 5 per cent.",
     [("in the region of 5 per cent", 5, None, None, "%", "about")]),
    ("Prices rose in excess of 5 per cent.",
     [("in excess of 5 per cent", 5, 5, None, "%", "more than")]),
    ("The share of pupils of 30% was lower.",
     [("30%", 30, None, None, "%", None)]),
    ("A cut in taxes of 5% was proposed.",
     [("5%", 5, None, None, "%", None)]),
    ("Families with children of 5 per cent were surveyed.",
     [("5 per cent", 5, None, None, "%", None)]),
    # a bound right on a noun of measure bounds its level
    ("Buyers discount barley with a protein content above 11 per cent.",
     [("above 11 per cent", 11, 11, None, "% protein content", "more than")]),
    ("Smelters pay less for ore with a sulphur level above 2 per cent.",
     [("above 2 per cent", 2, 2, None, "% sulphur level", "more than")]),
    ("Turnout above 60 per cent would be a record.",
     [("above 60 per cent", 60, 60, None, "% turnout", "more than")]),
    # near-misses: a bound on a noun that measures nothing, or on a level an adjective describes
    # (abstain: "high levels", "fat content" alike); "up to" with no "by" (maybe the level reached)
    ("The content above 7.5 per cent was removed.",
     [("above 7.5 per cent", 7.5, 7.5, None, "%", "more than")]),
    ("Buyers avoid cheese with a fat content over 30 per cent.",
     [("over 30 per cent", 30, 30, None, "%", "more than")]),
    ("The shares rose up to 40% on Monday.",
     [("up to 40%", 40, None, 40, "%", "up to")]),
    # near-misses: an average or a total an adjective describes names no measure (abstain)
    ("The national average is 75 per cent.",
     [("75 per cent", 75, None, None, "%", None)]),
    ("The previous average was 5 per cent.",
     [("5 per cent", 5, None, None, "%", None)]),
    ("The current average stands at 64 per cent.",
     [("64 per cent", 64, None, None, "%", None)]),
    ("The grand total was 52 per cent.",
     [("52 per cent", 52, None, None, "%", None)]),
    ("The combined total is 40 per cent.",
     [("40 per cent", 40, None, None, "%", None)]),
    ("The overall median was 12 per cent.",
     [("12 per cent", 12, None, None, "%", None)]),
    # a benchmark set against a bound
    ("Attendance at the school was 91 per cent, just above the regional average of 88 per cent.",
     [("91 per cent", 91, None, None, "% attendance", None), ("88 per cent", 88, None, None, "% attendance", None)]),
    ("Pass rates were 62 per cent, well below the national average of 75 per cent.",
     [("62 per cent", 62, None, None, "% pass rates", None), ("75 per cent", 75, None, None, "% pass rates", None)]),
    # near-misses: a bound set off after a change compares no change; the benchmark is a level (abstain)
    ("Turnout fell 5 per cent, below the national average of 70 per cent.",
     [("5 per cent", 5, None, None, "% fall in turnout", None), ("70 per cent", 70, None, None, "%", None)]),
    ("The vote share fell 6 per cent, below the target of 40 per cent.",
     [("6 per cent", 6, None, None, "% fall in vote share", None), ("40 per cent", 40, None, None, "%", None)]),
    ("Unemployment fell 2 per cent, below the national average of 6 per cent.",
     [("2 per cent", 2, None, None, "% fall in unemployment", None), ("6 per cent", 6, None, None, "%", None)]),
    ("Sales rose 3 per cent, under the industry average of 40 per cent.",
     [("3 per cent", 3, None, None, "% rise in sales", None), ("40 per cent", 40, None, None, "%", None)]),
    # near-misses: a benchmark set against a bare percentage, or an average of nothing named
    ("Graduation stood at 80 per cent, under the national average of 86 per cent.",
     [("80 per cent", 80, None, None, "%", None), ("86 per cent", 86, None, None, "%", None)]),
    ("The report compared the town with an average of 40 per cent.",
     [("an average of 40 per cent", 40, None, None, "%", "average")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0] for c in CASES])
def test_bases_from_the_clause(text, expected):
    assert [asdict(f) for f in extract(text).figures] == [figure(text, *row) for row in expected]
