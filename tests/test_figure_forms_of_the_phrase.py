"""A figure's bound, scale, basis and standing read from the form of its phrase (sessions 43-44).

A sum of money or a percentage right after a verb of passing that is the verb's own object
('turnover topped £31m', 'the levy already tops 6%') is a level gone over ('more than'); after
'pass', which also enacts or hands over, only where an amount or a rate passed it ('the deficit
could pass £75m'). Near-misses: a vote's tally ('passed 58% to 42%'), money handed on, a denied,
aimed-at or supposed passing, a bare count ('crossed 1,100 patients'), a sum that modifies another
noun ('passes $3.4 billion roads bill'), a share of something ('passed 85% of her exams'), a sum
enacted or handed over ('the Assembly passed $900 million', 'passed £60 under the table'). Wire and
house-style scales after a space ('Rs. 7.2 b', '2.8 tln won', '4.7 mln'). 'N out of M' with an
exact count of a set ('215 out of 618 posts') is a tally (both counts), not a share; a rate keeps
its base up to ten or a power of ten ('three out of ten', 'one out of every 25'). 'over N years'
hung as an adverb on a verb or noun that carries another amount of its own is the span of that
amount, no length ('dropped from $90,000 to $31,000 over four years'); 'a wait of over three
years', 'lasted over three years' stay, and so does one beside a number in the subject's own
clause ('The bakery, which employs 120 people, has been trading over 60 years'). A year after a
possessive before its noun ('the trust's 2021 accounts') is no count; near-misses: a number below
1900, one with a group comma, one without a possessive. 'by X to Y' stays a range however wide
('could rise by 2 to 9 degrees', 'cut by one to five years'). A second 'from … to' joined by 'and'
after a change is a change too (gapping); after a verb of selling, ranges stay. A sum is paid per
the period of a noun of pay it is the value of ('yearly wages ranging from …', 'weekly payments of
between …', 'the monthly rent is …', 'the weekly wage stands at …'), of what 'add … to' puts it to,
or per the hyphened 'per-X' before its noun ('per-student cost is …'); a period adjective on a
publication, a report or a market says how often it appears, not how often the sum is paid ('the
monthly newsletter is $4', 'the annual yearbook came to $6,000', 'the weekly fair, selling books
for …'). Amounts in an 'if', 'unless' or 'when' clause stay, real thresholds and fines among them.
Sentences written for the tests; each row asserts the whole list of figure records as (text,
value, low, high, unit, qualifier[, actor])."""
from __future__ import annotations

from dataclasses import asdict

import pytest

from conftest import extract, figure


