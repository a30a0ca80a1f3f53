"""A person's name written with a post ('Agency spokesperson X said', "the board's spokesman,
X, said") speaks as that person (issue 13 point 2): where the tagger did not take the name for
a person, so that no actor stands for it, the statement is not given to the body the post is
of, nor to another holder of the post named before; the speaker stays unknown. Each sentence
is written for these tests; each row is every position the text must yield, whole: (speaker,
actor, cue, text, direct)."""
from __future__ import annotations

import pytest

from conftest import positions_of


UNLISTED_OFFICIALS = [
    # the name in apposition is no actor: neither the body nor anyone else speaks
    ("The Flood Authority said 40 people had died. The authority's spokesperson, Bhim Prasad Koirala, "
     "said half of the roads were closed.",
     [("The Flood Authority", "Flood Authority", "said", "40 people had died", False),
      ("The authority's spokesperson", None, "said", "half of the roads were closed", False)]),
    ("The National Flood Response Authority said 40 people had died. The authority's spokesperson, "
     "Bhim Prasad Koirala, said more than half of the roads were closed.",
     [("The National Flood Response Authority", "National Flood Response Authority", "said", "40 people had died", False),
      ("The authority's spokesperson", None, "said", "more than half of the roads were closed", False)]),
    # NEGATIVE: the name is an actor: the person speaks
    ("The Roads Board said the bridge was shut. The board's spokesman, Tek Raj Adhikari, said it would reopen in May.",
     [("The Roads Board", "Roads Board", "said", "the bridge was shut", False),
      ("The board's spokesman", "Tek Raj Adhikari", "said", "it would reopen in May", False)]),
    ("The Transport Agency said fares would rise. Agency spokesman Dorji Wangchuk Tshering said the rise was small.",
     [("The Transport Agency", "Transport Agency", "said", "fares would rise", False),
      ("Agency spokesman Dorji Wangchuk Tshering", "Dorji Wangchuk Tshering", "said", "the rise was small", False)]),
    ("The Tax Commission said revenue fell. The commission's secretary, Gyanendra Bahadur Karki, said the shortfall was large.",
     [("The Tax Commission", "Tax Commission", "said", "revenue fell", False),
      ("The commission's secretary", "Gyanendra Bahadur Karki", "said", "the shortfall was large", False)]),
    ("The Bureau of Roads said the bridge was shut. \"It will reopen in May,\" Bureau spokesman Tek Bahadur Lamichhane said.",
     [("The Bureau of Roads", "Bureau of Roads", "said", "the bridge was shut", False),
      ("Bureau spokesman Tek Bahadur Lamichhane", "Tek Bahadur Lamichhane", "said", "It will reopen in May", True)]),
    ("The Department of Marine Affairs said it lodged a protest. \"We will hold our ground,\" DMA spokesperson "
     "Luzviminda Dalisay-Abad said in a statement.",
     [("The Department of Marine Affairs", "Department of Marine Affairs", "said", "it lodged a protest", False),
      ("DMA spokesperson Luzviminda Dalisay-Abad", "Luzviminda Dalisay-Abad", "said", "We will hold our ground", True)]),
    # NEGATIVE: no name with the post: the body's spokeswoman speaks for it
    ("The Port Authority said the ships had left. Its spokeswoman said the port was calm.",
     [("The Port Authority", "Port Authority", "said", "the ships had left", False),
      ("Its spokeswoman", "Port Authority", "said", "the port was calm", False)]),
    ("Kessa Rail spokesperson said the trains would run.",
     [("Kessa Rail spokesperson", "Kessa Rail", "said", "the trains would run", False)]),
]


@pytest.mark.parametrize("text,expected", UNLISTED_OFFICIALS)
def test_an_unlisted_official_speaks_for_no_body(text, expected):
    assert positions_of(text) == expected
