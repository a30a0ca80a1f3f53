"""A body named with no kind noun in its name ('Kelvane Copper', 'Talvane Energy') that the article
shows to be a business — what only a business has written as its own ("X's shares", 'X shares
fell', 'X reported revenue of', 'X is listed in Oslo', 'the ASX-listed miner'), or a business's noun written with it ('X, a
battery maker,', 'X is the country's largest producer') — is what a later 'the company', 'the firm',
a deck's bare 'Company' or 'It' takes up (bodies.note_businesses, bodies.known_company). Every
sentence here is written for the tests; rows with an actor of None are the negatives: another
business stands beside it, the body is of another kind, the evidence is another's, or there is none."""
from __future__ import annotations

import pytest

from conftest import positions_of


BUSINESS_SPEAKERS = [
    # shares written as the body's own, a deck's bare 'Company' before the story names it
    ("Kelvane Copper talks stall as union digs in\nCompany says it cannot afford more than 4%\n\nWage talks at "
     "Kelvane Copper have stalled, with the union refusing to budge. Kelvane Copper shares fell 3 percent on "
     "Tuesday. The company said its offer was fair.",
     [("Company", "Kelvane Copper", "says", "it cannot afford more than 4%", False),
      ("The company", "Kelvane Copper", "said", "its offer was fair", False)]),
    ("Dunmore Steel to shut furnace\nCompany blames cheap imports\n\nDunmore Steel will shut its last blast "
     "furnace, putting 800 jobs at risk. Dunmore Steel's shares rose 2 percent on the news. The company said "
     "imports had halved its prices.",
     [("Company", "Dunmore Steel", "blames", "cheap imports", False),
      ("The company", "Dunmore Steel", "said", "imports had halved its prices", False)]),
    # an exchange's listing ('the ASX-listed miner': the exchange is no other body; 'near X' is a place)
    ("Harrow Lithium will shut its Kellerberrin mine near Southern Cross, cutting 220 jobs. Shares in the "
     "ASX-listed miner fell 14 percent after the company told investors the mine was no longer viable. Harrow "
     "Lithium shares have lost 70 percent this year.",
     [("the company", "Harrow Lithium", "told", "the mine was no longer viable", False)]),
    ("Talvane Energy will build a 400-megawatt wind farm near Kessel. Talvane Energy is listed in Oslo. Kim "
     "Sato, a local councillor, welcomed the plan. The company said construction would start in May.",
     [("The company", "Talvane Energy", "said", "construction would start in May", False)]),
    # a business's noun written with the name, in apposition or by copula
    ("Voltaris Energy Systems, a battery maker based in Chennai, will build a plant near Hosur. Kim Sato, a "
     "local councillor, welcomed the plan. The company said production would start in 2027.",
     [("The company", "Voltaris Energy Systems", "said", "production would start in 2027", False)]),
    ("Orvane Minerals is the country's largest producer of manganese. Orvane Minerals employs 900 people at "
     "Kessel. Kim Sato, a union organiser, said 300 workers would strike. The company said wages would rise "
     "5 percent.",
     [("Kim Sato", "Kim Sato", "said", "300 workers would strike", False),
      ("The company", "Orvane Minerals", "said", "wages would rise 5 percent", False)]),
    # what a business reports, with the body as subject
    ("Kelvane Freight to list in Dubai\nCompany says demand is strong\n\nKelvane Freight will sell 30 percent of "
     "its shares in May. Kelvane Freight reported revenue of $780 million last year. The company said demand from "
     "investors was strong.",
     [("Company", "Kelvane Freight", "says", "demand is strong", False),
      ("Kelvane Freight", "Kelvane Freight", "reported", "revenue of $780 million", False),
      ("The company", "Kelvane Freight", "said", "demand from investors was strong", False)]),
    # a named union beside the business keeps its own 'the union'
    ("Dunmore Steel to shut furnace\nCompany blames cheap imports\n\nDunmore Steel will shut its last blast "
     "furnace, putting 800 jobs at risk. The Steelworkers Union said 300 members would strike. Dunmore Steel's "
     "shares rose 2 percent on the news. The union said imports were no excuse.",
     [("Company", "Dunmore Steel", "blames", "cheap imports", False),
      ("The Steelworkers Union", "Steelworkers Union", "said", "300 members would strike", False),
      ("The union", "Steelworkers Union", "said", "imports were no excuse", False)]),
    # a deck's bare 'Company' is the story's body, no other company spoken of
    ("Talvane Energy to build wind farm\nCompany picks Kessel site\n\nTalvane Energy will build a 400-megawatt wind "
     "farm near Kessel. The company said construction would start in May.",
     [("The company", "Talvane Energy", "said", "construction would start in May", False)]),
    ("Kessel wind farm approved\nCompany picks coastal site\n\nThe Kessel Harbour Union said 300 members would "
     "strike. Talvane Energy will build a 400-megawatt wind farm near Kessel. The company said construction would "
     "start in May.",
     [("The Kessel Harbour Union", "Kessel Harbour Union", "said", "300 members would strike", False),
      ("The company", "Talvane Energy", "said", "construction would start in May", False)]),
    # NEGATIVE: the deck's 'Company' beside two bodies that may be companies
    ("Kessel wind farm approved\nCompany picks coastal site\n\nTalvane Energy and Orlen Power will build a "
     "400-megawatt wind farm near Kessel. The company said construction would start in May.",
     [("The company", None, "said", "construction would start in May", False)]),
    # NEGATIVE: two businesses so shown: either may be meant
    ("Copper talks stall as union digs in\nCompany says it cannot afford more than 4%\n\nWage talks at Kelvane "
     "Copper and Orlen Zinc have stalled, with the union refusing to budge. Kelvane Copper shares fell 3 percent "
     "and Orlen Zinc shares rose 2 percent on Tuesday. The company said its offer was fair.",
     [("Company", None, "says", "it cannot afford more than 4%", False),
      ("The company", None, "said", "its offer was fair", False)]),
    # NEGATIVE: a body whose name tells another kind, though it makes a profit
    ("Port fees to rise\nCompany blames fuel costs\n\nThe Kessel Ports Authority will raise fees by 6 percent. "
     "The Kessel Ports Authority's profit rose 8 percent last year. The company said fuel costs had doubled.",
     [("Company", None, "blames", "fuel costs", False),
      ("The company", None, "said", "fuel costs had doubled", False)]),
    ("Kessel Water Board sets tariffs\nCompany says costs have risen\n\nThe Kessel Water Board will raise tariffs "
     "by 6 percent. The Kessel Water Board reported revenue of $80 million last year. The company said costs had "
     "risen.",
     [("Company", None, "says", "costs have risen", False),
      ("The Kessel Water Board", "Kessel Water Board", "reported", "revenue of $80 million", False),
      ("The company", None, "said", "costs had risen", False)]),
    # NEGATIVE: nothing shows the body a business, and a person of no known gender stands between
    ("Talvane Energy will build a 400-megawatt wind farm near Kessel. Kim Sato, a local councillor, welcomed the "
     "plan. The company said construction would start in May.",
     [("The company", None, "said", "construction would start in May", False)]),
    ("Orvane Minerals employs 900 people at Kessel. Kim Sato, a union organiser, said 300 workers would strike. "
     "The company said wages would rise 5 percent.",
     [("Kim Sato", "Kim Sato", "said", "300 workers would strike", False),
      ("The company", None, "said", "wages would rise 5 percent", False)]),
    # NEGATIVE: the listing is another body's
    ("Talvane Energy will build a 400-megawatt wind farm near Kessel. Orlen Power is listed in Oslo. Kim Sato, a "
     "local councillor, welcomed the plan. The company said construction would start in May.",
     [("The company", None, "said", "construction would start in May", False)]),
    # NEGATIVE: a union by copula is no business for 'the group'
    ("Kessel Haulage Workers is a union of 4,000 drivers. Kim Sato, a local councillor, said 300 drivers would "
     "strike. The group said wages had fallen 5 percent.",
     [("Kim Sato", "Kim Sato", "said", "300 drivers would strike", False),
      ("The group", None, "said", "wages had fallen 5 percent", False)]),
    # NEGATIVE: a body of no known kind named just before the one shown a business: either may be meant
    ("Harrow Lithium, which is listed in Sydney, said on Monday it would cut 200 jobs. Kessel Gold shares fell 3 "
     "percent. The company said the cuts were needed.",
     [("Harrow Lithium", "Harrow Lithium", "said", "it would cut 200 jobs", False),
      ("The company", None, "said", "the cuts were needed", False)]),
    # NEGATIVE: a company's name after 'near' is no place
    ("Talvane Energy shares rose 2 percent. The turbine was built near Kessel Holdings. The company said "
     "construction would start in May.",
     [("The company", None, "said", "construction would start in May", False)]),
    # NEGATIVE: 'the group' beside a party: the business shown by its shares is no group
    ("The Greens, a party of 4,000 members, said the plan was reckless. Kessel Rail shares rose. The group said "
     "it would appeal.",
     [("The Greens", "Greens", "said", "the plan was reckless", False),
      ("The group", None, "said", "it would appeal", False)]),
    # NEGATIVE: the business is named only after the description
    ("The company said on Monday that Orvane Mining had won the bid. Orvane Mining shares rose 4 percent.",
     [("The company", None, "said", "Orvane Mining had won the bid", False)]),
]


@pytest.mark.parametrize("text,expected", BUSINESS_SPEAKERS)
def test_business_shown_by_the_article(text, expected):
    assert positions_of(text) == expected