CASES = [
    ('Turnover at the bakery chain topped £31m last year.',
     [('£31m', 31000000, 31000000, None, 'pounds', 'more than')]),
    ('The hotel levy in some resorts already tops 6%.',
     [('6%', 6, 6, None, '% hotel levy', 'more than')]),
    ('The water budget has crossed Rs 2,400 crore this year.',
     [('Rs 2,400 crore', 24000000000, 24000000000, None, 'rupees', 'more than')]),
    ("The trust's deficit could pass £75m by June.",
     [('£75m', 75000000, 75000000, None, 'pounds', 'more than')]),
    ('Unemployment in the valley has passed 11 per cent.',
     [('11 per cent', 11, 11, None, '%', 'more than')]),
    ('Donations have already surpassed R500,000.',
     [('R500,000', 500000, 500000, None, 'rand', 'more than')]),
    ('The shares topped 40 cents on Monday.',
     [('40', 40, 40, None, 'cents', 'more than')]),
    ('Proposition 7 passed 58% to 42% on Tuesday.',
     [('58%', 58, None, None, '%', None), ('42%', 42, None, None, '%', None)]),
    ('He passed $500 to his brother before the raid.',
     [('$500', 500, None, None, 'dollars', None)]),
    ('If inflation crosses 10%, the bank will act.',
     [('10%', 10, None, None, '%', None)]),
    ("The club's debt never crossed £5m in those years.",
     [('£5m', 5000000, None, None, 'pounds', None)]),
    ('Investors hope to top $50 million by the end of the year.',
     [('$50 million', 50000000, None, None, 'dollars', None)]),
    ('The waiting list has now crossed 1,100 patients.',
     [('1,100', 1100, None, None, 'patients', None)]),
    ("The lender's paid-up capital was raised to Rs. 7.2 b this year.",
     [('Rs. 7.2 b', 7200000000, None, None, 'rupees', None)]),
    ('Daerim Motors will invest 2.8 tln won in a chip plant.',
     [('2.8 tln', 2800000000000, None, None, 'won', None)]),
    ('Crude exports fell to 4.7 mln barrels in May.',
     [('4.7 mln', 4700000, None, None, 'barrels', None)]),
    ('He paid $5 and she paid $7.',
     [('$5', 5, None, None, 'dollars', None), ('$7', 7, None, None, 'dollars', None)]),
    ('Records show 215 out of 618 approved posts were vacant in March.',
     [('215', 215, None, None, 'posts', None), ('618', 618, None, None, 'posts', None)]),
    ('Seven out of 46 wards reported no cases last week.',
     [('Seven', 7, None, None, 'wards', None), ('46', 46, None, None, 'wards', None)]),
    ('Three out of ten homes in the district lack piped water.',
     [('Three out of ten', 0.3, None, None, 'share of homes', None)]),
    ('One out of every 25 children was underweight.',
     [('One out of every 25', 0.04, None, None, 'share of children', None)]),
    ('About 45 out of 100 residents said they would move.',
     [('About 45 out of 100', 0.45, None, None, 'share of residents', 'about')]),
    ('Two out of three voters backed the plan.',
     [('Two out of three', 0.6667, None, None, 'share of voters', None)]),
    ("The charity's savings had dropped from about $90,000 to $31,000 over four years.",
     [('about $90,000', 90000, None, None, 'dollars', 'about'), ('$31,000', 31000, None, None, 'dollars', None)]),
    ('The nurses rejected a pay deal of 4% a year over two years.',
     [('4%', 4, None, None, '% a year', None)]),
    ('The strike lasted over three years.',
     [('over three', 3, 3, None, 'years', 'more than')]),
    ('Families face a wait of over three years.',
     [('over three', 3, 3, None, 'years', 'more than')]),
    ('He has worked there for over 20 years.',
     []),
    ("An audit of the trust's 2021 accounts found gaps in its records.",
     []),
    ('Its 2024 budget rose to $3 million.',
     [('$3 million', 3000000, None, None, 'dollars', None)]),
    ("The club's 1500 members voted on the plan.",
     [('1500', 1500, None, None, 'members', None)]),
    ("The council's 2,023 staff will get a raise.",
     [('2,023', 2023, None, None, 'staff', None)]),
    ('The firm sold 2023 units last month.',
     [('2023', 2023, None, None, 'units', None)]),
    ('Prices were cut by 10 to 15 per cent.',
     [('10 to 15 per cent', 10, 10, 15, '% cut in prices', None)]),
    ('Rents rose by 2 per cent to 5 per cent.',
     [('2 per cent', 2, None, None, '% rise in rents', None), ('5 per cent', 5, None, None, '%', None)]),
    ('The council will raise parking fees from $3 to $4 and fines from $50 to $80.',
     [('$3', 3, None, None, 'dollars', None), ('$4', 4, None, None, 'dollars', None), ('$50', 50, None, None, 'dollars', None), ('$80', 80, None, None, 'dollars', None)]),
    ('The store sells shirts from $5 to $10 and jackets from $40 to $90.',
     [('$5 to $10', 5, 5, 10, 'dollars', None), ('$40 to $90', 40, 40, 90, 'dollars', None)]),
    ('Tickets cost from $5 to $10.',
     [('$5 to $10', 5, 5, 10, 'dollars', None)]),
    ('Guards were paid yearly wages ranging from $30,000 to $41,000.',
     [('$30,000 to $41,000', 30000, 30000, 41000, 'dollars a year', None)]),
    ('Traders described weekly payments of between R1 500 and R4 000.',
     [('between R1 500 and R4 000', 1500, 1500, 4000, 'rand a week', 'between')]),
    ("The county's per-student transport cost is $1,140.",
     [('$1,140', 1140, None, None, 'dollars per student', None)]),
    ('The new levy would add about 60 cents to the average monthly bill.',
     [('about 60', 60, None, None, 'cents a month', 'about')]),
    ('The monthly rent is $900 for a flat.',
     [('$900', 900, None, None, 'dollars a month', None)]),
    ('The weekly wage stands at £300.',
     [('£300', 300, None, None, 'pounds a week', None)]),
    ('Nurses earn an annual salary of about $52,000.',
     [('about $52,000', 52000, None, None, 'dollars a year', 'about')]),
    ('The annual report showed revenue of $5 million.',
     [('$5 million', 5000000, None, None, 'dollars', None, None, 0, 'The annual report')]),
    ('Her monthly column earned $300.',
     [('$300', 300, None, None, 'dollars', None)]),
    ('The yearly festival drew 20,000 visitors.',
     [('20,000', 20000, None, None, 'visitors', None)]),
    ('The rent is $900 for a flat.',
     [('$900', 900, None, None, 'dollars', None)]),
    ('Salaries ranging from $40,000 to $60,000 were offered.',
     [('$40,000 to $60,000', 40000, 40000, 60000, 'dollars', None)]),
    ('"When you pay $3 for a loaf of bread, you notice," she said.',
     [('$3', 3, None, None, 'dollars', None)]),
    ('"If the rate rises to 5%, we will have to sell," he said.',
     [('5%', 5, None, None, '%', None)]),
    ('If the plant closes, 400 workers will lose their jobs.',
     [('400', 400, None, None, 'workers', None)]),
    ('When a gunman opened fire at the market, two people were killed.',
     [('two', 2, None, None, 'people', None)]),
    ('When a patient arrives after midnight, they wait up to four hours.',
     [('up to four', 4, None, 4, 'hours', 'up to')]),
    ('The council will act when a review finds that more than 40 homes are empty.',
     [('more than 40', 40, 40, None, 'homes', 'more than')]),
    ('Seven out of 12 jurors voted to convict.',
     [('Seven', 7, None, None, 'jurors', None), ('12', 12, None, None, 'jurors', None)]),
    ('About 40 out of 46 wards reported no cases last week.',
     [('About 40', 40, None, None, 'wards', 'about'), ('46', 46, None, None, 'wards', None)]),
    ('Bitcoin tops $90,000 for first time',
     [('$90,000', 90000, 90000, None, 'dollars', 'more than')]),
    ('Inflation has crossed 7 per cent.',
     [('7 per cent', 7, 7, None, '%', 'more than')]),
    ('The bill for repairs has now passed R2 million.',
     [('R2 million', 2000000, None, None, 'rand', None)]),
    ('Savings could reach $4m over five years.',
     [('$4m', 4000000, None, None, 'dollars', None)]),
]

