"""A figure's bound, scale, basis and standing read from the form of its phrase (session 43).

A sum of money or a percentage right after a verb of passing ('sales topped £86m', 'the budget
has crossed Rs 6,800 crore', 'the rate already tops 9%') is a level gone over ('more than'), whatever
the subject; near-misses: a vote's tally ('passed 58% to 42%'), money handed on ('passed $500 to his
brother'), a denied, aimed-at or supposed passing, and a bare count ('crossed 1,100 patients').
Wire and house-style scales after a space ('Rs. 3.5 b', '4.5 tln won', '4.7 mln'). 'N out of M'
with an exact count of a set ('312 out of 784 posts') is a tally (both counts), not a share; a
rate keeps its base up to ten or a power of ten ('three out of ten', 'one out of every 25').
'over N years' hung as an adverb on a verb or noun that carries another amount is the span of
that amount, no length ('fallen from $540,000 to $188,000 over three years'); 'a wait of over
three years', 'lasted over three years' stay. A year after a possessive before its noun ('the
council's 2023 accounts') is no count; near-misses: a number below 1900, one with a group comma,
one without a possessive. 'by X to Y' with Y many times X is a change and the level it led to,
two figures ('go up by £88.47 to £1,861.38'); ends of like size stay a range ('cut by 10 to 15 per
cent'). A second 'from … to' joined by 'and' after a change is a change too (gapping); after a
verb of selling, ranges stay. A sum that is the value of a noun with a period adjective or a
hyphened 'per-X' is paid per that ('monthly salaries ranging from …', 'payments of between …',
'the monthly rent is …', 'the weekly wage stands at …', 'add 90 cents to the monthly bill',
'per-pupil cost is …'); near-misses: a sum a verb like 'earn' or 'show' governs, a period adjective
on another noun. An amount inside a present 'if' clause about anyone at all ('a department', 'you're a
firm') or a 'when' clause about no one in particular ('nobody tells you …') is an invented
example, no claim; a definite, a past or a reported clause stays, and so do 'when a judge writes
38 pages' and 'when you add $9 a month' (a real one told as anyone's).
Sentences written for the tests; each row asserts the whole list of figure records as (text,
value, low, high, unit, qualifier)."""
from __future__ import annotations

from dataclasses import asdict

import pytest

from conftest import extract, figure


