"""A body may be called by what the article says it does or is (issue 13 §1, session 30): the doer's
noun of a present relative clause on its name or on the noun beside it ('X, which supplies gas' is
'the supplier'; 'X, the firm that runs the ferries' 'the operator': BODY_ACTIVITY_AGENT_NOUNS), and
the wider kind English calls its kind by ('the institution' for a university: KIND_HYPERNYMS). A body
named inside the very words that describe it ('… on behalf of Y') is what it acts on or for, no
rival for that kind noun. A known place before the kind noun ('the Leeds institution') that the
article writes elsewhere too fits a body whose name holds no place of its own. Every sentence is written for these tests; each row is every position the
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
    # a known place before the kind noun says where the body is: a name holding no place cannot gainsay it
    ("Marrowby University has confirmed it will cut up to 120 posts in Leeds. The Leeds institution, which "
     "employs about 1,900 people, says falling numbers of students have left it with a deficit.",
     [("Marrowby University", "Marrowby University", "confirmed", "it will cut up to 120 posts in Leeds", False),
      ("The Leeds institution", "Marrowby University", "says",
       "falling numbers of students have left it with a deficit", False)]),
    # NEGATIVE: the place is written nowhere else
    ("Marrowby University has confirmed it will cut up to 120 posts. The Leeds institution, which employs about "
     "1,900 people, says falling numbers of students have left it with a deficit.",
     [("Marrowby University", "Marrowby University", "confirmed", "it will cut up to 120 posts", False),
      ("The Leeds institution", None, "says", "falling numbers of students have left it with a deficit", False)]),
    # NEGATIVE: the name holds another place: the description is of another institution
    ("York Marrowby University has confirmed it will cut up to 120 posts in Leeds. The Leeds institution, which "
     "employs about 1,900 people, says falling numbers of students have left it with a deficit.",
     [("York Marrowby University", "York Marrowby University", "confirmed", "it will cut up to 120 posts in Leeds",
       False),
      ("The Leeds institution", None, "says", "falling numbers of students have left it with a deficit", False)]),
    # NEGATIVE: a university and a museum: either is an institution
    ("Carrowmore University lent three paintings to the Lenning Museum of Art on Friday. The institution said "
     "it faced a deficit this year.",
     [("The institution", None, "said", "it faced a deficit this year", False)]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_a_body_is_called_by_what_the_article_says_it_does(text, expected):
    assert positions_of(text) == expected