# NEGATIVE: a review's probes (session 43), rewritten: a sum enacted or handed over after 'pass', a share
# of something, a sum modifying another noun; a wide range of a change after 'by'; a period adjective of
# a publication or a market; thresholds and fines in 'if'/'unless' clauses; a number in the subject's
# relative clause beside 'over N years'.
REVIEW_PROBES = [
    ('Assembly passes $3.4 billion roads bill',
     [('$3.4 billion', 3400000000, None, None, 'dollars', None)]),
    ('The Assembly passed $900 million in flood relief on Tuesday.',
     [('$900 million', 900000000, None, None, 'dollars', None)]),
    ('Council passes 3.99% rates rise',
     [('3.99%', 3.99, None, None, '%', None)]),
    ('Legislators passed $3bn for hospitals, the governor said.',
     [('$3bn', 3000000000, None, None, 'dollars', None, None, 0, 'the governor')]),
    ('The steward passed £60 under the table, the court heard.',
     [('£60', 60, None, None, 'pounds', None, None, 0, 'the court')]),
    ('She passed $8,000 in fake notes at the track, police said.',
     [('$8,000', 8000, None, None, 'dollars', None, 'police')]),
    ('Lerato Dube passed 85% of her exams, the school said.',
     [('85%', 85, None, None, '% of exams', None, None, 0, 'the school')]),
    ('The motion passed 64% in the final count.',
     [('64%', 64, None, None, '%', None)]),
    ('The resolution passed 70% in favour at the annual meeting.',
     [('70%', 70, None, None, '%', None)]),
    ('Night temperatures could rise by 2 to 9 degrees by 2080, the study said.',
     [('2 to 9', 2, 2, 9, 'degrees', None, None, 0, 'the study')]),
    ('River levels could rise by 0.4 to 3 metres by 2100.',
     [('0.4 to 3', 0.4, 0.4, 3, 'metres', None)]),
    ('Water use must be cut by 3 to 12 per cent a year, engineers said.',
     [('3 to 12 per cent', 3, 3, 12, '% cut in water use a year', None, 'engineers')]),
    ('Sentences could be cut by one to five years under the reform.',
     [('one to five', 1, 1, 5, 'years', None)]),
    ('The monthly newsletter is $4 at most kiosks.',
     [('$4', 4, None, None, 'dollars', None)]),
    ('The daily gazette is $2.50 at the station.',
     [('$2.50', 2.5, None, None, 'dollars', None)]),
    ('The weekly bulletin came to $2 at the kiosk.',
     [('$2', 2, None, None, 'dollars', None)]),
    ('The annual yearbook came to $6,000 to print, the clerk said.',
     [('$6,000', 6000, None, None, 'dollars', None, None, 0, 'the clerk')]),
    ('The weekly fair, selling used books for between $1 and $8, draws big crowds.',
     [('between $1 and $8', 1, 1, 8, 'dollars', 'between')]),
    ('Under the new rules, if a company has more than 40 staff, it must file a report.',
     [('more than 40', 40, 40, None, 'staff', 'more than')]),
    ('If a household earns less than $25,000 a year, it qualifies for the grant, the ministry said.',
     [('less than $25,000', 25000, None, 25000, 'dollars a year', 'less than', None, 0, 'the ministry')]),
    ('Unless a driver pays the $60 fine within 21 days, the penalty doubles.',
     [('$60', 60, None, None, 'dollars', None)]),
    ('If anyone earns over $180,000, they pay the top rate of 42%.',
     [('over $180,000', 180000, 180000, None, 'dollars', 'more than'), ('42%', 42, None, None, '% top rate', None)]),
    ('If somebody steals $700, they face a year in jail.',
     [('$700', 700, None, None, 'dollars', None)]),
    ('The bakery, which employs 120 people, has been trading over 60 years.',
     [('120', 120, None, None, 'people', None), ('over 60', 60, 60, None, 'years', 'more than')]),
]


@pytest.mark.parametrize("text,expected", CASES + REVIEW_PROBES, ids=[c[0] for c in CASES + REVIEW_PROBES])
def test_bound_scale_basis_and_standing(text, expected):
    assert [asdict(f) for f in extract(text).figures] == [figure(text, *row) for row in expected]
