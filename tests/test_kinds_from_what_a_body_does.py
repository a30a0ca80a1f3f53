"""A body may be called by what the article says it does or is (issue 13 §1, session 30): the doer's
noun of a present relative clause on its name or on the noun beside it ('X, which supplies gas' is
'the supplier'; 'X, the firm that runs the ferries' 'the operator': BODY_ACTIVITY_AGENT_NOUNS), and
the wider kind English calls its kind by ('the institution' for a university: KIND_HYPERNYMS). A body
named inside the very words that describe it ('… on behalf of Y') is what it acts on or for, no
rival for that kind noun. A place before the kind noun ('the Leeds institution') fits no body
whose name does not hold it: the place may be another body's, or an unnamed body's of that place. Every sentence is written for these tests; each row is every position the
text must yield, whole: (speaker, actor, cue, text, direct). An actor of None means none is safe."""
from __future__ import annotations

import pytest

from conftest import positions_of


ROWS = [
    # the doer's noun of a clause on the noun beside the name; the body the clause acts for is no rival
    ("Harwick Ferries, the firm that runs the island crossings on behalf of Dorran Sea Partnership (DSP), "
     "confirmed the new timetable on Monday. The operator said two sailings a day would be cut.",
     [("Harwick Ferries", "Harwick Ferries", "confirmed", "the new timetable", False),
      ("The operator", "Harwick Ferries", "said", "two sailings a day would be cut", False)]),
    # a clause on the name itself
    ("Velbrook Energy, which supplies gas to 40,000 homes in the valley, raised its prices on Tuesday. "
     "The supplier said wholesale costs had doubled.",
     [("The supplier", "Velbrook Energy", "said", "wholesale costs had doubled", False)]),
    # NEGATIVE: what it did once is no kind it has now
    ("Velbrook Energy, which supplied gas to the valley until 2019, sold its depot on Tuesday. "
     "The supplier said wholesale costs had doubled.",
     [("The supplier", None, "said", "wholesale costs had doubled", False)]),
    # NEGATIVE: another body of no known kind named since, outside the describing words: either may be meant
    ("Harwick Ferries, which operates the island crossings, met Dorran Sea Links on Monday. The operator said "
     "two sailings a day would be cut.",
     [("The operator", None, "said", "two sailings a day would be cut", False)]),
    # the wider kind of a university
    ("Carrowmore University said on Friday it would cut 90 posts. The institution said it faced a deficit this "
     "year.",
     [("Carrowmore University", "Carrowmore University", "said", "it would cut 90 posts", False),
      ("The institution", "Carrowmore University", "said", "it faced a deficit this year", False)]),
    # NEGATIVE: a place before the kind noun that the name does not hold: the body may be another of that place
    ("Dunmore University has confirmed it will cut up to 120 posts in Hull. The Hull institution, which "
     "employs about 1,900 people, says falling numbers of students have left it with a deficit.",
     [("Dunmore University", "Dunmore University", "confirmed", "it will cut up to 120 posts in Hull", False),
      ("The Hull institution", None, "says", "falling numbers of students have left it with a deficit", False)]),
    # NEGATIVE: the body is based elsewhere; the college of that place is another body
    ("Dunmore University, based in Bristol, will take over a Hull college. The Hull institution, founded in "
     "1890, said it welcomed the move.",
     [("The Hull institution", None, "said", "it welcomed the move", False)]),
    # NEGATIVE: the body's staff are in the place, the body itself elsewhere
    ("Dunmore University, which is based in Bristol, said staff in Hull would move to new offices. The Hull "
     "institution said the move would save money.",
     [("Dunmore University", "Dunmore University", "said", "staff in Hull would move to new offices", False),
      ("The Hull institution", None, "said", "the move would save money", False)]),
    # NEGATIVE: the place stands inside another body's name
    ("Dunmore University said on Monday it would cut 90 posts in Hull, where Hull Riverside Hospital is also "
     "shedding staff. The Hull institution said it faced a deficit.",
     [("Dunmore University", "Dunmore University", "said", "it would cut 90 posts in Hull, where Hull Riverside Hospital is also shedding staff", False),
      ("The Hull institution", None, "said", "it faced a deficit", False)]),
    # NEGATIVE: a university and a museum: either is an institution
    ("Carrowmore University lent three paintings to the Lenning Museum of Art on Friday. The institution said "
     "it faced a deficit this year.",
     [("The institution", None, "said", "it faced a deficit this year", False)]),
    # what a clause says the body does is no kind of body: its name's kind ('Power': a utility) still holds
    ("Tamsin Power, which supplies gas to 40,000 homes in the valley, raised its prices on Tuesday. The utility "
     "said wholesale costs had doubled.",
     [("The utility", "Tamsin Power", "said", "wholesale costs had doubled", False)]),
    # ... and a business the article shows it to be is still 'the company'
    ("Tamsin Power, which supplies gas to the valley, said on Tuesday that its shares had fallen. The company "
     "said wholesale costs had doubled.",
     [("Tamsin Power", "Tamsin Power", "said", "its shares had fallen", False),
      ("The company", "Tamsin Power", "said", "wholesale costs had doubled", False)]),
    # NEGATIVE: ... and a rival for 'the company' beside another business
    ("Brindle Mills said on Monday that its shares had fallen. Tamsin Power, which supplies gas to the valley, "
     "raised its prices. The company said wholesale costs had doubled.",
     [("Brindle Mills", "Brindle Mills", "said", "its shares had fallen", False),
      ("The company", None, "said", "wholesale costs had doubled", False)]),
    # NEGATIVE: a college and a hospital trust: either may be 'the institution'
    ("Lenfield College said it would cut 40 posts. The Ashby Hospital Trust said it would recruit nurses. The "
     "institution said demand was rising.",
     [("Lenfield College", "Lenfield College", "said", "it would cut 40 posts", False),
      ("The Ashby Hospital Trust", "Ashby Hospital Trust", "said", "it would recruit nurses", False),
      ("The institution", None, "said", "demand was rising", False)]),
    # NEGATIVE: 'runs' with no object ('runs until 8pm') says nothing the body does
    ("The Hollin Museum, which runs until 8pm on Fridays, said it would open on Sundays. The operator said "
     "visitor numbers had grown.",
     [("The Hollin Museum", "Hollin Museum", "said", "it would open on Sundays", False),
      ("The operator", None, "said", "visitor numbers had grown", False)]),
    # NEGATIVE: what it no longer does is no kind it has
    ("Tamsin Power, which no longer supplies gas to the valley, sold its depot. The supplier said wholesale "
     "costs had doubled.",
     [("The supplier", None, "said", "wholesale costs had doubled", False)]),
    # NEGATIVE: another business named before the body the clause describes: it may run services too
    ("Kestle Trams said on Monday it would cut services. Orwell Ferries, which runs the harbour crossings, said "
     "it was unaffected. The operator said fuel costs had doubled.",
     [("Kestle Trams", "Kestle Trams", "said", "it would cut services", False),
      ("Orwell Ferries", "Orwell Ferries", "said", "it was unaffected", False),
      ("The operator", None, "said", "fuel costs had doubled", False)]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_a_body_is_called_by_what_the_article_says_it_does(text, expected):
    assert positions_of(text) == expected