CASES = [
    ('Sales at the processor topped £86m last year.',
     [('£86m', 86000000, 86000000, None, 'pounds', 'more than')]),
    ('The combined sales tax rate in some towns already tops 9%.',
     [('9%', 9, 9, None, '% combined sales tax rate', 'more than')]),
    ('The health budget has crossed Rs 6,800 crore this year.',
     [('Rs 6,800 crore', 68000000000, 68000000000, None, 'rupees', 'more than')]),
    ("The council's deficit could pass £120m by March.",
     [('£120m', 120000000, 120000000, None, 'pounds', 'more than')]),
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
    ('Minimum core capital was raised to Rs. 3.5 b this year.',
     [('Rs. 3.5 b', 3500000000, None, None, 'rupees', None)]),
    ('Hanseong will invest 4.5 tln won in a battery plant.',
     [('4.5 tln', 4500000000000, None, None, 'won', None)]),
    ('Crude exports fell to 4.7 mln barrels in May.',
     [('4.7 mln', 4700000, None, None, 'barrels', None)]),
    ('He paid $5 and she paid $7.',
     [('$5', 5, None, None, 'dollars', None), ('$7', 7, None, None, 'dollars', None)]),
    ('Records show 312 out of 784 sanctioned posts were unfilled in October.',
     [('312', 312, None, None, 'posts', None), ('784', 784, None, None, 'posts', None)]),
    ('Seven out of 52 wards reported no cases last week.',
     [('Seven', 7, None, None, 'wards', None), ('52', 52, None, None, 'wards', None)]),
    ('Three out of ten homes in the district lack piped water.',
     [('Three out of ten', 0.3, None, None, 'share of homes', None)]),
    ('One out of every 25 children was underweight.',
     [('One out of every 25', 0.04, None, None, 'share of children', None)]),
    ('About 45 out of 100 residents said they would move.',
     [('About 45 out of 100', 0.45, None, None, 'share of residents', 'about')]),
    ('Two out of three voters backed the plan.',
     [('Two out of three', 0.6667, None, None, 'share of voters', None)]),
    ("The association's cash reserves had fallen from about $540,000 to $188,000 over three years.",
     [('about $540,000', 540000, None, None, 'dollars', 'about'), ('$188,000', 188000, None, None, 'dollars', None)]),
    ('The union rejected an offer of 5.5% a year over three years.',
     [('5.5%', 5.5, None, None, '% a year', None)]),
    ('The strike lasted over three years.',
     [('over three', 3, 3, None, 'years', 'more than')]),
    ('Families face a wait of over three years.',
     [('over three', 3, 3, None, 'years', 'more than')]),
    ('He has worked there for over 20 years.',
     []),
    ("An audit of the council's 2023 accounts found weaknesses in revenue collection.",
     []),
    ('Its 2024 budget rose to $3 million.',
     [('$3 million', 3000000, None, None, 'dollars', None)]),
    ("The club's 1500 members voted on the plan.",
     [('1500', 1500, None, None, 'members', None)]),
    ("The council's 2,023 staff will get a raise.",
     [('2,023', 2023, None, None, 'staff', None)]),
    ('The firm sold 2023 units last month.',
     [('2023', 2023, None, None, 'units', None)]),
    ("The council's share of the bill would go up by £88.47 to £1,861.38 a year.",
     [('£88.47', 88.47, None, None, 'pounds a year', None), ('£1,861.38', 1861.38, None, None, 'pounds a year', None)]),
    ('The fund grew by $3m to $45m last year.',
     [('$3m', 3000000, None, None, 'dollars', None), ('$45m', 45000000, None, None, 'dollars', None)]),
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
    ('Doctors were paid monthly salaries ranging from Rs 38,000 to Rs 52,000.',
     [('Rs 38,000 to Rs 52,000', 38000, 38000, 52000, 'rupees a month', None)]),
    ('Shop owners described monthly payments of between R2 000 and R5 000.',
     [('between R2 000 and R5 000', 2000, 2000, 5000, 'rand a month', 'between')]),
    ("The district's per-pupil facility cost is $2,310.",
     [('$2,310', 2310, None, None, 'dollars per pupil', None)]),
    ('The rate rise would add about 90 cents to the typical monthly bill.',
     [('about 90', 90, None, None, 'cents a month', 'about')]),
    ('The monthly rent is $1,200 for a flat.',
     [('$1,200', 1200, None, None, 'dollars a month', None)]),
    ('The weekly wage stands at £410.',
     [('£410', 410, None, None, 'pounds a week', None)]),
    ('Nurses earn an annual salary of about $52,000.',
     [('about $52,000', 52000, None, None, 'dollars a year', 'about')]),
    ('The annual report showed revenue of $5 million.',
     [('$5 million', 5000000, None, None, 'dollars', None)]),
    ('Her monthly column earned $300.',
     [('$300', 300, None, None, 'dollars', None)]),
    ('The yearly festival drew 20,000 visitors.',
     [('20,000', 20000, None, None, 'visitors', None)]),
    ('The rent is $1,200 for a flat.',
     [('$1,200', 1200, None, None, 'dollars', None)]),
    ('Salaries ranging from $40,000 to $60,000 were offered.',
     [('$40,000 to $60,000', 40000, 40000, 60000, 'dollars', None)]),
    ('"If a department has three students this year, the state will ask why it needs four teachers," the dean said.',
     []),
    ('"If you\'re a firm deciding where to send 40 people for a conference, you won\'t pick this town," Ms Hale said.',
     []),
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
    ('"When a judge writes 38 pages explaining why she won\'t, both sides should listen."',
     [('38', 38, None, None, 'pages', None)]),
    ('"When you add $9 or $10 a month to someone living paycheck to paycheck, that is a tank of gas."',
     [('$9 or $10', 9, 9, 10, 'dollars a month', None)]),
    ('"When nobody tells you anything for six hours, of course you get angry."',
     []),
    ('Seven out of 12 jurors voted to convict.',
     [('Seven', 7, None, None, 'jurors', None), ('12', 12, None, None, 'jurors', None)]),
    ('About 40 out of 52 wards reported no cases last week.',
     [('About 40', 40, None, None, 'wards', 'about'), ('52', 52, None, None, 'wards', None)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0] for c in CASES])
def test_bound_scale_basis_and_standing(text, expected):
    assert [asdict(f) for f in extract(text).figures] == [figure(text, *row) for row in expected]
